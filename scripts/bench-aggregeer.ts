/**
 * Benchmark of `npm run casus:aggregeer` (native DuckDB, out-of-core) on synthetic cohorts:
 *
 *   npx tsx scripts/bench-aggregeer.ts --n 1000000,5000000,10000000 [--map /tmp/jzv-aggregeer] [--geheugen 8GB]
 *
 * Per size: generates the cohort as contract CSV once (scripts/generate-synthetic.ts, kosten per
 * fase; kept in --map for a rerun), runs the aggregation as its own process and collects its
 * timings per step, peak RSS (Node + DuckDB) and output size. Writes
 * scripts/bench/resultaten/aggregeer.json with the machine load at the start of every size.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { arg } from './lib/argv.ts';

const GROOTTES = arg('n', '1000000,5000000,10000000').split(',').map(Number);
const MAP = resolve(arg('map', '/tmp/jzv-aggregeer'));
const GEHEUGEN = arg('geheugen', '8GB');
const OUT = resolve('scripts/bench/resultaten/aggregeer.json');

const vorige = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as { metingen: { casussen: number }[] }) : null;
const metingen: Record<string, unknown>[] = (vorige?.metingen ?? []).filter((m) => !GROOTTES.includes(m.casussen)) as Record<string, unknown>[];

/** Written after every size, so a long run that is stopped keeps what it measured. */
function schrijf() {
  metingen.sort((a, b) => Number(a.casussen) - Number(b.casussen));
  mkdirSync(resolve('scripts/bench/resultaten'), { recursive: true });
  writeFileSync(OUT, JSON.stringify({
    gemeten: new Date().toISOString(),
    opdracht: `npx tsx scripts/bench-aggregeer.ts ${process.argv.slice(2).join(' ')}`,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, geheugen_gb: Math.round(totalmem() / 2 ** 30) },
    noot: 'De machine kan gedeeld zijn met ander werk: systeembelasting_start per meting (1-minuutgemiddelde vlak voor het aggregeren, 2 cores).',
    metingen,
  }, null, 1) + '\n');
}

for (const n of GROOTTES) {
  const invoer = join(MAP, `synth-${n}`);
  let genereer_ms: number | null = null;
  if (!existsSync(join(invoer, 'kosten.csv'))) {
    mkdirSync(invoer, { recursive: true });
    const t = performance.now();
    execFileSync('npx', ['tsx', 'scripts/generate-synthetic.ts', '--n', String(n), '--seed', '42', '--kosten', 'fase', '--out', invoer], { stdio: 'inherit' });
    genereer_ms = Math.round(performance.now() - t);
  }
  const belasting = loadavg(); // after generating, so it is the load the aggregation met
  const json = join(MAP, `meting-${n}.json`);
  console.log(`bench-aggregeer: ${n.toLocaleString('nl-NL')} casussen …`);
  try {
    execFileSync('npx', ['tsx', 'scripts/casus-aggregeer.ts', invoer, '--out', join(MAP, `uit-${n}`), '--id', `synth-42-${n}`, '--herkomst', 'synthetisch', '--geheugen', GEHEUGEN, '--bench', json], { stdio: 'inherit' });
    metingen.push({ ...JSON.parse(readFileSync(json, 'utf8')), genereren_ms: genereer_ms, systeembelasting_start: belasting });
  } catch (e) {
    metingen.push({ casussen: n, fout: (e as Error).message.split('\n')[0], systeembelasting_start: belasting });
  }
  schrijf();
}
console.log(`bench-aggregeer: resultaten in ${OUT}`);
