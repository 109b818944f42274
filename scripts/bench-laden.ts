/**
 * Where a synthetic load of Kosten per casus spends its time, per step and per SQL statement, in
 * DuckDB-WASM (the browser's wasm, in Node's blocking runtime, one thread as in the browser):
 *
 *   npx tsx scripts/bench-laden.ts [--n 100000] [--out scripts/bench/resultaten/laden-<n>.json]
 *
 * Steps as the page runs them (src/lib/db/casus.ts): generate the cohort in SQL chunk by chunk
 * (src/lib/db/sql/synth.ts), build the cubes of the first chart (sqlBouwEerst), then the
 * interval cube in slices after the first chart (sqlBouwIntervalKubus). Per step wall-clock and
 * CPU milliseconds: on a shared machine CPU time is the steadier figure for a before/after.
 * A script, not a test: it writes JSON and prints a table.
 */
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { arg } from './lib/argv.ts';
import { DDL_CASUSDATA } from '../src/lib/db/sql/casus.ts';
import { casusPlakken, SQL_CASUS_NR_BEREIK, SQL_MAAK_PREAGGREGATEN, sqlBouwEerst, sqlBouwIntervalKubus, sqlSluitIntervalKubus } from '../src/lib/db/sql/kosten.ts';
import { GECOMPRIMEERD_GEHEUGEN, PERFECTE_HASH } from '../src/lib/db/schema.ts';
import { sqlGenereerSynthetisch } from '../src/lib/db/sql/synth.ts';
import { SYNTH_BLOK, syntheticDataset } from '../src/lib/model/casus/synth/dataset.ts';
import { synthId } from '../src/lib/model/casus/bundel.ts';

const N = Number(arg('n', '100000'));
const OUT = resolve(arg('out', `scripts/bench/resultaten/laden-${N}.json`));
const PLAK = 25_000; // as INTERVAL_PLAK in src/lib/db/casus.ts

const require = createRequire(import.meta.url);
const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
const map = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));

const stappen: { stap: string; ms: number; cpu_ms: number }[] = [];
function meet<T>(stap: string, f: () => T): T {
  const t = performance.now();
  const c = process.cpuUsage();
  const r = f();
  const u = process.cpuUsage(c);
  const oud = stappen.find((s) => s.stap === stap);
  const x = oud ?? { stap, ms: 0, cpu_ms: 0 };
  x.ms += performance.now() - t;
  x.cpu_ms += (u.user + u.system) / 1000;
  if (!oud) stappen.push(x);
  return r;
}

const db = await duckdb.createDuckDB(
  { mvp: { mainModule: `${map}/duckdb-mvp.wasm`, mainWorker: '' }, eh: { mainModule: `${map}/duckdb-eh.wasm`, mainWorker: '' } },
  new duckdb.VoidLogger(),
  duckdb.NODE_RUNTIME,
);
await db.instantiate();
db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
const conn = db.connect();
function q(sql: string, params: unknown[] = []) {
  if (!params.length) return conn.query(sql);
  const s = conn.prepare(sql);
  try {
    return s.query(...params);
  } finally {
    s.close();
  }
}
for (const s of [GECOMPRIMEERD_GEHEUGEN, 'USE jzv', PERFECTE_HASH, ...DDL_CASUSDATA, ...SQL_MAAK_PREAGGREGATEN]) q(s);
const id = synthId(42, N);
const ds = syntheticDataset({ n: N, seed: 42 }, id);
q('INSERT INTO dataset VALUES (?, ?, ?, ?, ?)', [ds.dataset_id, ds.naam, ds.herkomst, ds.bron, ds.contractversie]);

const kort = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 48);
// the chunks of genereerSynthetisch: DuckDB generates each chunk of cases into the contract tables
const blok = Number(arg('blok', String(SYNTH_BLOK(N))));
for (let van = 1; van <= N; van += blok) {
  for (const s of sqlGenereerSynthetisch(id, 42, van, Math.min(N, van + blok - 1))) meet(`genereren: ${kort(s.sql)}`, () => q(s.sql, s.params));
}
for (const s of sqlBouwEerst(id)) meet(`kubussen: ${kort(s.sql)}`, () => q(s.sql, s.params));
const bereik = q(SQL_CASUS_NR_BEREIK, [id]).toArray()[0].toJSON() as { van: number; tot: number };
for (const [van, tot] of casusPlakken(bereik, PLAK)) {
  for (const s of sqlBouwIntervalKubus(id, van, tot)) meet(`na eerste grafiek: ${kort(s.sql)}`, () => q(s.sql, s.params));
}
for (const s of sqlSluitIntervalKubus(id)) meet(`na eerste grafiek: ${kort(s.sql)}`, () => q(s.sql, s.params));

const som = (f: (s: string) => boolean) => {
  const x = stappen.filter((s) => f(s.stap));
  return { ms: Math.round(x.reduce((a, s) => a + s.ms, 0)), cpu_ms: Math.round(x.reduce((a, s) => a + s.cpu_ms, 0)) };
};
const uit = {
  gemeten: new Date().toISOString(),
  opdracht: `npx tsx scripts/bench-laden.ts ${process.argv.slice(2).join(' ')}`,
  machine: { cpus: cpus().length, belasting: loadavg() },
  duckdb: 'DuckDB-WASM (eh) in Node, één thread, gecomprimeerde in-memory database zoals in de browser',
  n: N,
  totalen: {
    genereren: som((s) => s.startsWith('genereren')),
    kubussen_eerste_grafiek: som((s) => s.startsWith('kubussen')),
    na_eerste_grafiek: som((s) => s.startsWith('na eerste')),
  },
  stappen: stappen.map((s) => ({ ...s, ms: Math.round(s.ms), cpu_ms: Math.round(s.cpu_ms) })),
};
for (const s of uit.stappen) console.log(`${String(s.ms).padStart(7)} ms  cpu ${String(s.cpu_ms).padStart(7)} ms  ${s.stap}`);
for (const [k, v] of Object.entries(uit.totalen)) console.log(`${String(v.ms).padStart(7)} ms  cpu ${String(v.cpu_ms).padStart(7)} ms  = ${k}`);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(uit, null, 1) + '\n');
console.log(`bench-laden: ${OUT}`);
