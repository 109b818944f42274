// Benchmark of DuckDB-WASM's start, step by step on the page clock (0 = navigation start), cold
// (fresh context, no cache) and warm (reload: HTTP cache and V8's wasm code cache). A script, not a test.
// Usage: npm run build:bench && npx tsx scripts/bench-start.ts [--runs 5] [--dist dist-bench] [--port 4498] [--pagina '?pagina=kosten'] [--uit runs.json]
// The steps are the bench build's marks `duckdb-stap:*` (src/lib/db/duckdb.ts) and the requests of
// DuckDB's files, the worker's wasm request included.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Page, Request } from '@playwright/test';
import { BENCH_DIST, kwantiel, rond, startBrowser, startServer } from './bench/omgeving.ts';
import { arg } from './lib/argv.ts';

const RUNS = Number(arg('runs', '5'));
const DIST = arg('dist', BENCH_DIST);
const PAGINA = arg('pagina', '');
// raw runs as JSON, to pool runs of builds measured alternately (A B A B) on a shared machine
const UIT = arg('uit', '');

const server = await startServer(DIST, Number(arg('port', '4498')));
const browser = await startBrowser();

type Meting = Record<string, number>;

/** A request's start and end on the page clock, named by its file. */
function verzoekStappen(verzoeken: Request[], tijdOorsprong: number): Meting {
  const uit: Meting = {};
  for (const v of verzoeken) {
    const bestand = v.url().split('/').pop()!.split('?')[0];
    const naam = /duckdb-(eh|mvp)\.wasm$/.test(bestand) ? 'wasm' : /duckdb-browser-(eh|mvp)\.worker/.test(bestand) ? 'worker-js' : /^duckdb-browser/.test(bestand) ? 'duckdb-js' : null;
    if (!naam) continue;
    const t = v.timing();
    uit[`${naam} verzoek`] = t.startTime - tijdOorsprong;
    if (t.responseEnd >= 0) uit[`${naam} binnen`] = t.startTime + t.responseEnd - tijdOorsprong;
  }
  return uit;
}

async function meet(page: Page, laad: () => Promise<unknown>): Promise<Meting> {
  const verzoeken: Request[] = [];
  const bij = (r: Request) => verzoeken.push(r);
  page.on('requestfinished', bij);
  await laad();
  await page.waitForFunction(() => performance.getEntriesByName('duckdb-stap:afscherming').length > 0 || document.querySelector('.db-status[data-fase=fout]'), null, { timeout: 60_000 });
  if (!PAGINA) await page.waitForFunction(() => performance.getEntriesByName('duckdb-klaar').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(200);
  page.off('requestfinished', bij);
  const { marks, tijdOorsprong } = await page.evaluate(() => ({
    marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name.replace('duckdb-stap:', ''), m.startTime])),
    tijdOorsprong: performance.timeOrigin,
  }));
  // the worker's own requests (the wasm) are in its own timeline, with its own time origin
  const inWerker: Meting = {};
  for (const w of page.workers()) {
    const r = await w.evaluate(() => ({
      oorsprong: performance.timeOrigin,
      bronnen: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({ naam: e.name, start: e.startTime, eind: e.responseEnd, begin: e.responseStart })),
    })).catch(() => null);
    if (!r) continue;
    const verschuiving = r.oorsprong - tijdOorsprong;
    inWerker['werker start'] = verschuiving;
    for (const b of r.bronnen) {
      if (!/\.wasm$/.test(b.naam)) continue;
      inWerker['wasm verzoek'] = verschuiving + b.start;
      inWerker['wasm eerste byte'] = verschuiving + b.begin;
      inWerker['wasm binnen'] = verschuiving + b.eind;
    }
  }
  return { ...marks, ...verzoekStappen(verzoeken, tijdOorsprong), ...inWerker };
}

const VOLGORDE = ['begin', 'duckdb-js verzoek', 'duckdb-js binnen', 'imports', 'selectBundle', 'worker-js verzoek', 'worker-js binnen', 'werker start', 'wasm verzoek', 'wasm eerste byte', 'wasm binnen', 'instantiate', 'open', 'connect', 'instellingen', 'afscherming', 'eerste-grafiek', 'duckdb-gestart', 'bundel-bestanden', 'duckdb-klaar'];

function toon(soort: string, metingen: Meting[]): void {
  console.log(`\n${soort} (${metingen.length} runs, mediaan · min–max, ms op de paginaklok)`);
  const namen = [...VOLGORDE, ...Object.keys(metingen[0]).filter((n) => !VOLGORDE.includes(n))];
  for (const n of namen) {
    const xs = metingen.map((m) => m[n]).filter((x) => x !== undefined);
    if (!xs.length) continue;
    console.log(`  ${n.padEnd(20)} ${String(rond(kwantiel(xs, 0.5))).padStart(6)} · ${rond(Math.min(...xs))}–${rond(Math.max(...xs))}`);
  }
}

const url = server.url + PAGINA;
console.log(`bench-start: ${url}, belasting ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
const koud: Meting[] = [];
for (let i = 0; i < RUNS; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  koud.push(await meet(page, () => page.goto(url)));
  await context.close();
}
const warm: Meting[] = [];
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await meet(page, () => page.goto(url));
  // V8 writes the wasm code cache a while after compiling (after tier-up); give it time, as a returning visitor would
  await page.waitForTimeout(3000);
  for (let i = 0; i < RUNS; i++) warm.push(await meet(page, () => page.reload()));
  await context.close();
}
await browser.close();
server.stop();
toon('koud', koud);
toon('warm', warm);
if (UIT) writeFileSync(UIT, `${JSON.stringify({ dist: DIST, belasting: loadavg(), koud, warm }, null, 1)}\n`);
console.log(`belasting na afloop ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
