import { formatDatum as appFormatDatum } from '../i18n/format.ts';
import { eenRegel } from './regel.ts';
import type { Taal } from '../i18n/taal';
import { tekst } from '../i18n/teksten';


export interface CitatieInvoer {
  titel: string;
  bronregel: string;
  url?: string;
  datum: Date;
  dataversie?: string;
  lang?: Taal;
}

/** "23 november 2026" — the app's date format (UTC, so tests do not depend on the time zone). */
export function formatDatum(datum: Date, lang: Taal = 'nl'): string {
  return appFormatDatum(datum, lang);
}

/**
 * A citation line a raadslid or journalist can paste under a chart. It names the original
 * provider through the source line (OWID #1137: cite the provider, not only the tool).
 */
export function maakCitatie(c: CitatieInvoer): string {
  const lang = c.lang ?? 'nl';
  const jaar = c.datum.getUTCFullYear();
  const delen = [`Jeugdzorg Verkenner (${jaar}). ${eenRegel(c.titel).replace(/\.$/, '')}.`];
  delen.push(`${eenRegel(c.bronregel).replace(/\.$/, '')}.`);
  if (c.dataversie) delen.push(`${tekst(lang, 'bron_dataversie')} ${c.dataversie}.`);
  const geraadpleegd = tekst(lang, 'bron_geraadpleegd');
  delen.push(
    c.url
      ? `${geraadpleegd} ${formatDatum(c.datum, lang)}, ${c.url}`
      : `${geraadpleegd} ${formatDatum(c.datum, lang)}.`,
  );
  return delen.join(' ');
}
