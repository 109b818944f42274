import type { Taal } from '../i18n/taal';
/*
 * Render flags of the embed page (Datawrapper's contract, anchors §E): `dark=auto|true|false`,
 * `plain` (no header/footer chrome), `lang=nl|en`. Anything invalid falls back to the default and
 * is reported in `ongeldig`, never thrown: a journalist's typo must not break a published article.
 */

export type DonkerModus = 'auto' | 'true' | 'false';

export interface EmbedFlags {
  dark: DonkerModus;
  plain: boolean;
  lang: Taal;
}

export const STANDAARD_FLAGS: Readonly<EmbedFlags> = Object.freeze({ dark: 'auto', plain: false, lang: 'nl' });

export interface GeparsteFlags {
  flags: EmbedFlags;
  /** Parameter names whose value was not understood (for a console hint, not for the reader). */
  ongeldig: string[];
}

const WAAR = ['', '1', 'true', 'ja', 'yes'];
const ONWAAR = ['0', 'false', 'nee', 'no'];

export function parseEmbedFlags(params: URLSearchParams): GeparsteFlags {
  const flags: EmbedFlags = { ...STANDAARD_FLAGS };
  const ongeldig: string[] = [];
  const lees = (naam: string) => {
    const v = params.get(naam);
    return v === null ? null : v.trim().toLowerCase();
  };

  const dark = lees('dark');
  if (dark !== null) {
    if (dark === 'auto' || dark === 'true' || dark === 'false') flags.dark = dark;
    else if (dark === '' || dark === '1') flags.dark = 'true'; // "?dark" alone means dark
    else if (dark === '0') flags.dark = 'false';
    else ongeldig.push('dark');
  }

  const plain = lees('plain');
  if (plain !== null) {
    if (WAAR.includes(plain)) flags.plain = true;
    else if (ONWAAR.includes(plain)) flags.plain = false;
    else ongeldig.push('plain');
  }

  const lang = lees('lang');
  if (lang !== null) {
    if (lang === 'nl' || lang === 'en') flags.lang = lang;
    else ongeldig.push('lang');
  }
  return { flags, ongeldig };
}

/** Only non-defaults, in a fixed order, so embed URLs stay short and stable. */
export function embedFlagsNaarParams(flags: EmbedFlags): URLSearchParams {
  const p = new URLSearchParams();
  if (flags.dark !== STANDAARD_FLAGS.dark) p.set('dark', flags.dark);
  if (flags.plain) p.set('plain', '1');
  if (flags.lang !== STANDAARD_FLAGS.lang) p.set('lang', flags.lang);
  return p;
}

/** The theme to render: `auto` follows the reader's system (prefers-color-scheme). */
export function bepaalThema(flags: EmbedFlags, systeemDonker: boolean): 'licht' | 'donker' {
  if (flags.dark === 'true') return 'donker';
  if (flags.dark === 'false') return 'licht';
  return systeemDonker ? 'donker' : 'licht';
}
