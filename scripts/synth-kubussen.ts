/**
 * The large synthetic cohorts as cube bundles, so Kosten per casus can show 100.000 and 1.000.000
 * synthetic cases in seconds instead of generating them in the browser (which takes 10 and 46 s):
 * `casus:aggregeer --synth n` writes data/kubussen/synth-42-<n>-kubussen/ (gitignored), and
 * bundel-casus.ts then puts them in the site like any published bundle. Part of `npm run data`.
 *
 * Rebuilt only when the code that makes them changed (a hash of those sources is kept next to the
 * bundle): the 1.000.000 bundle takes about a minute on 2 cores.
 *
 * Usage: npx tsx scripts/synth-kubussen.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYNTH_SEED } from '../src/lib/model/casus/bundel.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The generated sizes; 10.000 is in the repository as a bundle made from contract CSV files. */
const GROOTTES = [100_000, 1_000_000];
/** Everything the bundles are made with: generator, cube SQL, suppression, the aggregation script. */
const BRONNEN = ['src/lib/db/sql', 'src/lib/db/routes.ts', 'src/lib/model/casus', 'src/lib/model/kosten', 'scripts/casus-aggregeer.ts', 'scripts/lib/synth.ts'];
const HASH_BESTAND = '.bron-sha256';

function bestanden(pad: string): string[] {
  const vol = join(root, pad);
  return statSync(vol).isDirectory() ? readdirSync(vol).sort().flatMap((f) => bestanden(join(pad, f))) : [pad];
}

const hash = createHash('sha256');
for (const f of BRONNEN.flatMap(bestanden)) hash.update(f).update(readFileSync(join(root, f)));
const bronHash = hash.digest('hex');

for (const n of GROOTTES) {
  const id = `synth-${SYNTH_SEED}-${n}-kubussen`;
  const map = join(root, 'data/kubussen', id);
  const sleutel = `${bronHash} ${n} ${SYNTH_SEED}`;
  if (existsSync(join(map, HASH_BESTAND)) && readFileSync(join(map, HASH_BESTAND), 'utf8') === sleutel) continue;
  console.log(`synth-kubussen: ${id} wordt gebouwd (eenmalig; 1.000.000 casussen duurt ongeveer een minuut)…`);
  rmSync(map, { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/casus-aggregeer.ts'), '--synth', String(n), '--seed', String(SYNTH_SEED), '--id', id, '--out', map], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) {
    rmSync(map, { recursive: true, force: true }); // no half bundle for bundel-casus to trip over
    throw new Error(`synth-kubussen: casus:aggregeer voor ${id} mislukte (code ${r.status})`);
  }
  writeFileSync(join(map, HASH_BESTAND), sleutel);
}
