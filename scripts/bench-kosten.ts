/**
 * Benchmark of the case-level cost charts in a real browser (a script, not a test).
 *
 *   npm run build:bench   (the bench build: dist-bench/, with the window.__jzv… hooks)
 *   npx tsx scripts/bench-kosten.ts [--dist dist-bench] [--port 4413] [--n 10000,100000,1000000]
 *       [--stappen 30] [--ruw 3] [--seed 7] [--out scripts/bench/resultaten/kosten.json]
 *
 * Serves the built app with `vite preview`, drives Chromium with Playwright and, per size:
 *  - cold load: page open → synthetic cohort generated in the worker, loaded into DuckDB-WASM,
 *    cubes built and all four charts drawn (with the app's own breakdown);
 *  - filter change → all charts updated: p50/p95 over a RANDOM sequence of distinct filter
 *    states (one select changed per step; a state is never visited twice, so no cache hits),
 *    timed in the page from the filter change to the updated DOM;
 *  - 'pre' (cubes) against 'ruw' (re-aggregating raw rows) on the same unseen states, as a ratio
 *    (each as one statement in DuckDB-WASM, through the page's one bench hook __jzvKostenDb);
 *  - memory: JS heap via the DevTools protocol (Performance.getMetrics, Runtime.getHeapUsage) and
 *    DuckDB's own report (duckdb_memory(), pragma database_size).
 * Every phase has a time limit; a failure (time-out, crash, out of memory) is recorded as where
 * the browser broke, and the next size still runs. Writes JSON to --out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { arg } from './lib/argv.ts';
import { mulberry32 } from './lib/prng.ts';
import { sqlAlleGrafieken } from '../src/lib/db/sql/kostenCasus.ts';
import type { KostenFilter, Leeftijdsband } from '../src/lib/model/kosten/filters.ts';
import type { Onderwijssoort } from '../src/lib/model/casus/contract.ts';

import { BENCH_DIST, vereisBenchBuild } from './bench/omgeving.ts';

const DIST = resolve(arg('dist', BENCH_DIST));
vereisBenchBuild(DIST);
const PORT = Number(arg('port', '4413'));
const GROOTTES = arg('n', '10000,100000,1000000').split(',').map(Number);
const STAPPEN = Number(arg('stappen', '30'));
const RUW = Number(arg('ruw', '3'));
const OUT = resolve(arg('out', 'scripts/bench/resultaten/kosten.json'));
const seed = Number(arg('seed', '7'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LAAD_MS = (n: number) => Math.min(900_000, 120_000 + n * 0.6); // cold-load limit per size
const STAP_MS = 60_000; // one filter change ('pre')
const RUW_MS = 120_000; // one filter change ('ruw')

/** Seeded random numbers: the filter sequence is reproducible per --seed. */
const rnd = mulberry32(seed).next;

const FILTERS = ['filter-onderwijssoort', 'filter-leeftijdsband', 'filter-gemeente', 'filter-jaarvan', 'filter-jaartot'] as const;
type Staat = Record<(typeof FILTERS)[number], string>;
const sleutel = (s: Staat) => FILTERS.map((f) => s[f]).join('|');

function kwantiel(x: number[], q: number): number | null {
  if (!x.length) return null;
  const s = [...x].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] * 10) / 10;
}

async function wachtOpPoort(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${PORT}/`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview kwam niet op poort ${PORT}`);
}

async function metTijdslimiet<T>(p: Promise<T>, ms: number, wat: string): Promise<T> {
  let t: NodeJS.Timeout;
  return Promise.race([p, new Promise<never>((_, f) => (t = setTimeout(() => f(new Error(`time-out na ${ms} ms: ${wat}`)), ms)))]).finally(() => clearTimeout(t));
}

/** Options of every filter select (values), read from the page. */
async function opties(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, [...document.querySelectorAll<HTMLOptionElement>(`[data-testid=${id}] option`)].map((o) => o.value)])), [...FILTERS]);
}

/** Changes one select to a value that leads to a not yet visited state; returns the new state. */
function volgende(huidig: Staat, o: Record<string, string[]>, gezien: Set<string>): Staat | null {
  for (let poging = 0; poging < 200; poging++) {
    const f = FILTERS[Math.floor(rnd() * FILTERS.length)];
    const keuzes = o[f].filter((v) => v !== huidig[f]);
    if (!keuzes.length) continue;
    const nieuw = { ...huidig, [f]: keuzes[Math.floor(rnd() * keuzes.length)] };
    if (nieuw['filter-jaarvan'] && nieuw['filter-jaartot'] && nieuw['filter-jaarvan'] > nieuw['filter-jaartot']) continue;
    if (!gezien.has(sleutel(nieuw))) return nieuw;
  }
  return null;
}

/**
 * Applies a state by changing the selects that differ. Timed in the page: from the change event
 * to the frame after the section's data-sleutel names the new answer (all charts are drawn from
 * that one answer), so no benchmark hook in the view is needed.
 */
async function zet(page: Page, van: Staat, naar: Staat, limiet: number): Promise<{ ms: number; wandklok: number }> {
  let laatste = { ms: NaN, wandklok: NaN };
  for (const f of FILTERS) {
    if (van[f] === naar[f]) continue;
    const t0 = Date.now();
    const ms = await page.evaluate(
      ([id, waarde, limiet]) =>
        new Promise<number>((klaar, fout) => {
          const sectie = document.querySelector<HTMLElement>('.casus-curves')!;
          const voor = sectie.dataset.sleutel;
          const sel = document.querySelector<HTMLSelectElement>(`[data-testid=${id}]`)!;
          const start = performance.now();
          const stop = setTimeout(() => fout(new Error('geen nieuw antwoord')), Number(limiet));
          const kijk = () => {
            const s = sectie.dataset.sleutel;
            if (s && s !== voor) {
              clearTimeout(stop);
              // the frame after the DOM update: what the user sees
              requestAnimationFrame(() => klaar(performance.now() - start));
            } else requestAnimationFrame(kijk);
          };
          sel.value = String(waarde);
          sel.dispatchEvent(new Event('change', { bubbles: true }));
          requestAnimationFrame(kijk);
        }),
      [f, naar[f], limiet] as const,
    );
    laatste = { ms, wandklok: Date.now() - t0 };
  }
  return laatste;
}

/** The page's filter state as the query layer sees it (same mapping as naarKostenFilter). */
function alsFilter(s: Staat, id: string): KostenFilter {
  const f: KostenFilter = { datasetIds: [id] };
  if (s['filter-onderwijssoort']) f.onderwijssoort = [s['filter-onderwijssoort'] as Onderwijssoort];
  if (s['filter-leeftijdsband']) f.leeftijdsband = [s['filter-leeftijdsband'] as Leeftijdsband];
  if (s['filter-gemeente']) f.gemeente = [s['filter-gemeente']];
  if (s['filter-jaarvan']) f.jaarVan = Number(s['filter-jaarvan']);
  if (s['filter-jaartot']) f.jaarTot = Number(s['filter-jaartot']);
  return f;
}

/** One statement timed inside DuckDB-WASM (through the page's one bench hook, __jzvKostenDb). */
async function meetSql(page: Page, q: { sql: string; params: unknown[] }, limiet: number): Promise<number> {
  return metTijdslimiet(
    page.evaluate(async (x) => (await (window as never as { __jzvKostenDb: { meet: (s: string, p: unknown[]) => Promise<{ ms: number }> } }).__jzvKostenDb.meet(x.sql, x.params)).ms, q),
    limiet,
    'sql',
  );
}

async function geheugen(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const duck = await page.evaluate(async () => {
    const db = (window as never as { __jzvKostenDb: { meet: (s: string) => Promise<{ rijen: Record<string, unknown>[] }> } }).__jzvKostenDb;
    const mem = await db.meet('SELECT tag, memory_usage_bytes, temporary_storage_bytes FROM duckdb_memory() WHERE memory_usage_bytes > 0 ORDER BY memory_usage_bytes DESC');
    const size = await db.meet('PRAGMA database_size');
    return { duckdb_memory: mem.rijen, database_size: size.rijen };
  });
  return {
    js_heap_used_bytes: m.JSHeapUsedSize,
    js_heap_total_bytes: m.JSHeapTotalSize,
    runtime_heap_usage: heap,
    duckdb_memory_totaal_bytes: duck.duckdb_memory.reduce((s, r) => s + Number(r.memory_usage_bytes), 0),
    ...duck,
    noot: 'JS-heap is die van de pagina; DuckDB draait in een eigen worker, zijn geheugen staat in duckdb_memory().',
  };
}

async function meetGrootte(browser: Browser, n: number) {
  const uit: Record<string, unknown> = { n };
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  // tsx compiles with keepNames: functions passed to page.evaluate call a `__name` helper that
  // only exists in Node, so the page gets a no-op one (a string, so it is not wrapped itself)
  await ctx.addInitScript('globalThis.__name = (f) => f;');
  const page = await ctx.newPage();
  const fouten: string[] = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  let gecrasht = false;
  page.on('crash', () => (gecrasht = true));
  let fase = 'koude start';
  try {
    const id = `synth-42-${n}`;
    uit.uptime_start = loadavg();
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${PORT}/?pagina=kosten&ds=${id}`);
    await page.waitForSelector(`.casus-curves[data-dataset="${id}"][data-bezig="nee"] .grafieken`, { timeout: LAAD_MS(n) });
    uit.koude_start_ms = Date.now() - t0;
    uit.koude_start_opbouw = await page.evaluate(() => (window as never as { __jzvSynth: unknown }).__jzvSynth);
    uit.db_start_ms = await page.evaluate(() => (window as never as { __jzv?: { dbKlaarMs: number } }).__jzv?.dbKlaarMs ?? null);
    fase = 'geheugen na laden';
    uit.geheugen = await geheugen(page);

    fase = 'filterreeks (pre)';
    const o = await opties(page);
    const gezien = new Set<string>();
    let staat: Staat = Object.fromEntries(FILTERS.map((f) => [f, ''])) as Staat;
    gezien.add(sleutel(staat));
    // reserve unseen states for the pre/ruw ratio first, so the pre sequence never visits them
    const ratioStaten: Staat[] = [];
    let s2 = staat;
    for (let i = 0; i < RUW; i++) {
      const x = volgende(s2, o, gezien);
      if (!x) break;
      gezien.add(sleutel(x));
      ratioStaten.push(x);
      s2 = x;
    }
    const pre: { ms: number; wandklok: number; staat: string }[] = [];
    for (let i = 0; i < STAPPEN; i++) {
      const x = volgende(staat, o, gezien);
      if (!x) break;
      gezien.add(sleutel(x));
      const r = await metTijdslimiet(zet(page, staat, x, STAP_MS), STAP_MS * 2, 'filterwijziging');
      pre.push({ ...r, staat: sleutel(x) });
      staat = x;
    }
    const ms = pre.map((p) => p.ms);
    uit.filter_pre = { stappen: pre.length, p50_ms: kwantiel(ms, 0.5), p95_ms: kwantiel(ms, 0.95), max_ms: kwantiel(ms, 1), wandklok_p50_ms: kwantiel(pre.map((p) => p.wandklok), 0.5), metingen: pre };

    fase = "verhouding 'pre' tegen 'ruw'";
    // the same unseen states as one statement in DuckDB-WASM: cubes ('pre') against
    // re-aggregating the raw rows ('ruw'), in this run
    const paren: { staat: string; pre_ms: number; ruw_ms: number | null; ruw_fout?: string }[] = [];
    for (const x of ratioStaten) {
      const f = alsFilter(x, id);
      let ruw: number | null = null;
      let ruwFout: string | undefined;
      try {
        ruw = await meetSql(page, sqlAlleGrafieken(f, 'ruw'), RUW_MS);
      } catch (e) {
        ruwFout = (e as Error).message;
      }
      const pre = await meetSql(page, sqlAlleGrafieken(f, 'pre'), STAP_MS);
      paren.push({ staat: sleutel(x), pre_ms: pre, ruw_ms: ruw, ruw_fout: ruwFout });
      if (ruwFout) break; // DuckDB may still be busy with the raw query
    }
    const geldig = paren.filter((p) => p.ruw_ms != null);
    const preMed = kwantiel(paren.map((p) => p.pre_ms), 0.5);
    uit.pre_tegen_ruw = {
      paren,
      verhouding_mediaan: geldig.length ? Math.round((kwantiel(geldig.map((p) => p.ruw_ms!), 0.5)! / kwantiel(geldig.map((p) => p.pre_ms), 0.5)!) * 10) / 10 : null,
      // when 'ruw' did not finish, its limit divided by the pre median is a lower bound of the ratio
      verhouding_ondergrens: !geldig.length && preMed ? Math.round(RUW_MS / preMed) : undefined,
      noot: paren.some((p) => p.ruw_fout) ? `'ruw' haalde de tijdslimiet van ${RUW_MS / 1000} s niet` : 'gemeten als één SQL-opdracht in DuckDB-WASM (zonder tekenen), beide varianten in dezelfde run',
    };
    fase = 'geheugen na filters';
    uit.geheugen_na = await geheugen(page);
  } catch (e) {
    uit.gebroken = { fase, melding: gecrasht ? `tabblad gecrasht (${(e as Error).message})` : (e as Error).message };
  } finally {
    uit.fouten_in_pagina = fouten.slice(0, 10);
    await ctx.close().catch(() => {});
  }
  return uit;
}

async function main() {
  const server: ChildProcess = spawn('npx', ['vite', 'preview', '--outDir', DIST, '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true });
  const resultaten: Record<string, unknown>[] = [];
  const begin = new Date().toISOString();
  const belasting = loadavg();
  let browser: Browser | null = null;
  try {
    await wachtOpPoort();
    for (const n of GROOTTES) {
      // a fresh browser per size: memory and JIT state of one size do not leak into the next
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--js-flags=--max-old-space-size=4096'] });
      console.log(`bench-kosten: n = ${n.toLocaleString('nl-NL')} …`);
      const r = await meetGrootte(browser, n);
      resultaten.push(r);
      const f = r.filter_pre as { p50_ms: number; p95_ms: number } | undefined;
      console.log(`  koude start ${r.koude_start_ms ?? '–'} ms · filter p50 ${f?.p50_ms ?? '–'} ms, p95 ${f?.p95_ms ?? '–'} ms · ruw/pre ${(r.pre_tegen_ruw as { verhouding_mediaan: number } | undefined)?.verhouding_mediaan ?? '–'}${r.gebroken ? ` · GEBROKEN: ${JSON.stringify(r.gebroken)}` : ''}`);
      await browser.close().catch(() => {});
      browser = null;
    }
  } finally {
    if (browser) await browser.close().catch(() => {});
    if (server.pid) process.kill(-server.pid);
  }
  const uitvoer = {
    gemeten: begin,
    opdracht: `npx tsx scripts/bench-kosten.ts ${process.argv.slice(2).join(' ')}`,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, geheugen_gb: Math.round(totalmem() / 2 ** 30), belasting_bij_start: belasting, belasting_bij_einde: loadavg() },
    duckdb: 'DuckDB-WASM, één thread (eh-bundel, geen COI-headers)',
    budget: 'filterwijziging → alle grafieken bijgewerkt: p95 ≤ 100 ms bij 100.000 casussen',
    resultaten,
  };
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, JSON.stringify(uitvoer, null, 1) + '\n');
  console.log(`bench-kosten: resultaten in ${OUT}`);
}

main().catch((e) => {
  console.error(`bench-kosten: ${(e as Error).message}`);
  process.exit(1);
});
