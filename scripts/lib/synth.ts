/**
 * The synthetic cohort in native DuckDB, by the browser's own SQL (src/lib/db/sql/synth.ts): for
 * scripts (contract CSV files), tests (rows as objects) and benchmarks. Same seed → same cases as
 * the page generates in DuckDB-WASM.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { DDL_CASUSDATA } from '../../src/lib/db/sql/casus.ts';
import { sqlGenereerSynthetisch, type KostenGranulariteit } from '../../src/lib/db/sql/synth.ts';
import { KOLOMMEN, type Casus, type Episode, type Kosten } from '../../src/lib/model/casus/contract.ts';

export interface Cohort {
  casus: Casus[];
  episodes: Episode[];
  kosten: Kosten[];
}

/** Generates cases 1…n into the contract tables of `con` (created if missing) under `datasetId`. */
export async function genereerNatief(con: DuckDBConnection, datasetId: string, n: number, seed: number, g: KostenGranulariteit = 'fase'): Promise<void> {
  for (const s of DDL_CASUSDATA) await con.run(s);
  const blok = 1_000_000; // bounded temp tables at 10 M cases
  for (let van = 1; van <= n; van += blok) {
    for (const s of sqlGenereerSynthetisch(datasetId, seed, van, Math.min(n, van + blok - 1), g)) await con.run(s.sql, s.params as never);
  }
}

const DS = 'synth';
/** The contract columns of each table, casus_id without the dataset prefix, dates as ISO text. */
function kolommen(tabel: 'casus' | 'episode' | 'kosten'): string {
  return KOLOMMEN[tabel]
    .map((k) => (k === 'casus_id' ? `substr(casus_id, ${DS.length + 2}) AS casus_id` : k === 'begin' || k === 'einde' ? `strftime(${k}, '%Y-%m-%d') AS ${k}` : k))
    .join(', ');
}
/** Case order: by case number, then as generated (stable for tests that compare per case). */
const VOLGORDE = `CAST(substr(casus_id, ${DS.length + 3}) AS INTEGER)`;

async function metCohort<T>(n: number, seed: number, g: KostenGranulariteit, f: (con: DuckDBConnection) => Promise<T>): Promise<T> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  try {
    await genereerNatief(con, DS, n, seed, g);
    return await f(con);
  } finally {
    con.closeSync();
    inst.closeSync();
  }
}

/** The cohort as contract rows (casus_id `s1`, `s2`, …), for tests on up to some 10.000s of cases. */
export function synthCohort(n: number, seed: number, g: KostenGranulariteit = 'fase'): Promise<Cohort> {
  return metCohort(n, seed, g, async (con) => {
    const lees = async (t: 'casus' | 'episode' | 'kosten', orde: string) =>
      (await con.runAndReadAll(`SELECT ${kolommen(t)} FROM ${t} ORDER BY ${VOLGORDE}, ${orde}`)).getRowObjectsJS();
    const casus = (await lees('casus', 'casus_id')) as unknown as Casus[];
    const episodes = (await lees('episode', 'domein, begin')) as unknown as Episode[];
    const kosten = ((await lees('kosten', 'begin, domein, categorie')) as unknown as (Kosten & { bedrag_eur: unknown })[]).map((k) => ({ ...k, bedrag_eur: Number(k.bedrag_eur) }));
    return { casus, episodes, kosten };
  });
}

/** Writes the cohort as contract CSV (casus.csv, episode.csv, kosten.csv in `map`); returns row counts. */
export function schrijfSynthCsv(n: number, seed: number, map: string, g: KostenGranulariteit = 'fase'): Promise<Record<'casus' | 'episode' | 'kosten', number>> {
  return metCohort(n, seed, g, async (con) => {
    const aantallen = { casus: 0, episode: 0, kosten: 0 };
    for (const t of ['casus', 'episode', 'kosten'] as const) {
      const pad = `${map}/${t}.csv`.replace(/'/g, "''"); // a path chosen by the script's user, quoted
      await con.run(`COPY (SELECT ${kolommen(t)} FROM ${t}) TO '${pad}' (HEADER, DELIMITER ';')`);
      aantallen[t] = Number((await con.runAndReadAll(`SELECT count(*) AS n FROM ${t}`)).getRowObjectsJS()[0].n);
    }
    return aantallen;
  });
}
