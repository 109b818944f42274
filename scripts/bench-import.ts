// Benchmark of the import path: generates StatLine-style CSV files of ~10 MB and ~200 MB in a temp
// dir and parses them with the same streaming code the Web Worker uses (importeerStroom), in Node,
// and loads the facts into native DuckDB with the same SQL as the browser (src/lib/db/eigenData.ts:
// batch CSV → read_csv → eigen_feiten, then "Toevoegen" = rebuild of feiten).
// Writes scripts/bench/resultaten/import.json (and prints it): size, rows, facts, seconds, MB/s, peak memory.
// With --browser <dist> (the bench build, `npm run build:bench` → dist-bench) [--poort 4453] [--browser-mb 10,200] it also imports files through the real page in Chromium.
//
//   node --expose-gc --import tsx scripts/bench-import.ts [--groottes 10,200] [--bewaar] [--browser /tmp/x/dist]
//   (or `npx tsx scripts/bench-import.ts`, then without the after-GC figure)
//
// Two modes per file: `stroom` hands rows on in batches and keeps none (what the worker does when the
// receiver loads batches straight into DuckDB), `bewaar` keeps every fact object in memory (what
// client.ts does today when it resolves with all rows). `bewaar` runs only for files up to 50 MB unless
// --bewaar is given: 200 MB of StatLine text is ~10 million facts, too many JS objects for a browser tab.
import { createReadStream, mkdtempSync, rmSync, statSync, openSync, writeSync, closeSync, mkdirSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { openNodeDb, kopieerNaar } from './db/node-db.ts';
import { BUNDEL_BESTANDEN, schemaSql } from '../src/lib/db/schema.ts';
import { activeer, laadBatchCsv, maakImport } from '../src/lib/db/eigenData.ts';
import { feitenNaarCsv } from '../src/lib/import/batch-csv.ts';
import type { ParsedFact } from '../src/lib/import/typen.ts';
import { join } from 'node:path';
import { arg, optie, vlag } from './lib/argv.ts';
import { tmpdir } from 'node:os';
import { importeerStroom } from '../src/lib/import/stroom.ts';
import type { GemeenteInfo } from '../src/lib/import/typen.ts';

const MB = 1024 * 1024;
const KOLOMMEN = ['Jongeren met jeugdhulp', 'Jeugdhulp met verblijf', 'Jeugdbescherming', 'Jeugdreclassering'];
const GEMEENTEN: GemeenteInfo[] = Array.from({ length: 9999 }, (_, i) => ({ code: `GM${String(i + 1).padStart(4, '0')}`, naam: `Testgemeente ${i + 1}` }));
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** All period labels of a year in StatLine spelling, 19 per year; unique (gemeente, period) pairs. */
function* perioden(vanaf = 1900, tot = 2100): Generator<string> {
  for (let j = vanaf; j < tot; j++) {
    const ster = j >= 2023 ? '*' : '';
    yield `${j}${ster}`;
    for (const h of [1, 2]) yield `${j} ${h}e halfjaar${ster}`;
    for (const k of [1, 2, 3, 4]) yield `${j} ${k}e kwartaal${ster}`;
    for (const m of MAANDEN) yield `${j} ${m}${ster}`;
  }
}

/** Writes a StatLine-style file of about `doelMb` MB (made-up values). */
function genereer(pad: string, doelMb: number, gemeenten: GemeenteInfo[] = GEMEENTEN, jaren: [number, number] = [1900, 2100]): { bytes: number; rijen: number } {
  const fd = openSync(pad, 'w');
  let bytes = 0;
  let rijen = 0;
  const schrijf = (s: string) => {
    writeSync(fd, s);
    bytes += Buffer.byteLength(s);
  };
  schrijf(`"Benchmarkbestand (verzonnen cijfers)"\n"Regio's";"Perioden";${KOLOMMEN.map((k) => `"${k}"`).join(';')}\n`);
  let buf = '';
  let x = 12345;
  outer: for (const p of perioden(...jaren))
    for (const g of gemeenten) {
      x = (x * 1103515245 + 12345) % 2147483648;
      const w = (n: number) => (n % 7 === 0 ? '.' : `${Math.floor(n % 300) / 10}`.replace('.', ','));
      buf += `"${g.naam}";"${p}";"${w(x)}";"${w(x >> 3)}";"${w(x >> 6)}";"${w(x >> 9)}"\n`;
      rijen++;
      if (buf.length > MB) {
        schrijf(buf);
        buf = '';
        if (bytes >= doelMb * MB) break outer;
      }
    }
  schrijf(buf + '"Bron: benchmark"\n');
  closeSync(fd);
  return { bytes, rijen };
}

async function meet(pad: string, bewaar: boolean, laden = false) {
  const db = laden ? await bundelDb() : null;
  let keten: Promise<void> = Promise.resolve();
  let bron = '';
  if (db) bron = (await maakImport(db, { import_id: 'bench', bestand: 'bench.csv', tijd: 'nu', formaat: 'statline' })).bron;
  const enc = new TextEncoder();
  let tParse = 0;
  global.gc?.();
  const basis = process.memoryUsage();
  const piek = { rss: basis.rss, heapUsed: basis.heapUsed, arrayBuffers: basis.arrayBuffers };
  const peil = () => {
    const m = process.memoryUsage();
    piek.rss = Math.max(piek.rss, m.rss);
    piek.heapUsed = Math.max(piek.heapUsed, m.heapUsed);
    piek.arrayBuffers = Math.max(piek.arrayBuffers, m.arrayBuffers);
  };
  const timer = setInterval(peil, 20);
  const totaal = statSync(pad).size;
  let feiten = 0;
  const t0 = performance.now();
  // Back-pressure as in the Web Worker: read on only while ≤ 3 batches wait for DuckDB.
  let uitstaand = 0;
  let wek: (() => void) | null = null;
  async function* metTerugdruk(bron: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
    for await (const c of bron) {
      while (uitstaand > 3) await new Promise<void>((r) => (wek = r));
      yield c;
    }
  }
  const r = await importeerStroom(metTerugdruk(createReadStream(pad, { highWaterMark: 4 * MB })), totaal, { bestand: pad, gemeenten: GEMEENTEN, koppeling: Object.fromEntries(KOLOMMEN.map((k, i) => [k, `ind${i}`])) }, {
    voortgang: peil,
    rijen: bewaar
      ? undefined
      : (x) => {
          feiten += x.length;
          // as in the browser: each batch becomes CSV and is loaded while parsing continues
          if (db) {
            const csv = enc.encode(feitenNaarCsv(x as ParsedFact[]));
            uitstaand++;
            keten = keten
              .then(() => laadBatchCsv(db, 'bench', bron, csv))
              .finally(() => {
                uitstaand--;
                const w = wek;
                wek = null;
                w?.();
              });
          }
        },
  });
  tParse = (performance.now() - t0) / 1000;
  await keten;
  const tGeladen = (performance.now() - t0) / 1000;
  let toevoegen_s: number | null = null;
  let inDuckdb: number | null = null;
  if (db) {
    const t = performance.now();
    await activeer(db, 'bench', false);
    toevoegen_s = Number(((performance.now() - t) / 1000).toFixed(2));
    inDuckdb = (await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM feiten WHERE bron = ?', [bron]))[0].n;
    (db as unknown as { sluit(): void }).sluit();
  }
  const sec = tParse;
  clearInterval(timer);
  peil();
  if (bewaar) feiten = r.rijen.length;
  // What stays reachable at the end (with --expose-gc): the peak above also counts garbage not yet collected.
  global.gc?.();
  const naGc = process.memoryUsage().heapUsed;
  return {
    modus: laden ? 'stroom+duckdb' : bewaar ? 'bewaar' : 'stroom',
    seconden: Number(sec.toFixed(2)),
    ...(laden ? { geladen_s: Number(tGeladen.toFixed(2)), toevoegen_s, feiten_in_duckdb: inDuckdb } : {}),
    mb_per_s: Number((totaal / MB / sec).toFixed(1)),
    gelezen_rijen: r.gelezen,
    feiten,
    afgewezen: r.afgewezenAantal,
    fout: r.fout,
    piek_mb: {
      rss: Math.round(piek.rss / MB),
      heap_used: Math.round(piek.heapUsed / MB),
      boven_start_heap: Math.round((piek.heapUsed - basis.heapUsed) / MB),
      heap_na_gc: global.gc ? Math.round(naGc / MB) : null,
    },
  };
}

/** Native DuckDB with the bundled tables (public/data), as the browser has them before an import. */
async function bundelDb() {
  const db = await openNodeDb();
  if (!existsSync('public/data/feiten.csv')) throw new Error('public/data ontbreekt: draai eerst npm run data');
  for (const f of BUNDEL_BESTANDEN) kopieerNaar(db, `public/data/${f}`, f);
  for (const sql of schemaSql((n) => db.bestandsPad(n))) await db.exec(sql);
  return db;
}

/** Resident memory (MB) of all descendant processes of this script except the static server: the browser (Linux /proc). */
function browserRssMb(): number | null {
  try {
    
    const ouder = new Map<number, number>();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        ouder.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch { /* gone */ }
    }
    let som = 0;
    for (const [pid] of ouder) {
      let p = pid;
      while (p > 1 && p !== process.pid) p = ouder.get(p) ?? 0;
      if (p !== process.pid || pid === process.pid) continue;
      try {
        if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('vite')) continue;
        som += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
      } catch { /* gone */ }
    }
    return Math.round(som / MB);
  } catch {
    return null;
  }
}

/** The real page in Chromium: pick a ~10 MB StatLine file with real gemeente names, time preview and "Toevoegen". */
async function browserMeting(dist: string, dir: string, mb: number, poort: number) {
  const { startBrowser, startServer } = await import('./bench/omgeving.ts');
  const regios = readFileSync('public/data/regios.csv', 'utf8').split('\n').slice(1).map((r) => r.split(';')).filter((c) => c[2] === 'gemeente' && !c[1].includes('"'));
  const echte: GemeenteInfo[] = regios.map((c) => ({ code: c[0], naam: c[1] }));
  const pad = join(dir, `statline-browser-${mb}mb.csv`);
  // Only ~350 real gemeenten: more (made-up) years keep every key unique up to 200 MB.
  const g = genereer(pad, mb, echte, [1000, 3000]);
  const server = await startServer(dist, poort);
  const browser = await startBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}?pagina=importeren`);
    await page.locator('.db-status[data-fase="klaar"]').waitFor({ timeout: 60_000 });
    // Long tasks on the main thread during the import: proof that the page does not freeze.
    await page.evaluate(() => {
      const w = window as unknown as { __lang: number[] };
      w.__lang = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__lang.push(e.duration))).observe({ type: 'longtask', buffered: false });
    });
    let piekRss = browserRssMb() ?? 0;
    const rssStart = piekRss;
    const peiler = setInterval(() => (piekRss = Math.max(piekRss, browserRssMb() ?? 0)), 500);
    const t0 = Date.now();
    await page.locator('input[type=file]').setInputFiles(pad);
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).waitFor({ timeout: 1_800_000 });
    const voorbeeld = (Date.now() - t0) / 1000;
    const geaccepteerd = await page.locator('[data-veld="geaccepteerd"]').textContent();
    const t1 = Date.now();
    await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
    await page.locator('.lijst tbody tr').first().waitFor({ timeout: 1_800_000 });
    const toevoegen = (Date.now() - t1) / 1000;
    clearInterval(peiler);
    const naImport = await wisselsNaImport(page);
    const lang = await page.evaluate(() => (window as unknown as { __lang: number[] }).__lang);
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null);
    return {
      bestand_mb: Number((g.bytes / MB).toFixed(1)),
      datarijen: g.rijen,
      feiten_geaccepteerd: geaccepteerd,
      inlezen_tot_voorbeeld_s: voorbeeld,
      toevoegen_s: toevoegen,
      langste_taak_hoofdthread_ms: lang.length ? Math.round(Math.max(...lang)) : 0,
      lange_taken: lang.length,
      js_heap_hoofdthread_na_mb: heap === null ? null : Math.round(heap / MB),
      browser_rss_start_mb: rssStart,
      browser_rss_piek_mb: piekRss,
      na_import_wissel_indicator_ms: naImport,
      noot: 'Chromium (headless, --disable-gpu); inlezen in de Web Worker, laden in DuckDB-WASM in batches. browser_rss = RSS van alle Chromium-processen (incl. workers en WASM), elke 0,5 s gepeild.',
    };
  } finally {
    await browser.close();
    server.stop();
  }
}

/**
 * Interaction after the import: the strip in Vergelijken switched in a random (seeded) order between
 * the imported indicators and two bundled ones; each switch queries `feiten`, which now holds all
 * imported facts. Done when the strip shows the new indicator, after a paint (as scripts/bench.ts).
 * First visits (the coordinator has no answer yet, unless its prefetch got there first) and repeats
 * (answered from its cache) are reported apart; `duckdb_strip_vraag_ms` times the strip's query
 * itself, uncached, in a random order of the same indicators.
 */
async function wisselsNaImport(page: import('@playwright/test').Page, stappen = 24) {
  const { kwantiel, willekeurigeReeks, WISSEL_IN_VERGELIJKEN } = await import('./bench/omgeving.ts');
  await page.evaluate(`window.__jzv.kies({ pagina: 'vergelijken' })`);
  const select = page.locator('.indicator-keuze select');
  await select.waitFor({ timeout: 60_000 });
  // The imported indicators join the picker once DuckDB has counted their gemeenten (a query over all facts).
  const t0 = Date.now();
  await page.waitForFunction((labels) => [...document.querySelectorAll('.indicator-keuze option')].some((o) => labels.some((l) => (o.textContent ?? '').includes(l))), KOLOMMEN, { timeout: 300_000 });
  const eigenZichtbaarMs = Date.now() - t0;
  const opties = await select.locator('option').evaluateAll((os) => os.map((o) => ({ code: (o as HTMLOptionElement).value, tekst: o.textContent ?? '' })));
  const eigen = opties.filter((o) => KOLOMMEN.some((k) => o.tekst.includes(k))).map((o) => o.code);
  const keuzes = [...eigen, 'kwb_pct_jongeren_jeugdzorg', 'inwoners'];
  const rond = (x: number) => Math.round(x);
  const samenvatting = (xs: number[]) => ({ n: xs.length, p50: rond(kwantiel(xs, 0.5)), p95: rond(kwantiel(xs, 0.95)), max: rond(Math.max(...xs)) });
  const vraagTijden: number[] = [];
  for (const k of willekeurigeReeks(keuzes, 30, 7)) {
    vraagTijden.push((await page.evaluate(`(async () => { const t0 = performance.now(); await window.__jzv.vraagDirect(${JSON.stringify(k)}); return performance.now() - t0; })()`)) as number);
  }
  const eerste: number[] = [];
  const herhaald: number[] = [];
  const gezien = new Set<string>([await select.inputValue()]);
  for (const k of willekeurigeReeks(keuzes, stappen, 11)) {
    const ms = (await page.evaluate(`(${WISSEL_IN_VERGELIJKEN})(${JSON.stringify({ soort: 'indicator', k })})`)) as number;
    (gezien.has(k) ? herhaald : eerste).push(ms);
    gezien.add(k);
  }
  const alle = [...eerste, ...herhaald];
  return {
    ...samenvatting(alle), eigen_indicatoren: eigen.length, eigen_in_keuzelijst_na_ms: eigenZichtbaarMs,
    eerste_bezoek: samenvatting(eerste), herhaald: samenvatting(herhaald), duckdb_strip_vraag_ms: samenvatting(vraagTijden),
  };
}

async function main() {
  const groottes = vlag('alleen-browser') ? [] : arg('groottes', '10,200').split(',').map(Number);
  const altijdBewaren = vlag('bewaar');
  const dist = optie('browser') ?? null;
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const uit: unknown[] = [];
  let browser: unknown = null;
  const browserMb = arg('browser-mb', '10').split(',').map(Number);
  try {
    for (const mb of groottes) {
      const pad = join(dir, `statline-${mb}mb.csv`);
      const t0 = performance.now();
      const g = genereer(pad, mb);
      const gen = (performance.now() - t0) / 1000;
      const metingen = [await meet(pad, false), await meet(pad, false, true)];
      if (mb <= 50 || altijdBewaren) metingen.push(await meet(pad, true));
      uit.push({ bestand_mb: Number((g.bytes / MB).toFixed(1)), datarijen: g.rijen, genereren_s: Number(gen.toFixed(2)), metingen });
      rmSync(pad, { force: true });
    }
    if (dist) {
      const lijst = [];
      for (const mb of browserMb) lijst.push(await browserMeting(dist, dir, mb, Number(arg('poort', '4453'))).catch((e: Error) => ({ bestand_mb: mb, fout: e.message })));
      browser = lijst;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const opdracht = `node --expose-gc --import tsx scripts/bench-import.ts ${groottes.length ? `--groottes ${groottes.join(',')}` : '--alleen-browser'}${dist ? ` --browser <dist> --browser-mb ${browserMb.join(',')}` : ''}`;
  const samenvatting = (uit as { bestand_mb: number; metingen: { modus: string; seconden: number; geladen_s?: number; toevoegen_s?: number | null; feiten: number; piek_mb: { rss: number } }[] }[]).map((r) => {
    const s = r.metingen.find((m) => m.modus === 'stroom')!;
    const l = r.metingen.find((m) => m.modus === 'stroom+duckdb')!;
    return { bestand_mb: r.bestand_mb, feiten: s.feiten, parse_s: s.seconden, parse_piek_rss_mb: s.piek_mb.rss, parse_en_laden_s: l.geladen_s, toevoegen_s: l.toevoegen_s, laden_piek_rss_mb: l.piek_mb.rss };
  });
  const json = {
    opdracht,
    gemeten: new Date().toISOString(),
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, geheugen_gb: Math.round(totalmem() / 1024 ** 3) },
    samenvatting: { node: samenvatting, browser },
    resultaten: uit,
    browser,
  };
  // --alleen-browser: keep the Node measurements of the previous run.
  if (vlag('alleen-browser') && existsSync('scripts/bench/resultaten/import.json')) {
    const oud = JSON.parse(readFileSync('scripts/bench/resultaten/import.json', 'utf8'));
    json.resultaten = oud.resultaten;
    json.samenvatting.node = oud.samenvatting?.node ?? [];
    json.opdracht = `Node: ${String(oud.opdracht).split(' ; ')[0].replace(/^(Node: )+/, '')} ; Chromium: ${opdracht}`;
  }
  mkdirSync('scripts/bench/resultaten', { recursive: true });
  writeFileSync('scripts/bench/resultaten/import.json', JSON.stringify(json, null, 2) + '\n');
  console.log(JSON.stringify(json, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
