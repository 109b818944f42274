// One place for how a rejection reads, so the preview, the CSV download and the tests agree.
import type { Afwijzing } from './typen.ts';

/** "jeugd.csv, rij 5, kolom 'Perioden': onbekende periode (waarde '2023 3e halfjaar')". */
export function formatteerAfwijzing(a: Afwijzing): string {
  const waar = [a.bestand, a.rij !== null ? `rij ${a.rij}` : null, a.kolom !== null ? `kolom '${a.kolom}'` : null]
    .filter((x) => x !== null)
    .join(', ');
  const waarde = a.waarde !== null && a.waarde !== '' ? ` (waarde '${a.waarde.length > 80 ? a.waarde.slice(0, 79) + '…' : a.waarde}')` : '';
  return `${waar}: ${a.reden}${waarde}`;
}

/** Prefix for a warning about one place in a file, same shape as a rejection. */
export function plaats(bestand: string, rij: number | null, kolom: string | null): string {
  return [bestand, rij !== null ? `rij ${rij}` : null, kolom !== null ? `kolom '${kolom}'` : null].filter((x) => x !== null).join(', ');
}
