/**
 * What a region may publish of Kosten per casus: the cubes built by SQL_BOUW_DATASET (kosten.ts),
 * read back per table with the case count each row rests on, so cells under 5 can be suppressed
 * (model/kosten/onderdrukking.ts). Never case-level rows: casus_kenmerken and pa_casus_jaar stay
 * behind. Used by scripts/casus-aggregeer.ts (native DuckDB); the cubes are the same tables the
 * browser builds, from the same SQL. Params: [dataset_id].
 */
interface KubusExport {
  /** the pa_* table (and file name) */
  tabel: 'pa_kube_cat' | 'pa_kube_verdeling' | 'pa_cohort' | 'pa_kube_t' | 'pa_lorenz_bin' | 'pa_lorenz_iv';
  /** columns written, in order (dataset_id is left out: the bundle is one dataset) */
  kolommen: readonly string[];
  /** SELECT with a column `n_cel`: the cases the row rests on (suppressed when below 5) */
  sql: string;
  /** Lorenz bins: merged per cell (these key columns) instead of dropped */
  binCel?: readonly string[];
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
  },
];

/** Dataset totals for the manifest (params: [dataset_id] ×3). */
export const SQL_AGGREGAAT_TOTALEN = `SELECT (SELECT count(*) FROM casus WHERE dataset_id = ?) AS casussen,
  (SELECT count(*) FROM casus_kenmerken WHERE dataset_id = ? AND uitval_m IS NOT NULL) AS met_uitval,
  (SELECT CAST(sum(bedrag_eur) AS DOUBLE) FROM kosten WHERE dataset_id = ?) AS totaal_eur`;
