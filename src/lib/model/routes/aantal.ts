import type { Taal } from '../../i18n/taal';
import { formatGetal } from '../../i18n/format';
/**
 * Small-count protection (casusdata: "in any export or embed built on case data, counts below 5
 * are shown as '< 5'"). The Thuiszitters view applies it on screen too, so what a user sees is
 * exactly what an export or embed of the same chart carries.
 */
export const KLEINE_AANTALLEN_GRENS = 5;

export function isKlein(n: number): boolean {
  return n > 0 && n < KLEINE_AANTALLEN_GRENS;
}

/**
 * "< 5" for 1–4, otherwise the nl-NL (or en-GB) formatted count; 0 stays 0 (nobody is not identifying).
 * Through format.ts' cached formatter: toLocaleString builds a new one per call, which cost several
 * milliseconds of every Thuiszitters filter change (tables, titles and Sankey labels format ~100 counts).
 */
export function aantalTekst(n: number, taal: Taal = 'nl'): string {
  if (!Number.isFinite(n)) throw new Error(`Ongeldig aantal: ${n}`);
  if (isKlein(n)) return '< 5';
  return formatGetal(n, 0, taal);
}

/** Share of a total, but only when neither count is small (a share of "< 5" would reveal it). */
export function aandeelTekst(n: number, totaal: number, taal: Taal = 'nl'): string {
  if (totaal <= 0 || isKlein(n) || isKlein(totaal)) return '–';
  const pct = (100 * n) / totaal;
  return `${formatGetal(pct, 0, taal)} %`;
}
