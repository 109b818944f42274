// The only module that starts and talks to DuckDB-WASM. Everything else goes through `Db`.
// Only the eh and mvp bundles ship: embeds and static hosts cannot set COI headers for threads.
import type { AsyncDuckDB, AsyncDuckDBConnection, AsyncPreparedStatement } from '@duckdb/duckdb-wasm';
import type { Db, Rij } from './types';
import { naarRijen } from './rijen';
import { GECOMPRIMEERD_GEHEUGEN, PERFECTE_HASH } from './schema';
import { geregistreerdPad, SQL_AFSCHERMING } from './sql/afscherming';
import { BENCH } from '../debug/benchHaken';

let start: Promise<Db> | null = null;

export class DbFout extends Error {
  constructor(bericht: string, readonly oorzaak?: unknown) {
    super(bericht);
    this.name = 'DbFout';
  }
}

const START_TIMEOUT_MS = 20_000;


/** One init promise for the whole app; a failed start can be retried. */
export function startDuckDB(): Promise<Db> {
  if (!start) {
    start = metTimeout(laadDuckDB(), START_TIMEOUT_MS).catch((e) => {
      start = null;
      throw new DbFout(
        'De rekenmodule (DuckDB) kon niet starten. Wat zonder de rekenmodule kan, blijft zichtbaar.',
        e,
      );
    });
  }
  return start;
}

/** Bench build only: a mark per start step on the page clock (scripts/bench-start.ts reads them). */
export function startStap(naam: string): void {
  if (BENCH) performance.mark(`duckdb-stap:${naam}`);
}

async function laadDuckDB(): Promise<Db> {
  startStap('begin');
  // Dynamic imports keep DuckDB's JS out of the first-chart bundle.
  const [duckdb, ehWasm, ehWorker, mvpWasm, mvpWorker] = await Promise.all([
    import('@duckdb/duckdb-wasm'),
    import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url'),
    import('@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url'),
  ]);
  startStap('imports');
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpWasm.default, mainWorker: mvpWorker.default },
    eh: { mainModule: ehWasm.default, mainWorker: ehWorker.default },
  });
  startStap('selectBundle');
  const worker = new Worker(bundle.mainWorker!);
  const db: AsyncDuckDB = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  startStap('instantiate');
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  startStap('open');
  const conn = await db.connect();
  startStap('connect');
  // No extension downloads: they are third-party requests and fail offline.
  await conn.query('SET autoinstall_known_extensions=false');
  await conn.query('SET autoload_known_extensions=false');
  await conn.query(GECOMPRIMEERD_GEHEUGEN);
  await conn.query('USE jzv');
  await conn.query(PERFECTE_HASH);
  startStap('instellingen');
  // From here on DuckDB opens only files registered below (no URL, no path from a user).
  for (const sql of SQL_AFSCHERMING) await conn.query(sql);
  startStap('afscherming');
  return maakDb(db, conn);
}

/**
 * Prepared statements kept open per SQL text. Preparing (parse, bind, plan) costs as much as
 * running the small cube queries, and prepare + run + close are three worker round trips: a
 * filter change asks the same statement with other parameters, which then is one round trip.
 */
const VOORBEREID_MAX = 48;

/** A kept statement: the prepare in flight, and the statement itself once it is ready. */
interface Bereid {
  belofte: Promise<AsyncPreparedStatement>;
  klaar?: AsyncPreparedStatement;
}

function maakDb(db: AsyncDuckDB, conn: AsyncDuckDBConnection): Db {
  const voorbereid = new Map<string, Bereid>();
  const bereid = (sql: string): Bereid => {
    let b = voorbereid.get(sql);
    if (b) {
      voorbereid.delete(sql); // most recently used last
    } else {
      const nieuw: Bereid = { belofte: conn.prepare(sql) };
      nieuw.belofte.then((s) => (nieuw.klaar = s), () => voorbereid.get(sql) === nieuw && voorbereid.delete(sql));
      if (voorbereid.size >= VOORBEREID_MAX) vergeet(voorbereid.keys().next().value!);
      b = nieuw;
    }
    voorbereid.set(sql, b);
    return b;
  };
  const vergeet = (sql: string) => {
    voorbereid.get(sql)?.belofte.then((s) => s.close()).catch(() => {});
    voorbereid.delete(sql);
  };
  // a statement once prepared runs without waiting a microtask, so a filter change's request
  // leaves for the worker before the page re-renders its "updating" state
  const voer = (sql: string, params: unknown[]) => {
    const b = bereid(sql);
    return b.klaar ? b.klaar.query(...params) : b.belofte.then((s) => s.query(...params));
  };
  return {
    async query<T extends Rij>(sql: string, params: unknown[] = []): Promise<T[]> {
      if (params.length === 0) return naarRijen<T>(await conn.query(sql));
      try {
        return naarRijen<T>(await voer(sql, params));
      } catch {
        // a kept statement that no longer fits (closed, tables changed): once more, freshly prepared
        vergeet(sql);
        return naarRijen<T>(await voer(sql, params));
      }
    },
    async exec(sql: string): Promise<void> {
      await conn.query(sql);
    },
    async registreerBestand(naam: string, inhoud: Uint8Array): Promise<void> {
      await db.registerFileBuffer(geregistreerdPad(naam), inhoud);
    },
    async verwijderBestand(naam: string): Promise<void> {
      await db.dropFile(geregistreerdPad(naam));
    },
    bestandsPad: geregistreerdPad,
  };
}

function metTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`time-out na ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}
