/**
 * Generate a synthetic case cohort (herkomst `synthetisch`) as contract CSV files.
 *
 *   npx tsx scripts/generate-synthetic.ts --n 100000 --seed 42 --out tmp/synth [--kosten fase|maand]
 *
 * Writes dataset.csv, casus.csv, episode.csv, kosten.csv to --out. Native DuckDB generates the
 * cohort with the browser's SQL (src/lib/db/sql/synth.ts) and writes it with COPY, so 10.000.000
 * cases need no JS rows. --kosten fase (default) writes one cost row per phase and category
 * (≈ 5 per case); maand one per month (≈ 7× more rows, same totals). Do not commit the output.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { datasetRegel, KOP } from '../src/lib/model/casus/synth/csv.ts';
import { syntheticDataset } from '../src/lib/model/casus/synth/dataset.ts';
import { optie } from './lib/argv.ts';
import { schrijfSynthCsv } from './lib/synth.ts';

function arg(naam: string, standaard?: string): string {
  const w = optie(naam);
  if (w !== undefined) return w;
  if (standaard === undefined) {
    console.error(`Ontbrekend argument --${naam}. Gebruik: --n 100000 --seed 42 --out map [--kosten fase|maand]`);
    process.exit(2);
  }
  return standaard;
}

async function main() {
  const n = Number(arg('n'));
  const seed = Number(arg('seed', '42'));
  const out = resolve(arg('out'));
  const kosten = arg('kosten', 'fase');
  if (!Number.isInteger(n) || n < 1 || n > 10_000_000) throw new Error('--n moet een geheel getal tussen 1 en 10.000.000 zijn');
  if (!Number.isInteger(seed)) throw new Error('--seed moet een geheel getal zijn');
  if (kosten !== 'maand' && kosten !== 'fase') throw new Error('--kosten moet maand of fase zijn');
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  writeFileSync(join(out, 'dataset.csv'), KOP.dataset + datasetRegel(syntheticDataset({ n, seed, kosten })));
  const a = await schrijfSynthCsv(n, seed, out, kosten);
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`Synthetische voorbeelddata: ${a.casus} casussen, ${a.episode} episodes, ${a.kosten} kostenregels naar ${out} in ${s} s (seed ${seed}).`);
}

main().catch((err) => {
  console.error(`Fout: ${(err as Error).message}`);
  process.exit(1);
});
