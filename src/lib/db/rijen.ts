import type { Rij } from './types';

interface ArrowAchtig {
  toArray(): { toJSON?: () => Rij }[];
}

/** Arrow table → plain objects, with BigInt made Number (counts here stay far below 2^53). */
export function naarRijen<T extends Rij>(tabel: ArrowAchtig): T[] {
  return tabel.toArray().map((r) => {
    const obj = (r.toJSON ? r.toJSON() : (r as Rij));
    const uit: Rij = {};
    for (const [k, v] of Object.entries(obj)) uit[k] = typeof v === 'bigint' ? Number(v) : v;
    return uit as T;
  });
}
