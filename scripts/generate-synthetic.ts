/**
 * Generate a synthetic case cohort (herkomst `synthetisch`) as contract CSV files.
 *
 *   npx tsx scripts/generate-synthetic.ts --n 100000 --seed 42 --out tmp/synth [--kosten maand|fase]
 *
 * Writes dataset.csv, casus.csv, episode.csv, kosten.csv to --out. Streaming: cases are
 * generated one at a time and written in ~1 MB chunks with back-pressure, so 1.000.000 cases do
 * not sit in memory. With --kosten maand (default) expect ≈ 30 cost rows per case; for
 * 1.000.000 cases use --kosten fase (≈ 4 rows per case): the SQL spreads amounts per month anyway.
 * Do not commit the output.
 */
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { casusRegel, datasetRegel, episodeRegel, KOP, kostenRegel } from '../src/lib/model/casus/synth/csv.ts';
import { optie } from './lib/argv.ts';
import { genereerCasussen, syntheticDataset, type KostenGranulariteit } from '../src/lib/model/casus/synth/generator.ts';

function arg(naam: string, standaard?: string): string {
  const w = optie(naam);
  if (w !== undefined) return w;
  if (standaard === undefined) {
    console.error(`Ontbrekend argument --${naam}. Gebruik: --n 100000 --seed 42 --out map [--kosten maand|fase]`);
    process.exit(2);
  }
  return standaard;
}

class Buffer {
  private deel: string[] = [];
  private len = 0;
  constructor(private readonly ws: WriteStream) {}
  async add(s: string) {
    this.deel.push(s);
    this.len += s.length;
    if (this.len > 1 << 20) await this.flush();
  }
  async flush() {
    if (!this.len) return;
    const ok = this.ws.write(this.deel.join(''));
    this.deel = [];
    this.len = 0;
    if (!ok) await new Promise<void>((r) => this.ws.once('drain', () => r()));
  }
  async sluit() {
    await this.flush();
    await new Promise<void>((r, f) => this.ws.end((e?: Error | null) => (e ? f(e) : r())));
  }
}

async function main() {
  const n = Number(arg('n'));
  const seed = Number(arg('seed', '42'));
  const out = arg('out');
  const kosten = arg('kosten', 'maand') as KostenGranulariteit;
  if (!Number.isInteger(n) || n < 1 || n > 10_000_000) throw new Error('--n moet een geheel getal tussen 1 en 10.000.000 zijn');
  if (!Number.isInteger(seed)) throw new Error('--seed moet een geheel getal zijn');
  if (kosten !== 'maand' && kosten !== 'fase') throw new Error('--kosten moet maand of fase zijn');
  mkdirSync(out, { recursive: true });
  const opt = { n, seed, kosten };
  const t0 = performance.now();
  const ds = createWriteStream(join(out, 'dataset.csv'));
  ds.end(KOP.dataset + datasetRegel(syntheticDataset(opt)));
  const [c, e, k] = ['casus', 'episode', 'kosten'].map((t) => new Buffer(createWriteStream(join(out, `${t}.csv`))));
  await c.add(KOP.casus);
  await e.add(KOP.episode);
  await k.add(KOP.kosten);
  let ne = 0;
  let nk = 0;
  for (const r of genereerCasussen(opt)) {
    await c.add(casusRegel(r.casus));
    for (const x of r.episodes) await e.add(episodeRegel(x));
    for (const x of r.kosten) await k.add(kostenRegel(x));
    ne += r.episodes.length;
    nk += r.kosten.length;
  }
  await Promise.all([c.sluit(), e.sluit(), k.sluit()]);
  const s = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`Synthetische voorbeelddata: ${n} casussen, ${ne} episodes, ${nk} kostenregels naar ${out} in ${s} s (seed ${seed}).`);
}

main().catch((err) => {
  console.error(`Fout: ${(err as Error).message}`);
  process.exit(1);
});
