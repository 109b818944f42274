// Low-level detection shared by all parsers: bytes → text sanity, delimiter, numbers, HTML-like text.
// Everything here is pure and synchronous so the worker and the Node tests run the same code.
import { melding, meldingTekst, type Melding } from './melding.ts';

/** Above this size the client refuses a file outright (browsers and DuckDB-WASM cap at ~2–4 GB). */
export const MAX_BYTES = 1024 * 1024 * 1024;
/** Above this size the client warns that reading takes a while. */
export const GROOT_BYTES = 50 * 1024 * 1024;

export type Tekstsoort = 'utf8' | 'windows-1252' | 'binair';

/**
 * Looks at the first bytes of a file. NUL bytes or many control characters → binary (a zip, xlsx,
 * image…). Invalid UTF-8 without those → probably an Excel "CSV (ANSI)" export: decode as windows-1252.
 */
export function controleerBytes(bytes: Uint8Array): { soort: Tekstsoort; bom: boolean } {
  const n = Math.min(bytes.length, 64 * 1024);
  const bom = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let controle = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return { soort: 'binair', bom };
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controle++;
  }
  if (n > 0 && controle / n > 0.01) return { soort: 'binair', bom };
  try {
    // A multi-byte character may be cut off at the sample end: ignore a short tail.
    let eind = n;
    if (n < bytes.length) while (eind > 0 && eind > n - 4 && (bytes[eind - 1] & 0xc0) === 0x80) eind--;
    if (n < bytes.length && eind > 0 && bytes[eind - 1] >= 0xc0) eind--;
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, eind));
    return { soort: 'utf8', bom };
  } catch {
    return { soort: 'windows-1252', bom };
  }
}

/** Text-level check, for callers that already have a string: replacement chars or control chars. */
export function lijktBinair(tekst: string): boolean {
  const n = Math.min(tekst.length, 64 * 1024);
  if (n === 0) return false;
  let vreemd = 0;
  for (let i = 0; i < n; i++) {
    const c = tekst.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) vreemd++;
  }
  return vreemd / n > 0.02;
}

export function zonderBom(tekst: string): string {
  return tekst.charCodeAt(0) === 0xfeff ? tekst.slice(1) : tekst;
}

/** Counts a character outside double quotes in one line. */
function telBuitenQuotes(regel: string, teken: string): number {
  let binnen = false;
  let n = 0;
  for (const c of regel) {
    if (c === '"') binnen = !binnen;
    else if (!binnen && c === teken) n++;
  }
  return n;
}

export type Scheidingsteken = ';' | ',' | '\t' | '|';

/**
 * Picks the delimiter from the first lines. Title lines (StatLine) hold no delimiter, so we take the
 * character that occurs most often on the most lines. Tab and pipe are detected only to name them in
 * the error message: the contract allows `;` and `,`.
 */
export function detecteerScheidingsteken(begin: string): Scheidingsteken | null {
  const regels = begin.split(/\r\n|\n|\r/).filter((r) => r.trim() !== '').slice(0, 30);
  let beste: Scheidingsteken | null = null;
  let besteScore = 0;
  for (const t of [';', ',', '\t', '|'] as Scheidingsteken[]) {
    const tellingen = regels.map((r) => telBuitenQuotes(r, t)).filter((x) => x > 0);
    if (tellingen.length === 0) continue;
    // The most frequent non-zero count, weighted by on how many lines it occurs.
    const freq = new Map<number, number>();
    for (const x of tellingen) freq.set(x, (freq.get(x) ?? 0) + 1);
    const score = Math.max(...freq.values()) * 10 + tellingen.length;
    if (score > besteScore) {
      besteScore = score;
      beste = t;
    }
  }
  return beste;
}

export function naamScheidingsteken(t: string): string {
  return t === '\t' ? 'tab' : `'${t}'`;
}

/** Result of reading one numeric cell. */
export type Getal =
  | { soort: 'getal'; waarde: number; teken: ',' | '.' | null }
  | { soort: 'leeg'; noot: string }
  | { soort: 'fout' };

// Notes are stored with the fact (a data column), so they are Dutch text, written once.
export const NOOT_LEEG = meldingTekst('nl', melding('imp_m_noot_leeg'));
const NOOT_PUNT = meldingTekst('nl', melding('imp_m_noot_punt'));
const NOOT_X = meldingTekst('nl', melding('imp_m_noot_x'));
const NOOT_NIHIL = meldingTekst('nl', melding('imp_m_noot_nihil'));

const ALLEEN_CIJFERS = /^[+-]?\d+$/;
const EEN_TEKEN = /^[+-]?(\d*)([.,])(\d+)$/;
const PUNT_DUIZEND_KOMMA = /^[+-]?\d{1,3}(\.\d{3})+,\d+$/;
const KOMMA_DUIZEND_PUNT = /^[+-]?\d{1,3}(,\d{3})+\.\d+$/;

/**
 * Reads a numeric cell. CBS symbols: `.` and empty = missing, `x` = secret, `-` = nihil. All of those
 * stay null (never 0) with a note saying which symbol it was. A lone separator is the decimal mark;
 * with both, the last one is decimal and the other must group thousands exactly.
 */
export function leesGetal(ruw: string): Getal {
  const s = ruw.trim().replace(/^€\s*/, '');
  if (s === '' ) return { soort: 'leeg', noot: '' };
  if (s === '.') return { soort: 'leeg', noot: NOOT_PUNT };
  if (s === 'x' || s === 'X') return { soort: 'leeg', noot: NOOT_X };
  if (s === '-') return { soort: 'leeg', noot: NOOT_NIHIL };
  // Fast path for the common cells ("12", "9,4", "-3.25"): one pass, no regex.
  let sep = -1;
  let ok = s.length > 0;
  for (let i = 0; i < s.length && ok; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c === 44 || c === 46) && sep < 0 && i > 0 && i < s.length - 1) sep = i;
    else if (!((c === 45 || c === 43) && i === 0 && s.length > 1)) ok = false;
  }
  if (ok && sep < 0) return { soort: 'getal', waarde: Number(s), teken: null };
  if (ok && s.charCodeAt(sep - 1) >= 48 && s.charCodeAt(sep - 1) <= 57) {
    const teken = s[sep] as ',' | '.';
    return { soort: 'getal', waarde: Number(teken === ',' ? s.replace(',', '.') : s), teken };
  }
  if (ALLEEN_CIJFERS.test(s)) return { soort: 'getal', waarde: Number(s), teken: null };
  const m = EEN_TEKEN.exec(s);
  if (m) return { soort: 'getal', waarde: Number(s.replace(',', '.')), teken: m[2] as ',' | '.' };
  if (PUNT_DUIZEND_KOMMA.test(s)) return { soort: 'getal', waarde: Number(s.replace(/\./g, '').replace(',', '.')), teken: ',' };
  if (KOMMA_DUIZEND_PUNT.test(s)) return { soort: 'getal', waarde: Number(s.replace(/,/g, '')), teken: '.' };
  return { soort: 'fout' };
}

// Mark found by the last `snelGetal` call (module state instead of an object per cell).
export let snelTeken: ',' | '.' | null = null;

/** Plain digits with at most one separator and a sign ("12", "9,4", "-3.25"), else NaN. */
export function snelGetal(s: string): number {
  const n = s.length;
  if (n === 0 || n > 20) return NaN;
  let sep = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if ((c === 44 || c === 46) && sep < 0 && i > 0 && i < n - 1) sep = i;
    else if (!(c === 45 && i === 0 && n > 1)) return NaN;
  }
  if (sep < 0) {
    snelTeken = null;
    return Number(s);
  }
  const voor = s.charCodeAt(sep - 1);
  if (voor < 48 || voor > 57) return NaN;
  snelTeken = s.charCodeAt(sep) === 44 ? ',' : '.';
  return Number(snelTeken === ',' ? s.replace(',', '.') : s);
}

/**
 * Remembers the decimal mark per column. The first value with a mark fixes it; a later value with
 * the other mark means the file mixes conventions, which we refuse rather than guess.
 */
export class DecimaalBewaker {
  private eerste = new Map<string, { teken: ',' | '.'; rij: number; waarde: string }>();

  /** Returns a message when `teken` conflicts with the column's earlier mark. */
  controleer(kolom: string, teken: ',' | '.' | null, rij: number, waarde: string): Melding | null {
    if (teken === null) return null;
    const e = this.eerste.get(kolom);
    if (!e) {
      this.eerste.set(kolom, { teken, rij, waarde });
      return null;
    }
    if (e.teken === teken) return null;
    // The marks differ, so the first one decides the text: no word of it is a value.
    return melding(e.teken === ',' ? 'imp_m_gemengd_komma_punt' : 'imp_m_gemengd_punt_komma', { kolom, rij1: e.rij, waarde1: e.waarde, rij2: rij, waarde2: waarde });
  }

  teken(kolom: string): ',' | '.' | null {
    return this.eerste.get(kolom)?.teken ?? null;
  }
}

const HTML_ACHTIG = /<\s*\/?\s*[a-z!][^>]*>|javascript:|\bon[a-z]+\s*=/i;

/** True for text that a browser would interpret if it were (wrongly) inserted as HTML. */
export function lijktHtml(tekst: string): boolean {
  return HTML_ACHTIG.test(tekst);
}

/** The tail of every rejected-header message: which columns the format expects. */
export function verwachteKolommen(kolommen: readonly string[], metCijfers = false): Melding {
  return melding(metCijfers ? 'imp_m_verwacht_cijfers' : 'imp_m_verwacht', { kolommen: kolommen.join(', ') });
}

/** Shortens a cell for use inside a message. */
export function kort(tekst: string, max = 60): string {
  return tekst.length > max ? tekst.slice(0, max - 1) + '…' : tekst;
}
