/**
 * Pure-TS reference for pathways: segments, routes, transition counts and durations.
 * The SQL in src/lib/db/sql/routes.ts computes the same numbers on DuckDB; tests compare both
 * on hand-made fixtures, so this file is the readable specification of the SQL.
 */
import type { Casus, Episode, Onderwijssoort, ToestandOnderwijs, ToestandZorg } from '../casus/contract.ts';
import { dagenTussen, eindeOfOpen, plusMaanden } from './datum.ts';
import { type DefinitieCode, type Reeks, DEFINITIES, REEKS_TOESTANDEN } from './definities.ts';
import { type CohortFilter, inLeeftijdsbanden, inLijst } from './filter.ts';
import { type CombiToestand, RANG_ONDERWIJS, RANG_ZORG, ZORG_ONTVANGT, combiToestand } from './toestand.ts';

/** A period in which neither domain changes. `einde` is exclusive, OPEN_EINDE when running. */
export interface Segment {
  casus_id: string;
  begin: string;
  einde: string;
  onderwijs: ToestandOnderwijs | null;
  zorg: ToestandZorg | null;
  /** last known onderwijssoort (see filter.ts) */
  soort: Onderwijssoort | null;
  toestand: CombiToestand;
  /** start of the current spell per Reeks, null when not in that spell */
  sinds: Record<Reeks, string | null>;
}

/** Consecutive segments with the same combined state, merged: one step of a route. */
export interface RouteStap {
  casus_id: string;
  begin: string;
  einde: string;
  toestand: CombiToestand;
  soort: Onderwijssoort | null;
}

/** Overlap tie-break key, identical to the SQL: rank, then code, then soort ('' first). */
function sleutelOnderwijs(e: Episode): string {
  const r = RANG_ONDERWIJS.indexOf(e.toestand as ToestandOnderwijs);
  return `${String(r).padStart(2, '0')}|${e.toestand}|${e.onderwijssoort ?? ''}`;
}

/** Segments of one child (all episodes must share casus_id). Outside onderwijs coverage: none. */
export function segmenteer(episodes: readonly Episode[]): Segment[] {
  const ond = episodes.filter((e) => e.domein === 'onderwijs');
  if (ond.length === 0) return [];
  const zorg = episodes.filter((e) => e.domein === 'zorg');
  const casus_id = ond[0].casus_id;
  const b0 = ond.reduce((m, e) => (e.begin < m ? e.begin : m), ond[0].begin);
  const e0 = ond.reduce((m, e) => (eindeOfOpen(e.einde) > m ? eindeOfOpen(e.einde) : m), eindeOfOpen(ond[0].einde));
  const punten = [...new Set(episodes.flatMap((e) => [e.begin, eindeOfOpen(e.einde)]))]
    .filter((t) => t >= b0 && t <= e0)
    .sort();
  const uit: Segment[] = [];
  for (let i = 0; i + 1 < punten.length; i++) {
    const b = punten[i];
    const dekt = (e: Episode) => e.begin <= b && eindeOfOpen(e.einde) > b;
    const o = ond.filter(dekt).sort((x, y) => (sleutelOnderwijs(x) < sleutelOnderwijs(y) ? -1 : 1))[0];
    const z = zorg.filter(dekt).sort((x, y) => RANG_ZORG.indexOf(x.toestand as ToestandZorg) - RANG_ZORG.indexOf(y.toestand as ToestandZorg))[0];
    const onderwijs = (o?.toestand as ToestandOnderwijs | undefined) ?? null;
    const zt = (z?.toestand as ToestandZorg | undefined) ?? null;
    uit.push({
      casus_id,
      begin: b,
      einde: punten[i + 1],
      onderwijs,
      zorg: zt,
      soort: o?.onderwijssoort ?? null,
      toestand: combiToestand(onderwijs, zt),
      sinds: { verzuim: null, absoluut: null, breed: null },
    });
  }
  // carry the soort forward; before the first known soort use the first one
  let laatste: Onderwijssoort | null = null;
  for (const s of uit) {
    if (s.soort) laatste = s.soort;
    else s.soort = laatste;
  }
  const eerste = uit.find((s) => s.soort)?.soort ?? null;
  for (const s of uit) if (!s.soort) s.soort = eerste;
  // spells: a run of segments whose onderwijs state is in the set (segments are contiguous)
  for (const r of Object.keys(REEKS_TOESTANDEN) as Reeks[]) {
    let sinds: string | null = null;
    for (const s of uit) {
      sinds = s.onderwijs != null && REEKS_TOESTANDEN[r].includes(s.onderwijs) ? (sinds ?? s.begin) : null;
      s.sinds[r] = sinds;
    }
  }
  return uit;
}

export function routeStappen(segmenten: readonly Segment[]): RouteStap[] {
  const uit: RouteStap[] = [];
  for (const s of segmenten) {
    const vorige = uit[uit.length - 1];
    if (vorige && vorige.toestand === s.toestand) vorige.einde = s.einde;
    else uit.push({ casus_id: s.casus_id, begin: s.begin, einde: s.einde, toestand: s.toestand, soort: s.soort });
  }
  return uit;
}

export function groepeerPerCasus(episodes: readonly Episode[]): Map<string, Episode[]> {
  const m = new Map<string, Episode[]>();
  for (const e of episodes) {
    const l = m.get(e.casus_id);
    if (l) l.push(e);
    else m.set(e.casus_id, [e]);
  }
  return m;
}

/** A case as the reference sees it: contract fields plus the DB's dataset_id. */
export type RouteCasus = Casus & { dataset_id?: string };

function casusFilter(c: RouteCasus, filter: CohortFilter, jaar: number): boolean {
  return inLijst(c.dataset_id ?? null, filter.datasets) && inLijst(c.gemeente_code, filter.gemeente) && inLeeftijdsbanden(c.geboortejaar, jaar, filter.leeftijdsband);
}

export interface TransitieOpties {
  van: string;
  tot: string;
  /** steps (columns of transitions) to count; later steps are left out */
  maxStappen: number;
  filter?: CohortFilter;
}

/** One row of the flow: at step `stap`, `n` children went from `van` to `naar` (null: route ends in the window). */
export interface TransitieRij {
  stap: number;
  van: CombiToestand;
  naar: CombiToestand | null;
  n: number;
}

export function sorteerTransities(rijen: TransitieRij[]): TransitieRij[] {
  // bytewise, like SQL ORDER BY on VARCHAR; a route end (null) sorts last
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return rijen.sort((a, b) => a.stap - b.stap || cmp(a.van, b.van) || cmp(a.naar ?? '~', b.naar ?? '~'));
}

export function telTransities(casussen: readonly RouteCasus[], episodes: readonly Episode[], opt: TransitieOpties): TransitieRij[] {
  const filter = opt.filter ?? {};
  const jaar = Number(opt.van.slice(0, 4));
  const perCasus = groepeerPerCasus(episodes);
  const tel = new Map<string, TransitieRij>();
  for (const c of casussen) {
    if (!casusFilter(c, filter, jaar)) continue;
    const stappen = routeStappen(segmenteer(perCasus.get(c.casus_id) ?? [])).filter((s) => s.begin < opt.tot && s.einde > opt.van);
    if (stappen.length === 0 || !inLijst(stappen[0].soort, filter.onderwijssoort)) continue;
    for (let k = 0; k < stappen.length && k < opt.maxStappen; k++) {
      const naar = stappen[k + 1]?.toestand ?? null;
      const sleutel = `${k}|${stappen[k].toestand}|${naar}`;
      const r = tel.get(sleutel);
      if (r) r.n++;
      else tel.set(sleutel, { stap: k, van: stappen[k].toestand, naar, n: 1 });
    }
  }
  return sorteerTransities([...tel.values()]);
}

/** All steps together: from → to counts (route ends left out). */
export function transitieMatrix(rijen: readonly TransitieRij[]): { van: CombiToestand; naar: CombiToestand; n: number }[] {
  const m = new Map<string, { van: CombiToestand; naar: CombiToestand; n: number }>();
  for (const r of rijen) {
    if (r.naar == null) continue;
    const k = `${r.van}|${r.naar}`;
    const x = m.get(k);
    if (x) x.n += r.n;
    else m.set(k, { van: r.van, naar: r.naar, n: r.n });
  }
  return [...m.values()].sort((a, b) => b.n - a.n || a.van.localeCompare(b.van) || a.naar.localeCompare(b.naar));
}

// ---------- durations ----------

export const DUUR_KLASSEN = [
  { code: 'tot_6_weken' },
  { code: '6_weken_3_maanden' },
  { code: '3_maanden_1_jaar' },
  { code: '1_2_jaar' },
  { code: 'meer_dan_2_jaar' },
] as const;
export type DuurKlasse = (typeof DUUR_KLASSEN)[number]['code'];

/** Class of a spell that started `sinds` at `peildatum`; the 6-week and 3-month bounds are the seeds' norms. */
export function duurKlasse(sinds: string, peildatum: string): DuurKlasse {
  if (dagenTussen(sinds, peildatum) <= 42) return 'tot_6_weken';
  if (plusMaanden(sinds, 3) >= peildatum) return '6_weken_3_maanden';
  if (plusMaanden(sinds, 12) >= peildatum) return '3_maanden_1_jaar';
  if (plusMaanden(sinds, 24) >= peildatum) return '1_2_jaar';
  return 'meer_dan_2_jaar';
}

export interface DuurOpties {
  peildatum: string;
  definitie: DefinitieCode;
  filter?: CohortFilter;
}

export interface DuurRij {
  casus_id: string;
  soort: Onderwijssoort | null;
  sinds: string;
  dagen: number;
  klasse: DuurKlasse;
}

/** Does a segment meet the definition (apart from the minimum duration)? */
export function voldoetAanDefinitie(code: DefinitieCode, onderwijs: ToestandOnderwijs | null, zorg: ToestandZorg | null): boolean {
  const d = DEFINITIES[code];
  if (onderwijs == null) return false;
  if (d.zonderZorg.includes(onderwijs)) return true;
  return d.metZorg.includes(onderwijs) && zorg != null && ZORG_ONTVANGT.includes(zorg);
}

/** Every child that meets the definition at the peildatum, with how long it has been out of school. */
export function duurOpPeildatum(casussen: readonly RouteCasus[], episodes: readonly Episode[], opt: DuurOpties): DuurRij[] {
  const filter = opt.filter ?? {};
  const d = DEFINITIES[opt.definitie];
  const jaar = Number(opt.peildatum.slice(0, 4));
  const perCasus = groepeerPerCasus(episodes);
  const uit: DuurRij[] = [];
  for (const c of casussen) {
    if (!casusFilter(c, filter, jaar)) continue;
    const s = segmenteer(perCasus.get(c.casus_id) ?? []).find((x) => x.begin <= opt.peildatum && x.einde > opt.peildatum);
    if (!s || !inLijst(s.soort, filter.onderwijssoort)) continue;
    if (!voldoetAanDefinitie(d.code, s.onderwijs, s.zorg)) continue;
    const sinds = s.sinds[d.reeks];
    if (sinds == null) continue; // cannot happen: the definition's states are all in its reeks
    const dagen = dagenTussen(sinds, opt.peildatum);
    if (d.langerDanDagen != null && dagen <= d.langerDanDagen) continue;
    uit.push({ casus_id: c.casus_id, soort: s.soort, sinds, dagen, klasse: duurKlasse(sinds, opt.peildatum) });
  }
  return uit;
}

/** Aggregate row as the SQL returns it: per soort and class, count and summed days. */
export interface DuurGroep {
  soort: Onderwijssoort | null;
  klasse: DuurKlasse;
  n: number;
  som_dagen: number;
}

export function groepeerDuur(rijen: readonly DuurRij[]): DuurGroep[] {
  const m = new Map<string, DuurGroep>();
  for (const r of rijen) {
    const k = `${r.soort}|${r.klasse}`;
    const g = m.get(k);
    if (g) {
      g.n++;
      g.som_dagen += r.dagen;
    } else m.set(k, { soort: r.soort, klasse: r.klasse, n: 1, som_dagen: r.dagen });
  }
  return [...m.values()].sort((a, b) => (a.soort ?? '').localeCompare(b.soort ?? '') || a.klasse.localeCompare(b.klasse));
}

export interface DuurSamenvatting {
  n: number;
  /** null when n = 0: no average of nobody */
  gemiddeldeDagen: number | null;
  perKlasse: Record<DuurKlasse, number>;
  perSoort: { soort: Onderwijssoort | null; n: number; aandeel: number }[];
  /** the seeds' norms: longer than 6 weeks needs a regisseur + plan; nobody longer than 3 months without a plan */
  langerDan6Weken: number;
  langerDan3Maanden: number;
}

export function vatDuurSamen(groepen: readonly DuurGroep[]): DuurSamenvatting {
  const perKlasse = Object.fromEntries(DUUR_KLASSEN.map((k) => [k.code, 0])) as Record<DuurKlasse, number>;
  const soorten = new Map<Onderwijssoort | null, number>();
  let n = 0;
  let som = 0;
  for (const g of groepen) {
    n += g.n;
    som += g.som_dagen;
    perKlasse[g.klasse] += g.n;
    soorten.set(g.soort, (soorten.get(g.soort) ?? 0) + g.n);
  }
  const langerDan3Maanden = perKlasse['3_maanden_1_jaar'] + perKlasse['1_2_jaar'] + perKlasse['meer_dan_2_jaar'];
  return {
    n,
    gemiddeldeDagen: n > 0 ? som / n : null,
    perKlasse,
    perSoort: [...soorten.entries()].map(([soort, k]) => ({ soort, n: k, aandeel: k / n })).sort((a, b) => b.n - a.n),
    langerDan6Weken: langerDan3Maanden + perKlasse['6_weken_3_maanden'],
    langerDan3Maanden,
  };
}
