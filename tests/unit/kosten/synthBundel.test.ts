// `casus:aggregeer --synth n` (used by scripts/synth-kubussen.ts for the 100.000 and 1.000.000
// bundles) aggregates the same cohort the browser generates for that seed: same cases, same money.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { synthCohort } from '../../../scripts/lib/synth.ts';
import { leesKubusManifest } from '../../../src/lib/model/kosten/kubusBundel.ts';

describe('casus:aggregeer --synth', () => {
  it('schrijft een synthetisch gelabelde bundel van precies het cohort dat de browser genereert', async () => {
    const uit = mkdtempSync(join(tmpdir(), 'jzv-synthbundel-'));
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/casus-aggregeer.ts', '--synth', '3000', '--seed', '7', '--out', uit], { stdio: 'pipe' });
    const m = leesKubusManifest(JSON.parse(readFileSync(join(uit, 'manifest.json'), 'utf8')), uit);
    expect(m.dataset_id).toBe('synth-7-3000-kubussen');
    expect(m.herkomst).toBe('synthetisch');
    expect(m.bron).toMatch(/seed 7, n 3000/);
    const c = await synthCohort(3000, 7);
    expect(m.totalen.casussen).toBe(c.casus.length);
    expect(m.totalen.totaal_eur).toBeCloseTo(c.kosten.reduce((s, k) => s + k.bedrag_eur, 0), 2);
    expect(m.totalen.met_uitval).toBeGreaterThan(0);
  }, 60_000);

  it('weigert een aantal buiten 1 tot 10.000.000', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/casus-aggregeer.ts', '--synth', '0', '--out', tmpdir()], { stdio: 'pipe' })).toThrow(/--synth "0"/);
  });
});
