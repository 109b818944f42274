// The one language type of the app: Dutch first, English via ?lang=en.
export type Taal = 'nl' | 'en';
