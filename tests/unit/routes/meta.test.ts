// The Thuiszitters chart metadata (src/views/thuiszitters/meta.ts): a flow on the published
// Gouda cases (six children) says it is too thin for a pattern; a large cohort does not.
import { describe, expect, it } from 'vitest';
import { stroomMeta, type RoutesContext } from '../../../src/views/thuiszitters/meta.ts';
import { decodeRoutes } from '../../../src/lib/model/routes/keuze.ts';
import type { TransitieRij } from '../../../src/lib/model/routes/route.ts';
import { TEKSTEN } from '../../../src/lib/i18n/teksten.ts';

const context = (taal: 'nl' | 'en', synthetisch: boolean): RoutesContext => ({
  taal, keuze: decodeRoutes('').keuze, ds: synthetisch ? 'synth-42-10000' : 'gouda-zorgpaden-6',
  datasetNaam: 'x', datasetBron: 'Bron: x', synthetisch, naamVan: (c) => c,
});
const rijen = (n: number): TransitieRij[] => [
  { stap: 0, van: 'OP_SCHOOL', naar: 'THUIS', n },
];

describe('te dun voor een patroon', () => {
  it('zes kinderen: de noot staat bij de grafiek, in beide talen', () => {
    for (const taal of ['nl', 'en'] as const) {
      const m = stroomMeta(rijen(6), context(taal, false));
      expect(m.noten).toContain(TEKSTEN[taal].casus_te_dun);
      expect(m.ondertitel).toContain(taal === 'nl' ? 'aantal kinderen: 6' : 'number of children: 6');
    }
  });
  it('een groot cohort (of geen kinderen): geen noot', () => {
    expect(stroomMeta(rijen(10_000), context('nl', true)).noten).not.toContain(TEKSTEN.nl.casus_te_dun);
    expect(stroomMeta(rijen(0), context('nl', false)).noten).not.toContain(TEKSTEN.nl.casus_te_dun);
  });
});
