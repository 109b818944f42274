import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isGelijkVerdeeld, type CasusIndex } from '../../../src/lib/model/casus/bundel.ts';

// Runs the real bundle script into a temporary folder and checks the index against the sources.
const uit = mkdtempSync(join(tmpdir(), 'jzv-casus-'));
execFileSync('npx', ['tsx', 'scripts/bundel-casus.ts', '--out', uit], { stdio: 'ignore' });
const index: CasusIndex = JSON.parse(readFileSync(join(uit, 'casus/index.json'), 'utf8'));
const kengetal = (id: string) => {
  const regel = readFileSync('data/casus/kengetallen.csv', 'utf8').split('\n').find((r) => r.startsWith(`${id};`))!;
  return Number(regel.split(';')[6]);
};

describe('bundel-casus', () => {
  it('bundelt de vier datasets met casussen en de twee met alleen kengetallen', () => {
    expect(index.datasets.filter((d) => d.bestanden).map((d) => d.dataset_id).sort()).toEqual(['gouda-breedte-28-gemiddeld', 'gouda-breedte-28-hoog', 'gouda-breedte-28-laag', 'gouda-zorgpaden-6']);
    for (const d of index.datasets.filter((x) => x.bestanden)) {
      const regels = readFileSync(join(uit, d.bestanden!.casus), 'utf8').trim().split('\n').length - 1;
      expect(regels).toBe(d.aantallen!.casus);
    }
    expect(index.datasets.every((d) => d.herkomst === 'bron')).toBe(true);
  });
  it('28 kinderen: de rijen tellen exact op tot het gedrukte totaal', () => {
    for (const v of ['laag', 'gemiddeld', 'hoog']) {
      const d = index.datasets.find((x) => x.dataset_id === `gouda-breedte-28-${v}`)!;
      expect(d.totaal_eur).toBe(kengetal(`gouda-breedte-28:totaal_${v}`));
      expect(d.gedrukt_totaal!.waarde).toBe(d.totaal_eur);
      expect(d.aantallen!.casus).toBe(28);
    }
  });
  it('zes zorgpaden: rijen = VOOR- plus NA-rijen, gedrukt totaal blijft staan met het verschil', () => {
    const d = index.datasets.find((x) => x.dataset_id === 'gouda-zorgpaden-6')!;
    expect(d.totaal_eur).toBe(kengetal('gouda-zorgpaden-6:voor_totaal_rijen') + kengetal('gouda-zorgpaden-6:na_totaal_rijen'));
    expect(d.gedrukt_totaal!.waarde).toBe(kengetal('gouda-zorgpaden-6:totaal'));
    expect(d.gedrukt_totaal!.waarde).not.toBe(d.totaal_eur);
    expect(d.datums_geschat).toBe(true);
  });
  it('the 28 children are an equal split (their spread is ours, not drawn); the six care pathways are not', () => {
    const gelijk = (id: string) => index.datasets.find((x) => x.dataset_id === id)!.gelijk_verdeeld;
    for (const v of ['laag', 'gemiddeld', 'hoog']) expect(gelijk(`gouda-breedte-28-${v}`)).toBe(true);
    expect(gelijk('gouda-zorgpaden-6')).toBe(false);
  });
});

describe('isGelijkVerdeeld', () => {
  const rij = (casus_id: string, bedrag_eur: number, kwaliteit = 'toegerekend') => ({ casus_id, bedrag_eur, kwaliteit });
  it('equal amounts within a cent (the remainder of a split) are an equal split', () => {
    expect(isGelijkVerdeeld([rij('a', 100.01), rij('b', 100), rij('c', 60), rij('c', 40)])).toBe(true);
  });
  it('different amounts, an amount from the source, or a single case are not', () => {
    expect(isGelijkVerdeeld([rij('a', 100.02), rij('b', 100)])).toBe(false);
    expect(isGelijkVerdeeld([rij('a', 100, 'exact'), rij('b', 100)])).toBe(false);
    expect(isGelijkVerdeeld([rij('a', 100)])).toBe(false);
  });
});
