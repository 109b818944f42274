import type { ExportWaarde } from './types.ts';

/** Shown instead of a small count. */
export const KLEIN_AANTAL = '< 5';
export const ONDERDRUK_DREMPEL = 5;

/**
 * Small-count protection for case data (personal data, see anchors §5): every count in `sleutels`
 * with 0 ≤ value < drempel becomes "< 5". Zero is suppressed too, so "0" and "3" cannot be told
 * apart. Missing stays missing (null), text is left alone. Returns new rows; input is untouched.
 */
export function onderdrukKleineAantallen<R extends Record<string, ExportWaarde>>(
  rijen: readonly R[],
  sleutels: readonly string[],
  drempel: number = ONDERDRUK_DREMPEL,
): R[] {
  const label = drempel === ONDERDRUK_DREMPEL ? KLEIN_AANTAL : `< ${drempel}`;
  return rijen.map((rij) => {
    const kopie: Record<string, ExportWaarde> = { ...rij };
    for (const s of sleutels) {
      const v = kopie[s];
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < drempel) kopie[s] = label;
    }
    return kopie as R;
  });
}
