// The case charts' queries (Kosten per casus) as named `Vraag`s, answered by the coordinator and
// cached per params. 'pre' reads the cubes built at load; 'ruw' re-aggregates the raw rows (kept
// for the benchmark ratio and the exactness tests). SQL text lives in sql/kosten.ts and
// sql/kostenCasus.ts; this module names the queries and decodes their answers.
import type { Vraag } from './vragen';
import type { Rij } from './types';
import { lorenzPerPeriode, sqlHellingen, sqlJaarkostenVerdeling, sqlKostenPerCategorie, sqlLorenzBins, sqlUitgelijndeCurve, type Variant } from './sql/kosten';
import { SQL_KEUZES, SQL_TOTAAL, sqlAlleGrafieken, T_MAX, T_MIN, VENSTER } from './sql/kostenCasus';
import { SQL_KEUZES_KUBUS } from './sql/kostenBundel';
import { STANDAARD } from '../url/staat';
import { decodeCasusFilter, naarKostenFilter, type KostenFilter } from '../model/kosten/filters';


// They read only the case tables, so they need the started DuckDB, not the base tables; and
// they wait while their dataset is being loaded (Coordinator.laadt).
const vraag = <T extends Rij>(naam: string, q: { sql: string; params: unknown[] }, dataset?: string): Vraag<T> => ({ naam, sql: q.sql, params: q.params as (string | number)[], niveau: 'motor', ...(dataset ? { dataset } : {}) });
/** The one dataset a filter reads (the page shows one at a time). */
const enkel = (f: KostenFilter) => (f.datasetIds?.length === 1 ? f.datasetIds[0] : undefined);

export interface CategorieRij extends Rij { categorie: string; bedrag: number }
export interface KlasseRij extends Rij { klasse_van: number; n: number; bedrag: number }
export interface BinRij extends Rij { bin: number; n: number; bedrag: number }
export interface CurveRij extends Rij { t: number; gemiddeld: number | null; cumulatief: number | null; n: number | null }
export interface HellingRij extends Rij { helling_voor: number | null; helling_na: number | null; n: number | null }

export function casusVragen(f: KostenFilter, v: Variant) {
  return {
    categorie: vraag<CategorieRij>(`kosten-casus-categorie-${v}`, sqlKostenPerCategorie(f, v)),
    verdeling: vraag<KlasseRij>(`kosten-casus-verdeling-${v}`, sqlJaarkostenVerdeling(f, v)),
    lorenz: vraag<BinRij>(`kosten-casus-lorenz-${v}`, sqlLorenzBins(f, v)),
    curve: vraag<CurveRij>(`kosten-casus-curve-${v}`, sqlUitgelijndeCurve(f, v, T_MIN, T_MAX)),
    hellingen: vraag<HellingRij>(`kosten-casus-hellingen-${v}`, sqlHellingen(f, v, VENSTER)),
  };
}

/** Filter choices present in a dataset: gemeenten, school types, years (a cube bundle has only its cubes to read them from). */
export const keuzesVraag = (datasetId: string, alleenKubussen = false): Vraag<{ soort: string; waarde: string | number | null }> =>
  vraag(alleenKubussen ? 'kosten-casus-keuzes-kubus' : 'kosten-casus-keuzes', { sql: alleenKubussen ? SQL_KEUZES_KUBUS : SQL_KEUZES, params: [datasetId, datasetId, datasetId] }, datasetId);

/** Totals of a dataset, unfiltered: cases, cases with dropout, money (for the Gouda check). */
export const totaalVraag = (datasetId: string): Vraag<{ casussen: number; met_uitval: number; totaal: number }> =>
  vraag('kosten-casus-totaal', { sql: SQL_TOTAAL, params: [datasetId, datasetId, datasetId] }, datasetId);

/** One row of the combined answer: `deel` says which chart it belongs to. */
export interface DeelRij extends Rij { deel: string; sleutel: string | null; a: number | null; b: number | null; c: number | null }

/**
 * All chart queries as ONE statement (see sqlAlleGrafieken); intervalKubus false while pa_lorenz_iv
 * is being built. Where that changes the SQL (a Lorenz per period) it is in the name too, so the
 * cache never gives the answer without the cube for the one with it.
 */
export function alleGrafiekenVraag(f: KostenFilter, v: Variant, intervalKubus = true): Vraag<DeelRij> {
  const q = sqlAlleGrafieken(f, v, { intervalKubus });
  const zonderIv = v === 'pre' && !intervalKubus && lorenzPerPeriode(f);
  return vraag(`kosten-casus-alle-${v}${zonderIv ? '-zonder-iv' : ''}`, q, enkel(f));
}

/**
 * What the page first asks of a bundled dataset (the default filter; a cube bundle has no case rows
 * to count, its totals come from its manifest): baked at build time (scripts/bundel-casus.ts) so
 * those charts draw before DuckDB has started and loaded the dataset.
 */
export function eersteCasusVragen(datasetId: string, alleenKubussen: boolean): Vraag<Rij>[] {
  return [
    keuzesVraag(datasetId, alleenKubussen),
    ...(alleenKubussen ? [] : [totaalVraag(datasetId)]),
    alleGrafiekenVraag(naarKostenFilter(decodeCasusFilter(STANDAARD.kosten), datasetId), 'pre'),
  ];
}

/**
 * Mean cost per case per month t (months without rows count as 0), its running total from
 * T_MIN, and the yearly slopes over the VENSTER months before and after dropout — the same
 * definitions as sqlUitgelijndeCurve / sqlHellingen and model/kosten/curves.ts.
 */
export function curveUitSommen(sommen: Map<number, number>, n: number) {
  const curve: CurveRij[] = [];
  let cum = 0;
  for (let t = T_MIN; t <= T_MAX; t++) {
    const gem = n ? (sommen.get(t) ?? 0) / n : null;
    cum += gem ?? 0;
    curve.push({ t, gemiddeld: gem, cumulatief: n ? cum : null, n });
  }
  let voor = 0;
  let na = 0;
  for (let i = 1; i <= VENSTER; i++) voor += sommen.get(-i) ?? 0;
  for (let i = 0; i < VENSTER; i++) na += sommen.get(i) ?? 0;
  const hellingen: HellingRij[] = [{ helling_voor: n ? (voor / n / VENSTER) * 12 : null, helling_na: n ? (na / n / VENSTER) * 12 : null, n }];
  return { curve, hellingen };
}

/** Splits the combined answer back into the per-chart row shapes. */
export function splitsAlleGrafieken(rijen: DeelRij[]) {
  const van = (d: string) => rijen.filter((r) => r.deel === d);
  const n = Number(van('cohort')[0]?.a ?? 0);
  const { curve, hellingen } = curveUitSommen(new Map(van('t').map((r) => [Number(r.a), Number(r.b)])), n);
  return {
    categorie: van('categorie').map((r) => ({ categorie: String(r.sleutel), bedrag: Number(r.a) })) as CategorieRij[],
    verdeling: van('verdeling').map((r) => ({ klasse_van: Number(r.a), n: Number(r.b), bedrag: Number(r.c) })).sort((x, y) => x.klasse_van - y.klasse_van) as KlasseRij[],
    lorenz: van('lorenz').map((r) => ({ bin: Number(r.a), n: Number(r.b), bedrag: Number(r.c) })) as BinRij[],
    curve,
    hellingen,
  };
}
