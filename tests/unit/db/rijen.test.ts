// Arrow answers → plain rows (src/lib/db/rijen.ts), on Arrow-shaped columns: number columns
// without nulls are read as typed arrays, everything else value by value as Arrow's rows do.
import { describe, expect, it } from 'vitest';
import { naarRijen } from '../../../src/lib/db/rijen.ts';

const INT = 2;
const FLOAT = 3;
const UTF8 = 5;

function kolom(typeId: number, waarden: unknown[], alsArray: ArrayLike<unknown> = waarden) {
  const gelezen: string[] = [];
  return {
    gelezen,
    type: { typeId },
    nullCount: waarden.filter((v) => v == null).length,
    get: (i: number) => (gelezen.push('get'), waarden[i]),
    toArray: () => (gelezen.push('toArray'), alsArray),
  };
}

function tabel(kolommen: Record<string, ReturnType<typeof kolom>>, n: number) {
  const namen = Object.keys(kolommen);
  return { numRows: n, schema: { fields: namen.map((name) => ({ name })) }, getChildAt: (i: number) => kolommen[namen[i]] };
}

describe('naarRijen', () => {
  it('gives one plain object per row with every column, BigInt made Number', () => {
    const deel = kolom(UTF8, ['t', 't', 'cohort']);
    const a = kolom(FLOAT, [-1, 0, 250], new Float64Array([-1, 0, 250]));
    const n = kolom(INT, [3n, 4n, 5n], new BigInt64Array([3n, 4n, 5n]));
    const b = kolom(FLOAT, [1.5, null, 2.5]);
    const rijen = naarRijen(tabel({ deel, a, n, b }, 3));
    expect(rijen).toEqual([
      { deel: 't', a: -1, n: 3, b: 1.5 },
      { deel: 't', a: 0, n: 4, b: null },
      { deel: 'cohort', a: 250, n: 5, b: 2.5 },
    ]);
    expect(typeof rijen[0].n).toBe('number');
    // numbers without nulls in one go; a column with a null (or of another type) value by value, keeping the null
    expect(a.gelezen).toEqual(['toArray']);
    expect(n.gelezen).toEqual(['toArray']);
    expect(b.gelezen).toEqual(['get', 'get', 'get']);
    expect(deel.gelezen).toEqual(['get', 'get', 'get']);
  });

  it('gives no rows for an empty answer', () => {
    expect(naarRijen(tabel({ a: kolom(FLOAT, [], new Float64Array(0)) }, 0))).toEqual([]);
  });
});
