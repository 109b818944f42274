import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { casusBron, publicatie, vindplaats } from '../../src/lib/model/publicaties.ts';

// The seed texts live next to the repo (../shared/seeds), as in routes/data.test.ts: the lines the
// citation rests on are checked when they are there; the citation itself always.
const SEED_001 = resolve(__dirname, '../../../shared/seeds/001_825890019b7aede4.txt');

// Case-data source lines cite the publication by what it says about itself; line numbers go to the details.
describe('publicaties', () => {
  it.skipIf(!existsSync(SEED_001))('the seed text holds the title and the author the citation names (seed 001 r. 2, 132–133)', () => {
    const seed = readFileSync(SEED_001, 'utf8').split('\n');
    expect(seed[1]).toContain('Collectieve doorbraak');
    expect(seed.slice(131, 133).join(' ')).toContain('Instituut voor Publieke');
  });

  it('the Gouda document is cited by author, title, commissioner and date as it states them (seed 001 r. 2–8, 132–137, 475–478)', () => {
    const p = publicatie('seed-001');
    expect(p.citatie).toContain('Instituut voor Publieke Waarden');
    expect(p.citatie).toContain('Collectieve doorbraak Thuiszitters: samenbrengen van onderwijs en zorg');
    expect(p.citatie).toMatch(/Toekomstscenario.s Jeugd/);
    expect(p.citatie).toContain('zonder datum');
    expect(p.citatie).not.toMatch(/\bL\d|r\. \d|seed/i);
  });

  it('a dataset bron that starts with a catalogue id becomes the publication plus the lines apart', () => {
    const datasets = readFileSync('data/casus/datasets.csv', 'utf8').split('\n').filter((r) => r.includes(';bron;seed-001 '));
    expect(datasets.length).toBeGreaterThan(3);
    for (const r of datasets) {
      const b = casusBron(r.split(';')[3]);
      expect(b.citatie).toBe(publicatie('seed-001').citatie);
      expect(b.details).toMatch(/^001_825890019b7aede4\.txt: L\d+–\d+/);
      // only line references: the Dutch notes around them stay in datasets.csv (the English page shows the details too)
      expect(b.details).toMatch(/^[^ ]+: L\d+(–\d+)?(, L\d+(–\d+)?)*$/);
    }
  });

  it('any other bron (synthetic, a user\'s own file) stays as it is, without details', () => {
    expect(casusBron('jzv-synth 1.0, seed 42, n 1000')).toEqual({ citatie: 'jzv-synth 1.0, seed 42, n 1000', details: '' });
    expect(casusBron('eigen import: casus.csv (2026-12-06 10:00)')).toEqual({ citatie: 'eigen import: casus.csv (2026-12-06 10:00)', details: '' });
  });

  it('vindplaats names the text file and the lines; an unknown id is an error', () => {
    expect(vindplaats('seed-001', '465-471, 587-596')).toBe('001_825890019b7aede4.txt, r. 465–471, 587–596');
    expect(() => publicatie('seed-999')).toThrow(/seed-999/);
  });
});
