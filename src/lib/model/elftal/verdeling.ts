/**
 * The budget split over the three lines, the line-up of 11 and the "move X %" scenario. Pure.
 * Amounts are euro per inwoner (the unit of the bundled figure); a line is known only when every
 * taakveld it holds has an amount — a missing line is named, never guessed or read as 0.
 */
import { LINIES, TAAKVELDEN, linieVan, type Koppeling, type Linie } from './taakvelden.ts';
import { isEigenImport } from '../bron.ts';

export type Herkomst = 'bundel' | 'import' | 'invoer';

/** One known amount, for one taakveld or (as in the bundled 6.72 + 6.82) several together. */
export interface Post {
  taakvelden: string[];
  waarde: number;
  herkomst: Herkomst;
  /** Source line text, e.g. "seed-003:L1409 · 2019 · onbekend" or "eigen invoer". */
  bron: string;
}

export interface LinieStand {
  linie: Linie;
  /** null = not known (a taakveld of this line has no amount) */
  waarde: number | null;
  taakvelden: string[];
  /** taakvelden of this line without an amount */
  ontbrekend: string[];
  posten: Post[];
}

export interface Verdeling {
  linies: LinieStand[];
  /** null unless every line is known */
  totaal: number | null;
  /** share per line in % (sums to 100), null unless complete and totaal > 0 */
  aandelen: Record<Linie, number> | null;
  /** combined posts whose taakvelden play on different lines under this mapping */
  nietToeTeDelen: Post[];
}

/** A fact row as the elftal query returns it (src/lib/db/sql/elftal.ts). */
export interface ElftalFeit {
  regio_code: string;
  indicator: string;
  waarde: number | null;
  bron: string;
  periode: string;
  status: string;
}

/** Indicator of the bundled figure: Iv3 6.72 + 6.82 together, per inwoner (seed 003, 2019). */
export const BUNDEL_VERDEDIGING = 'lasten_per_inwoner';

/**
 * The known amounts of one gemeente: the bundled 6.72 + 6.82 figure, imported taakvelden (long
 * format, indicator codes in TAAKVELDEN), then what the user typed. `bronTekst` words a fact's source.
 */
export function postenUitFeiten(
  feiten: readonly ElftalFeit[],
  code: string,
  invoer: Record<string, number>,
  opties: { bronTekst: (f: ElftalFeit) => string; invoerBron: string },
): Post[] {
  const uit: Post[] = [];
  for (const f of feiten) {
    if (f.regio_code !== code || f.waarde == null) continue;
    const bron = opties.bronTekst(f);
    if (f.indicator === BUNDEL_VERDEDIGING) uit.push({ taakvelden: ['6.72', '6.82'], waarde: f.waarde, herkomst: isEigenImport(f.bron) ? 'import' : 'bundel', bron });
    const tv = TAAKVELDEN.find((x) => x.indicator === f.indicator);
    if (tv) uit.push({ taakvelden: [tv.code], waarde: f.waarde, herkomst: 'import', bron });
  }
  for (const [tv, waarde] of Object.entries(invoer)) uit.push({ taakvelden: [tv], waarde, herkomst: 'invoer', bron: opties.invoerBron });
  return uit;
}

const VOORRANG: Record<Herkomst, number> = { invoer: 3, import: 2, bundel: 1 };

/**
 * Which posts count: a typed amount beats an imported one beats the bundle, per taakveld; a
 * combined post is dropped as soon as one of its taakvelden has a higher-ranked amount.
 */
export function kiesPosten(posten: readonly Post[]): Post[] {
  const hoogste = new Map<string, number>();
  for (const p of posten) for (const t of p.taakvelden) hoogste.set(t, Math.max(hoogste.get(t) ?? 0, VOORRANG[p.herkomst]));
  const gekozen: Post[] = [];
  const gedekt = new Set<string>();
  for (const p of [...posten].sort((a, b) => VOORRANG[b.herkomst] - VOORRANG[a.herkomst])) {
    if (p.taakvelden.some((t) => hoogste.get(t)! > VOORRANG[p.herkomst] || gedekt.has(t))) continue;
    gekozen.push(p);
    for (const t of p.taakvelden) gedekt.add(t);
  }
  return gekozen;
}

export function verdeel(posten: readonly Post[], koppeling: Koppeling): Verdeling {
  const gekozen = kiesPosten(posten);
  const nietToeTeDelen: Post[] = [];
  const perLinie = new Map<Linie, Post[]>(LINIES.map((l) => [l, []]));
  const gedekt = new Set<string>();
  for (const p of gekozen) {
    const lijnen = new Set(p.taakvelden.map((t) => linieVan(t, koppeling)));
    if (lijnen.size !== 1) {
      nietToeTeDelen.push(p);
      continue;
    }
    perLinie.get([...lijnen][0])!.push(p);
    for (const t of p.taakvelden) gedekt.add(t);
  }
  const linies = LINIES.map((linie): LinieStand => {
    const taakvelden = TAAKVELDEN.map((t) => t.code).filter((c) => linieVan(c, koppeling) === linie);
    const ontbrekend = taakvelden.filter((c) => !gedekt.has(c));
    const ps = perLinie.get(linie)!;
    return { linie, taakvelden, ontbrekend, posten: ps, waarde: ontbrekend.length ? null : ps.reduce((s, p) => s + p.waarde, 0) };
  });
  const compleet = linies.every((l) => l.waarde !== null);
  const totaal = compleet ? linies.reduce((s, l) => s + l.waarde!, 0) : null;
  const aandelen = totaal ? (Object.fromEntries(linies.map((l) => [l.linie, (l.waarde! / totaal) * 100])) as Record<Linie, number>) : null;
  return { linies, totaal, aandelen, nietToeTeDelen };
}

/**
 * 11 players in proportion to the shares (largest remainder; ties go to the line further
 * forward, so a tie never adds a defender). Only for a complete split.
 */
export function opstelling(aandelen: Record<Linie, number>, spelers = 11): Record<Linie, number> {
  const totaal = LINIES.reduce((s, l) => s + Math.max(0, aandelen[l]), 0);
  if (!(totaal > 0)) throw new Error('Een opstelling vraagt een verdeling met een totaal boven 0');
  const exact = LINIES.map((l) => (Math.max(0, aandelen[l]) / totaal) * spelers);
  const uit = exact.map(Math.floor);
  const rest = spelers - uit.reduce((s, n) => s + n, 0);
  const volgorde = LINIES.map((_, i) => i).sort((a, b) => exact[b] - uit[b] - (exact[a] - uit[a]) || a - b);
  for (let k = 0; k < rest; k++) uit[volgorde[k]]++;
  return Object.fromEntries(LINIES.map((l, i) => [l, uit[i]])) as Record<Linie, number>;
}

export interface Scenario {
  procent: number;
  /** euro per inwoner moved from verdediging to aanval; null when verdediging is unknown */
  verschoven: number | null;
  na: Record<Linie, number | null>;
  aandelenNa: Record<Linie, number> | null;
}

/** "Move X % from verdediging to aanval": the total stays the same. */
export function verschuif(v: Verdeling, procent: number): Scenario {
  if (!Number.isFinite(procent) || procent < 0 || procent > 100) throw new Error(`Verschuiving moet tussen 0 en 100 % liggen, niet ${procent}`);
  const waarde = (l: Linie) => v.linies.find((x) => x.linie === l)!.waarde;
  const verd = waarde('verdediging');
  const verschoven = verd === null ? null : (verd * procent) / 100;
  const aanval = waarde('aanval');
  const na: Record<Linie, number | null> = {
    aanval: aanval === null || verschoven === null ? null : aanval + verschoven,
    middenveld: waarde('middenveld'),
    verdediging: verd === null || verschoven === null ? null : verd - verschoven,
  };
  const totaal = LINIES.every((l) => na[l] !== null) ? LINIES.reduce((s, l) => s + na[l]!, 0) : null;
  const aandelenNa = totaal ? (Object.fromEntries(LINIES.map((l) => [l, (na[l]! / totaal) * 100])) as Record<Linie, number>) : null;
  return { procent, verschoven, na, aandelenNa };
}
