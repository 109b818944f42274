/**
 * DuckDB DDL for the case data contract (docs/casusdata.md, version 1).
 *
 * SQL strings only; src/lib/db/casus.ts runs them. Beyond the contract's CSV columns each case
 * table carries `dataset_id` (a DB-level addition, so a dataset can be filtered or dropped
 * without string matching); `casus_id` is stored namespaced as `dataset_id:casus_id`.
 * Codes are checked with CHECK constraints built from the `as const` lists in the contract, so
 * the DDL and the TypeScript types cannot drift apart.
 */
import {
  CATEGORIE,
  DATUM_KWALITEIT,
  DOMEIN_EPISODE,
  DOMEIN_KOSTEN,
  GESLACHT,
  HERKOMST,
  KWALITEIT,
  ONDERWIJSSOORT,
  TOESTAND_ONDERWIJS,
  TOESTAND_ZORG,
} from '../../model/casus/contract.ts';

/** `'a', 'b'` — only ever used with the fixed code lists above, never with user input. */
function inList(codes: readonly string[]): string {
  return codes.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');
}

export const DDL_DATASET = `CREATE TABLE IF NOT EXISTS dataset (
  dataset_id VARCHAR PRIMARY KEY CHECK (dataset_id <> '' AND NOT contains(dataset_id, ':')),
  naam VARCHAR NOT NULL,
  herkomst VARCHAR NOT NULL CHECK (herkomst IN (${inList(HERKOMST)})),
  bron VARCHAR NOT NULL,
  contractversie INTEGER NOT NULL
)`;

export const DDL_CASUS = `CREATE TABLE IF NOT EXISTS casus (
  dataset_id VARCHAR NOT NULL,
  casus_id VARCHAR NOT NULL, -- namespaced 'dataset_id:casus_id'
  gemeente_code VARCHAR NOT NULL CHECK (regexp_full_match(gemeente_code, 'GM[0-9]{4}')),
  geboortejaar INTEGER,
  geslacht VARCHAR CHECK (geslacht IS NULL OR geslacht IN (${inList(GESLACHT)}))
)`;

/**
 * The contract's code lists as ENUM types: a value outside its list cannot be stored (as the CHECKs
 * on VARCHAR columns did), and the check is a lookup per value instead of a list comparison (the
 * CHECKs were 40 % of inserting a file's episodes and 20 % of its costs). Comparing with text works
 * as before; a code outside the list simply matches nothing.
 */
const DDL_CODETYPEN: readonly string[] = (
  [
    ['casus_domein_episode', DOMEIN_EPISODE],
    ['casus_toestand', [...TOESTAND_ONDERWIJS, ...TOESTAND_ZORG]],
    ['casus_onderwijssoort', ONDERWIJSSOORT],
    ['casus_datum_kwaliteit', DATUM_KWALITEIT],
    ['casus_domein_kosten', DOMEIN_KOSTEN],
    ['casus_categorie', CATEGORIE],
    ['casus_kwaliteit', KWALITEIT],
  ] as const
).map(([naam, codes]) => `CREATE TYPE IF NOT EXISTS ${naam} AS ENUM (${inList(codes)})`);

export const DDL_EPISODE = `CREATE TABLE IF NOT EXISTS episode (
  dataset_id VARCHAR NOT NULL,
  casus_id VARCHAR NOT NULL,
  domein casus_domein_episode NOT NULL,
  -- the toestand must belong to the domein (the ENUM holds both lists)
  toestand casus_toestand NOT NULL CHECK (
    (domein = 'onderwijs' AND toestand IN (${inList(TOESTAND_ONDERWIJS)}))
    OR (domein = 'zorg' AND toestand IN (${inList(TOESTAND_ZORG)}))),
  onderwijssoort casus_onderwijssoort,
  begin DATE NOT NULL,
  einde DATE, -- exclusive; NULL = still running
  datum_kwaliteit casus_datum_kwaliteit NOT NULL,
  CHECK (einde IS NULL OR einde > begin)
)`;

export const DDL_KOSTEN = `CREATE TABLE IF NOT EXISTS kosten (
  dataset_id VARCHAR NOT NULL,
  casus_id VARCHAR NOT NULL,
  begin DATE NOT NULL,
  einde DATE NOT NULL, -- exclusive
  domein casus_domein_kosten NOT NULL,
  categorie casus_categorie NOT NULL,
  bedrag_eur DECIMAL(14, 2) NOT NULL,
  kwaliteit casus_kwaliteit NOT NULL,
  CHECK (einde > begin)
)`;

/** All DDL in dependency order. */
export const DDL_CASUSDATA: readonly string[] = [...DDL_CODETYPEN, DDL_DATASET, DDL_CASUS, DDL_EPISODE, DDL_KOSTEN];

/**
 * Load one dataset's contract CSV files (as written by the generator / data/casus) into the
 * tables, namespacing casus_id. `?` = file path / dataset id. Delimiter `;`, decimal comma is
 * NOT assumed here: generator and bundled files use `;` and a decimal point in bedrag_eur
 * (import of arbitrary user files goes through src/lib/import instead).
 */
export function sqlLaadCasusCsv(): { sql: string; params: (ds: string, file: string) => unknown[] } {
  return {
    sql: `INSERT INTO casus SELECT ?, ? || ':' || casus_id, gemeente_code, geboortejaar,
      nullif(geslacht, '') FROM read_csv(?, delim=';', header=true, all_varchar=false,
      columns={'casus_id':'VARCHAR','gemeente_code':'VARCHAR','geboortejaar':'INTEGER','geslacht':'VARCHAR'})`,
    params: (ds, file) => [ds, ds, file],
  };
}

export function sqlLaadEpisodeCsv(): { sql: string; params: (ds: string, file: string) => unknown[] } {
  return {
    sql: `INSERT INTO episode SELECT ?, ? || ':' || casus_id, domein, toestand, nullif(onderwijssoort, ''),
      begin, einde, datum_kwaliteit FROM read_csv(?, delim=';', header=true,
      columns={'casus_id':'VARCHAR','domein':'VARCHAR','toestand':'VARCHAR','onderwijssoort':'VARCHAR',
        'begin':'DATE','einde':'DATE','datum_kwaliteit':'VARCHAR'})`,
    params: (ds, file) => [ds, ds, file],
  };
}

export function sqlLaadKostenCsv(): { sql: string; params: (ds: string, file: string) => unknown[] } {
  return {
    sql: `INSERT INTO kosten SELECT ?, ? || ':' || casus_id, begin, einde, domein, categorie, bedrag_eur,
      kwaliteit FROM read_csv(?, delim=';', header=true,
      columns={'casus_id':'VARCHAR','begin':'DATE','einde':'DATE','domein':'VARCHAR','categorie':'VARCHAR',
        'bedrag_eur':'DECIMAL(14,2)','kwaliteit':'VARCHAR'})`,
    params: (ds, file) => [ds, ds, file],
  };
}

/** Remove one dataset from all tables (params: [dataset_id]). */
export const SQL_VERWIJDER_DATASET: readonly string[] = [
  'DELETE FROM kosten WHERE dataset_id = ?',
  'DELETE FROM episode WHERE dataset_id = ?',
  'DELETE FROM casus WHERE dataset_id = ?',
  'DELETE FROM dataset WHERE dataset_id = ?',
];

/** Remove the rows of n cases of one dataset (params: dataset_id, then the n case ids as in the file). */
export function sqlVerwijderCasussen(n: number): string[] {
  const ids = Array.from({ length: n }, (_, i) => `$1 || ':' || $${i + 2}`).join(', ');
  return ['kosten', 'episode', 'casus'].map((t) => `DELETE FROM ${t} WHERE dataset_id = $1 AND casus_id IN (${ids})`);
}

/** A dataset's cases and episodes as contract rows (case id without the dataset prefix, ISO dates); param: dataset_id. */
export const SQL_CASUS_RIJEN = `SELECT substr(casus_id, length(dataset_id) + 2) AS casus_id, gemeente_code, geboortejaar, geslacht
  FROM casus WHERE dataset_id = ?`;
export const SQL_EPISODE_RIJEN = `SELECT substr(casus_id, length(dataset_id) + 2) AS casus_id, domein, toestand, onderwijssoort,
    strftime(begin, '%Y-%m-%d') AS begin, strftime(einde, '%Y-%m-%d') AS einde, datum_kwaliteit
  FROM episode WHERE dataset_id = ?`;
