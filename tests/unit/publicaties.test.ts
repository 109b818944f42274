import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { casusBron, publicatie, vindplaats } from '../../src/lib/model/publicaties.ts';

// Case-data source lines cite the publication by what it says about itself; line numbers go to the details.
describe('publicaties', () => {
  it('the Gouda document is cited by author, title, commissioner and date as it states them (seed 001 r. 2–8, 132–137, 475–478)', () => {
    const seed = readFileSync('../shared/seeds/001_825890019b7aede4.txt', 'utf8').split('\n');
    const p = publicatie('seed-001');
    expect(seed[1]).toContain('Collectieve doorbraak');
    expect(p.citatie).toContain('Instituut voor Publieke Waarden');
    expect(seed.slice(131, 133).join(' ')).toContain('Instituut voor Publieke');
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
