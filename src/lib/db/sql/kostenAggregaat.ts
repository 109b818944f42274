/**
 * What a region may publish of Kosten per casus: the cubes built by SQL_BOUW_DATASET (kosten.ts),
 * read back per table with the case count each row rests on, so cells under 5 can be suppressed
 * (model/kosten/onderdrukking.ts). Never case-level rows: casus_kenmerken and pa_casus_jaar stay
 * behind. Used by scripts/casus-aggregeer.ts (native DuckDB); the cubes are the same tables the
 * browser builds, from the same SQL. Params: [dataset_id].
 */
import { MIN_AANTAL } from '../../model/kosten/onderdrukking.ts';

export interface KubusExport {
  /** the pa_* table, or a Thuiszitters table (routesAggregaat.ts), and its file name */
  tabel: 'pa_kube_cat' | 'pa_kube_verdeling' | 'pa_cohort' | 'pa_kube_t' | 'pa_lorenz_bin' | 'pa_lorenz_iv' | 'route_gemeente' | 'route_stroom' | 'route_duur';
  /** columns written, in order (dataset_id is left out: the bundle is one dataset) */
  kolommen: readonly string[];
  /** SELECT with a column `n_cel`: the cases the row rests on (suppressed when below 5) */
  sql: string;
  /** Lorenz bins: merged per cell (these key columns) instead of dropped */
  binCel?: readonly string[];
  /**
   * Row order of the file, which the site keeps when it loads it: the order the filter changes read
   * best in (DuckDB skips row groups by their min/max). Default: all columns.
   */
  volgorde?: string;
}

const CEL = ['gemeente_code', 'soort', 'jaar', 'band'];

export const KUBUS_EXPORTS: readonly KubusExport[] = [
  { tabel: 'pa_kube_cat', kolommen: [...CEL, 'categorie', 'bedrag', 'n'], sql: `SELECT *, n AS n_cel FROM pa_kube_cat WHERE dataset_id = ? ORDER BY ALL` },
  { tabel: 'pa_kube_verdeling', kolommen: [...CEL, 'klasse_van', 'n', 'bedrag'], sql: `SELECT *, n AS n_cel FROM pa_kube_verdeling WHERE dataset_id = ? ORDER BY ALL` },
  { tabel: 'pa_cohort', kolommen: [...CEL, 'n'], sql: `SELECT *, n AS n_cel FROM pa_cohort WHERE dataset_id = ? ORDER BY ALL` },
  // the curve's money per month rests on the dropout cohort of its cell
  {
    tabel: 'pa_kube_t',
    kolommen: [...CEL, 't', 'bedrag'],
    sql: `SELECT t.*, coalesce(c.n, 0) AS n_cel FROM pa_kube_t t LEFT JOIN pa_cohort c USING (dataset_id, gemeente_code, soort, jaar, band)
      WHERE t.dataset_id = ? ORDER BY ALL`,
  },
  { tabel: 'pa_lorenz_bin', kolommen: ['gemeente_code', 'soort', 'bin', 'n', 'bedrag'], sql: `SELECT *, n AS n_cel FROM pa_lorenz_bin WHERE dataset_id = ? ORDER BY gemeente_code, soort, bin`, binCel: ['gemeente_code', 'soort'] },
  {
    tabel: 'pa_lorenz_iv',
    kolommen: ['gemeente_code', 'soort', 'band', 'van_min', 'van_max', 'tot_min', 'tot_max', 'bin', 'n', 'bedrag'],
    sql: `SELECT *, n AS n_cel FROM pa_lorenz_iv WHERE dataset_id = ? ORDER BY gemeente_code, soort, band, van_min, van_max, tot_min, tot_max, bin`,
    binCel: ['gemeente_code', 'soort', 'band', 'van_min', 'van_max', 'tot_min', 'tot_max'],
    // as sqlSluitIntervalKubus sorts a generated dataset's: every Lorenz question names one band
    volgorde: 'band, van_max, tot_min, gemeente_code, soort, van_min, tot_max, bin',
  },
];

/** Dataset totals for the manifest (params: [dataset_id] ×3). */
export const SQL_AGGREGAAT_TOTALEN = `SELECT (SELECT count(*) FROM casus WHERE dataset_id = ?) AS casussen,
  (SELECT count(*) FROM casus_kenmerken WHERE dataset_id = ? AND uitval_m IS NOT NULL) AS met_uitval,
  (SELECT CAST(sum(bedrag_eur) AS DOUBLE) FROM kosten WHERE dataset_id = ?) AS totaal_eur`;

/** `'…'` for a file path chosen by whoever runs the command (COPY takes no parameter for it). */
function padLiteraal(pad: string): string {
  if (/[\0\n\r]/.test(pad)) throw new Error(`Ongeldig uitvoerpad "${pad}"`);
  return `'${pad.replace(/'/g, "''")}'`;
}

const BIN = 'STRUCT(bin INTEGER, n BIGINT, bedrag DOUBLE)';

/**
 * voegBinsSamen (model/kosten/onderdrukking.ts) in SQL, per cell: a left fold over the cell's
 * bins in bin order (list_reduce) that closes a bin as soon as it holds ≥ MIN_AANTAL cases; a
 * short tail joins the last closed bin; a cell that never closes one is dropped. Same order of
 * additions as the TypeScript, so the sums are the same doubles (tests compare the two).
 * Returns one row per merged bin: the cell columns, bin, n, bedrag.
 */
export function sqlBinsSamengevoegd(bron: string, cel: readonly string[]): string {
  const c = cel.join(', ');
  const start = `{'uit': []::${BIN}[], 'bin': NULL::INTEGER, 'n': 0::BIGINT, 'bedrag': 0::DOUBLE}`;
  const stap = `lambda acc, x: CASE WHEN acc.n + x.n >= ${MIN_AANTAL}
      THEN {'uit': list_append(acc.uit, {'bin': x.bin, 'n': acc.n + x.n, 'bedrag': acc.bedrag + x.bedrag}::${BIN}), 'bin': NULL::INTEGER, 'n': 0::BIGINT, 'bedrag': 0::DOUBLE}
      ELSE {'uit': acc.uit, 'bin': x.bin, 'n': acc.n + x.n, 'bedrag': acc.bedrag + x.bedrag} END`;
  return `WITH cel AS (
  SELECT ${c}, list_reduce(list({'bin': bin, 'n': n, 'bedrag': bedrag}::${BIN} ORDER BY bin), ${stap}, ${start}) AS r
  FROM (${bron}) GROUP BY ALL
),
slot AS (
  SELECT ${c}, CASE WHEN r.n = 0 THEN r.uit WHEN len(r.uit) = 0 THEN []::${BIN}[]
    ELSE list_append(r.uit[1:-2], {'bin': r.bin, 'n': r.uit[-1].n + r.n, 'bedrag': r.uit[-1].bedrag + r.bedrag}::${BIN}) END AS bins
  FROM cel
)
SELECT ${c}, b.bin AS bin, b.n AS n, b.bedrag AS bedrag FROM (SELECT ${c}, unnest(bins) AS b FROM slot)`;
}

/**
 * What may be published of one cube (`select`: the columns of KubusExport.kolommen, cells under 5
 * dropped, Lorenz bins merged), the statement that writes it as `<map>/<tabel>.csv` (`;`, header)
 * straight from DuckDB without passing rows through JavaScript, and the count of what the < 5
 * rule left out (columns rijen, n). Params of each: [dataset_id].
 */
export function sqlKubusExport(k: KubusExport, bestand: string): { select: string; copy: string; onderdrukt: string } {
  const kolommen = k.kolommen.join(', ');
  const bron = `SELECT * FROM (${k.sql})`;
  const select = k.binCel
    ? `SELECT ${kolommen} FROM (${sqlBinsSamengevoegd(bron, k.binCel)}) ORDER BY ${k.volgorde ?? 'ALL'}`
    : `SELECT ${kolommen} FROM (${k.sql}) WHERE n_cel >= ${MIN_AANTAL}`;
  const onderdrukt = k.binCel
    // a cell is dropped whole when all its cases together are fewer than MIN_AANTAL
    ? `SELECT coalesce(sum(rijen), 0)::BIGINT AS rijen, coalesce(sum(n), 0)::BIGINT AS n FROM (
        SELECT count(*) AS rijen, sum(n) AS n FROM (${bron}) GROUP BY ${k.binCel.join(', ')} HAVING sum(n) < ${MIN_AANTAL})`
    : `SELECT count(*)::BIGINT AS rijen, coalesce(sum(${k.kolommen.includes('n') ? 'n' : '0'}), 0)::BIGINT AS n FROM (${k.sql}) WHERE n_cel < ${MIN_AANTAL}`;
  return { select, copy: `COPY (${select}) TO ${padLiteraal(bestand)} (HEADER, DELIMITER ';')`, onderdrukt };
}
