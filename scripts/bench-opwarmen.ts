/**
 * How DuckDB-WASM's time for one statement changes as the page asks more of it: the statement of a
 * Kosten per casus filter change (sqlAlleGrafieken), for random filter states, asked `--vragen`
 * times in a row through the bench hook (no drawing), reported per block of `--blok` questions.
 * In Chromium the first hundreds are slower and spread more than later ones: V8 optimises a wasm
 * function only once it has run a while (dynamic tiering), and compiles it on the other core.
 *
 *   npm run build:bench && npx tsx scripts/bench-opwarmen.ts [--n 10000] [--vragen 600] [--blok 100] [--leeg 0]
 *
 * `--leeg <k>`: first k of the same statements on a dataset id that no row has (an empty selection,
 * not timed in the blocks), then the measured ones: whether a warm-up needs the user's data at all.
 *
 * Writes scripts/bench/resultaten/opwarmen.json.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { arg } from './lib/argv.ts';
import { mulberry32 } from './lib/prng.ts';
import { BENCH_DIST, kwantiel, rond, startBrowser, startServer } from './bench/omgeving.ts';
import { sqlAlleGrafieken } from '../src/lib/db/sql/kostenCasus.ts';
import { LEEFTIJDSBANDEN, type KostenFilter, type Leeftijdsband } from '../src/lib/model/kosten/filters.ts';
import type { Onderwijssoort } from '../src/lib/model/casus/contract.ts';

const N = Number(arg('n', '10000'));
const VRAGEN = Number(arg('vragen', '600'));
const BLOK = Number(arg('blok', '100'));
const LEEG = Number(arg('leeg', '0'));
const UIT = arg('out', 'scripts/bench/resultaten/opwarmen.json');

type Meet = { __jzvKostenDb: { meet: (sql: string, params?: unknown[]) => Promise<{ ms: number; rijen: Record<string, unknown>[] }> } };

const server = await startServer(arg('dist', BENCH_DIST), Number(arg('port', '4417')));
const browser = await startBrowser();
try {
  const ctx = await browser.newContext();
  await ctx.addInitScript('globalThis.__name = (f) => f;');
  const page = await ctx.newPage();
  const id = `synth-42-${N}`;
  const belasting = loadavg();
  await page.goto(`${server.url}?pagina=kosten&ds=${id}`);
  await page.waitForSelector(`.casus-curves[data-dataset="${id}"][data-intervalkubus="klaar"]`, { timeout: 600_000 });
  const keuzes = await page.evaluate(async () => {
    const db = (window as never as Meet).__jzvKostenDb;
    const k = async (sql: string) => (await db.meet(sql)).rijen.map((r) => String(Object.values(r)[0]));
    return { gemeente: await k('SELECT DISTINCT gemeente_code FROM casus_kenmerken'), soort: await k('SELECT DISTINCT soort FROM casus_kenmerken WHERE soort IS NOT NULL'), jaar: await k('SELECT DISTINCT jaar FROM pa_casus_jaar') };
  });
  // random filter states of the kind the page asks (one value or none per filter)
  const r = mulberry32(11).next;
  const of = <T>(xs: readonly T[]) => (r() < 0.4 ? undefined : xs[Math.floor(r() * xs.length)]);
  const vragen = Array.from({ length: VRAGEN }, () => {
    const f: KostenFilter = { datasetIds: [id] };
    const [s, b, g, v, t] = [of(keuzes.soort), of(LEEFTIJDSBANDEN.map((x) => x.code)), of(keuzes.gemeente), of(keuzes.jaar), of(keuzes.jaar)];
    if (s) f.onderwijssoort = [s as Onderwijssoort];
    if (b) f.leeftijdsband = [b as Leeftijdsband];
    if (g) f.gemeente = [g];
    if (v) f.jaarVan = Number(v);
    if (t && (!v || Number(t) >= Number(v))) f.jaarTot = Number(t);
    return sqlAlleGrafieken(f, 'pre');
  });
  // the same statements with a dataset id no row has: their parameters hold the id once per chart
  const leeg = vragen.slice(0, LEEG).map((q) => ({ ...q, params: q.params.map((p) => (p === id ? 'geen-dataset' : p)) }));
  const { ms, leegMs } = await page.evaluate(async ({ vragen, leeg }) => {
    const db = (window as never as Meet).__jzvKostenDb;
    const t = performance.now();
    for (const q of leeg) await db.meet(q.sql, q.params);
    const leegMs = performance.now() - t;
    const uit: number[] = [];
    for (const q of vragen) uit.push((await db.meet(q.sql, q.params)).ms);
    return { ms: uit, leegMs };
  }, { vragen, leeg });
  const blokken = [];
  for (let i = 0; i < ms.length; i += BLOK) {
    const b = ms.slice(i, i + BLOK);
    blokken.push({ vragen: `${i + 1}–${i + b.length}`, p50_ms: rond(kwantiel(b, 0.5)), p95_ms: rond(kwantiel(b, 0.95)), max_ms: rond(Math.max(...b)) });
  }
  const json = {
    gemeten: new Date().toISOString(),
    opdracht: `npx tsx scripts/bench-opwarmen.ts --n ${N} --vragen ${VRAGEN} --blok ${BLOK}${LEEG ? ` --leeg ${LEEG}` : ''}`,
    machine: { cpus: cpus().length, geheugen_gb: Math.round(totalmem() / 2 ** 30), belasting_bij_start: belasting.map((x) => rond(x, 2)), belasting_bij_einde: loadavg().map((x) => rond(x, 2)) },
    n: N,
    meting: 'één SQL-opdracht (alle grafieken van een filterwissel) per willekeurige filterstand, via de bench-haak in DuckDB-WASM, zonder tekenen; na het laden en de intervalkubus',
    ...(LEEG ? { leeg: { vragen: LEEG, totaal_ms: rond(leegMs), noot: 'eerst dezelfde opdrachten op een dataset-id die geen rij heeft (lege selectie), niet in de blokken' } } : {}),
    blokken,
  };
  writeFileSync(UIT, `${JSON.stringify(json, null, 2)}\n`);
  if (LEEG) console.log(`bench-opwarmen: eerst ${LEEG} vragen op een lege selectie in ${rond(leegMs)} ms`);
  for (const b of blokken) console.log(`bench-opwarmen: vragen ${b.vragen}: p50 ${b.p50_ms} ms, p95 ${b.p95_ms} ms, max ${b.max_ms} ms`);
  console.log(`bench-opwarmen: resultaten in ${UIT}`);
} finally {
  await browser.close();
  server.stop();
}
