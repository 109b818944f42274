// Native DuckDB behind the same `Db` interface as the browser, for build and bench scripts.
import { DuckDBInstance } from '@duckdb/node-api';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db, Rij } from '../../src/lib/db/types.ts';
import { GECOMPRIMEERD_GEHEUGEN, PERFECTE_HASH } from '../../src/lib/db/schema.ts';

export async function openNodeDb(): Promise<Db & { sluit(): void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  // Same storage as the browser (src/lib/db/duckdb.ts), so memory figures compare.
  await conn.run(GECOMPRIMEERD_GEHEUGEN);
  await conn.run('USE jzv');
  await conn.run(PERFECTE_HASH);
  const map = mkdtempSync(join(tmpdir(), 'jzv-db-'));
  const naarJs = (v: unknown): unknown => (typeof v === 'bigint' ? Number(v) : v);
  return {
    async query<T extends Rij>(sql: string, params: unknown[] = []): Promise<T[]> {
      const r = await conn.runAndReadAll(sql, params as never);
      return r.getRowObjectsJS().map((rij) => {
        const uit: Rij = {};
        for (const [k, v] of Object.entries(rij)) uit[k] = naarJs(v);
        return uit as T;
      });
    },
    async exec(sql: string) {
      await conn.run(sql);
    },
    async registreerBestand(naam: string, inhoud: Uint8Array) {
      writeFileSync(join(map, naam), inhoud);
    },
    async verwijderBestand() {},
    bestandsPad: (naam: string) => join(map, naam),
    sluit() {
      conn.closeSync();
    },
  };
}

/** Copy a built file into the db's folder (used when tables come from a folder on disk). */
export function kopieerNaar(db: Db, bron: string, naam: string): void {
  copyFileSync(bron, db.bestandsPad(naam));
}
