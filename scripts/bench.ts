// Benchmark of the Vergelijken view in Chromium (a script, not a test): time to first chart
// (cold = empty cache, warm = reload with cache), DuckDB start, JS before the first chart
// (gzip and brotli), and the latency of switching gemeente and indicator over a random sequence.
// Usage: npm run build:bench && npm run bench [-- --runs 5 --stappen 60 --seed 7 --dist dist-bench]
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { BENCH_DIST, startBrowser, startServer, kwantiel, rond, willekeurigeReeks, WISSEL_IN_VERGELIJKEN } from './bench/omgeving.ts';
import type { Page } from '@playwright/test';
import { arg } from './lib/argv.ts';

const RUNS = Number(arg('runs', '5'));
const STAPPEN = Number(arg('stappen', '60'));
const SEED = Number(arg('seed', '7'));
const DIST = arg('dist', BENCH_DIST);

const server = await startServer(DIST, Number(arg('port', '4499')));
const browser = await startBrowser();

interface Laadmeting { eersteGrafiekMs: number; duckdbKlaarMs: number | null; jsGzipBytes: number; jsBrotliBytes: number; jsBestanden: string[] }

async function meetLaden(page: Page, jsTeller: Map<string, Buffer>): Promise<Laadmeting> {
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('eerste-grafiek').length > 0, null, { timeout: 30_000 });
  const eerste = await page.evaluate(() => performance.getEntriesByName('eerste-grafiek')[0].startTime);
  // JS fetched before the first chart; DuckDB's worker and wasm are excluded by the budget's definition.
  const voor = await page.evaluate((grens) => (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
    .filter((r) => r.name.endsWith('.js') && r.responseEnd <= grens && !/duckdb/.test(r.name)).map((r) => r.name), eerste);
  await page.waitForFunction(() => performance.getEntriesByName('duckdb-klaar').length > 0 || document.querySelector('.db-status[data-fase=fout]'), null, { timeout: 60_000 });
  const duck = await page.evaluate(() => performance.getEntriesByName('duckdb-klaar')[0]?.startTime ?? null);
  let gz = 0;
  let br = 0;
  for (const url of voor) {
    const body = jsTeller.get(url);
    if (!body) continue;
    gz += gzipSync(body, { level: 9 }).length;
    br += brotliCompressSync(body).length;
  }
  return { eersteGrafiekMs: rond(eerste), duckdbKlaarMs: duck === null ? null : rond(duck), jsGzipBytes: gz, jsBrotliBytes: br, jsBestanden: voor.map((u) => u.replace(server.url, '')) };
}

async function nieuwePagina(cache: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: !cache });
  const js = new Map<string, Buffer>();
  page.on('response', async (r) => {
    if (r.url().endsWith('.js')) js.set(r.url(), await r.body().catch(() => Buffer.alloc(0)));
  });
  return { context, page, js };
}

// Cold: a fresh context with the cache disabled, each run.
const koud: Laadmeting[] = [];
for (let i = 0; i < RUNS; i++) {
  const { context, page, js } = await nieuwePagina(false);
  koud.push(await meetLaden(page, js));
  await context.close();
}
// Warm: one context, first load fills the cache, then reloads.
const warm: Laadmeting[] = [];
{
  const { context, page, js } = await nieuwePagina(true);
  await meetLaden(page, js);
  for (let i = 0; i < RUNS; i++) warm.push(await meetLaden(page, js));
  await context.close();
}

// Interactions: a random sequence (seeded, never the same choice twice in a row).
async function meetWissels(page: Page, soort: 'gemeente' | 'indicator', keuzes: string[]): Promise<number[]> {
  const tijden: number[] = [];
  for (const k of willekeurigeReeks(keuzes, STAPPEN, SEED + (soort === 'gemeente' ? 0 : 1))) {
    tijden.push(await page.evaluate(`(${WISSEL_IN_VERGELIJKEN})(${JSON.stringify({ soort, k })})`) as number);
  }
  return tijden;
}

const { context, page } = await nieuwePagina(true);
await page.goto(server.url);
await page.waitForFunction(() => performance.getEntriesByName('duckdb-klaar').length > 0, null, { timeout: 60_000 });
const gemeenten: string[] = await page.evaluate(async () => {
  const r = await fetch('./data/regios.csv').then((x) => x.text());
  return r.split('\n').slice(1).map((l) => l.split(';')).filter((c) => c[2] === 'gemeente' && !c[6]).map((c) => c[0]);
});
const indicatoren = ['kwb_pct_jongeren_jeugdzorg', 'inwoners', 'stedelijkheid', 'gem_inkomen_per_inwoner', 'pct_sociaal_minimum', 'pct_onder_15', 'pct_15_24', 'wmo_clienten_per_1000'];
// Cold DuckDB query latency first (before the app's prefetch is done), then the switches the user sees.
const koudeQueries: number[] = await page.evaluate(`(async () => {
  const uit = [];
  for (const code of ${JSON.stringify(indicatoren)}) {
    const t0 = performance.now();
    await window.__jzv.vraagDirect(code);
    uit.push(performance.now() - t0);
  }
  return uit;
})()`);
await page.waitForFunction(() => performance.getEntriesByName('vooraf-klaar').length > 0, null, { timeout: 60_000 });
const gemeenteWissels = await meetWissels(page, 'gemeente', gemeenten);
const indicatorWissels = await meetWissels(page, 'indicator', indicatoren);
await context.close();
await browser.close();
server.stop();

const samenvatting = (xs: number[]) => ({ n: xs.length, mediaanMs: rond(kwantiel(xs, 0.5)), p95Ms: rond(kwantiel(xs, 0.95)), maxMs: rond(Math.max(...xs)) });
const resultaat = {
  gemeten: new Date().toISOString(),
  opdracht: `npm run build:bench && npm run bench -- --runs ${RUNS} --stappen ${STAPPEN} --seed ${SEED}`,
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
  budget: { eersteGrafiekMs: 1500, jsVoorEersteGrafiekGzipBytes: 200 * 1024, wisselP95Ms: 100 },
  koud: { eersteGrafiek: samenvatting(koud.map((m) => m.eersteGrafiekMs)), duckdbKlaar: samenvatting(koud.map((m) => m.duckdbKlaarMs ?? NaN)), jsGzipBytes: koud[0].jsGzipBytes, jsBrotliBytes: koud[0].jsBrotliBytes, jsBestanden: koud[0].jsBestanden },
  warm: { eersteGrafiek: samenvatting(warm.map((m) => m.eersteGrafiekMs)), duckdbKlaar: samenvatting(warm.map((m) => m.duckdbKlaarMs ?? NaN)) },
  wisselGemeente: { ...samenvatting(gemeenteWissels), keuzes: gemeenten.length, seed: SEED },
  wisselIndicator: { ...samenvatting(indicatorWissels), keuzes: indicatoren.length, seed: SEED + 1, noot: 'na de prefetch van alle strip-indicatoren (coordinator-cache)' },
  duckdbQueryKoud: { ...samenvatting(koudeQueries), noot: 'indicator voor alle gemeenten, rechtstreeks in DuckDB-WASM, zonder cache' },
};
mkdirSync('scripts/bench/resultaten', { recursive: true });
writeFileSync('scripts/bench/resultaten/vergelijken.json', `${JSON.stringify(resultaat, null, 2)}\n`);
console.log(JSON.stringify(resultaat, null, 2));
