// DuckDB-WASM (the same wasm the browser runs, in Node's blocking runtime) with the app's lock-down:
// registered files are readable, a URL or a local path is refused before any request is made.
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BESTANDEN_MAP, geregistreerdPad, SQL_AFSCHERMING } from '../../../src/lib/db/sql/afscherming';

const require = createRequire(import.meta.url);
type Wasm = typeof import('@duckdb/duckdb-wasm/blocking');
const duckdb: Wasm = require('@duckdb/duckdb-wasm/blocking');
const map = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

async function nieuweDb(afgeschermd: boolean) {
  const db = await duckdb.createDuckDB(
    { mvp: { mainModule: `${map}/duckdb-mvp.wasm`, mainWorker: '' }, eh: { mainModule: `${map}/duckdb-eh.wasm`, mainWorker: '' } },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true } });
  const conn = db.connect();
  if (afgeschermd) for (const sql of SQL_AFSCHERMING) conn.query(sql);
  const vraag = (sql: string, ...params: unknown[]) => {
    const stmt = conn.prepare(sql);
    try {
      return stmt.query(...params).toArray().map((r) => r.toJSON());
    } finally {
      stmt.close();
    }
  };
  return { db, conn, vraag };
}

// A local server that counts requests: proof that a refused URL never left DuckDB.
let server: Server;
let verzoeken = 0;
let url = '';
beforeAll(async () => {
  server = createServer((_, res) => { verzoeken++; res.end('a;b\n1;2\n'); });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  const adres = server.address();
  url = `http://127.0.0.1:${typeof adres === 'object' && adres ? adres.port : 0}/x.csv`;
});
afterAll(() => server.close());

// Instantiating the wasm takes seconds: one locked and one open database for all tests.
let dicht: Awaited<ReturnType<typeof nieuweDb>>;
let open: Awaited<ReturnType<typeof nieuweDb>>;
beforeAll(async () => {
  dicht = await nieuweDb(true);
  open = await nieuweDb(false);
}, 120_000);

describe('DuckDB lock-down (src/lib/db/sql/afscherming.ts)', () => {
  it('reads a registered file by its path, as the imports do', () => {
    const { db, vraag } = dicht;
    db.registerFileBuffer(geregistreerdPad('eigen-import-1.csv'), new TextEncoder().encode('waarde;noot\n7;read_csv(\'http://127.0.0.1:1/x.csv\')\n'));
    const rijen = vraag("SELECT * FROM read_csv(?, delim=';', header=true, all_varchar=true)", geregistreerdPad('eigen-import-1.csv'));
    // An imported value that looks like SQL or a URL stays a plain cell.
    expect(rijen).toEqual([{ waarde: '7', noot: "read_csv('http://127.0.0.1:1/x.csv')" }]);
  });

  it('refuses a URL, a local path and a way out of the folder, without making a request', () => {
    const { vraag } = dicht;
    const voor = verzoeken;
    for (const pad of [url, '/etc/hostname', `${BESTANDEN_MAP}../etc/hostname`, 'feiten.csv']) {
      expect(() => vraag("SELECT * FROM read_csv(?)", pad), pad).toThrow(/Permission Error/);
    }
    expect(() => vraag(`SELECT * FROM read_csv('${url}')`)).toThrow(/Permission Error/);
    expect(() => vraag(`SELECT * FROM sniff_csv('${url}')`)).toThrow(/Permission Error/);
    expect(verzoeken).toBe(voor);
  });

  it('keeps the lock: settings cannot be switched back and extensions cannot be loaded', () => {
    const { conn } = dicht;
    expect(() => conn.query('SET enable_external_access = true')).toThrow(/locked/);
    expect(() => conn.query("SET allowed_directories = ['/']")).toThrow(/locked/);
    expect(() => conn.query('SET lock_configuration = false')).toThrow(/locked/);
    expect(() => conn.query('LOAD httpfs')).toThrow(/disabled/);
  });

  it('without the lock-down DuckDB would open the URL and the local file (the test can fail)', () => {
    // Node's blocking runtime has no HTTP, so it fails later and differently: DuckDB did try.
    for (const pad of [url, '/etc/hostname']) {
      let fout = '';
      try {
        open.vraag('SELECT * FROM read_csv(?)', pad);
      } catch (e) {
        fout = String((e as Error).message);
      }
      expect(fout, pad).not.toMatch(/Permission Error/);
    }
  });

  it('refuses file names that are not plain names', () => {
    expect(geregistreerdPad('feiten.csv')).toBe(`${BESTANDEN_MAP}feiten.csv`);
    for (const naam of [url, '../feiten.csv', 'a/b.csv', '', '.verborgen', 'x..csv']) expect(() => geregistreerdPad(naam), naam).toThrow(/Ongeldige bestandsnaam/);
  });
});
