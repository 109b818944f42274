/** Test helpers: a native DuckDB with the contract tables and a small synthetic cohort loaded. */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DDL_CASUSDATA, sqlLaadCasusCsv, sqlLaadEpisodeCsv, sqlLaadKostenCsv } from '../../../src/lib/db/sql/casus.ts';
import { casusRegel, episodeRegel, KOP, kostenRegel } from '../../../src/lib/model/casus/synth/csv.ts';
import { synthCohort, type Cohort } from '../../../scripts/lib/synth.ts';

export { type Cohort };
/** A synthetic cohort (the page's SQL generator, in native DuckDB) as contract rows. */
export const cohort = synthCohort;

/** Writes the cohort as contract CSV and loads it under dataset `ds` (casus_id becomes ds:id). */
export async function laad(c: Cohort, ds: string, conn?: DuckDBConnection): Promise<DuckDBConnection> {
  if (!conn) {
    const db = await DuckDBInstance.create(':memory:');
    conn = await db.connect();
    for (const s of DDL_CASUSDATA) await conn.run(s);
  }
  const dir = mkdtempSync(join(tmpdir(), 'jzv-'));
  const f = (n: string, kop: string, regels: string[]) => {
    writeFileSync(join(dir, n), kop + regels.join(''));
    return join(dir, n);
  };
  const fc = f('casus.csv', KOP.casus, c.casus.map(casusRegel));
  const fe = f('episode.csv', KOP.episode, c.episodes.map(episodeRegel));
  const fk = f('kosten.csv', KOP.kosten, c.kosten.map(kostenRegel));
  for (const [q, file] of [[sqlLaadCasusCsv(), fc], [sqlLaadEpisodeCsv(), fe], [sqlLaadKostenCsv(), fk]] as const) {
    await conn.run(q.sql, q.params(ds, file) as never);
  }
  return conn;
}

export async function rijen(conn: DuckDBConnection, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  const r = await conn.runAndReadAll(sql, params as never);
  return r.getRowObjectsJS() as Record<string, unknown>[];
}

/** Namespaces casus ids like the loader does, so TS reference and SQL see the same ids. */
export function namespaced(c: Cohort, ds: string): Cohort {
  const n = (id: string) => `${ds}:${id}`;
  return {
    casus: c.casus.map((x) => ({ ...x, casus_id: n(x.casus_id) })),
    episodes: c.episodes.map((x) => ({ ...x, casus_id: n(x.casus_id) })),
    kosten: c.kosten.map((x) => ({ ...x, casus_id: n(x.casus_id) })),
  };
}
