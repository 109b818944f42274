import type { Taal } from './taal';

/** Fills the {naam} placeholders of a t() string; unknown names stay visible. */
export function vul(sjabloon: string, waarden: Record<string, string | number>): string {
  return sjabloon.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(waarden, k) ? String(waarden[k]) : m));
}

/**
 * The lookup of a dictionary: a key's string in one language, placeholders filled. teksten.ts makes
 * `tekst()` from the whole dictionary; the import worker makes its own from the import block only,
 * so it does not load every page's words.
 */
export function opzoeker<S extends string>(woorden: Record<Taal, Readonly<Record<S, string>>>) {
  return (taal: Taal, sleutel: S, waarden?: Record<string, string | number>): string => {
    const s = woorden[taal][sleutel];
    return waarden ? vul(s, waarden) : s;
  };
}
