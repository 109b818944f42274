/** Native DuckDB with the contract tables and the route tables, for comparing SQL with the TS reference. */
import { DuckDBInstance } from '@duckdb/node-api';
import type { Episode } from '../../../src/lib/model/casus/contract.ts';
import type { RouteCasus } from '../../../src/lib/model/routes/route.ts';
import { DDL_CASUSDATA } from '../../../src/lib/db/sql/casus.ts';
import { type RouteQuery, sqlMaakRouteTabellen } from '../../../src/lib/db/sql/routes.ts';
import { synthCohort } from '../../../scripts/lib/synth.ts';

export async function maakDb(casussen: readonly RouteCasus[], episodes: readonly Episode[]): Promise<{ query: RouteQuery; sluit: () => void }> {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const query: RouteQuery = async (sql, params) => {
    const r = await con.runAndReadAll(sql, params as never);
    return r.getRowObjectsJS() as Record<string, unknown>[];
  };
  for (const ddl of DDL_CASUSDATA) await query(ddl, []);
  for (const c of casussen) {
    await query('INSERT INTO casus VALUES (?, ?, ?, ?, ?)', [c.dataset_id ?? 'ds', c.casus_id, c.gemeente_code, c.geboortejaar, c.geslacht]);
  }
  for (const e of episodes) {
    await query('INSERT INTO episode VALUES (?, ?, ?, ?, ?, ?::DATE, ?::DATE, ?)', [
      e.casus_id.split(':')[0], e.casus_id, e.domein, e.toestand, e.onderwijssoort, e.begin, e.einde, e.datum_kwaliteit,
    ]);
  }
  for (const s of sqlMaakRouteTabellen()) await query(s, []);
  return { query, sluit: () => con.closeSync() };
}

/** Synthetic cases (the page's SQL generator, native DuckDB) as route cases, ids namespaced `<ds>:s<nr>`. */
export async function synthRoutes(ds: string, n: number, seed: number): Promise<{ casussen: RouteCasus[]; episodes: Episode[] }> {
  const c = await synthCohort(n, seed);
  return {
    casussen: c.casus.map((x) => ({ ...x, casus_id: `${ds}:${x.casus_id}`, dataset_id: ds })),
    episodes: c.episodes.map((e) => ({ ...e, casus_id: `${ds}:${e.casus_id}` })),
  };
}
