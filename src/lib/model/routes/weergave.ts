/**
 * What the Thuiszitters view shows, as plain data: table rows, findings and sums computed from
 * the query answers. No DOM and no DuckDB, so every number on screen is unit-tested here.
 */
import type { TransitieRij, DuurSamenvatting } from './route.ts';
import { DUUR_KLASSEN } from './route.ts';
import type { CombiToestand } from './toestand.ts';
import { aandeelTekst, aantalTekst } from './aantal.ts';
import { combiLabel, klasseLabel } from './labels.ts';
import type { JaarKosten } from './bronnen.ts';
import type { Taal } from '../../i18n/taal';
import { tekst } from '../../i18n/teksten';
import { formatGetal } from '../../i18n/format';

/** Children in the cohort = everyone in the first column (each route has exactly one step 0 row). */
export function cohortGrootte(rijen: readonly TransitieRij[]): number {
  return rijen.filter((r) => r.stap === 0).reduce((s, r) => s + r.n, 0);
}

/** The transition with most children, excluding "stays until the end" rows. */
export function grootsteOvergang(rijen: readonly TransitieRij[]): { van: CombiToestand; naar: CombiToestand; n: number } | null {
  const m = new Map<string, { van: CombiToestand; naar: CombiToestand; n: number }>();
  for (const r of rijen) {
    if (r.naar == null || r.naar === r.van) continue;
    const k = `${r.van}|${r.naar}`;
    const x = m.get(k) ?? { van: r.van, naar: r.naar, n: 0 };
    x.n += r.n;
    m.set(k, x);
  }
  return [...m.values()].sort((a, b) => b.n - a.n || a.van.localeCompare(b.van))[0] ?? null;
}

/** Children that reach a state at some step after the first (a child can count once per step). */
export function bereikt(rijen: readonly TransitieRij[], doel: readonly CombiToestand[]): number {
  return rijen.filter((r) => r.naar != null && doel.includes(r.naar)).reduce((s, r) => s + r.n, 0);
}

/** The same flow rows in the same order: a definition change leaves the flow as it was. */
export function zelfdeTransities(a: readonly TransitieRij[], b: readonly TransitieRij[]): boolean {
  return a.length === b.length && a.every((r, i) => r.stap === b[i].stap && r.van === b[i].van && r.naar === b[i].naar && r.n === b[i].n);
}

export interface StroomTabelRij {
  stap: number;
  van: string;
  naar: string;
  n: string;
  [k: string]: string | number | null;
}

/** The flow's table view: one row per step and transition, counts protected ("< 5"). */
export function stroomTabel(rijen: readonly TransitieRij[], taal: Taal): { rijen: StroomTabelRij[]; ruw: Record<string, string | number | null>[] } {
  const eind = tekst(taal, 'tz_blijft_tot_einde_periode');
  const uit: StroomTabelRij[] = [];
  const ruw: Record<string, string | number | null>[] = [];
  for (const r of rijen) {
    const van = combiLabel(r.van, taal).label;
    const naar = r.naar == null ? eind : combiLabel(r.naar, taal).label;
    uit.push({ stap: r.stap + 1, van, naar, n: aantalTekst(r.n, taal) });
    ruw.push({ stap: r.stap + 1, van, naar, n: r.n });
  }
  return { rijen: uit, ruw };
}

export interface DuurTabelRij {
  klasse: string;
  n: string;
  aandeel: string;
  norm: string;
  [k: string]: string | number | null;
}

/** Rows per duration class with which of the seeds' norms is passed. */
export function duurTabel(s: DuurSamenvatting, taal: Taal): { rijen: DuurTabelRij[]; ruw: Record<string, string | number | null>[] } {
  const norm = (code: string) => {
    if (code === 'tot_6_weken') return tekst(taal, 'tz_binnen_norm');
    if (code === '6_weken_3_maanden') return tekst(taal, 'tz_langer_dan_6_weken');
    return tekst(taal, 'tz_langer_dan_3_maanden');
  };
  const rijen = DUUR_KLASSEN.map((k) => ({
    klasse: klasseLabel(k.code, taal),
    n: aantalTekst(s.perKlasse[k.code], taal),
    aandeel: aandeelTekst(s.perKlasse[k.code], s.n, taal),
    norm: norm(k.code),
  }));
  const ruw = DUUR_KLASSEN.map((k) => ({ klasse: klasseLabel(k.code, taal), n: s.perKlasse[k.code], aandeel: s.n ? s.perKlasse[k.code] / s.n : null, norm: norm(k.code) }));
  return { rijen, ruw };
}

/** "€ 53.000–€ 65.000" style range or a single amount, rounded to whole thousands as the source prints them. */
export function jaarBedragTekst(k: JaarKosten, taal: Taal): string {
  // non-breaking space: "€ 23k" never breaks over two lines
  const f = (v: number) => `€\u00a0${formatGetal(Math.round(v / 1000), 0, taal)}k`;
  if (k.bedrag_laag_eur != null && k.bedrag_hoog_eur != null) return `${f(k.bedrag_laag_eur)}–${f(k.bedrag_hoog_eur)}`;
  return f(k.bedrag_eur);
}
