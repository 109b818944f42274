// The case charts' queries as named `Vraag`s (answered by the coordinator, cached per params).
// 'pre' reads the cubes built at load; 'ruw' re-aggregates the raw rows (kept for the benchmark ratio).
import type { Vraag } from '../../../lib/db/vragen';
import type { Rij } from '../../../lib/db/types';
import { sqlHellingen, sqlJaarkostenVerdeling, sqlKostenPerCategorie, sqlLorenzBins, sqlUitgelijndeCurve, waar, SQL_UITGELIJND, SQL_COHORT, type Variant } from '../../../lib/db/sql/kosten';
import type { KostenFilter } from '../../../lib/model/kosten/filters';

export const T_MIN = -24;
export const T_MAX = 24;
export const VENSTER = 12;

const vraag = <T extends Rij>(naam: string, q: { sql: string; params: unknown[] }): Vraag<T> => ({ naam, sql: q.sql, params: q.params as (string | number)[] });

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

/** Filter choices present in a dataset: gemeenten, school types, years. */
export const keuzesVraag = (datasetId: string): Vraag<{ soort: string; waarde: string | number | null }> => ({
  naam: 'kosten-casus-keuzes',
  sql: `SELECT 'gemeente' AS soort, gemeente_code AS waarde FROM casus_kenmerken WHERE dataset_id = ? GROUP BY ALL
        UNION ALL SELECT 'onderwijssoort', soort FROM casus_kenmerken WHERE dataset_id = ? AND soort IS NOT NULL GROUP BY ALL
        UNION ALL SELECT 'jaar', CAST(jaar AS VARCHAR) FROM pa_casus_jaar WHERE dataset_id = ? GROUP BY ALL
        ORDER BY 1, 2`,
  params: [datasetId, datasetId, datasetId],
});

/** Totals of a dataset, unfiltered: cases, cases with dropout, money (for the Gouda check). */
export const totaalVraag = (datasetId: string): Vraag<{ casussen: number; met_uitval: number; totaal: number }> => ({
  naam: 'kosten-casus-totaal',
  sql: `SELECT (SELECT count(*) FROM casus_kenmerken WHERE dataset_id = ?) AS casussen,
          (SELECT count(*) FROM casus_kenmerken WHERE dataset_id = ? AND uitval_m IS NOT NULL) AS met_uitval,
          (SELECT CAST(sum(bedrag_eur) AS DOUBLE) FROM kosten WHERE dataset_id = ?) AS totaal`,
  params: [datasetId, datasetId, datasetId],
});

/**
 * All five chart queries as ONE statement (UNION ALL, a `deel` column says which chart a row
 * belongs to). DuckDB-WASM answers each prepared statement in three worker round trips
 * (prepare, run, close); one statement instead of five cuts most of a filter change's overhead.
 */
export interface DeelRij extends Rij { deel: string; sleutel: string | null; a: number | null; b: number | null; c: number | null }

export function alleGrafiekenVraag(f: KostenFilter, v: Variant): Vraag<DeelRij> {
  const q = casusVragen(f, v);
  const w = waar(f);
  // the curve as plain sums per month t plus the cohort size; mean, cumulative and slopes are
  // computed in the page (splitsAlleGrafieken): a simpler plan is a faster plan in DuckDB-WASM
  const bronT = v === 'pre' ? 'pa_kube_t' : `(${SQL_UITGELIJND})`;
  const bronN = v === 'pre' ? 'pa_cohort' : `(${SQL_COHORT})`;
  const curve = { sql: `SELECT t, sum(bedrag) AS bedrag FROM ${bronT} ${w.sql ? `${w.sql} AND` : 'WHERE'} t BETWEEN ${T_MIN} AND ${T_MAX} GROUP BY t`, params: w.params };
  const cohort = { sql: `SELECT sum(n) AS n FROM ${bronN} ${w.sql}`, params: w.params };
  const delen: [string, { sql: string; params: unknown[] }, string][] = [
    ['categorie', q.categorie, 'categorie, bedrag, NULL, NULL'],
    ['verdeling', q.verdeling, 'NULL, klasse_van, n, bedrag'],
    ['lorenz', q.lorenz, 'NULL, bin, n, bedrag'],
    ['t', curve, 'NULL, t, bedrag, NULL'],
    ['cohort', cohort, 'NULL, n, NULL, NULL'],
  ];
  return {
    naam: `kosten-casus-alle-${v}`,
    sql: delen
      .map(([deel, x, kol]) => {
        const [s, a, b, c] = kol.split(', ');
        return `SELECT '${deel}' AS deel, CAST(${s} AS VARCHAR) AS sleutel, CAST(${a} AS DOUBLE) AS a, CAST(${b} AS DOUBLE) AS b, CAST(${c} AS DOUBLE) AS c FROM (${x.sql})`;
      })
      .join('\nUNION ALL\n'),
    params: delen.flatMap(([, x]) => x.params) as (string | number)[],
  };
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
