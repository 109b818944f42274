// Answers named queries: first from the results baked at build time (so the first view never
// waits for DuckDB), then from a small cache, and otherwise from DuckDB. Identical queries in
// flight are shared, as in Mosaic's coordinator.
import type { Db, Niveau, Rij } from './types';
import { vraagSleutel, type Vraag } from './vragen';

export type Voorbereid = Record<string, Rij[]>;

const CACHE_MAX = 200;

/**
 * Warm-up questions a page asks at most (Coordinator.voorhaal with `opwarmen`). DuckDB-WASM answers
 * its first hundred or so questions two to four times slower than later ones (V8 optimises wasm
 * code once it has run a while; README, scripts/bench-opwarmen.ts): 150 of a view's own questions,
 * asked while the user reads, take most of that wait away before the first choice.
 */
export const OPWARMEN_MAX = 150;

/** A promise with its settle functions, for a level that is reached later. */
function uitgesteld<T>() {
  let zet!: (v: T) => void;
  let faal!: (e: unknown) => void;
  const p = new Promise<T>((res, rej) => {
    zet = res;
    faal = rej;
  });
  p.catch(() => {}); // a failed start is reported per query, not as an unhandled rejection
  return { p, zet, faal };
}

export class Coordinator {
  private cache = new Map<string, Rij[]>();
  private onderweg = new Map<string, Promise<Rij[]>>();
  // Queries asked before DuckDB is started wait for their level instead of failing.
  private motor = uitgesteld<Db>();
  private basis = uitgesteld<Db>();
  /** The handle once a level is reached, to ask without a microtask in between (see vraag). */
  private klaar: Record<Niveau, Db | null> = { motor: null, basis: null };
  /** Starts loading the base tables (once); null until verbind. */
  private startBasis: (() => void) | null = null;
  /** A 'basis' question came before verbind: load the base tables at once, not after the delay. */
  private basisGevraagd = false;

  /** Case datasets being loaded: their questions wait for the load (see laadt). */
  private datasetLaden = new Map<string, Promise<unknown>>();

  constructor(private voorbereid: Voorbereid = {}) {}

  /**
   * Answers baked at build time for a dataset that is still loading (a cube bundle's first view,
   * scripts/bundel-casus.ts), so its first charts need not wait for DuckDB.
   */
  voegVoorbereidToe(antwoorden: Voorbereid): void {
    Object.assign(this.voorbereid, antwoorden);
  }

  /**
   * Dataset `id` is being loaded by `laad`: until it settles, questions that read it (Vraag.dataset)
   * wait instead of reading half-filled tables, and fail with its error if it fails. Baked answers
   * are still given at once.
   */
  laadt(id: string, laad: Promise<unknown>): void {
    this.datasetLaden.set(id, laad);
    const klaar = () => this.datasetLaden.get(id) === laad && this.datasetLaden.delete(id);
    laad.then(klaar, klaar);
  }

  /**
   * Connects the starting DuckDB. `laadBasis` loads the base tables; it starts when `na` settles
   * or as soon as a question needs 'basis', whichever is first (a case page passes a `na` that never
   * settles: there only a question loads them, see startRekenmodule).
   * Returns the 'basis' level, without asking for it.
   */
  verbind(motor: Promise<Db>, laadBasis: (db: Db) => Promise<void>, na?: Promise<unknown>): Promise<Db> {
    motor.then((d) => {
      this.klaar.motor = d;
      this.motor.zet(d);
    }, (e) => {
      this.motor.faal(e);
      this.basis.faal(e); // no engine, no base tables: say so now, not when they are asked for
    });
    let gestart = false;
    this.startBasis = () => {
      if (gestart) return;
      gestart = true;
      motor.then(async (d) => {
        await laadBasis(d);
        this.klaar.basis = d;
        this.basis.zet(d);
      }).catch((e) => this.basis.faal(e));
    };
    if (!na || this.basisGevraagd) this.startBasis();
    else na.then(this.startBasis, this.startBasis);
    return this.basis.p;
  }

  /** The handle for `niveau`, once reached; asking for 'basis' starts the base tables' load. */
  private wacht(niveau: Niveau): Promise<Db> {
    if (niveau === 'motor') return this.motor.p;
    this.basisGevraagd = true;
    this.startBasis?.();
    return this.basis.p;
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
    this.gevraagd++;
    const p = this.stuur(v, k);
    p.catch(() => {}).finally(() => {
      this.gevraagd--;
      this.haalVoor();
    });
    return p;
  }

  /** Sends a question to DuckDB (once its level and dataset are there) and caches the answer unless `bewaren` is false. */
  private stuur<T extends Rij>(v: Vraag<T>, k: string, bewaren = true): Promise<T[]> {
    // with its level reached, the query leaves at once, not after the re-render that asked for it
    const niveau = v.niveau ?? 'basis';
    const db = this.klaar[niveau];
    const laden = v.dataset ? this.datasetLaden.get(v.dataset) : undefined;
    const generatie = this.generatie;
    const p = (db && !laden ? db.query<T>(v.sql, v.params) : Promise.all([this.wacht(niveau), laden]).then(([d]) => d.query<T>(v.sql, v.params)))
      .then((rijen) => {
        if (bewaren && generatie === this.generatie) this.bewaar(k, rijen); // not an answer from before the tables changed
        return rijen;
      })
      .finally(() => this.onderweg.delete(k));
    this.onderweg.set(k, p);
    return p;
  }

  /** Questions asked by views and not yet answered: a prefetch waits while there are any. */
  private gevraagd = 0;
  /** Questions the user is likely to ask next (see voorhaal), nearest first. */
  private voorraad: Vraag<Rij>[] = [];
  /** The list is a warm-up (see voorhaal): its answers are not kept. */
  private voorraadOpwarmen = false;
  private voorhaalBezig = false;
  /** Warm-up questions this page may still ask (see OPWARMEN_MAX). */
  private opwarmenOver = OPWARMEN_MAX;
  /** Bumped by vergeet: an answer to a question sent before is not cached. */
  private generatie = 0;

  /**
   * Answers questions the user is likely to ask next, one at a time while DuckDB has nothing
   * else to do, into the cache (as Falcon prefetches when a view is approached): the options of
   * a filter the user has just opened, say. A new call replaces the list. A prefetch never starts
   * DuckDB or waits for a dataset's load, and a view's own question always goes first; it can
   * only wait for the one prefetch already in DuckDB's worker. Settles when the list is done
   * (true) or replaced or dropped (false).
   *
   * `opwarmen`: questions asked to warm DuckDB-WASM up rather than for their answers, which are
   * not kept (the cache keeps the likelier ones); at most OPWARMEN_MAX per page (opwarmenOver).
   */
  voorhaal(vragen: Vraag<Rij>[], opwarmen = false): Promise<boolean> {
    this.voorraadOp(false);
    this.voorraad = vragen.filter((v) => !this.heeftDirect(v));
    this.voorraadOpwarmen = opwarmen;
    const op = new Promise<boolean>((r) => (this.voorraadOp = r));
    this.haalVoor();
    return op;
  }

  /** Warm-up questions (voorhaal with `opwarmen`) this page may still ask. */
  get opwarmenRest(): number {
    return this.opwarmenOver;
  }

  /** Settles the promise of the current voorhaal list: done (true), replaced or dropped (false). */
  private voorraadOp: (af: boolean) => void = () => {};

  private haalVoor(): void {
    if (this.voorhaalBezig || this.gevraagd > 0) return;
    if (this.voorraadOpwarmen && this.opwarmenOver <= 0) this.voorraad = [];
    const v = this.voorraad.shift();
    if (!v) return this.voorraadOp(true);
    const k = vraagSleutel(v);
    const klaar = !!this.klaar[v.niveau ?? 'basis'] && !(v.dataset && this.datasetLaden.has(v.dataset));
    if (!klaar || this.heeftDirect(v) || this.onderweg.has(k)) return this.haalVoor();
    this.voorhaalBezig = true;
    if (this.voorraadOpwarmen) this.opwarmenOver--;
    this.stuur(v, k, !this.voorraadOpwarmen)
      .catch(() => {}) // a failed prefetch is asked again, and reported, when a view needs it
      .finally(() => {
        this.voorhaalBezig = false;
        this.haalVoor();
      });
  }

  private eenmaligBezig = new Map<string, Promise<void>>();

  /**
   * Runs a db-layer loader once (e.g. registering the case tables), shared by all views that need
   * it. A failed load may be retried by a later call. `niveau`: what the loader reads (see Niveau).
   */
  eenmalig(sleutel: string, laad: (db: Db) => Promise<void>, niveau: Niveau = 'basis'): Promise<void> {
    let p = this.eenmaligBezig.get(sleutel);
    if (!p) {
      p = this.wacht(niveau).then(laad);
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
   * `niveau`: what the unit reads (see Niveau).
   */
  bewerk<T>(werk: (db: Db) => Promise<T>, niveau: Niveau = 'basis'): Promise<T> {
    const p = this.bewerkRij.then(() => this.wacht(niveau)).then(werk);
    this.bewerkRij = p.catch(() => {});
    return p;
  }

  /**
   * Forget cached answers after the tables changed (a user's import). The baked answers describe
   * the bundled data only, so they are dropped too: from then on DuckDB answers everything.
   */
  vergeet(naamPrefix?: string): void {
    this.generatie++;
    this.voorraad = [];
    this.voorraadOp(false);
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
