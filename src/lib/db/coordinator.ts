// Answers named queries: first from the results baked at build time (so the first view never
// waits for DuckDB), then from a small cache, and otherwise from DuckDB. Identical queries in
// flight are shared, as in Mosaic's coordinator.
import type { Db, Rij } from './types';
import { vraagSleutel, type Vraag } from './vragen';

export type Voorbereid = Record<string, Rij[]>;

const CACHE_MAX = 200;

export class Coordinator {
  private cache = new Map<string, Rij[]>();
  private onderweg = new Map<string, Promise<Rij[]>>();
  // Queries asked before DuckDB is started wait for it instead of failing.
  private zetDb!: (db: Db) => void;
  private zetFout!: (e: unknown) => void;
  private db: Promise<Db> = new Promise<Db>((res, rej) => {
    this.zetDb = res;
    this.zetFout = rej;
  });

  constructor(private voorbereid: Voorbereid = {}) {
    this.db.catch(() => {}); // a failed start is reported per query, not as an unhandled rejection
  }

  /** The started DuckDB, to ask without a microtask in between (see vraag). */
  private gestart: Db | null = null;

  verbind(db: Promise<Db>): void {
    db.then((d) => {
      this.gestart = d;
      this.zetDb(d);
    }, this.zetFout);
  }

  /** True when the answer is available without DuckDB. */
  heeftDirect(v: Vraag<Rij>): boolean {
    const k = vraagSleutel(v);
    return k in this.voorbereid || this.cache.has(k);
  }

  direct<T extends Rij>(v: Vraag<T>): T[] | undefined {
    const k = vraagSleutel(v);
    return (this.voorbereid[k] ?? this.cache.get(k)) as T[] | undefined;
  }

  async vraag<T extends Rij>(v: Vraag<T>): Promise<T[]> {
    const k = vraagSleutel(v);
    const klaar = this.direct(v);
    if (klaar) return klaar;
    const bezig = this.onderweg.get(k);
    if (bezig) return bezig as Promise<T[]>;
    // with DuckDB started, the query leaves at once, not after the re-render that asked for it
    const p = (this.gestart ? this.gestart.query<T>(v.sql, v.params) : this.db.then((db) => db.query<T>(v.sql, v.params)))
      .then((rijen) => {
        this.bewaar(k, rijen);
        return rijen;
      })
      .finally(() => this.onderweg.delete(k));
    this.onderweg.set(k, p);
    return p;
  }

  private eenmaligBezig = new Map<string, Promise<void>>();

  /**
   * Runs a db-layer loader once (e.g. registering the case tables), shared by all views that need
   * it. A failed load may be retried by a later call.
   */
  eenmalig(sleutel: string, laad: (db: Db) => Promise<void>): Promise<void> {
    let p = this.eenmaligBezig.get(sleutel);
    if (!p) {
      p = this.db.then(laad);
      p.catch(() => this.eenmaligBezig.delete(sleutel));
      this.eenmaligBezig.set(sleutel, p);
    }
    return p;
  }

  private bewerkRij: Promise<unknown> = Promise.resolve();

  /**
   * A unit of work that writes tables (a user's import) or reads its own staging tables. Units run
   * one after the other, so an import's batches, preview counts and removal never interleave; the
   * handle is lent for the unit only. A unit must not start another (it would wait for itself).
   * After a write that changes what views see, call `vergeet()` (meldTabellenGewijzigd).
   */
  bewerk<T>(werk: (db: Db) => Promise<T>): Promise<T> {
    const p = this.bewerkRij.then(() => this.db).then(werk);
    this.bewerkRij = p.catch(() => {});
    return p;
  }

  /**
   * Forget cached answers after the tables changed (a user's import). The baked answers describe
   * the bundled data only, so they are dropped too: from then on DuckDB answers everything.
   */
  vergeet(naamPrefix?: string): void {
    if (naamPrefix) {
      for (const k of [...this.cache.keys()]) if (k.startsWith(naamPrefix)) this.cache.delete(k);
      return;
    }
    this.cache.clear();
    this.voorbereid = {};
  }

  private bewaar(k: string, rijen: Rij[]): void {
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(k, rijen);
  }
}
