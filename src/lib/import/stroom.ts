// Streaming: bytes in chunks → text → complete CSV records → the same row processors as parseTekst.
// Used by the Web Worker (File slices) and by Node (scripts, benchmark). We decode ourselves with a
// streaming TextDecoder, because decoding each slice separately would break characters such as "ë"
// that straddle a slice boundary.
import Papa from 'papaparse';
import type { CsvStuk, RijVerwerker } from './verzamelaar.ts';
import { controleerBytes } from './detectie.ts';
import { BINAIR, controleerGrootte, GEEN_FORMAAT, geweigerd, herkenFormaat, maakVerwerker, papaWaarschuwingen, type ImportOpties, type Resultaat } from './importeer.ts';
import { bericht, melding, type Bericht } from './melding.ts';
import { parseODataJson } from './odata.ts';

/**
 * Cuts incoming text at the last line break outside quotes and parses the complete part, so a
 * quoted field with a line break inside is never split. Record numbers continue across pieces.
 */
export class StroomParser {
  private rest = '';
  private rijNr = 0;
  private stukNr = 0;
  private eerste = true;
  readonly waarschuwingen: Bericht[] = [];
  /** ms spent cutting records into cells (Papa) and in the row processor (checks), for the benchmark */
  msParse = 0;
  msRijen = 0;

  constructor(
    private verwerker: RijVerwerker<unknown>,
    private scheidingsteken: string,
    private bestand: string,
  ) {}

  voeg(stuk: string): void {
    const tekst = this.rest + stuk;
    // Without quotes the last line break is the boundary (the usual case; the loop below costs a step per line).
    if (tekst.indexOf('"') < 0) return this.knip(tekst, tekst.lastIndexOf('\n'), true);
    // Jump from quote to quote and line break to line break (indexOf) instead of looking at every
    // character: most files have no quotes at all.
    let even = true;
    let grens = -1;
    let q = tekst.indexOf('"');
    let n = tekst.indexOf('\n');
    while (n >= 0) {
      if (q >= 0 && q < n) {
        even = !even;
        q = tekst.indexOf('"', q + 1);
      } else {
        if (even) grens = n;
        n = tekst.indexOf('\n', n + 1);
      }
    }
    this.knip(tekst, grens);
  }

  /** Parses `tekst` up to line break `grens` and keeps the rest for the next piece (all of it when grens < 0). */
  private knip(tekst: string, grens: number, zonderQuotes = false): void {
    if (grens < 0) {
      this.rest = tekst;
      return;
    }
    this.rest = tekst.slice(grens + 1);
    this.parse(tekst.slice(0, grens), zonderQuotes);
  }

  einde(): void {
    if (this.rest !== '') this.parse(this.rest);
    this.rest = '';
  }

  /** `zonderQuotes`: known to hold no quote (saves a pass over the text). */
  private parse(deel: string, zonderQuotes = false): void {
    if (this.verwerker.gestopt) return;
    if (deel.endsWith('\r')) deel = deel.slice(0, -1);
    if (this.eerste && deel.charCodeAt(0) === 0xfeff) deel = deel.slice(1);
    this.eerste = false;
    const t0 = performance.now();
    // Without quotes and carriage returns a record is a line and a cell is what lies between two
    // delimiters, as in Papa's own fast mode; cutting here also gives each record's line, which a
    // reader of the contract format may hand on unchanged (RijVerwerker.rij).
    if ((zonderQuotes || deel.indexOf('"') < 0) && deel.indexOf('\r') < 0) return this.parseRegels(deel, t0);
    const p = Papa.parse<string[]>(deel, { delimiter: this.scheidingsteken });
    const t1 = performance.now();
    const start = this.rijNr;
    for (const rij of p.data) {
      this.rijNr++;
      if (this.verwerker.gestopt) break;
      this.verwerker.rij(rij, this.rijNr);
    }
    this.msParse += t1 - t0;
    this.msRijen += performance.now() - t1;
    // An empty piece (a blank line) still counts as one line of the file.
    if (p.data.length === 0) this.rijNr++;
    this.waarschuwingen.push(...papaWaarschuwingen(this.bestand, p.errors, start));
  }

  /** The quote-free part of parse: line by line (an empty piece is one empty line, as above). */
  private parseRegels(deel: string, t0: number): void {
    if (deel === '') {
      this.rijNr++;
      return;
    }
    const regels = deel.split('\n');
    const d = this.scheidingsteken;
    // cells first for the whole piece, as Papa does, so the two steps can be timed apart
    const velden = regels.map((r) => r.split(d));
    const t1 = performance.now();
    // only `;` lines are in the contract's CSV form (src/lib/model/casus/synth/csv.ts)
    const plek = d === ';' ? { stuk: deel, nr: ++this.stukNr, van: 0, tot: 0 } : undefined;
    let van = 0;
    for (let i = 0; i < regels.length; i++) {
      this.rijNr++;
      if (this.verwerker.gestopt) break;
      const tot = van + regels[i].length;
      if (plek) {
        plek.van = van;
        plek.tot = tot;
      }
      this.verwerker.rij(velden[i], this.rijNr, plek);
      van = tot + 1;
    }
    this.msParse += t1 - t0;
    this.msRijen += performance.now() - t1;
  }
}

/** Where a streamed read went, in ms (for the benchmark: scripts/bench-kosten.ts --eigen). */
export interface LeesTijden {
  /** bytes → text */
  decoderen: number;
  /** finding the last complete record of each piece */
  knippen: number;
  /** records → cells */
  parse: number;
  /** the row processor: the contract checks, keys, accepted rows */
  controle: number;
  /** handing accepted rows on (as contract CSV for DuckDB: joining, encoding, posting) */
  csv: number;
}

export interface StroomCallbacks {
  /** Filled with where the time went, when given. */
  tijden?: LeesTijden;
  /** Bytes read so far out of the total. */
  voortgang?(gelezen: number, totaal: number): void;
  /** Accepted rows as contract CSV, from a reader that makes it (RijVerwerker.neemCsv); its other rows still go to `rijen`. */
  csv?(stuk: CsvStuk): void;
  /** Accepted rows in batches; when given, the returned result's `rijen` holds only what was not yet delivered (usually nothing). */
  rijen?(rijen: unknown[]): void;
}

const PROEF = 64 * 1024;

/** Parses a byte stream (File slices in the worker, fs stream in Node) without holding the whole file as text. */
export async function importeerStroom(bytes: AsyncIterable<Uint8Array>, totaal: number, opties: ImportOpties, cb: StroomCallbacks = {}): Promise<Resultaat> {
  const grootte = controleerGrootte(opties.bestand, totaal);
  if (grootte.fout) return geweigerd(opties.bestand, 'onbekend', { rij: null, reden: grootte.fout.redenen[0] });
  const extra: Bericht[] = grootte.waarschuwing ? [grootte.waarschuwing] : [];

  const it = bytes[Symbol.asyncIterator]();
  // Collect a sample for the sanity checks and format detection.
  const proef: Uint8Array[] = [];
  let proefLengte = 0;
  let klaar = false;
  while (proefLengte < PROEF) {
    const n = await it.next();
    if (n.done) {
      klaar = true;
      break;
    }
    proef.push(n.value);
    proefLengte += n.value.length;
  }
  const kop = new Uint8Array(proefLengte);
  let o = 0;
  for (const p of proef) {
    kop.set(p, o);
    o += p.length;
  }
  const soort = controleerBytes(kop);
  if (soort.soort === 'binair') return geweigerd(opties.bestand, 'onbekend', BINAIR);
  if (soort.soort === 'windows-1252') extra.push(bericht(opties.bestand, melding('imp_m_windows1252')));
  const decoder = new TextDecoder(soort.soort, { fatal: false });
  const proefTekst = decoder.decode(kop, { stream: true });
  const h = herkenFormaat(proefTekst, opties.bestand);
  if (h.fout && !(opties.formaat && h.scheidingsteken && h.formaat === 'onbekend')) return geweigerd(opties.bestand, h.formaat, h.fout);
  const formaat = opties.formaat ?? h.formaat;

  let gelezen = proefLengte;
  cb.voortgang?.(gelezen, totaal);
  let resultaat: Resultaat;
  if (formaat === 'odata-json') {
    // JSON cannot be cut into records safely; CBS TypedDataSet pages are small (≤ 10 000 rows).
    let tekst = proefTekst;
    while (!klaar) {
      const n = await it.next();
      if (n.done) break;
      tekst += decoder.decode(n.value, { stream: true });
      gelezen += n.value.length;
      cb.voortgang?.(gelezen, totaal);
    }
    resultaat = parseODataJson(tekst + decoder.decode(), opties);
    if (cb.rijen && resultaat.rijen.length) {
      cb.rijen(resultaat.rijen);
      resultaat = { ...resultaat, rijen: [] } as Resultaat;
    }
  } else {
    const w = maakVerwerker(formaat, opties) as RijVerwerker<unknown> | null;
    if (!w) return geweigerd(opties.bestand, formaat, GEEN_FORMAAT);
    const stroom = new StroomParser(w, h.scheidingsteken ?? ';', opties.bestand);
    const verzameld: unknown[] = [];
    const tijden = cb.tijden;
    const lever = () => {
      const t = performance.now();
      const c = cb.csv && w.neemCsv?.();
      if (c) cb.csv!(c);
      const r = w.neemRijen();
      if (r.length && cb.rijen) cb.rijen(r);
      else for (const x of r) verzameld.push(x);
      if (tijden) tijden.csv += performance.now() - t;
    };
    const voeg = (tekst: string) => {
      const t = performance.now();
      const [p, r] = [stroom.msParse, stroom.msRijen];
      stroom.voeg(tekst);
      if (tijden) tijden.knippen += performance.now() - t - (stroom.msParse - p) - (stroom.msRijen - r);
    };
    voeg(proefTekst);
    lever();
    while (!klaar && !w.gestopt) {
      const n = await it.next();
      if (n.done) break;
      const t = performance.now();
      const tekst = decoder.decode(n.value, { stream: true });
      if (tijden) tijden.decoderen += performance.now() - t;
      voeg(tekst);
      gelezen += n.value.length;
      lever();
      cb.voortgang?.(gelezen, totaal);
    }
    voeg(decoder.decode());
    stroom.einde();
    lever();
    if (tijden) {
      tijden.parse += stroom.msParse;
      tijden.controle += stroom.msRijen;
    }
    resultaat = w.afronden() as Resultaat;
    // what the reader held back until the end (the case reader's decimal-mark sample), when it makes CSV
    const rest = resultaat.fout === null && cb.csv ? w.neemCsv?.() : null;
    if (rest) cb.csv!(rest);
    // Rows a processor held back until the end (the case reader's decimal-mark sample) come with the result.
    if (resultaat.fout === null && !cb.rijen) {
      for (const x of resultaat.rijen) verzameld.push(x);
      resultaat = { ...resultaat, rijen: verzameld } as Resultaat;
    }
    resultaat.waarschuwingen.push(...stroom.waarschuwingen);
  }
  resultaat.waarschuwingen.unshift(...extra);
  cb.voortgang?.(totaal, totaal);
  return resultaat;
}

/** Splits a byte array into chunks: lets tests and Node callers use the streaming path on a buffer. */
export async function* inStukken(bytes: Uint8Array, grootte: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += grootte) yield bytes.subarray(i, Math.min(bytes.length, i + grootte));
}
