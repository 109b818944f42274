// The one language type of the app: Dutch first, English via ?lang=en.
export type Taal = 'nl' | 'en';

/** The language the language switch leads to (a code, not a string for display). */
export const andereTaal = (taal: Taal): Taal => (taal === 'nl' ? 'en' : 'nl');
