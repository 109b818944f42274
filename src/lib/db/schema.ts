// The bundled data tables, created from the CSV files that `npm run data` writes to public/data/.
// The same SQL runs in DuckDB-WASM (browser) and native DuckDB (build and bench scripts).

/**
 * All tables live in a compressed in-memory database. DuckDB's default in-memory database stores
 * columns uncompressed: 14 million imported facts (a 200 MB StatLine file) took ~2 GB there, and
 * the copy made by "Toevoegen" pushed the 32-bit WASM heap (max 4 GB) over the edge. Compressed,
 * the same facts take ~140 MB (measured with duckdb-wasm 1.32 in Node; see scripts/bench-import.ts).
 */
export const GECOMPRIMEERD_GEHEUGEN = "ATTACH ':memory:' AS jzv (COMPRESS)";

/**
 * Group-bys on a dense integer key up to 2^21 (2 M) values use an array instead of a hash table.
 * The case-level Lorenz curve with a period or age filter groups millions of case-years by
 * `casus_nr` (1..n); with DuckDB's default (12 bits) that took 220–330 ms for 1 M cases in
 * DuckDB-WASM, with 21 bits 120 ms (measured in Node with duckdb-wasm 1.32, same data).
 */
export const PERFECTE_HASH = 'SET perfect_ht_threshold = 21';

export const BUNDEL_BESTANDEN = ['regios.csv', 'feiten.csv', 'indicatoren.csv', 'bronnen.csv', 'referentiesets.csv', 'vlaggen.csv'] as const;
export type BundelBestand = (typeof BUNDEL_BESTANDEN)[number];

// all_varchar keeps DuckDB's sniffer from guessing types: the columns are cast explicitly below.
const lees = (pad: string) =>
  `read_csv('${pad.replace(/'/g, "''")}', delim=';', header=true, quote='"', escape='"', all_varchar=true)`;

export function schemaSql(pad: (bestand: BundelBestand) => string): string[] {
  return [
    `CREATE OR REPLACE TABLE regios AS SELECT code, naam, soort, NULLIF(provincie,'') AS provincie,
       NULLIF(grootteklasse,'') AS grootteklasse, TRY_CAST(stedelijkheid AS INTEGER) AS stedelijkheid,
       NULLIF(opgeheven_per,'') AS opgeheven_per, NULLIF(opvolger_code,'') AS opvolger_code
     FROM ${lees(pad('regios.csv'))}`,
    `CREATE OR REPLACE TABLE feiten AS SELECT regio_code, periode, indicator, TRY_CAST(waarde AS DOUBLE) AS waarde,
       status, bron, NULLIF(noot,'') AS noot
     FROM ${lees(pad('feiten.csv'))}`,
    `CREATE OR REPLACE TABLE indicatoren AS SELECT * FROM ${lees(pad('indicatoren.csv'))}`,
    `CREATE OR REPLACE TABLE bronnen AS SELECT * FROM ${lees(pad('bronnen.csv'))}`,
    `CREATE OR REPLACE TABLE referentiesets AS SELECT focus_code, lid_code, rol, TRY_CAST(volgorde AS INTEGER) AS volgorde, bron
     FROM ${lees(pad('referentiesets.csv'))}`,
    `CREATE OR REPLACE TABLE vlaggen AS SELECT * FROM ${lees(pad('vlaggen.csv'))}`,
    SQL_FEITEN_LAATSTE,
  ];
}

/**
 * The latest period of every (regio, indicator), pre-aggregated like Mosaic's data cubes: the strip
 * in Vergelijken asks for one indicator across all gemeenten on every switch, and after a large import
 * `feiten` holds millions of facts per indicator (a 200 MB file: 4 M), which made a switch take
 * 160 ms. This table has at most regions × indicators rows. Rebuilt whenever `feiten` is (bundle
 * load, eigenData.herbouw). Aggregate + join instead of a window: no sort of all facts.
 * `ooit_waarde` / `eigen_waarde`: some period has a value (from an import), for the indicator
 * picker, which otherwise counted gemeenten over all facts (3 s after a 200 MB import).
 */
export const SQL_FEITEN_LAATSTE = `CREATE OR REPLACE TABLE feiten_laatste AS
  WITH laatste AS (
    SELECT regio_code, indicator, max(periode) AS periode, bool_or(waarde IS NOT NULL) AS ooit_waarde,
           bool_or(waarde IS NOT NULL AND starts_with(bron, 'eigen import:')) AS eigen_waarde
    FROM feiten GROUP BY ALL
  )
  SELECT f.regio_code, f.periode, f.indicator, f.waarde, f.status, f.bron, f.noot, l.ooit_waarde, l.eigen_waarde
  FROM laatste l JOIN feiten f USING (regio_code, indicator, periode)
  ORDER BY f.indicator, f.regio_code`;
