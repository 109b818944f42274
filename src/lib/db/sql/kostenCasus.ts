// SQL of the Kosten per casus page beyond the per-chart builders in kosten.ts: the filter
// choices, the dataset totals and all charts in one statement. Parameters only, never user text.
import { sqlJaarkostenVerdeling, sqlKostenPerCategorie, sqlLorenzBins, waar, waarVast, SQL_UITGELIJND, SQL_COHORT, type Sql, type Variant } from './kosten.ts';
import type { KostenFilter } from '../../model/kosten/filters.ts';

/** The aligned curve's window (months around dropout) and the slope window. */
export const T_MIN = -24;
export const T_MAX = 24;
export const VENSTER = 12;

/** Filter choices present in a dataset (params: dataset id ×3). */
export const SQL_KEUZES = `SELECT 'gemeente' AS soort, gemeente_code AS waarde FROM casus_kenmerken WHERE dataset_id = ? GROUP BY ALL
        UNION ALL SELECT 'onderwijssoort', soort FROM casus_kenmerken WHERE dataset_id = ? AND soort IS NOT NULL GROUP BY ALL
        UNION ALL SELECT 'jaar', CAST(jaar AS VARCHAR) FROM pa_casus_jaar WHERE dataset_id = ? GROUP BY ALL
        ORDER BY 1, 2`;

/** Unfiltered totals: cases, cases with dropout, money (params: dataset id ×3). */
export const SQL_TOTAAL = `SELECT (SELECT count(*) FROM casus_kenmerken WHERE dataset_id = ?) AS casussen,
          (SELECT count(*) FROM casus_kenmerken WHERE dataset_id = ? AND uitval_m IS NOT NULL) AS met_uitval,
          (SELECT CAST(sum(bedrag_eur) AS DOUBLE) FROM kosten WHERE dataset_id = ?) AS totaal`;

/**
 * All chart queries as ONE statement (UNION ALL, a `deel` column says which chart a row belongs
 * to; columns sleutel, a, b, c). DuckDB-WASM answers each prepared statement in three worker
 * round trips (prepare, run, close); one statement instead of five cuts most of a filter
 * change's overhead. The curve comes as plain sums per month t plus the cohort size; mean,
 * cumulative and slopes are computed from them (curveUitSommen): a simpler plan is faster.
 */
export function sqlAlleGrafieken(f: KostenFilter, v: Variant, opties: { intervalKubus?: boolean } = {}): Sql {
  const w = v === 'pre' ? waarVast(f) : waar(f);
  const bronT = v === 'pre' ? 'pa_kube_t' : `(${SQL_UITGELIJND})`;
  const bronN = v === 'pre' ? 'pa_cohort' : `(${SQL_COHORT})`;
  const curve = { sql: `SELECT t, sum(bedrag) AS bedrag FROM ${bronT} ${w.sql ? `${w.sql} AND` : 'WHERE'} t BETWEEN ${T_MIN} AND ${T_MAX} GROUP BY t`, params: w.params };
  const cohort = { sql: `SELECT sum(n) AS n FROM ${bronN} ${w.sql}`, params: w.params };
  const delen: [string, Sql, string][] = [
    ['categorie', sqlKostenPerCategorie(f, v), 'categorie, bedrag, NULL, NULL'],
    ['verdeling', sqlJaarkostenVerdeling(f, v), 'NULL, klasse_van, n, bedrag'],
    ['lorenz', sqlLorenzBins(f, v, opties), 'NULL, bin, n, bedrag'],
    ['t', curve, 'NULL, t, bedrag, NULL'],
    ['cohort', cohort, 'NULL, n, NULL, NULL'],
  ];
  return {
    sql: delen
      .map(([deel, x, kol]) => {
        const [s, a, b, c] = kol.split(', ');
        return `SELECT '${deel}' AS deel, CAST(${s} AS VARCHAR) AS sleutel, CAST(${a} AS DOUBLE) AS a, CAST(${b} AS DOUBLE) AS b, CAST(${c} AS DOUBLE) AS c FROM (${x.sql})`;
      })
      .join('\nUNION ALL\n'),
    params: delen.flatMap(([, x]) => x.params),
  };
}
