import { describe, expect, it } from 'vitest';
import { MIN_AANTAL, voegBinsSamen, type Bin } from '../../../src/lib/model/kosten/onderdrukking.ts';
import { mulberry32 } from '../../../src/lib/model/casus/synth/prng.ts';

describe('onderdrukking < 5 in Lorenz-bins', () => {
  it('voegt kleine bins samen tot elk minstens 5 casussen telt; totalen en volgorde blijven', () => {
    const rng = mulberry32(5);
    for (let k = 0; k < 200; k++) {
      const bins: Bin[] = [];
      let b = 0;
      for (let i = 0; i < 1 + rng.int(0, 30); i++) bins.push({ bin: (b += rng.int(1, 4)), n: rng.int(1, 8), bedrag: rng.next() * 1000 });
      const n = bins.reduce((s, x) => s + x.n, 0);
      const uit = voegBinsSamen(bins);
      if (n < MIN_AANTAL) {
        expect(uit).toEqual([]);
        continue;
      }
      for (const x of uit) expect(x.n).toBeGreaterThanOrEqual(MIN_AANTAL);
      expect(uit.reduce((s, x) => s + x.n, 0)).toBe(n);
      expect(uit.reduce((s, x) => s + x.bedrag, 0)).toBeCloseTo(bins.reduce((s, x) => s + x.bedrag, 0), 6);
      // each merged bin ends on an input bin, so its running totals are points of the exact curve
      const cum = new Map<number, number>();
      let c = 0;
      for (const x of bins) cum.set(x.bin, (c += x.n));
      let d = 0;
      for (const x of uit) expect(cum.get(x.bin)).toBe((d += x.n));
      expect(uit.map((x) => x.bin)).toEqual([...uit.map((x) => x.bin)].sort((p, q) => p - q));
    }
  });

  it('een cel met minder dan 5 casussen verdwijnt helemaal', () => {
    expect(voegBinsSamen([{ bin: 1, n: 2, bedrag: 10 }, { bin: 3, n: 2, bedrag: 30 }])).toEqual([]);
    expect(voegBinsSamen([{ bin: 1, n: 3, bedrag: 10 }, { bin: 3, n: 2, bedrag: 30 }])).toEqual([{ bin: 3, n: 5, bedrag: 40 }]);
  });
});
