// Benchmark of the import path: generates StatLine-style CSV files of ~10 MB and ~200 MB in a temp
// dir and parses them with the same streaming code the Web Worker uses (importeerStroom), in Node.
// Prints JSON to stdout: size, rows, facts, seconds, MB/s and peak memory (process.memoryUsage).
//
//   node --expose-gc --import tsx scripts/bench-import.ts [--groottes 10,200] [--bewaar]
//   (or `npx tsx scripts/bench-import.ts`, then without the after-GC figure)
//
// Two modes per file: `stroom` hands rows on in batches and keeps none (what the worker does when the
// receiver loads batches straight into DuckDB), `bewaar` keeps every fact object in memory (what
// client.ts does today when it resolves with all rows). `bewaar` runs only for files up to 50 MB unless
// --bewaar is given: 200 MB of StatLine text is ~10 million facts, too many JS objects for a browser tab.
import { createReadStream, mkdtempSync, rmSync, statSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { importeerStroom } from '../src/lib/import/stroom.ts';
import type { GemeenteInfo } from '../src/lib/import/typen.ts';

const MB = 1024 * 1024;
const KOLOMMEN = ['Jongeren met jeugdhulp', 'Jeugdhulp met verblijf', 'Jeugdbescherming', 'Jeugdreclassering'];
const GEMEENTEN: GemeenteInfo[] = Array.from({ length: 9999 }, (_, i) => ({ code: `GM${String(i + 1).padStart(4, '0')}`, naam: `Testgemeente ${i + 1}` }));
const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** All period labels of a year in StatLine spelling, 19 per year; unique (gemeente, period) pairs. */
function* perioden(): Generator<string> {
  for (let j = 1900; j < 2100; j++) {
    const ster = j >= 2023 ? '*' : '';
    yield `${j}${ster}`;
    for (const h of [1, 2]) yield `${j} ${h}e halfjaar${ster}`;
    for (const k of [1, 2, 3, 4]) yield `${j} ${k}e kwartaal${ster}`;
    for (const m of MAANDEN) yield `${j} ${m}${ster}`;
  }
}

/** Writes a StatLine-style file of about `doelMb` MB (made-up values). */
function genereer(pad: string, doelMb: number): { bytes: number; rijen: number } {
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
  outer: for (const p of perioden())
    for (const g of GEMEENTEN) {
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

async function meet(pad: string, bewaar: boolean) {
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
  const r = await importeerStroom(createReadStream(pad, { highWaterMark: 4 * MB }), totaal, { bestand: pad, gemeenten: GEMEENTEN, koppeling: Object.fromEntries(KOLOMMEN.map((k, i) => [k, `ind${i}`])) }, {
    voortgang: peil,
    rijen: bewaar ? undefined : (x) => (feiten += x.length),
  });
  const sec = (performance.now() - t0) / 1000;
  clearInterval(timer);
  peil();
  if (bewaar) feiten = r.rijen.length;
  // What stays reachable at the end (with --expose-gc): the peak above also counts garbage not yet collected.
  global.gc?.();
  const naGc = process.memoryUsage().heapUsed;
  return {
    modus: bewaar ? 'bewaar' : 'stroom',
    seconden: Number(sec.toFixed(2)),
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

async function main() {
  const i = process.argv.indexOf('--groottes');
  const groottes = (i >= 0 ? process.argv[i + 1] : '10,200').split(',').map(Number);
  const altijdBewaren = process.argv.includes('--bewaar');
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const uit: unknown[] = [];
  try {
    for (const mb of groottes) {
      const pad = join(dir, `statline-${mb}mb.csv`);
      const t0 = performance.now();
      const g = genereer(pad, mb);
      const gen = (performance.now() - t0) / 1000;
      const metingen = [await meet(pad, false)];
      if (mb <= 50 || altijdBewaren) metingen.push(await meet(pad, true));
      uit.push({ bestand_mb: Number((g.bytes / MB).toFixed(1)), datarijen: g.rijen, genereren_s: Number(gen.toFixed(2)), metingen });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(JSON.stringify({ node: process.version, platform: `${process.platform}-${process.arch}`, datum: new Date().toISOString(), resultaten: uit }, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
