import { describe, expect, it } from 'vitest';
import { samenvatting } from '../../../src/lib/model/peers/index.ts';

describe('samenvatting', () => {
  it('gemiddelde, mediaan, min, max; ontbrekend uitgesloten en geteld', () => {
    const s = samenvatting(10, [8, null, 12, 14, 6]);
    expect(s.n).toBe(4);
    expect(s.ontbrekend).toBe(1);
    expect(s.gemiddelde).toBe(10); // (8+12+14+6)/4
    expect(s.mediaan).toBe(10); // (8+12)/2
    expect(s.min).toBe(6);
    expect(s.max).toBe(14);
    // Hoger: 12 en 14 → rang 3 van 5.
    expect(s.rangInGroep).toEqual({ rang: 3, van: 5, gedeeld: false });
  });
  it('gelijke waarden delen de rang; landelijk via Map zonder de gemeente zelf', () => {
    const s = samenvatting(5, [5, 7], {
      code: 'GM0001',
      waarden: new Map([
        ['GM0001', 5],
        ['GM0002', 7],
        ['GM0003', 5],
        ['GM0004', null],
        ['GM0005', 9],
      ]),
    });
    expect(s.rangInGroep).toEqual({ rang: 2, van: 3, gedeeld: true });
    expect(s.rangLandelijk).toEqual({ rang: 3, van: 4, gedeeld: true });
    expect(s.ontbrekendLandelijk).toBe(1);
  });
  it('geen waarde voor de gemeente → geen rang, maar wel groepscijfers; lege groep → null', () => {
    const s = samenvatting(null, [1, 2, 3], [1, 2]);
    expect(s.rangInGroep).toBeNull();
    expect(s.rangLandelijk).toBeNull();
    expect(s.mediaan).toBe(2);
    const leeg = samenvatting(4, [null]);
    expect(leeg).toMatchObject({ n: 0, ontbrekend: 1, gemiddelde: null, mediaan: null, min: null, max: null, rangInGroep: null });
  });
});
