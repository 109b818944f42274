// Rejected rows → downloadable CSV (Dutch headers, `;`, UTF-8 with BOM so Excel shows "ë" right).
// Cells that a spreadsheet would run as a formula get a leading quote (CSV/formula injection).
import type { Afwijzing } from './typen.ts';
import { redenTekst } from './melding.ts';
import type { Taal } from '../i18n/taal';
import { citeer, neutraliseerFormule } from '../model/csvVeld.ts';

/** Neutralises spreadsheet formulas and quotes the cell for CSV (padded text too: the value is shown as read). */
export function veiligeCel(waarde: string | number | null): string {
  return citeer(neutraliseerFormule(waarde === null ? '' : String(waarde)), ';', { randSpaties: true });
}

export const AFGEWEZEN_KOPPEN = ['bestand', 'rij', 'kolom', 'waarde', 'reden'];

export function afgewezenNaarCsv(afwijzingen: Afwijzing[], metBom = true): string {
  const regels = [AFGEWEZEN_KOPPEN.join(';')];
  for (const a of afwijzingen) regels.push([a.bestand, a.rij, a.kolom, a.waarde, a.reden].map(veiligeCel).join(';'));
  return (metBom ? '\ufeff' : '') + regels.join('\r\n') + '\r\n';
}

/**
 * The download in the UI language. Dutch: exactly `afgewezenNaarCsv`. English: the same columns plus
 * `reason_en`, so a file shared with a Dutch colleague still has the original reason.
 */
export function afgewezenCsvInTaal(afwijzingen: Afwijzing[], taal: Taal, metBom = true): string {
  if (taal === 'nl') return afgewezenNaarCsv(afwijzingen, metBom);
  const regels = [[...AFGEWEZEN_KOPPEN, 'reason_en'].join(';')];
  for (const a of afwijzingen) regels.push([a.bestand, a.rij, a.kolom, a.waarde, a.reden, redenTekst('en', a.redenen)].map(veiligeCel).join(';'));
  return (metBom ? '\ufeff' : '') + regels.join('\r\n') + '\r\n';
}
