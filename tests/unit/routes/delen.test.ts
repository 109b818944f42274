// casus:aggregeer builds the Thuiszitters tables of very large files in slices of cases
// (sqlRoutesInDeel) and adds them up (SQL_ROUTES_OPTELLEN). Every row counts children and a child's
// route lies in one slice, so the result must equal the tables built at once. Native DuckDB.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { SQL_MAAK_KLEINE_TABELLEN, sqlMaakKubussen, sqlMaakRouteTabellen, TABEL_DUUR, TABEL_GEMEENTE, TABEL_STROOM } from '../../../src/lib/db/sql/routes.ts';
import { SQL_ROUTES_OPTELLEN, sqlRoutesDeelOpruimen, sqlRoutesInDeel } from '../../../src/lib/db/sql/routesAggregaat.ts';
import { VENSTER } from '../../../src/lib/db/routes.ts';
import { cohort, laad, rijen } from '../kosten/helpers.ts';

const DS = 'regio-delen';
const DELEN = 3;
let ineens: DuckDBConnection;
let inDelen: DuckDBConnection;
const perDeel: number[] = [];

beforeAll(async () => {
  const c = await cohort(1500, 9, 'fase');
  ineens = await laad(c, DS);
  for (const s of sqlMaakRouteTabellen()) await ineens.run(s);
  for (const q of sqlMaakKubussen(VENSTER)) await ineens.run(q.sql, q.params as never);

  inDelen = await laad(c, DS);
  const hoofd = String((await rijen(inDelen, 'SELECT current_database() AS d'))[0].d);
  for (const s of SQL_MAAK_KLEINE_TABELLEN) await inDelen.run(s);
  for (let deel = 0; deel < DELEN; deel++) {
    const voor = Number((await rijen(inDelen, `SELECT coalesce(sum(n), 0) AS n FROM ${TABEL_GEMEENTE}`))[0].n);
    for (const q of sqlRoutesInDeel(hoofd, deel, DELEN, VENSTER)) await inDelen.run(q.sql, q.params as never);
    perDeel.push(Number((await rijen(inDelen, `SELECT coalesce(sum(n), 0) AS n FROM ${TABEL_GEMEENTE}`))[0].n) - voor);
  }
  for (const s of SQL_ROUTES_OPTELLEN) await inDelen.run(s);
}, 120_000);

describe('Thuiszitters tables built in slices of cases', () => {
  it('each slice holds a real share of the children', () => {
    const totaal = perDeel.reduce((s, x) => s + x, 0);
    expect(totaal).toBeGreaterThan(1000);
    for (const n of perDeel) expect(n).toBeGreaterThan(totaal / DELEN / 2);
  });

  it.each([TABEL_GEMEENTE, TABEL_STROOM, TABEL_DUUR])('%s added up equals the table built at once, row for row and in its types', async (tabel) => {
    const a = await rijen(ineens, `SELECT * FROM ${tabel} ORDER BY ALL`);
    const b = await rijen(inDelen, `SELECT * FROM ${tabel} ORDER BY ALL`);
    expect(a.length).toBeGreaterThanOrEqual(5);
    expect(b).toEqual(a);
    const typen = async (c: DuckDBConnection) => rijen(c, `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position`, [tabel]);
    expect(await typen(inDelen)).toEqual(await typen(ineens));
  });

  it('after a slice that stopped halfway, the cleanup returns to the main database and detaches the slice', async () => {
    const hoofd = String((await rijen(inDelen, 'SELECT current_database() AS d'))[0].d);
    // a slice that stops after its cases were copied, before its tables are built (as out of memory would)
    for (const q of sqlRoutesInDeel(hoofd, 0, DELEN, VENSTER).slice(0, 4)) await inDelen.run(q.sql, q.params as never);
    expect((await rijen(inDelen, 'SELECT current_database() AS d'))[0].d).not.toBe(hoofd);
    for (const s of sqlRoutesDeelOpruimen(hoofd)) await inDelen.run(s);
    expect((await rijen(inDelen, 'SELECT current_database() AS d'))[0].d).toBe(hoofd);
    expect(await rijen(inDelen, "SELECT database_name FROM duckdb_databases() WHERE database_name = 'route_deel'")).toEqual([]);
    expect(Number((await rijen(inDelen, `SELECT count(*) AS n FROM ${TABEL_STROOM}`))[0].n)).toBeGreaterThan(10);
  });

  it('refuses a slice outside 0…delen−1 or a database name that is not a plain identifier', () => {
    expect(() => sqlRoutesInDeel('memory', 3, 3, VENSTER)).toThrow();
    expect(() => sqlRoutesInDeel('x; DROP TABLE casus', 0, 2, VENSTER)).toThrow();
  });
});
