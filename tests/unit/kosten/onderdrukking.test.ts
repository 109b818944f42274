import { describe, expect, it } from 'vitest';
import { MIN_AANTAL, voegBinsSamen, type Bin } from '../../../src/lib/model/kosten/onderdrukking.ts';
import { mulberry32 } from '../../../scripts/lib/prng.ts';
import { DuckDBInstance } from '@duckdb/node-api';
import { sqlBinsSamengevoegd } from '../../../src/lib/db/sql/kostenAggregaat.ts';

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

describe('samenvoegen in SQL (casus:aggregeer) = voegBinsSamen', () => {
  it('geeft op 300 willekeurige cellen dezelfde bins, aantallen en bedragen', async () => {
    const rng = mulberry32(17);
    const rijen: { cel: string; bin: number; n: number; bedrag: number }[] = [];
    const verwacht: { cel: string; bin: number; n: number; bedrag: number }[] = [];
    for (let k = 0; k < 300; k++) {
      const cel = `c${String(k).padStart(3, '0')}`;
      const bins: Bin[] = [];
      let b = rng.int(-5, 500);
      for (let i = 0; i < 1 + rng.int(0, 40); i++) bins.push({ bin: (b += rng.int(1, 6)), n: rng.int(1, 9), bedrag: rng.next() * 10_000 });
      for (const x of bins) rijen.push({ cel, ...x });
      for (const x of voegBinsSamen(bins)) verwacht.push({ cel, ...x });
    }
    expect(verwacht.length).toBeGreaterThan(300);
    expect(verwacht.length).toBeLessThan(rijen.length); // merging happened
    const inst = await DuckDBInstance.create(':memory:');
    const con = await inst.connect();
    try {
      await con.run('CREATE TABLE b (cel VARCHAR, bin INTEGER, n BIGINT, bedrag DOUBLE)');
      const app = await con.createAppender('b');
      for (const r of [...rijen].reverse()) { // input order must not matter: the fold sorts by bin
        app.appendVarchar(r.cel); app.appendInteger(r.bin); app.appendBigInt(BigInt(r.n)); app.appendDouble(r.bedrag); app.endRow();
      }
      app.closeSync();
      const uit = (await con.runAndReadAll(`${sqlBinsSamengevoegd('SELECT * FROM b', ['cel'])} ORDER BY cel, bin`)).getRowObjectsJS();
      expect(uit.map((r) => ({ cel: r.cel, bin: r.bin, n: Number(r.n), bedrag: r.bedrag }))).toEqual(verwacht);
    } finally {
      con.closeSync();
      inst.closeSync();
    }
  });
});
