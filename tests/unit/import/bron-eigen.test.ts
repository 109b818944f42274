// bronregel() with a user's own import among the shown facts (src/lib/model/bron.ts).
import { describe, expect, it } from 'vitest';
import { bronregel, isEigenImport, type BronRij } from '../../../src/lib/model/bron.ts';

const bronnen = new Map<string, BronRij>([
  ['cbs-85039NED', { id: 'cbs-85039NED', titel: 'KWB 2021', uitgever: 'CBS', jaar: '2021', tabel_id: '85039NED', document: null, regels: null, licentie: null, citatie: 'CBS, KWB 2021' }],
]);
const EIGEN = 'eigen import: mijn cijfers.csv (23-11-2026 16:00:00)';

describe('bronregel with own imports', () => {
  it('recognises the import bron', () => {
    expect(isEigenImport(EIGEN)).toBe(true);
    expect(isEigenImport('cbs-85039NED')).toBe(false);
    expect(isEigenImport(null)).toBe(false);
  });
  it('names the imported file next to catalogue sources, with its period and status', () => {
    const s = bronregel([
      { bron: 'cbs-85039NED', periode: '2021JJ00', status: 'definitief' },
      { bron: EIGEN, periode: '2023HJ01', status: 'voorlopig' },
    ], bronnen);
    expect(s).toBe(`Bron: CBS, KWB 2021 (85039NED); ${EIGEN} · 2021, 1e halfjaar 2023 · status definitief / voorlopig`);
  });
  it('a chart with only imported facts cites the import, not "–"', () => {
    const s = bronregel([{ bron: EIGEN, periode: '2022JJ00', status: 'definitief' }, { bron: EIGEN, periode: '2022JJ00', status: 'definitief' }], bronnen);
    expect(s).toBe(`Bron: ${EIGEN} · 2022 · status definitief`);
  });
  it('says "own import" in English', () => {
    const s = bronregel([{ bron: EIGEN, periode: '2022JJ00', status: 'voorlopig' }], bronnen, { taal: 'en' });
    expect(s).toBe('Source: own import: mijn cijfers.csv (23-11-2026 16:00:00) · 2022 · status provisional');
  });
  it('a file name that looks like a line reference is not cut up', () => {
    const s = bronregel([{ bron: 'eigen import: data:L12 (t)', periode: null, status: null }], bronnen);
    expect(s).toBe('Bron: eigen import: data:L12 (t) · – · status onbekend');
  });
});
