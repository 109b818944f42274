import type { Rij } from './types';

/** Arrow type ids (apache-arrow's Type enum) whose column is a plain typed array of numbers. */
const INT = 2;
const FLOAT = 3;

interface KolomAchtig {
  readonly type: { readonly typeId: number };
  readonly nullCount: number;
  get(i: number): unknown;
  toArray(): unknown;
}

interface ArrowAchtig {
  readonly numRows: number;
  readonly schema: { readonly fields: readonly { readonly name: string }[] };
  getChildAt(i: number): KolomAchtig | null;
}

/**
 * Arrow table → plain objects, with BigInt made Number (counts here stay far below 2^53).
 * Column by column: a number column without nulls is read as its typed array in one go, any
 * other column value by value, as Arrow's own rows would. Building the objects row by row
 * through Arrow's row proxies (toArray + toJSON) cost more than the charts' own state code on a
 * filter change.
 */
export function naarRijen<T extends Rij>(tabel: ArrowAchtig): T[] {
  const n = tabel.numRows;
  const rijen: Rij[] = Array.from({ length: n }, () => ({}));
  tabel.schema.fields.forEach((veld, k) => {
    const kolom = tabel.getChildAt(k);
    if (!kolom) return;
    const snel = kolom.nullCount === 0 && (kolom.type.typeId === INT || kolom.type.typeId === FLOAT);
    const waarden = snel ? (kolom.toArray() as ArrayLike<unknown>) : null;
    for (let i = 0; i < n; i++) {
      const v = waarden ? waarden[i] : kolom.get(i);
      rijen[i][veld.name] = typeof v === 'bigint' ? Number(v) : v;
    }
  });
  return rijen as T[];
}
