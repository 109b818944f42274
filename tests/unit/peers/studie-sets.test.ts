import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../scripts/lib/csv.ts';
import { STUDIE_REFERENTIES_SEED003 } from '../../../src/lib/model/peers';

// The peer model carries the study's reference sets as a constant; the data carries them in
// referentiesets.csv. They must never drift apart.
describe('study reference sets', () => {
  it('equal the reference members in data/referentiesets.csv', () => {
    const t = parseCsv(readFileSync('data/referentiesets.csv', 'utf8'), 'referentiesets.csv');
    const uitData = new Map<string, string[]>();
    for (const r of t.rijen) {
      if (r.waarden.rol !== 'referentie') continue;
      uitData.set(r.waarden.focus_code, [...(uitData.get(r.waarden.focus_code) ?? []), r.waarden.lid_code]);
    }
    expect([...uitData.keys()].sort()).toEqual(Object.keys(STUDIE_REFERENTIES_SEED003).sort());
    for (const [focus, leden] of uitData) expect([...leden].sort()).toEqual([...STUDIE_REFERENTIES_SEED003[focus]].sort());
  });
});
