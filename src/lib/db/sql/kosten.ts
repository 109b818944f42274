/**
 * SQL builders for the case-level cost charts (DuckDB / DuckDB-WASM). Same semantics as the pure
 * reference in src/lib/model/kosten/curves.ts (tests compare them). User values only ever go in
 * as `?` parameters; only fixed code lists are inlined.
 *
 * Two variants of every chart query:
 *  - 'ruw': re-aggregates the raw `kosten` rows each time (spreads every amount over its months);
 *  - 'pre': reads pre-aggregated tables built once per load by SQL_BOUW_PREAGGREGATEN:
 *      pa_casus_jaar_cat (per case × calendar year × category; Lorenz and distribution),
 *      pa_kube_cat       (filter dims × year × category; category chart),
 *      pa_kube_t         (filter dims × dropout year × t; aligned curve),
 *      pa_cohort         (filter dims × dropout year; cohort sizes).
 * Amounts are spread evenly over their period, by days per month (LABEL_SPREIDING).
 */
import { LEEFTIJDSBANDEN, type KostenFilter } from '../../model/kosten/filters.ts';

export interface Sql {
  sql: string;
  params: unknown[];
}
export type Variant = 'ruw' | 'pre';

/** CASE expression mapping an age expression to the band code (fixed list, no user input). */
export function bandExpr(leeftijd: string): string {
  const w = LEEFTIJDSBANDEN.map((b) => `WHEN ${leeftijd} BETWEEN ${b.van} AND ${b.tot} THEN '${b.code}'`).join(' ');
  return `CASE ${w} ELSE 'onbekend' END`;
}

/** Case attributes: school type (at dropout, else latest) and dropout moment. */
export const SQL_CASUS_KENMERK = `SELECT c.dataset_id, c.casus_id, c.gemeente_code, c.geboortejaar,
    coalesce(u.soort, l.soort) AS soort, u.uitval
  FROM casus c
  LEFT JOIN (SELECT casus_id, min(begin) AS uitval, arg_min(onderwijssoort, begin) AS soort
             FROM episode WHERE toestand = 'VOLLEDIG_VERZUIM' GROUP BY casus_id) u USING (casus_id)
  LEFT JOIN (SELECT casus_id, arg_max(onderwijssoort, begin) AS soort
             FROM episode WHERE domein = 'onderwijs' AND onderwijssoort IS NOT NULL GROUP BY casus_id) l USING (casus_id)`;

/** Each cost row spread over its calendar months by days. */
export const SQL_KOSTEN_PER_MAAND = `SELECT casus_id, categorie, maand,
    CAST(bedrag_eur AS DOUBLE) * date_diff('day', greatest(begin, maand), least(einde, CAST(maand + INTERVAL 1 MONTH AS DATE)))
      / date_diff('day', begin, einde) AS bedrag
  FROM (SELECT casus_id, categorie, bedrag_eur, begin, einde,
          CAST(unnest(generate_series(CAST(date_trunc('month', begin) AS TIMESTAMP), CAST(einde AS TIMESTAMP) - INTERVAL 1 DAY, INTERVAL 1 MONTH)) AS DATE) AS maand
        FROM kosten)`;

/** Raw case × year × category with filter dimensions (the shape of pa_casus_jaar_cat). */
export const SQL_CASUS_JAAR_CAT = `SELECT ck.dataset_id, km.casus_id, ck.gemeente_code, ck.soort,
    year(km.maand) AS jaar, ${bandExpr('year(km.maand) - ck.geboortejaar')} AS band, km.categorie, sum(km.bedrag) AS bedrag
  FROM (${SQL_KOSTEN_PER_MAAND}) km JOIN (${SQL_CASUS_KENMERK}) ck USING (casus_id)
  GROUP BY ALL`;

/** Raw dropout-aligned months: t = months since the dropout month (shape of pa_kube_t before grouping). */
export const SQL_UITGELIJND = `SELECT ck.dataset_id, ck.gemeente_code, ck.soort, year(ck.uitval) AS jaar,
    ${bandExpr('year(ck.uitval) - ck.geboortejaar')} AS band,
    (year(km.maand) * 12 + month(km.maand)) - (year(ck.uitval) * 12 + month(ck.uitval)) AS t, sum(km.bedrag) AS bedrag
  FROM (${SQL_KOSTEN_PER_MAAND}) km JOIN (${SQL_CASUS_KENMERK}) ck USING (casus_id)
  WHERE ck.uitval IS NOT NULL GROUP BY ALL`;

export const SQL_COHORT = `SELECT dataset_id, gemeente_code, soort, year(uitval) AS jaar,
    ${bandExpr('year(uitval) - geboortejaar')} AS band, count(*) AS n
  FROM (${SQL_CASUS_KENMERK}) WHERE uitval IS NOT NULL GROUP BY ALL`;

/** Build (or rebuild) the pre-aggregated tables; run after every load. */
export const SQL_BOUW_PREAGGREGATEN: readonly string[] = [
  `CREATE OR REPLACE TABLE pa_casus_jaar_cat AS ${SQL_CASUS_JAAR_CAT}`,
  `CREATE OR REPLACE TABLE pa_kube_cat AS SELECT dataset_id, gemeente_code, soort, jaar, band, categorie, sum(bedrag) AS bedrag
     FROM pa_casus_jaar_cat GROUP BY ALL`,
  `CREATE OR REPLACE TABLE pa_kube_t AS ${SQL_UITGELIJND}`,
  `CREATE OR REPLACE TABLE pa_cohort AS ${SQL_COHORT}`,
];

/**
 * WHERE clause over the columns dataset_id, gemeente_code, soort, band, jaar (same names in the
 * raw sub-queries and the pre-aggregated tables). Lists become `IN (?, ?, …)`.
 */
export function waar(f: KostenFilter): Sql {
  const delen: string[] = [];
  const params: unknown[] = [];
  const lijst = (kol: string, v?: readonly string[]) => {
    if (!v?.length) return;
    delen.push(`${kol} IN (${v.map(() => '?').join(', ')})`);
    params.push(...v);
  };
  lijst('dataset_id', f.datasetIds);
  lijst('gemeente_code', f.gemeente);
  lijst('soort', f.onderwijssoort);
  lijst('band', f.leeftijdsband);
  if (f.jaarVan != null) {
    delen.push('jaar >= ?');
    params.push(f.jaarVan);
  }
  if (f.jaarTot != null) {
    delen.push('jaar <= ?');
    params.push(f.jaarTot);
  }
  return { sql: delen.length ? `WHERE ${delen.join(' AND ')}` : '', params };
}

const bronCasusJaar = (v: Variant) => (v === 'pre' ? 'pa_casus_jaar_cat' : `(${SQL_CASUS_JAAR_CAT})`);

/** Cost by category: rows (categorie, bedrag). */
export function sqlKostenPerCategorie(f: KostenFilter, v: Variant): Sql {
  const w = waar(f);
  const bron = v === 'pre' ? 'pa_kube_cat' : bronCasusJaar(v);
  return { sql: `SELECT categorie, sum(bedrag) AS bedrag FROM ${bron} ${w.sql} GROUP BY categorie ORDER BY bedrag DESC`, params: w.params };
}

/** Annual cost per case: histogram rows (klasse_van, n, bedrag) with bins of `breedte` euro. */
export function sqlJaarkostenVerdeling(f: KostenFilter, v: Variant, breedte = 5000): Sql {
  const w = waar(f);
  return {
    sql: `SELECT floor(bedrag / CAST(? AS DOUBLE)) * CAST(? AS DOUBLE) AS klasse_van, count(*) AS n, sum(bedrag) AS bedrag
      FROM (SELECT casus_id, jaar, sum(bedrag) AS bedrag FROM ${bronCasusJaar(v)} ${w.sql} GROUP BY casus_id, jaar)
      WHERE bedrag > 0 GROUP BY klasse_van ORDER BY klasse_van`,
    params: [breedte, breedte, ...w.params],
  };
}

/**
 * Lorenz curve on cost per case over the filtered period, reduced to `punten` points, plus the
 * share of the costliest `top` fraction. Rows: (aandeel_casussen, aandeel_kosten, aandeel_top, n, totaal).
 */
export function sqlLorenz(f: KostenFilter, v: Variant, punten = 100, top = 0.1): Sql {
  const w = waar(f);
  return {
    sql: `WITH pc AS (SELECT casus_id, sum(bedrag) AS bedrag FROM ${bronCasusJaar(v)} ${w.sql} GROUP BY casus_id),
      r AS (SELECT bedrag, row_number() OVER (ORDER BY bedrag, casus_id) AS i, count(*) OVER () AS n,
              sum(bedrag) OVER (ORDER BY bedrag, casus_id ROWS UNBOUNDED PRECEDING) AS cum, sum(bedrag) OVER () AS totaal FROM pc),
      topk AS (SELECT sum(bedrag) AS s FROM (SELECT bedrag FROM pc ORDER BY bedrag DESC LIMIT (SELECT CAST(floor(count(*) * CAST(? AS DOUBLE)) AS BIGINT) FROM pc)))
      SELECT i / n AS aandeel_casussen, cum / totaal AS aandeel_kosten, (SELECT s FROM topk) / totaal AS aandeel_top, n, totaal
      FROM r WHERE i = n OR i % greatest(1, CAST(n / CAST(? AS DOUBLE) AS BIGINT)) = 0 ORDER BY i`,
    params: [...w.params, top, punten],
  };
}

/**
 * Dropout-aligned mean cost per case per month t in [tMin, tMax] (cohort = cases with a dropout
 * moment in the filter; jaar = dropout year). Rows: (t, gemiddeld, cumulatief, n). Months without
 * data count as 0 for the mean.
 */
export function sqlUitgelijndeCurve(f: KostenFilter, v: Variant, tMin = -24, tMax = 24): Sql {
  const w = waar(f);
  const bronT = v === 'pre' ? 'pa_kube_t' : `(${SQL_UITGELIJND})`;
  const bronN = v === 'pre' ? 'pa_cohort' : `(${SQL_COHORT})`;
  return {
    sql: `WITH n AS (SELECT sum(n) AS n FROM ${bronN} ${w.sql}),
      s AS (SELECT t, sum(bedrag) AS bedrag FROM ${bronT} ${w.sql} GROUP BY t),
      r AS (SELECT range AS t FROM range(CAST(? AS BIGINT), CAST(? AS BIGINT) + 1))
      SELECT r.t, coalesce(s.bedrag, 0) / nullif(n.n, 0) AS gemiddeld,
        sum(coalesce(s.bedrag, 0) / nullif(n.n, 0)) OVER (ORDER BY r.t) AS cumulatief, n.n
      FROM r CROSS JOIN n LEFT JOIN s ON s.t = r.t ORDER BY r.t`,
    params: [...w.params, ...w.params, tMin, tMax],
  };
}

/** Mean cost per case per year before (t ∈ [−venster, −1]) and after (t ∈ [0, venster−1]) dropout. */
export function sqlHellingen(f: KostenFilter, v: Variant, venster = 12): Sql {
  const w = waar(f);
  const bronT = v === 'pre' ? 'pa_kube_t' : `(${SQL_UITGELIJND})`;
  const bronN = v === 'pre' ? 'pa_cohort' : `(${SQL_COHORT})`;
  return {
    sql: `WITH n AS (SELECT sum(n) AS n FROM ${bronN} ${w.sql}),
      s AS (SELECT sum(bedrag) FILTER (WHERE t BETWEEN -CAST(? AS BIGINT) AND -1) AS voor, sum(bedrag) FILTER (WHERE t BETWEEN 0 AND CAST(? AS BIGINT) - 1) AS na FROM ${bronT} ${w.sql})
      SELECT coalesce(voor, 0) / nullif(n, 0) / CAST(? AS DOUBLE) * 12 AS helling_voor, coalesce(na, 0) / nullif(n, 0) / CAST(? AS DOUBLE) * 12 AS helling_na, n FROM n, s`,
    params: [...w.params, venster, venster, ...w.params, venster, venster],
  };
}
