import { describe, expect, it } from 'vitest';
import { Coordinator, OPWARMEN_MAX } from '../../../src/lib/db/coordinator';
import type { Db } from '../../../src/lib/db/types';

// A Db that records the statements it receives, answering each after `ms` milliseconds.
function nepDb(log: string[], ms = 0): Db {
  const wacht = () => new Promise((r) => setTimeout(r, ms));
  return {
    async query(sql: string) {
      log.push(sql);
      await wacht();
      return [{ sql }];
    },
    async exec(sql: string) {
      log.push(sql);
      await wacht();
    },
  } as unknown as Db;
}

const geenBasis = async () => {};

/** A promise settled from outside, for steering the order of events. */
function later<T = void>() {
  let zet!: (v: T) => void;
  let faal!: (e: unknown) => void;
  const p = new Promise<T>((res, rej) => {
    zet = res;
    faal = rej;
  });
  return { p, zet, faal };
}

const motorVraag = { naam: 'casus', sql: 'SELECT casus', params: [], niveau: 'motor' as const };
const basisVraag = { naam: 'regios', sql: 'SELECT regios', params: [] };

describe('Coordinator.bewerk: the one path for writes', () => {
  it('runs units one after the other, even when an earlier one is slower', async () => {
    const log: string[] = [];
    const c = new Coordinator();
    c.verbind(Promise.resolve(nepDb(log, 5)), geenBasis);
    const a = c.bewerk(async (db) => {
      await db.exec('a1');
      await db.exec('a2');
      return 'a';
    });
    const b = c.bewerk(async (db) => {
      await db.exec('b1');
      return 'b';
    });
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(log).toEqual(['a1', 'a2', 'b1']);
  });

  it('a failing unit rejects its caller but does not block the next', async () => {
    const log: string[] = [];
    const c = new Coordinator();
    c.verbind(Promise.resolve(nepDb(log)), geenBasis);
    const fout = c.bewerk(async () => {
      throw new Error('kapot');
    });
    const daarna = c.bewerk(async (db) => db.exec('daarna'));
    await expect(fout).rejects.toThrow('kapot');
    await daarna;
    expect(log).toEqual(['daarna']);
  });

  it('waits for DuckDB to start and rejects when it cannot', async () => {
    const c = new Coordinator();
    c.verbind(Promise.reject(new Error('geen wasm')), geenBasis);
    await expect(c.bewerk(async () => 1)).rejects.toThrow('geen wasm');
  });
});

describe('Coordinator: two readiness levels (engine started, base tables loaded)', () => {
  it("answers a 'motor' question while the base tables are still loading; a 'basis' question waits for them", async () => {
    const log: string[] = [];
    const bundel = later();
    const c = new Coordinator();
    const basis = c.verbind(Promise.resolve(nepDb(log)), async (db) => {
      await bundel.p;
      await db.exec('CREATE regios');
    });
    const b = c.vraag(basisVraag);
    expect(await c.vraag(motorVraag)).toEqual([{ sql: 'SELECT casus' }]);
    expect(log).toEqual(['SELECT casus']);
    bundel.zet();
    await b;
    await basis;
    expect(log).toEqual(['SELECT casus', 'CREATE regios', 'SELECT regios']);
  });

  it('holds the base load back until `na` settles, unless a question needs the base tables first', async () => {
    const log: string[] = [];
    const na = later();
    const c = new Coordinator();
    c.verbind(Promise.resolve(nepDb(log)), (db) => db.exec('CREATE regios'), na.p);
    await c.eenmalig('casus-basis', (db) => db.exec('CREATE casus'), 'motor');
    await c.vraag(motorVraag);
    expect(log).toEqual(['CREATE casus', 'SELECT casus']);
    na.zet();
    await c.vraag(basisVraag);
    expect(log).toEqual(['CREATE casus', 'SELECT casus', 'CREATE regios', 'SELECT regios']);

    // a 'basis' question before `na`: the bundle loads at once (asked even before verbind)
    const log2: string[] = [];
    const c2 = new Coordinator();
    const vroeg = c2.vraag(basisVraag);
    c2.verbind(Promise.resolve(nepDb(log2)), (db) => db.exec('CREATE regios'), new Promise(() => {}));
    await vroeg;
    expect(log2).toEqual(['CREATE regios', 'SELECT regios']);
  });

  it('a rejected `na` still starts the base load', async () => {
    const log: string[] = [];
    const c = new Coordinator();
    const basis = c.verbind(Promise.resolve(nepDb(log)), (db) => db.exec('CREATE regios'), Promise.reject(new Error('weg')));
    await basis;
    expect(log).toEqual(['CREATE regios']);
  });

  it('an engine that cannot start fails both levels at once, without waiting for `na`', async () => {
    const c = new Coordinator();
    const basis = c.verbind(Promise.reject(new Error('geen wasm')), geenBasis, new Promise(() => {}));
    await expect(c.eenmalig('casus-basis', geenBasis, 'motor')).rejects.toThrow('geen wasm');
    await expect(c.vraag(motorVraag)).rejects.toThrow('geen wasm');
    await expect(basis).rejects.toThrow('geen wasm');
  });

  it('a failed base load fails base questions only', async () => {
    const log: string[] = [];
    const c = new Coordinator();
    c.verbind(Promise.resolve(nepDb(log)), async () => {
      throw new Error('HTTP 404');
    });
    await expect(c.vraag(basisVraag)).rejects.toThrow('HTTP 404');
    await expect(c.bewerk(async (db) => db.exec('import'))).rejects.toThrow('HTTP 404');
    expect(await c.vraag(motorVraag)).toEqual([{ sql: 'SELECT casus' }]);
    await c.bewerk(async (db) => db.exec('routes'), 'motor');
    expect(log).toEqual(['SELECT casus', 'routes']);
  });
});

describe('Coordinator.laadt: questions about a dataset that is still loading', () => {
  const dsVraag = { naam: 'kosten-casus-alle-pre', sql: 'SELECT alle', params: ['ds-a'], niveau: 'motor' as const, dataset: 'ds-a' };

  it('waits for the load, answers baked questions at once, and lets other datasets through', async () => {
    const log: string[] = [];
    const c = new Coordinator();
    c.verbind(Promise.resolve(nepDb(log)), geenBasis);
    const laad = later();
    c.laadt('ds-a', laad.p);
    c.voegVoorbereidToe({ 'kosten-casus-keuzes-kubus:["ds-a"]': [{ soort: 'jaar', waarde: '2020' }] });
    expect(c.direct({ naam: 'kosten-casus-keuzes-kubus', sql: 'x', params: ['ds-a'] })).toEqual([{ soort: 'jaar', waarde: '2020' }]);
    const gewacht = c.vraag(dsVraag);
    const ander = await c.vraag({ ...dsVraag, sql: 'SELECT ander', params: ['ds-b'], dataset: 'ds-b' });
    expect(ander).toEqual([{ sql: 'SELECT ander' }]);
    await new Promise((r) => setTimeout(r, 5));
    expect(log).toEqual(['SELECT ander']); // ds-a's question has not reached DuckDB
    laad.zet();
    expect(await gewacht).toEqual([{ sql: 'SELECT alle' }]);
    expect(log).toEqual(['SELECT ander', 'SELECT alle']);
  });

  it('fails the waiting questions with the load error, and asks freely once another load succeeded', async () => {
    const log: string[] = [];
    const c = new Coordinator();
    c.verbind(Promise.resolve(nepDb(log)), geenBasis);
    const laad = later();
    c.laadt('ds-a', laad.p);
    const gewacht = c.vraag(dsVraag);
    laad.faal(new Error('Kubusbundel kon niet geladen worden'));
    await expect(gewacht).rejects.toThrow('Kubusbundel kon niet geladen worden');
    expect(log).toEqual([]);
    c.laadt('ds-a', Promise.resolve());
    expect(await c.vraag(dsVraag)).toEqual([{ sql: 'SELECT alle' }]);
  });
});

describe('Coordinator.voorhaal: answering the options of an opened filter in advance', () => {
  const v = (naam: string, extra: Partial<typeof motorVraag & { dataset: string }> = {}) => ({ ...motorVraag, naam, sql: `SELECT ${naam}`, ...extra });
  const rust = () => new Promise((r) => setTimeout(r, 30));

  /** A Db that records the statements and how many it had in flight at most. */
  function telDb(log: string[], ms = 2) {
    let bezig = 0;
    const max = { n: 0 };
    const db = {
      async query(sql: string) {
        log.push(sql);
        max.n = Math.max(max.n, ++bezig);
        await new Promise((r) => setTimeout(r, ms));
        bezig--;
        return [{ sql }];
      },
    } as unknown as Db;
    return { db, max };
  }

  /** A coordinator on a started telDb (answering in 5 ms) that has answered one question. */
  async function gestart() {
    const log: string[] = [];
    const { db } = telDb(log, 5);
    const c = new Coordinator();
    c.verbind(Promise.resolve(db), geenBasis);
    await c.vraag(v('begin'));
    return { log, c };
  }

  it('asks them one at a time and keeps the answers, so the choice is answered from the cache', async () => {
    const log: string[] = [];
    const { db, max } = telDb(log);
    const c = new Coordinator();
    c.verbind(Promise.resolve(db), geenBasis);
    await c.vraag(v('begin'));
    await c.voorhaal([v('a'), v('b'), v('c')]);
    expect(log).toEqual(['SELECT begin', 'SELECT a', 'SELECT b', 'SELECT c']);
    expect(max.n).toBe(1);
    expect(c.direct(v('b'))).toEqual([{ sql: 'SELECT b' }]);
    await c.vraag(v('b'));
    expect(log).toHaveLength(4); // no second query
  });

  it("a view's own question goes before the rest of the list", async () => {
    const { log, c } = await gestart();
    c.voorhaal([v('a'), v('b'), v('c')]);
    const eigen = c.vraag(v('eigen'));
    await eigen;
    await rust();
    expect(log).toEqual(['SELECT begin', 'SELECT a', 'SELECT eigen', 'SELECT b', 'SELECT c']);
  });

  it('shares a prefetch in flight with the view that asks the same, and a new list replaces the old', async () => {
    const { log, c } = await gestart();
    c.voorhaal([v('a'), v('b')]);
    c.voorhaal([v('x')]);
    expect(await c.vraag(v('a'))).toEqual([{ sql: 'SELECT a' }]);
    await rust();
    expect(log).toEqual(['SELECT begin', 'SELECT a', 'SELECT x']);
  });

  it('never starts DuckDB or waits for a dataset that is loading', async () => {
    const log: string[] = [];
    const { db } = telDb(log);
    const motor = later<Db>();
    const c = new Coordinator();
    c.verbind(motor.p, geenBasis);
    c.voorhaal([v('a')]);
    motor.zet(db);
    await rust();
    expect(log).toEqual([]);
    const laden = later();
    c.laadt('ds-a', laden.p);
    c.voorhaal([v('b', { dataset: 'ds-a' })]);
    laden.zet();
    await rust();
    expect(log).toEqual([]);
  });

  it('says whether a list was done (true) or replaced (false)', async () => {
    const { c } = await gestart();
    const eerste = c.voorhaal([v('a'), v('b')]);
    const tweede = c.voorhaal([v('x')]);
    expect(await eerste).toBe(false);
    expect(await tweede).toBe(true);
  });

  it('a warm-up list is asked the same way but keeps no answers, and stops at the page budget', async () => {
    const { log, c } = await gestart();
    expect(c.opwarmenRest).toBe(OPWARMEN_MAX);
    expect(await c.voorhaal([v('a'), v('b')], true)).toBe(true);
    expect(log).toEqual(['SELECT begin', 'SELECT a', 'SELECT b']);
    expect(c.heeftDirect(v('a'))).toBe(false);
    expect(c.opwarmenRest).toBe(OPWARMEN_MAX - 2);
    const veel = Array.from({ length: OPWARMEN_MAX + 5 }, (_, i) => v(`w${i}`));
    await c.voorhaal(veel, true);
    expect(log).toHaveLength(1 + OPWARMEN_MAX); // 'begin' and the budget, not the whole list
    expect(c.opwarmenRest).toBe(0);
    expect(await c.voorhaal([v('z')], true)).toBe(true);
    expect(log).toHaveLength(1 + OPWARMEN_MAX);
    // an ordinary list still goes, and is kept
    await c.voorhaal([v('z')]);
    expect(c.heeftDirect(v('z'))).toBe(true);
  });

  it('after the tables changed (vergeet) the list is dropped and an answer already on its way is not kept', async () => {
    const { log, c } = await gestart();
    c.voorhaal([v('a'), v('b')]);
    c.vergeet();
    await rust();
    expect(log).toEqual(['SELECT begin', 'SELECT a']);
    expect(c.heeftDirect(v('a'))).toBe(false);
  });
});
