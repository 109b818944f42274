import { describe, expect, it } from 'vitest';
import { Coordinator } from '../../../src/lib/db/coordinator';
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

describe('Coordinator.bewerk: the one path for writes', () => {
  it('runs units one after the other, even when an earlier one is slower', async () => {
    const log: string[] = [];
    const c = new Coordinator();
    c.verbind(Promise.resolve(nepDb(log, 5)));
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
    c.verbind(Promise.resolve(nepDb(log)));
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
    c.verbind(Promise.reject(new Error('geen wasm')));
    await expect(c.bewerk(async () => 1)).rejects.toThrow('geen wasm');
  });
});
