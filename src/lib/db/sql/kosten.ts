/**
 * SQL builders for the case-level cost charts (DuckDB / DuckDB-WASM). Same semantics as the pure
 * reference in src/lib/model/kosten/curves.ts (tests compare them). User values only ever go in
 * as `?` parameters; only fixed code lists are inlined.
 *
 * Two variants of every chart query:
 *  - 'ruw': re-aggregates the raw `kosten` rows each time (spreads every amount over its months);
 *  - 'pre': reads small tables built once per dataset by SQL_BOUW_DATASET (after
 *      SQL_MAAK_PREAGGREGATEN): casus_kenmerken (one row per case), pa_casus_jaar (case × year),
 *      pa_kube_cat, pa_kube_verdeling, pa_lorenz_bin, pa_kube_t, pa_cohort (filter cells).
 * Amounts are spread evenly over their period, by days per month (the Kosten page says so).
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

/**
 * Fast path ('pre'). Built once per loaded dataset (params: [dataset_id] per statement), so a
 * filter change only reads small cubes. Months are integer indices (year·12 + month − 1) and an
 * amount is split by days over *years* (for per-year figures) and over *months only inside the
 * aligned window* (for the curve) — never over every month of every case, which is what made the
 * old build slow. Both splits equal the day-weighted monthly spread summed up, so 'pre' and 'ruw'
 * give the same numbers (tests compare them).
 */
export const KUBE_T_MIN = -24;
export const KUBE_T_MAX = 24;
/** Bin width (euro) of the annual-cost distribution cube. */
export const VERDELING_BREEDTE = 5000;
/** Lorenz bins: floor(ln(bedrag) · LORENZ_SCHAAL) → width ≈ 1 % of the amount. */
export const LORENZ_SCHAAL = 100;
/**
 * Lorenz bins under a period or age filter: width ≈ 5 %. With 1 % bins nearly every case-run was
 * a row of its own in the interval cube (13,6 M rows at 1 M cases, 350 MB, a full scan per filter
 * change); with 5 % bins the cube holds some 1 M rows. Raw rows are binned the same way, so cube
 * and raw still agree exactly; only the top-share interpolation inside one bin is coarser (the
 * error bound is in tests/unit/kosten/kubus.test.ts).
 */
export const LORENZ_SCHAAL_IV = 20;
/** The Lorenz bin of an amount (SQL), at one of the two scales above. */
const lorenzBin = (bedrag: string, schaal: number) => `CAST(floor(ln(${bedrag}) * ${schaal}) AS INTEGER)`;


const mIdx = (d: string) => `(year(${d}) * 12 + month(${d}) - 1)`;
const mDatum = (m: string) => `make_date(CAST((${m}) // 12 AS BIGINT), CAST((${m}) % 12 + 1 AS BIGINT), 1)`;

export const PA_TABELLEN = ['casus_kenmerken', 'pa_casus_jaar', 'pa_kube_cat', 'pa_kube_verdeling', 'pa_lorenz_bin', 'pa_lorenz_iv', 'pa_kube_t', 'pa_cohort'] as const;

/** Year bounds standing for "no period filter" in the interval cube (below/above any data year). */
export const JAAR_OPEN_VAN = 0;
export const JAAR_OPEN_TOT = 9999;
/** Band key in the interval cube for "no age filter". */
export const BAND_ALLE = '*';

/** Empty tables (idempotent). */
export const SQL_MAAK_PREAGGREGATEN: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS casus_kenmerken (dataset_id VARCHAR, casus_id VARCHAR, casus_nr INTEGER, gemeente_code VARCHAR, soort VARCHAR,
     geboortejaar INTEGER, uitval_m INTEGER, uitval_jaar INTEGER, uitval_band VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS pa_casus_jaar (dataset_id VARCHAR, casus_nr INTEGER, gemeente_code VARCHAR, soort VARCHAR, jaar INTEGER, band VARCHAR, bedrag DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS pa_kube_cat (dataset_id VARCHAR, gemeente_code VARCHAR, soort VARCHAR, jaar INTEGER, band VARCHAR, categorie VARCHAR, bedrag DOUBLE, n BIGINT)`,
  `CREATE TABLE IF NOT EXISTS pa_kube_verdeling (dataset_id VARCHAR, gemeente_code VARCHAR, soort VARCHAR, jaar INTEGER, band VARCHAR, klasse_van DOUBLE, n BIGINT, bedrag DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS pa_lorenz_bin (dataset_id VARCHAR, gemeente_code VARCHAR, soort VARCHAR, bin INTEGER, n BIGINT, bedrag DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS pa_lorenz_iv (dataset_id VARCHAR, gemeente_code VARCHAR, soort VARCHAR, band VARCHAR,
     van_min INTEGER, van_max INTEGER, tot_min INTEGER, tot_max INTEGER, bin INTEGER, n BIGINT, bedrag DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS pa_kube_t (dataset_id VARCHAR, gemeente_code VARCHAR, soort VARCHAR, jaar INTEGER, band VARCHAR, t INTEGER, bedrag DOUBLE)`,
  `CREATE TABLE IF NOT EXISTS pa_cohort (dataset_id VARCHAR, gemeente_code VARCHAR, soort VARCHAR, jaar INTEGER, band VARCHAR, n BIGINT)`,
];

/** Remove one dataset from every derived table (params: [dataset_id]). */
export const SQL_VERWIJDER_PREAGGREGATEN: readonly string[] = PA_TABELLEN.map((t) => `DELETE FROM ${t} WHERE dataset_id = ?`);

/**
 * Fill the derived tables for one dataset: run in order after the dataset's contract rows are in
 * `casus`, `episode` and `kosten`. The dataset id goes in as a parameter ($1). This is
 * sqlBouwEerst followed by sqlBouwIntervalKubus over all cases.
 */
export function sqlBouwDataset(datasetId: string): Sql[] {
  return [...sqlBouwEerst(datasetId), ...sqlBouwIntervalKubus(datasetId, 0, CASUS_NR_MAX), ...sqlSluitIntervalKubus(datasetId)];
}

/** Each statement gets the parameters $1…$k it names (DuckDB refuses extra ones). */
const metParams = (sqls: readonly string[], params: unknown[]): Sql[] =>
  sqls.map((sql) => ({ sql, params: params.slice(0, Math.max(0, ...[...sql.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))) }));

/** Every cube the unfiltered page reads (the first chart), without the interval cube pa_lorenz_iv. */
export function sqlBouwEerst(datasetId: string): Sql[] {
  return metParams(SQL_BOUW_EERST, [datasetId]);
}

const CASUS_NR_MAX = 2 ** 31 - 1;

/**
 * The interval cube pa_lorenz_iv (the Lorenz curve under a period or one age band) for the cases
 * with casus_nr in [van, tot]: the costliest cube (a self-join per case), so a large load builds it
 * after the first chart is drawn, in slices of cases, and a filter change can run between slices.
 * Until it is complete, sqlLorenzBins(…, { intervalKubus: false }) answers from pa_casus_jaar.
 */
export function sqlBouwIntervalKubus(datasetId: string, van: number, tot: number): Sql[] {
  return metParams(SQL_BOUW_INTERVAL, [datasetId, van, tot]);
}

/**
 * After the last slice of sqlBouwIntervalKubus: merge the slices' rows (each slice grouped only its
 * own cases, so a cell recurs once per slice) and store them sorted by band and start year, so a
 * filter change skips the row groups of other bands (zone maps).
 */
export function sqlSluitIntervalKubus(datasetId: string): Sql[] {
  return metParams(SQL_SLUIT_INTERVAL, [datasetId]);
}

/** Lowest and highest casus_nr of a dataset (params: [dataset_id]), to slice sqlBouwIntervalKubus. */
export const SQL_CASUS_NR_BEREIK = 'SELECT min(casus_nr) AS van, max(casus_nr) AS tot FROM casus_kenmerken WHERE dataset_id = ?';

/**
 * The slices [van, tot] of at most `plak` cases that cover a dataset's casus_nr range (the row of
 * SQL_CASUS_NR_BEREIK; none without cases), in order: sqlBouwIntervalKubus per slice, then
 * sqlSluitIntervalKubus. In the browser a filter change runs between slices; natively a slice
 * bounds the memory of the cube's window over every case-year.
 */
export function casusPlakken(bereik: { van?: unknown; tot?: unknown } | undefined, plak: number): [number, number][] {
  if (!(plak >= 1) || bereik?.van == null || bereik.tot == null) return [];
  const uit: [number, number][] = [];
  const tot = Number(bereik.tot);
  for (let van = Number(bereik.van); van <= tot; van += plak) uit.push([van, Math.min(tot, van + plak - 1)]);
  return uit;
}

const SQL_BOUW_EERST: readonly string[] = [
  `INSERT INTO casus_kenmerken
   SELECT c.dataset_id, c.casus_id, CAST((SELECT coalesce(max(casus_nr), 0) FROM casus_kenmerken) + row_number() OVER () AS INTEGER) AS casus_nr,
     c.gemeente_code, coalesce(e.soort_u, e.soort_l) AS soort, c.geboortejaar,
     ${mIdx('e.uitval')} AS uitval_m, year(e.uitval) AS uitval_jaar, ${bandExpr('year(e.uitval) - c.geboortejaar')} AS uitval_band
   FROM casus c LEFT JOIN (
     SELECT casus_id,
       min(begin) FILTER (WHERE toestand = 'VOLLEDIG_VERZUIM') AS uitval,
       arg_min(onderwijssoort, begin) FILTER (WHERE toestand = 'VOLLEDIG_VERZUIM') AS soort_u,
       arg_max(onderwijssoort, begin) FILTER (WHERE domein = 'onderwijs' AND onderwijssoort IS NOT NULL) AS soort_l
     FROM episode WHERE dataset_id = $1 AND domein = 'onderwijs' GROUP BY casus_id) e USING (casus_id)
   WHERE c.dataset_id = $1`,
  // case × year × category: the split over years, by days (integer days since 1970 against a small
  // year table). The case attributes come along once, so the cubes below need no join on the id.
  `CREATE OR REPLACE TEMP TABLE tmp_jaar AS
   SELECT jaar, CAST(make_date(jaar, 1, 1) - DATE '1970-01-01' AS INTEGER) AS d0, CAST(make_date(jaar + 1, 1, 1) - DATE '1970-01-01' AS INTEGER) AS d1
   FROM (SELECT unnest(range(min(year(begin)), max(year(einde)) + 1)) AS jaar FROM kosten WHERE dataset_id = $1)`,
  `CREATE OR REPLACE TEMP TABLE tmp_cjc AS
   SELECT x.casus_nr, x.gemeente_code, x.soort, x.geboortejaar, x.categorie, x.jaar,
     sum(x.bedrag * (least(x.de, j.d1) - greatest(x.db, j.d0)) / (x.de - x.db)) AS bedrag
   FROM (SELECT ck.casus_nr, ck.gemeente_code, ck.soort, ck.geboortejaar, k.categorie, CAST(k.bedrag_eur AS DOUBLE) AS bedrag,
           CAST(k.begin - DATE '1970-01-01' AS INTEGER) AS db, CAST(k.einde - DATE '1970-01-01' AS INTEGER) AS de,
           unnest(range(year(k.begin), year(CAST(k.einde - INTERVAL 1 DAY AS DATE)) + 1)) AS jaar
         FROM kosten k JOIN casus_kenmerken ck ON ck.casus_id = k.casus_id AND ck.dataset_id = $1
         WHERE k.dataset_id = $1) x
   JOIN tmp_jaar j ON j.jaar = x.jaar
   GROUP BY ALL`,
  `INSERT INTO pa_kube_cat
   SELECT $1, gemeente_code, soort, jaar, ${bandExpr('jaar - geboortejaar')} AS band, categorie, sum(bedrag),
     count(*) -- one tmp_cjc row per case, year and category: the cases in the cell (for < 5 suppression)
   FROM tmp_cjc GROUP BY ALL`,
  `INSERT INTO pa_casus_jaar
   SELECT $1, casus_nr, gemeente_code, soort, jaar, ${bandExpr('jaar - geboortejaar')} AS band, sum(bedrag)
   FROM tmp_cjc GROUP BY ALL`,
  `DROP TABLE IF EXISTS tmp_cjc`,
  `DROP TABLE IF EXISTS tmp_jaar`,
  `INSERT INTO pa_kube_verdeling
   SELECT dataset_id, gemeente_code, soort, jaar, band, floor(bedrag / ${VERDELING_BREEDTE}) * ${VERDELING_BREEDTE} AS klasse_van, count(*), sum(bedrag)
   FROM pa_casus_jaar WHERE dataset_id = $1 AND bedrag > 0 GROUP BY ALL`,
  `INSERT INTO pa_lorenz_bin
   SELECT dataset_id, gemeente_code, soort, ${lorenzBin('bedrag', LORENZ_SCHAAL)} AS bin, count(*), sum(bedrag)
   FROM (SELECT dataset_id, casus_nr, gemeente_code, soort, sum(bedrag) AS bedrag FROM pa_casus_jaar WHERE dataset_id = $1 GROUP BY ALL)
   WHERE bedrag > 0 GROUP BY ALL`,
  // Dropout-aligned months inside the chart window, without spreading every cost row over its
  // months (that was 21 s of the load at 1 M cases). Day arithmetic on integers (days since
  // 1970). Per cost row, its first and last month get their day share directly; the whole months
  // in between get (amount / days) · days-in-month, which is linear in the amount, so those rows
  // are summed per group of cases with the same cell and dropout month as rate changes (+rate
  // where a stretch starts, −rate after it ends) and only the groups' constant-rate stretches are
  // expanded to months. Equal to the day-weighted monthly spread (tests compare with 'ruw').
  `CREATE OR REPLACE TEMP TABLE tmp_maand AS
   SELECT m, CAST(${mDatum('m')} - DATE '1970-01-01' AS INTEGER) AS d0, CAST(${mDatum('m + 1')} - DATE '1970-01-01' AS INTEGER) AS d1
   FROM (SELECT unnest(range(min(${mIdx('begin')}) - 1, max(${mIdx('einde')}) + 2)) AS m FROM kosten WHERE dataset_id = $1)`,
  `CREATE OR REPLACE TEMP TABLE tmp_kt AS
   SELECT c.gemeente_code, c.soort, c.uitval_jaar, c.uitval_band, c.uitval_m, CAST(k.bedrag_eur AS DOUBLE) AS bedrag,
     CAST(k.begin - DATE '1970-01-01' AS INTEGER) AS db, CAST(k.einde - DATE '1970-01-01' AS INTEGER) AS de,
     ${mIdx('k.begin')} AS mb, ${mIdx('CAST(k.einde - INTERVAL 1 DAY AS DATE)')} AS me
   FROM kosten k JOIN casus_kenmerken c ON c.casus_id = k.casus_id AND c.dataset_id = $1 AND c.uitval_m IS NOT NULL
   WHERE k.dataset_id = $1 AND ${mIdx('k.begin')} <= c.uitval_m + ${KUBE_T_MAX} AND ${mIdx('CAST(k.einde - INTERVAL 1 DAY AS DATE)')} >= c.uitval_m + ${KUBE_T_MIN}`,
  `INSERT INTO pa_kube_t
   WITH rand AS (
     SELECT r.gemeente_code, r.soort, r.uitval_jaar, r.uitval_band, r.mb - r.uitval_m AS t,
       CASE WHEN r.me = r.mb THEN r.bedrag ELSE r.bedrag * (mm.d1 - r.db) / (r.de - r.db) END AS bedrag
     FROM tmp_kt r JOIN tmp_maand mm ON mm.m = r.mb WHERE r.mb >= r.uitval_m + ${KUBE_T_MIN}
     UNION ALL
     SELECT r.gemeente_code, r.soort, r.uitval_jaar, r.uitval_band, r.me - r.uitval_m, r.bedrag * (r.de - mm.d0) / (r.de - r.db)
     FROM tmp_kt r JOIN tmp_maand mm ON mm.m = r.me WHERE r.me > r.mb AND r.me <= r.uitval_m + ${KUBE_T_MAX}),
   stuk AS (
     SELECT gemeente_code, soort, uitval_jaar, uitval_band, uitval_m, bedrag / (de - db) AS tempo,
       greatest(mb + 1, uitval_m + ${KUBE_T_MIN}) AS van, least(me - 1, uitval_m + ${KUBE_T_MAX}) AS tot
     FROM tmp_kt),
   wissel AS (
     SELECT gemeente_code, soort, uitval_jaar, uitval_band, uitval_m, m, sum(d) AS d FROM (
       SELECT gemeente_code, soort, uitval_jaar, uitval_band, uitval_m, van AS m, tempo AS d FROM stuk WHERE van <= tot
       UNION ALL SELECT gemeente_code, soort, uitval_jaar, uitval_band, uitval_m, tot + 1, -tempo FROM stuk WHERE van <= tot)
     GROUP BY ALL),
   tempi AS (
     SELECT *, sum(d) OVER w AS tempo, lead(m) OVER w AS m_volgend FROM wissel
     WINDOW w AS (PARTITION BY gemeente_code, soort, uitval_jaar, uitval_band, uitval_m ORDER BY m)),
   vol AS (
     SELECT x.gemeente_code, x.soort, x.uitval_jaar, x.uitval_band, x.m2 - x.uitval_m AS t, x.tempo * (mm.d1 - mm.d0) AS bedrag
     FROM (SELECT *, unnest(range(m, m_volgend)) AS m2 FROM tempi WHERE m_volgend IS NOT NULL AND abs(tempo) > 1e-9) x
     JOIN tmp_maand mm ON mm.m = x.m2)
   SELECT $1, gemeente_code, soort, uitval_jaar, uitval_band, t, sum(bedrag)
   FROM (SELECT * FROM rand UNION ALL SELECT * FROM vol) GROUP BY ALL`,
  `DROP TABLE IF EXISTS tmp_kt`,
  `DROP TABLE IF EXISTS tmp_maand`,
  `INSERT INTO pa_cohort SELECT dataset_id, gemeente_code, soort, uitval_jaar, uitval_band, count(*)
   FROM casus_kenmerken WHERE dataset_id = $1 AND uitval_m IS NOT NULL GROUP BY ALL`,
];

const SQL_BOUW_INTERVAL: readonly string[] = [
  // Interval cube for the Lorenz curve under a period and/or age filter (Mosaic-style: keyed by
  // the filter, so a filter change reads only this cube). A case's total over a period is the
  // sum of a contiguous run of its cost years (within one age band, too: the band only grows with
  // the year). One row per case per run p..q of its years (per band and for all bands '*'), valid
  // for every period [van, tot] with van in (year before p, p] and tot in [q, year after q); each
  // filter state therefore picks exactly one run per case, and the bins equal the raw answer.
  `CREATE OR REPLACE TEMP TABLE tmp_run AS
   SELECT casus_nr, gemeente_code, soort, bk, jaar, bedrag,
     coalesce(lag(jaar) OVER w + 1, ${JAAR_OPEN_VAN}) AS van_min, coalesce(lead(jaar) OVER w - 1, ${JAAR_OPEN_TOT}) AS tot_max,
     sum(bedrag) OVER (w ROWS UNBOUNDED PRECEDING) AS cum
   FROM (SELECT casus_nr, gemeente_code, soort, band AS bk, jaar, bedrag FROM pa_casus_jaar WHERE dataset_id = $1 AND casus_nr BETWEEN $2 AND $3
         UNION ALL SELECT casus_nr, gemeente_code, soort, '${BAND_ALLE}', jaar, bedrag FROM pa_casus_jaar WHERE dataset_id = $1 AND casus_nr BETWEEN $2 AND $3)
   WINDOW w AS (PARTITION BY casus_nr, bk ORDER BY jaar)`,
  `INSERT INTO pa_lorenz_iv
   SELECT $1, gemeente_code, soort, band, van_min, van_max, tot_min, tot_max, ${lorenzBin('bedrag', LORENZ_SCHAAL_IV)} AS bin, count(*), sum(bedrag)
   FROM (SELECT a.gemeente_code, a.soort, a.bk AS band, a.van_min, a.jaar AS van_max, b.jaar AS tot_min, b.tot_max, b.cum - a.cum + a.bedrag AS bedrag
         FROM tmp_run a JOIN tmp_run b ON a.casus_nr = b.casus_nr AND a.bk = b.bk AND b.jaar >= a.jaar)
   WHERE bedrag > 0 GROUP BY ALL`,
  `DROP TABLE IF EXISTS tmp_run`,
];

const SQL_SLUIT_INTERVAL: readonly string[] = [
  `CREATE OR REPLACE TEMP TABLE tmp_iv AS
   SELECT dataset_id, gemeente_code, soort, band, van_min, van_max, tot_min, tot_max, bin, sum(n) AS n, sum(bedrag) AS bedrag
   FROM pa_lorenz_iv WHERE dataset_id = $1 GROUP BY ALL ORDER BY band, van_max, tot_min`,
  `DELETE FROM pa_lorenz_iv WHERE dataset_id = $1`,
  `INSERT INTO pa_lorenz_iv SELECT * FROM tmp_iv`,
  `DROP TABLE IF EXISTS tmp_iv`,
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

/**
 * WHERE clause for the cubes with ONE text for every filter state the page's selects make (one
 * value or none per filter): "no filter" is a NULL parameter. DuckDB-WASM keeps one prepared
 * statement per text (src/lib/db/duckdb.ts), and a new text costs a prepare (parse, plan and a
 * worker round trip) on the filter change that first needs it; with waar() every combination of
 * set filters was a text of its own. A NULL-or-equal test is not pushed into the scan, which the
 * small cubes do not miss. `metJaar` false: the table has no band and jaar columns. Lists of
 * several values fall back to waar().
 */
export function waarVast(f: KostenFilter, metJaar = true): Sql {
  const lijsten = [f.datasetIds, f.gemeente, f.onderwijssoort, f.leeftijdsband];
  if (lijsten.some((l) => (l?.length ?? 0) > 1)) return waar(f);
  const delen: [string, unknown][] = [['dataset_id = ?', f.datasetIds?.[0]], ['gemeente_code = ?', f.gemeente?.[0]], ['soort = ?', f.onderwijssoort?.[0]]];
  if (metJaar) delen.push(['band = ?', f.leeftijdsband?.[0]], ['jaar >= ?', f.jaarVan], ['jaar <= ?', f.jaarTot]);
  return { sql: `WHERE ${delen.map(([c]) => `coalesce(${c}, TRUE)`).join(' AND ')}`, params: delen.map(([, x]) => x ?? null) };
}

/** A 'pre' query on a small cube filters through waarVast, a 'ruw' one through waar. */
const waarVoor = (f: KostenFilter, v: Variant): Sql => (v === 'pre' ? waarVast(f) : waar(f));

const bronCasusJaar = (v: Variant) => (v === 'pre' ? 'pa_casus_jaar' : `(${SQL_CASUS_JAAR_CAT})`);
/** Case key: an integer in the cubes (cheap to group on), the namespaced id in the raw rows. */
const sleutel = (v: Variant) => (v === 'pre' ? 'casus_nr' : 'casus_id');

/** Cost by category: rows (categorie, bedrag). */
export function sqlKostenPerCategorie(f: KostenFilter, v: Variant): Sql {
  const w = waarVoor(f, v);
  const bron = v === 'pre' ? 'pa_kube_cat' : bronCasusJaar(v);
  return { sql: `SELECT categorie, sum(bedrag) AS bedrag FROM ${bron} ${w.sql} GROUP BY categorie ORDER BY bedrag DESC`, params: w.params };
}

/** Annual cost per case: histogram rows (klasse_van, n, bedrag) with bins of `breedte` euro. */
export function sqlJaarkostenVerdeling(f: KostenFilter, v: Variant, breedte = VERDELING_BREEDTE): Sql {
  if (v === 'pre' && breedte === VERDELING_BREEDTE) {
    // a case-year passes a filter whole (gemeente/soort per case, band/jaar per year), so its bin is fixed
    const c = waarVast(f);
    return { sql: `SELECT klasse_van, sum(n) AS n, sum(bedrag) AS bedrag FROM pa_kube_verdeling ${c.sql} GROUP BY klasse_van ORDER BY klasse_van`, params: c.params };
  }
  const w = waar(f);
  return {
    sql: `SELECT floor(bedrag / CAST(? AS DOUBLE)) * CAST(? AS DOUBLE) AS klasse_van, count(*) AS n, sum(bedrag) AS bedrag
      FROM (SELECT ${sleutel(v)}, jaar, sum(bedrag) AS bedrag FROM ${bronCasusJaar(v)} ${w.sql} GROUP BY ${sleutel(v)}, jaar)
      WHERE bedrag > 0 GROUP BY klasse_van ORDER BY klasse_van`,
    params: [breedte, breedte, ...w.params],
  };
}

/**
 * Lorenz curve on cost per case over the filtered period, reduced to `punten` points, plus the
 * share of the costliest `top` fraction (whole cases). Exact; rows: (aandeel_casussen,
 * aandeel_kosten, aandeel_top, n, totaal). The charts use the faster sqlLorenzBins.
 */
export function sqlLorenz(f: KostenFilter, v: Variant, punten = 100, top = 0.1): Sql {
  const w = waar(f);
  return {
    sql: `WITH pc AS (SELECT ${sleutel(v)} AS k, sum(bedrag) AS bedrag FROM ${bronCasusJaar(v)} ${w.sql} GROUP BY k),
      r AS (SELECT bedrag, row_number() OVER (ORDER BY bedrag, k) AS i, count(*) OVER () AS n,
              sum(bedrag) OVER (ORDER BY bedrag, k ROWS UNBOUNDED PRECEDING) AS cum, sum(bedrag) OVER () AS totaal FROM pc),
      topk AS (SELECT sum(bedrag) AS s FROM (SELECT bedrag FROM pc ORDER BY bedrag DESC LIMIT (SELECT CAST(floor(count(*) * CAST(? AS DOUBLE)) AS BIGINT) FROM pc)))
      SELECT i / n AS aandeel_casussen, cum / totaal AS aandeel_kosten, (SELECT s FROM topk) / totaal AS aandeel_top, n, totaal
      FROM r WHERE i = n OR i % greatest(1, CAST(n / CAST(? AS DOUBLE) AS BIGINT)) = 0 ORDER BY i`,
    params: [...w.params, top, punten],
  };
}

/**
 * True when the Lorenz curve of `f` is not a case's fixed total (a period or age filter): the cubes
 * then answer it from the interval cube pa_lorenz_iv, and while that is missing from the case-years.
 */
export const lorenzPerPeriode = (f: { jaarVan?: number | null; jaarTot?: number | null; leeftijdsband?: readonly string[] }): boolean => f.jaarVan != null || f.jaarTot != null || !!f.leeftijdsband?.length;

/**
 * Cost per case over the filtered period in bins of the amount (≈ 1 %, or ≈ 5 % under a period or
 * age filter, LORENZ_SCHAAL_IV): rows (bin, n, bedrag);
 * turn into a Lorenz curve with lorenzUitBins (model/kosten/lorenz.ts). No sort of all cases:
 * without a period or age filter a case's total is fixed, so the bins come from a cube.
 */
export function sqlLorenzBins(f: KostenFilter, v: Variant, { intervalKubus = true }: { intervalKubus?: boolean } = {}): Sql {
  const perCasus = !lorenzPerPeriode(f);
  if (v === 'pre' && perCasus) {
    const c = waarVast(f, false);
    return { sql: `SELECT bin, sum(n) AS n, sum(bedrag) AS bedrag FROM pa_lorenz_bin ${c.sql} GROUP BY bin ORDER BY bin`, params: c.params };
  }
  // intervalKubus false: pa_lorenz_iv is still being built (sqlBouwIntervalKubus), so the general path below answers
  if (v === 'pre' && intervalKubus && (f.leeftijdsband?.length ?? 0) <= 1) {
    // a period and/or one age band: the interval cube holds the case totals for every such filter
    const iv = waarVast({ ...f, leeftijdsband: undefined, jaarVan: undefined, jaarTot: undefined }, false);
    const delen = [iv.sql, 'band = ?', 'CAST(? AS INTEGER) BETWEEN van_min AND van_max', 'CAST(? AS INTEGER) BETWEEN tot_min AND tot_max'];
    return {
      sql: `SELECT bin, sum(n) AS n, sum(bedrag) AS bedrag FROM pa_lorenz_iv ${delen.join(' AND ')} GROUP BY bin ORDER BY bin`,
      params: [...iv.params, f.leeftijdsband?.[0] ?? BAND_ALLE, f.jaarVan ?? JAAR_OPEN_VAN, f.jaarTot ?? JAAR_OPEN_TOT],
    };
  }
  // several age bands: a case's years need not be one run, so group its case-years on an
  // integer key. (A wide per-case table with one CASE per year was tried: 2× faster in native
  // DuckDB, but 5–10× slower in DuckDB-WASM, so not used.) Bins as the cube of this state has them.
  const w = waar(f);
  return {
    sql: `SELECT ${lorenzBin('bedrag', perCasus ? LORENZ_SCHAAL : LORENZ_SCHAAL_IV)} AS bin, count(*) AS n, sum(bedrag) AS bedrag
      FROM (SELECT ${sleutel(v)}, sum(bedrag) AS bedrag FROM ${bronCasusJaar(v)} ${w.sql} GROUP BY ${sleutel(v)})
      WHERE bedrag > 0 GROUP BY bin ORDER BY bin`,
    params: w.params,
  };
}

function binnenKube(v: Variant, tMin: number, tMax: number): void {
  if (v === 'pre' && (tMin < KUBE_T_MIN || tMax > KUBE_T_MAX)) throw new Error(`t buiten de kubus [${KUBE_T_MIN}, ${KUBE_T_MAX}]`);
}

/**
 * Dropout-aligned mean cost per case per month t in [tMin, tMax] (cohort = cases with a dropout
 * moment in the filter; jaar = dropout year). Rows: (t, gemiddeld, cumulatief, n). Months without
 * data count as 0 for the mean.
 */
export function sqlUitgelijndeCurve(f: KostenFilter, v: Variant, tMin = -24, tMax = 24): Sql {
  binnenKube(v, tMin, tMax);
  const w = waarVoor(f, v);
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
  binnenKube(v, -venster, venster - 1);
  const w = waarVoor(f, v);
  const bronT = v === 'pre' ? 'pa_kube_t' : `(${SQL_UITGELIJND})`;
  const bronN = v === 'pre' ? 'pa_cohort' : `(${SQL_COHORT})`;
  return {
    sql: `WITH n AS (SELECT sum(n) AS n FROM ${bronN} ${w.sql}),
      s AS (SELECT sum(bedrag) FILTER (WHERE t BETWEEN -CAST(? AS BIGINT) AND -1) AS voor, sum(bedrag) FILTER (WHERE t BETWEEN 0 AND CAST(? AS BIGINT) - 1) AS na FROM ${bronT} ${w.sql})
      SELECT coalesce(voor, 0) / nullif(n, 0) / CAST(? AS DOUBLE) * 12 AS helling_voor, coalesce(na, 0) / nullif(n, 0) / CAST(? AS DOUBLE) * 12 AS helling_na, n FROM n, s`,
    params: [...w.params, venster, venster, ...w.params, venster, venster],
  };
}
