/**
 * Pure reference computations of the case-level cost charts over contract rows (no DuckDB).
 * Used for small data and as the test oracle for the SQL in src/lib/db/sql/kosten.ts — the two
 * must agree. Semantics:
 *  - an amount is spread over its period [begin, einde) in proportion to the days in each month;
 *  - t = months since the dropout month (uitvalmoment = first begin of VOLLEDIG_VERZUIM), t = 0 is
 *    the dropout month; mean per case divides by all cases in the cohort (months without data
 *    count as 0 — say so);
 *  - per-year figures are per case and calendar year.
 */
import type { Casus, Episode, Kosten, Onderwijssoort } from '../casus/contract.ts';
import { leeftijdsband, type KostenFilter, type Leeftijdsband } from './filters.ts';

const DAG = 86_400_000;
const ms = (iso: string) => Date.parse(iso + 'T00:00:00Z');
const maandIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
const maandStart = (i: number) => Date.UTC(Math.floor(i / 12), i % 12, 1);

/** Yields [month index, amount] for one cost row, spread by days. */
export function* spreidPerMaand(k: Pick<Kosten, 'begin' | 'einde' | 'bedrag_eur'>): Generator<[number, number]> {
  const b = ms(k.begin);
  const e = ms(k.einde);
  const dagen = (e - b) / DAG;
  for (let m = maandIndex(k.begin); maandStart(m) < e; m++) {
    const van = Math.max(b, maandStart(m));
    const tot = Math.min(e, maandStart(m + 1));
    yield [m, (k.bedrag_eur * (tot - van)) / DAG / dagen];
  }
}

export interface CasusKenmerk {
  casus_id: string;
  gemeente_code: string;
  geboortejaar: number | null;
  soort: Onderwijssoort | null;
  /** ISO date or null */
  uitval: string | null;
}

export function casusKenmerken(casus: Casus[], episodes: Episode[]): Map<string, CasusKenmerk> {
  const out = new Map<string, CasusKenmerk>();
  for (const c of casus) out.set(c.casus_id, { casus_id: c.casus_id, gemeente_code: c.gemeente_code, geboortejaar: c.geboortejaar, soort: null, uitval: null });
  const uitvalSoort = new Map<string, { begin: string; soort: Onderwijssoort | null }>();
  const laatste = new Map<string, { begin: string; soort: Onderwijssoort }>();
  for (const e of episodes) {
    if (e.toestand === 'VOLLEDIG_VERZUIM') {
      const u = uitvalSoort.get(e.casus_id);
      if (!u || e.begin < u.begin) uitvalSoort.set(e.casus_id, { begin: e.begin, soort: e.onderwijssoort });
    }
    if (e.domein === 'onderwijs' && e.onderwijssoort) {
      const l = laatste.get(e.casus_id);
      if (!l || e.begin > l.begin) laatste.set(e.casus_id, { begin: e.begin, soort: e.onderwijssoort });
    }
  }
  for (const k of out.values()) {
    const u = uitvalSoort.get(k.casus_id);
    k.uitval = u?.begin ?? null;
    k.soort = u?.soort ?? laatste.get(k.casus_id)?.soort ?? null;
  }
  return out;
}

function past(f: KostenFilter, k: CasusKenmerk, jaar: number): boolean {
  if (f.gemeente?.length && !f.gemeente.includes(k.gemeente_code)) return false;
  if (f.onderwijssoort?.length && !(k.soort && f.onderwijssoort.includes(k.soort))) return false;
  if (f.leeftijdsband?.length) {
    const band: Leeftijdsband = leeftijdsband(k.geboortejaar == null ? null : jaar - k.geboortejaar);
    if (!f.leeftijdsband.includes(band)) return false;
  }
  if (f.jaarVan != null && jaar < f.jaarVan) return false;
  if (f.jaarTot != null && jaar > f.jaarTot) return false;
  return true;
}

/** The monthly spread of every cost row that passes the filter, summed per key (case, year, category…). */
function somPer(kenmerk: Map<string, CasusKenmerk>, kosten: Kosten[], f: KostenFilter, sleutel: (k: Kosten, jaar: number) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const k of kosten) {
    const c = kenmerk.get(k.casus_id);
    if (!c) continue;
    for (const [m, b] of spreidPerMaand(k)) {
      const jaar = Math.floor(m / 12);
      if (!past(f, c, jaar)) continue;
      const key = sleutel(k, jaar);
      out.set(key, (out.get(key) ?? 0) + b);
    }
  }
  return out;
}

/** Cost per case per calendar year, filtered (case-years with cost only). Key `casus|jaar`. */
export function kostenPerCasusJaar(kenmerk: Map<string, CasusKenmerk>, kosten: Kosten[], f: KostenFilter = {}): Map<string, number> {
  return somPer(kenmerk, kosten, f, (k, jaar) => `${k.casus_id}|${jaar}`);
}

/** Cost per case over the filtered period (sum of its case-years). */
export function kostenPerCasus(kenmerk: Map<string, CasusKenmerk>, kosten: Kosten[], f: KostenFilter = {}): Map<string, number> {
  const out = new Map<string, number>();
  for (const [key, b] of kostenPerCasusJaar(kenmerk, kosten, f)) {
    const id = key.slice(0, key.lastIndexOf('|'));
    out.set(id, (out.get(id) ?? 0) + b);
  }
  return out;
}

export function kostenPerCategorie(kenmerk: Map<string, CasusKenmerk>, kosten: Kosten[], f: KostenFilter = {}): Map<string, number> {
  return somPer(kenmerk, kosten, f, (k) => k.categorie);
}

export interface UitgelijndeCurve {
  nCasussen: number;
  punten: { t: number; gemiddeld: number; cumulatief: number }[];
  /** mean cost per case per year over t ∈ [−venster, −1] and [0, venster − 1] */
  hellingVoor: number;
  hellingNa: number;
}

/** Mean cost per case per month t relative to dropout, cumulated from tMin; cohort filter on dropout year. */
export function uitgelijndeCurve(kenmerk: Map<string, CasusKenmerk>, kosten: Kosten[], f: KostenFilter = {}, tMin = -24, tMax = 24, venster = 12): UitgelijndeCurve {
  const cohort = new Map<string, number>();
  for (const c of kenmerk.values()) if (c.uitval && past(f, c, Number(c.uitval.slice(0, 4)))) cohort.set(c.casus_id, maandIndex(c.uitval));
  const som = new Map<number, number>();
  for (const k of kosten) {
    const u = cohort.get(k.casus_id);
    if (u === undefined) continue;
    for (const [m, b] of spreidPerMaand(k)) som.set(m - u, (som.get(m - u) ?? 0) + b);
  }
  const n = cohort.size;
  const gem = (t: number) => (n ? (som.get(t) ?? 0) / n : 0);
  const punten: UitgelijndeCurve['punten'] = [];
  let cum = 0;
  for (let t = tMin; t <= tMax; t++) {
    cum += gem(t);
    punten.push({ t, gemiddeld: gem(t), cumulatief: cum });
  }
  let voor = 0;
  let na = 0;
  for (let i = 1; i <= venster; i++) voor += gem(-i);
  for (let i = 0; i < venster; i++) na += gem(i);
  return { nCasussen: n, punten, hellingVoor: (voor / venster) * 12, hellingNa: (na / venster) * 12 };
}
