/**
 * The one rank formula of the app: competition ranking ("1224"). Rank = 1 + the number of
 * strictly better known values; equal values share a place; missing values are not ranked.
 */
export type Richting = 'hoogste-eerst' | 'laagste-eerst';

export interface Plaats {
  rang: number;
  /** Known values that were compared (the value itself included when it is among them). */
  bekend: number;
  /** Known values equal to the ranked one (itself included when it is among them). */
  gelijk: number;
}

const isGetal = (v: number | null | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Rank of `waarde` among `waarden`; null when `waarde` is missing. */
export function plaatsIn(waarden: Iterable<number | null | undefined>, waarde: number | null | undefined, richting: Richting = 'hoogste-eerst'): Plaats | null {
  if (!isGetal(waarde)) return null;
  let beter = 0;
  let gelijk = 0;
  let bekend = 0;
  for (const v of waarden) {
    if (!isGetal(v)) continue;
    bekend++;
    if (v === waarde) gelijk++;
    else if (richting === 'hoogste-eerst' ? v > waarde : v < waarde) beter++;
  }
  return { rang: beter + 1, bekend, gelijk };
}
