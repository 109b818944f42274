// Bookkeeping shared by the fact parsers (StatLine, OData, long format): rejections, duplicate keys,
// gemeente lookup, decimal-mark consistency, HTML-like text, and the final result.
import type { Afwijzing, Formaat, ImportResultaat, ParseOpties, ParsedFact, Status } from './typen.ts';
import { DecimaalBewaker, kort, leesGetal, lijktHtml } from './detectie.ts';
import { GemeenteOpzoeking } from './gemeenten.ts';
import { periodeNummer } from './perioden.ts';
import { formatteerAfwijzing, plaats } from './berichten.ts';

/** A parser fed one CSV record at a time, so a worker can stream a 200 MB file through it. */
export interface RijVerwerker<R> {
  /** `rijNr` is the 1-based record number in the file. */
  rij(velden: string[], rijNr: number): void;
  /** Accepted rows so far, removed from the processor (the worker posts them in batches). */
  neemRijen(): R[];
  /** True after a file-level refusal: the caller may stop reading. */
  readonly gestopt: boolean;
  afronden(): ImportResultaat<R>;
}

/** Common part of every result builder (facts and case rows). */
export class Basis<R> {
  rijen: R[] = [];
  afgewezen: Afwijzing[] = [];
  afgewezenAantal = 0;
  waarschuwingen: string[] = [];
  fout: string | null = null;
  gelezen = 0;
  onbekend = new Set<string>();
  gemeenten = new Set<string>();
  perioden = new Set<string>();
  indicatoren = new Set<string>();
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

  afwijzen(rij: number | null, kolom: string | null, waarde: string | null, reden: string): void {
    this.afgewezenAantal++;
    if (this.afgewezen.length < this.max) this.afgewezen.push({ bestand: this.bestand, rij, kolom, waarde, reden });
  }

  /** Refuses the whole file: nothing from it is kept, and the reason is the first rejection shown. */
  fataal(rij: number | null, kolom: string | null, waarde: string | null, reden: string): void {
    if (this.fout !== null) return;
    const a: Afwijzing = { bestand: this.bestand, rij, kolom, waarde, reden };
    this.fout = formatteerAfwijzing(a);
    this.rijen = [];
    this.afgewezen.unshift(a);
    this.afgewezenAantal++;
  }

  waarschuw(tekst: string): void {
    if (this.waarschuwingSet.has(tekst) || this.waarschuwingen.length >= 200) return;
    this.waarschuwingSet.add(tekst);
    this.waarschuwingen.push(tekst);
  }

  /** Text that looks like HTML is kept verbatim and flagged; it is never interpreted anywhere. */
  controleerHtml(rij: number, kolom: string, waarde: string): void {
    if (lijktHtml(waarde))
      this.waarschuw(
        `${plaats(this.bestand, rij, kolom)}: tekst lijkt op HTML of script ('${kort(waarde)}'); ` +
          'wordt als platte tekst behandeld en nooit uitgevoerd (onschadelijk)',
      );
  }

  /** Numeric cell with decimal-mark bookkeeping. Returns undefined when rejected (or file refused). */
  getal(kolom: string, ruw: string, rij: number): { waarde: number | null; noot: string } | undefined {
    const g = leesGetal(ruw);
    if (g.soort === 'leeg') return { waarde: null, noot: g.noot || 'ontbreekt (lege cel)' };
    if (g.soort === 'fout') {
      this.afwijzen(rij, kolom, ruw, 'geen getal');
      return undefined;
    }
    const conflict = this.decimalen.controleer(kolom, g.teken, rij, ruw.trim());
    if (conflict) {
      this.fataal(rij, kolom, ruw, conflict);
      return undefined;
    }
    return { waarde: g.waarde, noot: '' };
  }

  neemRijen(): R[] {
    const r = this.rijen;
    this.rijen = [];
    return r;
  }

  resultaat(): ImportResultaat<R> {
    if (this.fout === null && this.gelezen === 0 && this.afgewezenAantal === 0)
      this.fataal(null, null, null, 'geen gegevensrijen gevonden (alleen een kopregel of een leeg bestand)');
    if (this.afgewezenAantal > this.afgewezen.length)
      this.waarschuw(`${this.bestand}: ${this.afgewezenAantal - this.afgewezen.length} afgewezen rijen niet afzonderlijk bewaard`);
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
      gelezen: this.gelezen,
    };
  }
}

/** Fact-specific bookkeeping: region lookup and duplicate (regio, periode, indicator) keys. */
export class FeitenVerzamelaar extends Basis<ParsedFact> {
  readonly bron: string;
  private sleutels = new Map<number, number>(); // compact key → first row
  private indicatorNr = new Map<string, number>();

  constructor(opties: ParseOpties, formaat: Formaat) {
    super(opties, formaat);
    this.bron = opties.bron ?? `eigen import: ${opties.bestand}`;
    if (this.opzoeking.leeg)
      this.waarschuw(`${opties.bestand}: geen gemeentelijst meegegeven; gemeentecodes alleen op vorm gecontroleerd`);
  }

  /** Region cell → code, or a rejection of the whole record. `soort` says whether it holds a name or a code. */
  regio(ruw: string, rij: number, kolom: string, soort: 'naam' | 'code'): { code: string; noot: string } | undefined {
    this.controleerHtml(rij, kolom, ruw);
    const t = soort === 'naam' ? this.opzoeking.zoekNaam(ruw) : this.opzoeking.zoekCode(ruw);
    if (t.soort === 'gemeente' || t.soort === 'nederland') return { code: t.code, noot: t.noot };
    if (t.soort === 'geen-gemeente') {
      this.afwijzen(rij, kolom, ruw.trim(), t.reden);
      return undefined;
    }
    const label = ruw.trim();
    this.onbekend.add(label);
    this.afwijzen(rij, kolom, label, soort === 'naam' ? 'onbekende gemeente' : 'onbekende gemeentecode');
    return undefined;
  }

  private sleutel(f: ParsedFact): number {
    const regio = f.regio_code === 'NL01' ? 10_001 : Number(f.regio_code.slice(2));
    let i = this.indicatorNr.get(f.indicator);
    if (i === undefined) {
      i = this.indicatorNr.size;
      this.indicatorNr.set(f.indicator, i);
    }
    // regio < 2^14, periode < 2^17, indicator < 2^16: fits in 2^47, exact in a double.
    return (regio * 131_072 + periodeNummer(f.periode)) * 65_536 + i;
  }

  voegToe(f: ParsedFact, rij: number, kolom: string): void {
    if (this.gestopt) return;
    const k = this.sleutel(f);
    const eerder = this.sleutels.get(k);
    if (eerder !== undefined) {
      this.afwijzen(rij, kolom, f.waarde === null ? '' : String(f.waarde), `dubbele sleutel ${f.regio_code} / ${f.periode} / ${f.indicator}: staat al in rij ${eerder}`);
      return;
    }
    this.sleutels.set(k, rij);
    this.rijen.push(f);
    this.gemeenten.add(f.regio_code);
    this.perioden.add(f.periode);
    this.indicatoren.add(f.indicator);
  }

  feit(regio_code: string, periode: string, indicator: string, waarde: number | null, status: Status, noten: string[], bron = this.bron): ParsedFact {
    return { regio_code, periode, indicator, waarde, status, bron, noot: noten.filter((n) => n !== '').join('; ') };
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
