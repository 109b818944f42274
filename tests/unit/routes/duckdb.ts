/** Native DuckDB with the contract tables and the route tables, for comparing SQL with the TS reference. */
import { DuckDBInstance } from '@duckdb/node-api';
import type { Episode } from '../../../src/lib/model/casus/contract.ts';
import type { RouteCasus } from '../../../src/lib/model/routes/route.ts';
import { DDL_CASUSDATA } from '../../../src/lib/db/sql/casus.ts';
import { type RouteQuery, sqlMaakRouteTabellen } from '../../../src/lib/db/sql/routes.ts';

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
