// Bookkeeping shared by the fact parsers (StatLine, OData, long format): rejections, duplicate keys,
// gemeente lookup, decimal-mark consistency, HTML-like text, and the final result.
import type { Afwijzing, Formaat, ImportResultaat, ParseOpties, ParsedFact, Status } from './typen.ts';
import { DecimaalBewaker, kort, leesGetal, lijktHtml, NOOT_LEEG, snelGetal, snelTeken, verwachteKolommen } from './detectie.ts';
import { GemeenteOpzoeking, type RegioTreffer } from './gemeenten.ts';
import { periodeNummer } from './perioden.ts';
import { formatteerAfwijzing } from './berichten.ts';
import { afwijzing, bericht, melding, type Bericht, type Melding } from './melding.ts';

/** A record's line: `stuk.slice(van, tot)`, in piece number `nr` of the text read. */
export interface RegelPlek {
  stuk: string;
  nr: number;
  van: number;
  tot: number;
}

/** Accepted rows as contract CSV lines (the text is `delen` joined), with each row's case id and record number. */
export interface CsvStuk {
  delen: string[];
  ids: string[];
  rij: Int32Array;
}

/** A parser fed one CSV record at a time, so a worker can stream a 200 MB file through it. */
export interface RijVerwerker<R> {
  /**
   * `rijNr` is the 1-based record number in the file; `plek` says where the record's line stands in
   * the text read (given when the line has no quotes or carriage returns and `;` as delimiter; the
   * caller reuses the object for the next record).
   */
  rij(velden: string[], rijNr: number, plek?: RegelPlek): void;
  /** Accepted rows as contract CSV instead of objects (a reader that can; see CasusOpties.regels). */
  neemCsv?(): CsvStuk | null;
  /** Accepted rows so far, removed from the processor (the worker posts them in batches). */
  neemRijen(): R[];
  /** True after a file-level refusal: the caller may stop reading. */
  readonly gestopt: boolean;
  afronden(): ImportResultaat<R>;
}

/**
 * A format reader: its collector (`v`) holds the accepted rows and the stop flag, so every reader
 * answers `gestopt` and `neemRijen` the same way.
 */
export abstract class Verwerker<R, V extends Basis<R> = Basis<R>> implements RijVerwerker<R> {
  protected constructor(protected readonly v: V) {}

  get gestopt(): boolean {
    return this.v.gestopt;
  }

  neemRijen(): R[] {
    return this.v.neemRijen();
  }

  abstract rij(velden: string[], rijNr: number, plek?: RegelPlek): void;
  abstract afronden(): ImportResultaat<R>;
}

/** Common part of every result builder (facts and case rows). */
export class Basis<R> {
  rijen: R[] = [];
  afgewezen: Afwijzing[] = [];
  afgewezenAantal = 0;
  waarschuwingen: Bericht[] = [];
  fout: string | null = null;
  foutBericht: Afwijzing | null = null;
  gelezen = 0;
  onbekend = new Set<string>();
  gemeenten = new Set<string>();
  perioden = new Set<string>();
  indicatoren = new Set<string>();
  /** Indicator code → label and unit as printed in the file (see ImportResultaat.indicatorInfo). */
  indicatorInfo = new Map<string, { naam: string; eenheid: string }>();
  private waarschuwingSet = new Set<string>();
  readonly max: number;
  readonly opzoeking: GemeenteOpzoeking;
  readonly decimalen = new DecimaalBewaker();

  constructor(
    readonly opties: ParseOpties,
    readonly formaat: Formaat,
  ) {
    this.max = opties.maxAfwijzingen ?? 10_000;
    this.opzoeking = new GemeenteOpzoeking(opties.gemeenten);
  }

  get bestand(): string {
    return this.opties.bestand;
  }

  get gestopt(): boolean {
    return this.fout !== null;
  }

  afwijzen(rij: number | null, kolom: string | null, waarde: string | null, reden: Melding | Melding[]): void {
    this.afgewezenAantal++;
    if (this.afgewezen.length < this.max) this.afgewezen.push(afwijzing(this.bestand, rij, kolom, waarde, reden));
  }

  /** A record with another number of fields than the header: rejected whole, shown as one cell. */
  verkeerdAantal(rijNr: number, velden: string[], verwacht: number): void {
    this.afwijzen(rijNr, null, kort(velden.join(';'), 80), melding('imp_m_aantal_kolommen', { verwacht, gevonden: velden.length }));
  }

  /** Refuses the whole file: nothing from it is kept, and the reason is the first rejection shown. */
  fataal(rij: number | null, kolom: string | null, waarde: string | null, reden: Melding | Melding[]): void {
    if (this.fout !== null) return;
    const a = afwijzing(this.bestand, rij, kolom, waarde, reden);
    this.fout = formatteerAfwijzing(a);
    this.foutBericht = a;
    this.rijen = [];
    this.afgewezen.unshift(a);
    this.afgewezenAantal++;
  }

  /** Refuses a file for its header row, naming the columns the format expects. */
  fataalKop(rij: number | null, kolom: string | null, reden: Melding, verwacht: readonly string[], metCijfers = false): void {
    this.fataal(rij, kolom, null, [reden, verwachteKolommen(verwacht, metCijfers)]);
  }

  /** A warning about the file, or about one row/column of it. */
  waarschuw(reden: Melding, rij: number | null = null, kolom: string | null = null): void {
    if (this.waarschuwingen.length >= 200) return;
    const b = bericht(this.bestand, reden, rij, kolom);
    const sleutel = JSON.stringify(b);
    if (this.waarschuwingSet.has(sleutel)) return;
    this.waarschuwingSet.add(sleutel);
    this.waarschuwingen.push(b);
  }

  /** Text that looks like HTML is kept verbatim and flagged; it is never interpreted anywhere. */
  controleerHtml(rij: number, kolom: string, waarde: string): void {
    if (lijktHtml(waarde)) this.waarschuw(melding('imp_m_html', { tekst: kort(waarde) }), rij, kolom);
  }

  /** Note of the last `getal` call that returned null (which CBS symbol or empty cell). */
  laatsteNoot = '';

  /**
   * Numeric cell with decimal-mark bookkeeping: a number, null (missing; see `laatsteNoot`), or
   * undefined when rejected (or the file refused). Returns plain values: this runs for every cell of
   * a 200 MB file, so it allocates nothing on the common path.
   */
  getal(kolom: string, ruw: string, rij: number): number | null | undefined {
    const snel = snelGetal(ruw);
    if (snel === snel) {
      // Only cells with a decimal mark need the per-column consistency check.
      const teken = snelTeken; // live binding: the mark of the call just made
      if (teken !== null) {
        const conflict = this.decimalen.controleer(kolom, teken, rij, ruw.trim());
        if (conflict) {
          this.fataal(rij, kolom, ruw, conflict);
          return undefined;
        }
      }
      return snel;
    }
    const g = leesGetal(ruw);
    if (g.soort === 'leeg') {
      this.laatsteNoot = g.noot || NOOT_LEEG;
      return null;
    }
    if (g.soort === 'fout') {
      this.afwijzen(rij, kolom, ruw, melding('imp_m_geen_getal'));
      return undefined;
    }
    const conflict = this.decimalen.controleer(kolom, g.teken, rij, ruw.trim());
    if (conflict) {
      this.fataal(rij, kolom, ruw, conflict);
      return undefined;
    }
    return g.waarde;
  }

  neemRijen(): R[] {
    const r = this.rijen;
    this.rijen = [];
    return r;
  }

  resultaat(): ImportResultaat<R> {
    if (this.fout === null && this.gelezen === 0 && this.afgewezenAantal === 0)
      this.fataal(null, null, null, melding('imp_m_geen_gegevensrijen'));
    if (this.afgewezenAantal > this.afgewezen.length) this.waarschuw(melding('imp_m_niet_bewaard', { aantal: this.afgewezenAantal - this.afgewezen.length }));
    const sorteer = (s: Set<string>) => [...s].sort();
    return {
      bestand: this.bestand,
      formaat: this.formaat,
      rijen: this.fout === null ? this.rijen : [],
      afgewezen: this.afgewezen,
      afgewezenAantal: this.afgewezenAantal,
      gevonden: { gemeenten: sorteer(this.gemeenten), perioden: sorteer(this.perioden), indicatoren: sorteer(this.indicatoren) },
      onbekendeGemeenten: sorteer(this.onbekend),
      waarschuwingen: this.waarschuwingen,
      fout: this.fout,
      foutBericht: this.foutBericht,
      gelezen: this.gelezen,
      indicatorInfo: Object.fromEntries(this.indicatorInfo),
    };
  }
}

/** Row numbers of accepted facts are kept for duplicate messages up to this many facts. */
const EERSTE_RIJ_MAX = 500_000;

/** Fact-specific bookkeeping: region lookup and duplicate (regio, periode, indicator) keys. */
export class FeitenVerzamelaar extends Basis<ParsedFact> {
  readonly bron: string;
  // Duplicate-key bookkeeping in two parts, to stay small for files with millions of facts:
  // presence as a bit mask of period slots per (regio, indicator, year) — periods of one year fit in
  // 19 bits — and the first row number only for the first EERSTE_RIJ_MAX facts (for the message).
  private aanwezig = new Map<number, Map<number, number>>();
  private eersteRij = new Map<number, Map<number, number>>();
  private aantalFeiten = 0;
  private periodeNrs = new Map<string, number>();
  private indicatorNr = new Map<string, number>();

  constructor(opties: ParseOpties, formaat: Formaat) {
    super(opties, formaat);
    this.bron = opties.bron ?? `eigen import: ${opties.bestand}`;
    if (this.opzoeking.leeg) this.waarschuw(melding('imp_m_geen_gemeentelijst'));
  }

  /** Region cell → code, or a rejection of the whole record. `soort` says whether it holds a name or a code. */
  // Names and codes repeat on every row of a big file: look each distinct cell up once.
  private regioCache = new Map<string, RegioTreffer>();

  regio(ruw: string, rij: number, kolom: string, soort: 'naam' | 'code'): { code: string; noot: string } | undefined {
    let t = this.regioCache.get(ruw);
    if (!t) {
      this.controleerHtml(rij, kolom, ruw);
      t = soort === 'naam' ? this.opzoeking.zoekNaam(ruw) : this.opzoeking.zoekCode(ruw);
      if (this.regioCache.size < 100_000) this.regioCache.set(ruw, t);
    }
    if (t.soort === 'gemeente' || t.soort === 'nederland') return { code: t.code, noot: t.noot };
    if (t.soort === 'geen-gemeente') {
      this.afwijzen(rij, kolom, ruw.trim(), t.reden);
      return undefined;
    }
    const label = ruw.trim();
    this.onbekend.add(label);
    this.afwijzen(rij, kolom, label, melding(soort === 'naam' ? 'imp_m_onbekende_gemeente' : 'imp_m_onbekende_gemeentecode'));
    return undefined;
  }

  private periodeNr(p: string): number {
    let n = this.periodeNrs.get(p);
    if (n === undefined) {
      n = periodeNummer(p);
      this.periodeNrs.set(p, n);
      this.perioden.add(p);
    }
    return n;
  }

  /** (regio, indicator) as one small integer: regio < 2^14, indicator < 2^16. */
  private paar(f: ParsedFact): number {
    const regio = f.regio_code === 'NL01' ? 10_001 : Number(f.regio_code.slice(2));
    let i = this.indicatorNr.get(f.indicator);
    if (i === undefined) {
      i = this.indicatorNr.size;
      this.indicatorNr.set(f.indicator, i);
    }
    return regio * 65_536 + i;
  }

  voegToe(f: ParsedFact, rij: number, kolom: string): void {
    if (this.gestopt) return;
    const paar = this.paar(f);
    const nr = this.periodeNr(f.periode);
    const jaar = nr >> 5;
    const bit = 1 << (nr & 31);
    let perJaar = this.aanwezig.get(paar);
    if (!perJaar) {
      perJaar = new Map();
      this.aanwezig.set(paar, perJaar);
      this.gemeenten.add(f.regio_code);
      this.indicatoren.add(f.indicator);
    }
    const masker = perJaar.get(jaar) ?? 0;
    if (masker & bit) {
      const eerder = this.eersteRij.get(paar)?.get(nr);
      const sleutel = { regio: f.regio_code, periode: f.periode, indicator: f.indicator };
      const reden = eerder !== undefined ? melding('imp_m_dubbel_in_rij', { ...sleutel, rij: eerder }) : melding('imp_m_dubbel_eerder', sleutel);
      this.afwijzen(rij, kolom, f.waarde === null ? '' : String(f.waarde), reden);
      return;
    }
    perJaar.set(jaar, masker | bit);
    if (this.aantalFeiten++ < EERSTE_RIJ_MAX) {
      let m = this.eersteRij.get(paar);
      if (!m) {
        m = new Map();
        this.eersteRij.set(paar, m);
      }
      m.set(nr, rij);
    }
    this.rijen.push(f);
  }

  feit(regio_code: string, periode: string, indicator: string, waarde: number | null, status: Status, n1: string, n2 = '', n3 = '', bron = this.bron): ParsedFact {
    let noot = n1;
    if (n2 !== '') noot = noot === '' ? n2 : `${noot}; ${n2}`;
    if (n3 !== '') noot = noot === '' ? n3 : `${noot}; ${n3}`;
    return { regio_code, periode, indicator, waarde, status, bron, noot };
  }
}

/** Indicator code from a header label when no mapping is given: lower-case ASCII with underscores. */
export function slug(label: string): string {
  return (
    label
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || 'kolom'
  );
}
