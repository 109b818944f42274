// The importer's messages as data: a code of the one dictionary plus its values, so a message is
// written in the reader's language when it is shown, and user text (file, column, cell) is only ever
// a value: filled in, never interpreted. Plain objects: they cross the worker boundary as they are.
import { IMPORT_TEKSTEN, type ImportSleutel } from '../i18n/teksten-import.ts';
import { opzoeker } from '../i18n/vul.ts';
import type { Taal } from '../i18n/taal';
import type { Afwijzing } from './typen.ts';

export type Waarden = Record<string, string | number>;

export interface Melding {
  code: ImportSleutel;
  waarden?: Waarden;
}

/**
 * A message about a place in a file: "<bestand>[, rij n][, kolom 'k']: <reden>[; <reden>][ (waarde 'w')]".
 * `bestand` null: no place, only the reasons (an exception from outside the parsers).
 */
export interface Bericht {
  bestand: string | null;
  rij: number | null;
  kolom: string | null;
  waarde: string | null;
  redenen: Melding[];
}

/** tekst() of the one dictionary, from its import block only: the parsers run in the import worker. */
const tekst = opzoeker<ImportSleutel>(IMPORT_TEKSTEN);

export const melding = (code: ImportSleutel, waarden?: Waarden): Melding => (waarden ? { code, waarden } : { code });

/** A message about a whole file or one place in it, without a cell value. */
export const bericht = (bestand: string | null, redenen: Melding | Melding[], rij: number | null = null, kolom: string | null = null): Bericht => ({
  bestand,
  rij,
  kolom,
  waarde: null,
  redenen: Array.isArray(redenen) ? redenen : [redenen],
});

/** A rejection; its Dutch reason is written once here, for the CSV, the scripts and the tests. */
export function afwijzing(bestand: string, rij: number | null, kolom: string | null, waarde: string | null, redenen: Melding | Melding[]): Afwijzing {
  const r = Array.isArray(redenen) ? redenen : [redenen];
  return { bestand, rij, kolom, waarde, redenen: r, reden: redenTekst('nl', r) };
}

export function meldingTekst(taal: Taal, m: Melding): string {
  return tekst(taal, m.code, m.waarden);
}

/** The reasons alone, as the rejection table and the CSV show them. */
export function redenTekst(taal: Taal, redenen: readonly Melding[]): string {
  return redenen.map((m) => meldingTekst(taal, m)).join('; ');
}

/** Where in the file: "<bestand>[, rij n][, kolom 'k']". */
export function plaatsTekst(taal: Taal, bestand: string | null, rij: number | null, kolom: string | null): string {
  const delen = [bestand, rij !== null ? tekst(taal, 'imp_m_rij', { rij }) : null, kolom !== null ? tekst(taal, 'imp_m_kolom', { kolom }) : null];
  return delen.filter((x) => x !== null).join(', ');
}

/** The whole message in one language; a long value is shortened as the preview shows it. */
export function berichtTekst(taal: Taal, b: Bericht): string {
  const waar = plaatsTekst(taal, b.bestand, b.rij, b.kolom);
  const w = b.waarde !== null && b.waarde !== '' ? tekst(taal, 'imp_m_waarde', { waarde: b.waarde.length > 80 ? b.waarde.slice(0, 79) + '…' : b.waarde }) : '';
  const reden = redenTekst(taal, b.redenen);
  return `${waar === '' ? '' : `${waar}: `}${reden}${w}`;
}

// Refusals about the header row (or its absence): the page then shows which columns it expects.
const OVER_KOPREGEL = new Set<ImportSleutel>([
  'imp_m_kop_contract', 'imp_m_kop_contract_mist', 'imp_m_geen_gegevensrijen', 'imp_m_leeg_bestand', 'imp_m_formaat_kop',
  'imp_m_kolom_niet_in_kop', 'imp_m_geen_kop_statline', 'imp_m_geen_kop_statline_in', 'imp_m_verplichte_kolom', 'imp_m_kop_ontbreekt',
]);

/** True for a whole-file refusal because of its header row (decided by code, not by reading the text). */
export function overKopregel(b: Bericht): boolean {
  return b.kolom === null && b.redenen.some((m) => OVER_KOPREGEL.has(m.code));
}

/** An error that carries its message as data (worker and client failures). */
export class BerichtFout extends Error {
  constructor(readonly bericht: Bericht) {
    super(berichtTekst('nl', bericht));
  }
}

/** Any thrown value as a message: its own when it has one, else its text carried as it is. */
export function alsBericht(e: unknown): Bericht {
  if (e instanceof BerichtFout) return e.bericht;
  return bericht(null, melding('imp_m_los', { tekst: e instanceof Error ? e.message : String(e) }));
}
