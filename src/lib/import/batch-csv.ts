// Accepted facts → CSV text for DuckDB's read_csv (src/lib/db/eigenData.ts). Pure, so the Web Worker
// can turn its batches into bytes itself and the main thread only passes bytes on (a 200 MB file is
// millions of facts: building them as objects on the main thread would freeze the page).
import type { ParsedFact } from './typen.ts';
import { citeer } from '../model/csvVeld.ts';

/** CSV columns of a batch file (the bron is added as a SQL parameter, not repeated per row). */
export const BATCH_KOPPEN = ['regio_code', 'periode', 'indicator', 'waarde', 'status', 'noot'] as const;

/** One CSV cell: text is always quoted (a note may hold `;`, quotes or line breaks). */
const cel = (s: string) => citeer(s, ';', { altijd: true });

/** Missing values stay empty (NULL in DuckDB), never 0. */
export function feitenNaarCsv(rijen: ParsedFact[]): string {
  const uit: string[] = [BATCH_KOPPEN.join(';')];
  for (const f of rijen) {
    const w = f.waarde === null || !Number.isFinite(f.waarde) ? '' : String(f.waarde);
    uit.push(`${cel(f.regio_code)};${cel(f.periode)};${cel(f.indicator)};${w};${cel(f.status)};${cel(f.noot ?? '')}`);
  }
  return uit.join('\n') + '\n';
}

const UTF8 = new TextEncoder();

/**
 * Text (one string or parts to be joined) as UTF-8 bytes. ASCII text (the usual case file) is
 * copied code by code: Chromium's TextEncoder took 1,5–2 s for the 30 MB of a 100.000-case episode
 * file, this loop a fraction. Text with any other character goes through TextEncoder.
 */
export function naarUtf8(tekst: string | string[]): Uint8Array {
  const delen = typeof tekst === 'string' ? [tekst] : tekst;
  let n = 0;
  for (const d of delen) n += d.length;
  const uit = new Uint8Array(n);
  let o = 0;
  for (const d of delen) {
    for (let i = 0; i < d.length; i++) {
      const c = d.charCodeAt(i);
      if (c > 0x7f) return UTF8.encode(delen.join(''));
      uit[o++] = c;
    }
  }
  return uit;
}
