// The one language type of the app: Dutch first, English via ?lang=en.
export const TALEN = ['nl', 'en'] as const;
export type Taal = (typeof TALEN)[number];
export const isTaal = (x: string): x is Taal => (TALEN as readonly string[]).includes(x);

/** The language the language switch leads to (a code, not a string for display). */
export const andereTaal = (taal: Taal): Taal => (taal === 'nl' ? 'en' : 'nl');

/**
 * A field of bilingual *data* (indicator names, council questions, the English wording file of
 * data/routes): the English value where the data has one, else the Dutch. UI strings never come
 * through here; they are keys in TEKSTEN.
 */
export function dataInTaal<T>(taal: Taal, nl: T, en: T | null | undefined): T {
  return taal === 'en' && en != null ? en : nl;
}
