// One place for how a rejection reads in Dutch, so the scripts, the CSV download and the tests agree.
import type { Afwijzing } from './typen.ts';
import { berichtTekst } from './melding.ts';

/** "jeugd.csv, rij 5, kolom 'Perioden': onbekende periode (waarde '2023 3e halfjaar')". */
export function formatteerAfwijzing(a: Afwijzing): string {
  return berichtTekst('nl', a);
}
