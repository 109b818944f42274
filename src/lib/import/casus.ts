// Case files in the case data contract (docs/casusdata.md, version 1), read in the import worker:
// one table per file (casus, episode or kosten), `;` or `,`, decimal comma or point per file,
// dates YYYY-MM-DD or DD-MM-YYYY. The row rules are those of src/lib/model/casus/valideer.ts (the
// same rules the bundled case data is built with); this file adds what only a streamed file has:
// the header and its column mapping, the gemeente lookup by name, duplicate keys and the file's
// decimal mark. `voegCasusBestandenSamen` then checks the files against each other.
import type { Afwijzing, ImportResultaat, ParseOpties } from './typen.ts';
import { Basis, Verwerker, type CsvStuk, type RegelPlek } from './verzamelaar.ts';
import { CONTRACT_KOLOMMEN, pasKoppelingToe, stelKoppelingVoor, type CasusTabel, type Kolomkoppeling, type KoppelingVoorstel } from './koppeling.ts';
import { kort } from './detectie.ts';
import { afwijzing, melding, type Bericht, type Melding } from './melding.ts';
import { dagnummer, valideerCasus, valideerEpisode, valideerKosten, type Resultaat as RijResultaat, type ValideerOpties } from '../model/casus/valideer.ts';
import { CATEGORIE, DOMEIN_KOSTEN, type Casus, type Episode, type Kosten } from '../model/casus/contract.ts';
import { casusRegel, episodeRegel, kostenRegel } from '../model/casus/synth/csv.ts';

/** An accepted row with its record number in the file (header = 1), to name it if a later check rejects it. */
export type MetRij<T> = T & { rij: number };
export type CasusBestandRij = MetRij<Casus> | MetRij<Episode> | MetRij<Kosten>;

export interface CasusResultaat extends ImportResultaat<CasusBestandRij> {
  tabel: CasusTabel;
  /** Set when the headers differ from the contract and no confirmed mapping was given. */
  koppelingNodig: KoppelingVoorstel | null;
}

export interface CasusOpties extends ParseOpties {
  tabel?: CasusTabel;
  /** User-confirmed mapping (contract column → header in the file). */
  kolomkoppeling?: Kolomkoppeling;
  /**
   * Accepted rows as contract CSV (RijVerwerker.neemCsv) instead of objects: for the import
   * worker, whose rows go to DuckDB. A line of the file that already is the row's contract line
   * goes on as it is (ContractCsv).
   */
  regels?: boolean;
}

/** Decimal separator of a file's amounts: the majority form; ties and no decimals → '.'. */
export function herkenDecimaal(waarden: string[]): ',' | '.' {
  let komma = 0;
  let punt = 0;
  for (const w of waarden) {
    if (/^-?\d+,\d{1,2}$/.test(w.trim())) komma++;
    else if (/^-?\d+\.\d{1,2}$/.test(w.trim())) punt++;
  }
  return komma > punt ? ',' : '.';
}

const MOGELIJK_HTML = /[<:=]/;

/** Amounts looked at before the file's decimal mark is fixed (rows in the other form are rejected). */
const DECIMAAL_PROEF = 1000;

/** Codes of a key part (domein, categorie) as one number below this. */
const CODES = 64;

/**
 * The part of an episode's key (domein, begin) or a cost row's key (begin, einde, domein,
 * categorie) after the case id, as one exact number: day numbers are below 2^22, so the most
 * it takes is 22 + 22 + 6 bits, within a double's 53.
 */
function sleutelRest(begin: string, code: number, einde?: string): number {
  const dagen = einde === undefined ? dagnummer(begin) : dagnummer(begin) * 2 ** 22 + dagnummer(einde);
  return dagen * CODES + code;
}

/**
 * A case's keys (sleutelRest) with the row each came from. Most cases have a handful of rows: a flat
 * array [key, row, key, row, …] searched in order is far lighter than a Map per case (100.000 cases
 * made as many Maps, and garbage collection was a quarter of the reading time). A case with more
 * than SLEUTELS_LIJST_MAX rows gets a Map.
 */
type Sleutels = number[] | Map<number, number>;
const SLEUTELS_LIJST_MAX = 32;

function zoekSleutel(s: Sleutels, sleutel: number): number | undefined {
  if (!Array.isArray(s)) return s.get(sleutel);
  for (let i = 0; i < s.length; i += 2) if (s[i] === sleutel) return s[i + 1];
  return undefined;
}

/** `s` with a key not yet in it: the same list or Map, or a Map once the list is full. */
function metSleutel(s: Sleutels, sleutel: number, rij: number): Sleutels {
  if (!Array.isArray(s)) return s.set(sleutel, rij);
  if (s.length < 2 * SLEUTELS_LIJST_MAX) {
    s.push(sleutel, rij);
    return s;
  }
  const m = new Map<number, number>();
  for (let i = 0; i < s.length; i += 2) m.set(s[i], s[i + 1]);
  return m.set(sleutel, rij);
}

/**
 * Accepted rows as contract CSV text in file order. Consecutive lines of the file that already are
 * their rows' contract lines go on as one slice of the text read; other rows are written anew.
 * (Writing every row anew, and joining and encoding a string per row, was a third of the worker's time.)
 */
class ContractCsv {
  private delen: string[] = [];
  private ids: string[] = [];
  private rij: number[] = [];
  /** the open run of unchanged lines: stuk.slice(van, tot) of piece nr */
  private stuk = '';
  private nr = -1;
  private van = 0;
  private tot = 0;

  constructor(private schrijf: (r: CasusBestandRij) => string) {}

  /** `plek` null: the row is written anew. */
  voeg(r: CasusBestandRij, plek: RegelPlek | null): void {
    this.ids.push(r.casus_id);
    this.rij.push(r.rij);
    if (plek && plek.nr === this.nr && plek.van === this.tot + 1) {
      this.tot = plek.tot;
      return;
    }
    this.sluit();
    if (plek) {
      this.stuk = plek.stuk;
      this.nr = plek.nr;
      this.van = plek.van;
      this.tot = plek.tot;
    } else this.delen.push(this.schrijf(r));
  }

  private sluit(): void {
    if (this.nr < 0) return;
    this.delen.push(this.stuk.slice(this.van, this.tot), '\n');
    this.nr = -1;
    this.stuk = '';
  }

  neem(): CsvStuk | null {
    this.sluit();
    if (!this.ids.length) return null;
    // the parts stay apart: joining them copied every piece once more (naarUtf8 writes them straight into bytes)
    const uit = { delen: this.delen, ids: this.ids, rij: new Int32Array(this.rij) };
    this.delen = [];
    this.ids = [];
    this.rij = [];
    return uit;
  }
}

const SCHRIJVER: Record<CasusTabel, (r: CasusBestandRij) => string> = {
  casus: casusRegel as (r: CasusBestandRij) => string,
  episode: episodeRegel as (r: CasusBestandRij) => string,
  kosten: kostenRegel as (r: CasusBestandRij) => string,
};

export class CasusVerwerker extends Verwerker<CasusBestandRij> {
  private koppen: string[] | null = null;
  private idx: Record<string, number> = {};
  private tabel: CasusTabel;
  private koppelingNodig: KoppelingVoorstel | null = null;
  /**
   * Keys seen in this file → record number. Per case id the rest of each key as a number (see
   * sleutelRest, Sleutels): a few hundred thousand text keys made up per row were the reader's main cost.
   */
  private sleutels = new Map<string, number | Sleutels>();
  private vorigeId: string | null = null;
  private vorigeSleutels: Sleutels | undefined;
  private decimaal: ',' | '.' | null = null;
  /** The options handed to the row rules; the same object for every row of the file once the decimal mark is known. */
  private rijOpties: ValideerOpties = {};
  /** Contract column → index in the record (-1: not in the file), fixed by the header. */
  private kolommen: { naam: string; i: number }[] = [];
  /** The contract row handed to the rules, refilled for every record (the rules keep no reference to it). */
  private cellen: Record<string, string> = {};
  private proef: { velden: string[]; rijNr: number; plek: RegelPlek | null }[] = [];
  /** Columns in the contract's order, none more: a line may then be its contract CSV line. */
  private zoalsContract = false;
  /** The accepted rows as contract CSV (opties.regels), fixed with the table by the header. */
  private csv: ContractCsv | null = null;

  constructor(private opties: CasusOpties) {
    super(new Basis<CasusBestandRij>(opties, 'casus'));
    this.tabel = opties.tabel ?? 'casus';
  }

  private kop(velden: string[], rijNr: number): void {
    const koppen = velden.map((x) => x.trim());
    this.koppen = koppen;
    const voorstel = stelKoppelingVoor(koppen, this.opties.tabel);
    this.tabel = voorstel.tabel;
    const koppeling = this.opties.kolomkoppeling ?? (voorstel.exact || (voorstel.ontbrekend.length === 0 && voorstel.overig.length === 0 && this.sameAsContract(voorstel)) ? voorstel.koppeling : null);
    if (!koppeling) {
      this.koppelingNodig = voorstel;
      const tabel = voorstel.tabel;
      const reden = voorstel.ontbrekend.length ? melding('imp_m_kop_contract_mist', { tabel, mist: voorstel.ontbrekend.join(', ') }) : melding('imp_m_kop_contract', { tabel });
      this.v.fataal(rijNr, null, null, reden);
      return;
    }
    this.idx = pasKoppelingToe(koppen, koppeling, this.tabel);
    const mist = CONTRACT_KOLOMMEN[this.tabel].filter((c) => c.verplicht && this.idx[c.naam] < 0).map((c) => c.naam);
    if (mist.length) return this.v.fataal(rijNr, mist[0], null, melding('imp_m_verplicht_tabel', { kolom: mist.join("', '"), tabel: this.tabel }));
    const gebruikt = new Set(Object.values(this.idx));
    const over = koppen.filter((_, i) => !gebruikt.has(i));
    if (over.length) this.v.waarschuw(melding('imp_m_niet_in_contract', { kolommen: over.map((k) => `'${kort(k, 30)}'`).join(', ') }));
    this.kolommen = CONTRACT_KOLOMMEN[this.tabel].map((c) => ({ naam: c.naam, i: this.idx[c.naam] }));
    this.zoalsContract = koppen.length === this.kolommen.length && this.kolommen.every((k, i) => k.i === i);
    if (this.opties.regels) this.csv = new ContractCsv(SCHRIJVER[this.tabel]);
    if (this.tabel !== 'kosten') this.zetDecimaal('.');
  }

  private zetDecimaal(d: ',' | '.'): void {
    this.decimaal = d;
    this.rijOpties = { bestand: this.opties.bestand, decimaal: d };
  }

  private sameAsContract(v: KoppelingVoorstel): boolean {
    return Object.entries(v.koppeling).every(([d, b]) => b === null || b.trim().toLowerCase() === d);
  }

  rij(velden: string[], rijNr: number, plek?: RegelPlek): void {
    const b = this.v;
    if (b.gestopt || velden.every((x) => x.trim() === '')) return;
    if (!this.koppen) return this.kop(velden, rijNr);
    b.gelezen++;
    if (velden.length !== this.koppen.length) {
      b.verkeerdAantal(rijNr, velden, this.koppen.length);
      return;
    }
    // The decimal mark is the majority form of the first amounts; until it is known, rows wait.
    if (this.decimaal === null) {
      // the piece is read on meanwhile: keep this line's place in a copy (the caller reuses plek)
      this.proef.push({ velden, rijNr, plek: plek ? { ...plek } : null });
      if (this.proef.length >= DECIMAAL_PROEF) this.leegProef();
      return;
    }
    this.verwerk(velden, rijNr, plek ?? null);
  }

  private leegProef(): void {
    const i = this.idx.bedrag_eur;
    this.zetDecimaal(herkenDecimaal(this.proef.map((p) => p.velden[i] ?? '')));
    for (const p of this.proef) this.verwerk(p.velden, p.rijNr, p.plek);
    this.proef = [];
  }

  /** Contract column → cell of the file ('' when the column is not mapped); HTML-like text is flagged. */
  private ruw(velden: string[], rijNr: number): Record<string, string> {
    const r = this.cellen;
    for (const { naam, i } of this.kolommen) {
      const w = i >= 0 ? velden[i] : '';
      // Only text with '<', ':' or '=' can look like HTML: skip the check for plain cells.
      if (MOGELIJK_HTML.test(w)) this.v.controleerHtml(rijNr, this.kolNaam(naam), w.trim());
      r[naam] = w;
    }
    return r;
  }

  private kolNaam(naam: string): string {
    const i = this.idx[naam];
    return i >= 0 && this.koppen ? this.koppen[i] : naam;
  }

  private afwijzen(rijNr: number, naam: string, waarde: string, reden: Melding): void {
    this.v.afwijzen(rijNr, this.kolNaam(naam), waarde, reden);
  }

  /**
   * Rejects the row when its key (case id, and for episodes and costs `rest`, see sleutelRest) was
   * seen before in this file (the first row is kept).
   */
  private uniek(casusId: string, rest: number | null, rijNr: number, naam: string, waarde: string): boolean {
    // a case's rows mostly follow each other: its keys are then at hand without a lookup by id
    const perCasus = rest !== null && casusId === this.vorigeId ? this.vorigeSleutels : this.sleutels.get(casusId);
    let eerder: number | undefined;
    if (rest === null) eerder = perCasus as number | undefined;
    else if (perCasus === undefined) {
      this.vorigeSleutels = [rest, rijNr];
      this.sleutels.set(casusId, this.vorigeSleutels);
      this.vorigeId = casusId;
    } else {
      const m = perCasus as Sleutels;
      this.vorigeId = casusId;
      eerder = zoekSleutel(m, rest);
      const na = eerder === undefined ? metSleutel(m, rest, rijNr) : m;
      if (na !== m) this.sleutels.set(casusId, na);
      this.vorigeSleutels = na;
    }
    if (eerder !== undefined) {
      this.afwijzen(rijNr, naam, waarde, melding('imp_m_dubbel_rij', { rij: eerder }));
      return false;
    }
    if (rest === null) this.sleutels.set(casusId, rijNr);
    return true;
  }

  /** A gemeente by CBS code or name → its code (when a gemeente list is given); null when rejected. */
  private gemeente(ruw: Record<string, string>, rijNr: number): string | null {
    const w = ruw.gemeente_code.trim();
    const alsCode = /^GM\d{4}$/i.test(w);
    // a code of the wrong form ('GM05') is left to valideerCasus, whose message names the form
    if (this.v.opzoeking.leeg || w === '' || (!alsCode && /^GM/i.test(w))) return w;
    const t = alsCode ? this.v.opzoeking.zoekCode(w) : this.v.opzoeking.zoekNaam(w);
    if (t.soort !== 'gemeente') {
      if (t.soort !== 'geen-gemeente' && t.soort !== 'nederland') this.v.onbekend.add(w);
      this.afwijzen(rijNr, 'gemeente_code', w, melding(t.soort === 'onbekend' ? 'imp_m_onbekende_gemeente_code' : 'imp_m_geen_gemeente'));
      return null;
    }
    if (t.opgeheven) this.v.waarschuw(t.opgeheven, rijNr);
    return t.code;
  }

  /**
   * True when every cell of the file is its checked value as the contract CSV holds it: text
   * unchanged, empty for null, a number that reads as the same number (`12.5` for `12.50`, which
   * DuckDB reads the same). Then the file's line is the row's contract line. A trimmed, converted
   * or looked-up cell (a decimal comma, DD-MM-YYYY, a gemeente by name) makes it false.
   */
  private ongewijzigd(r: Casus | Episode | Kosten, velden: string[]): boolean {
    const rec = r as unknown as Record<string, string | number | null>;
    for (let i = 0; i < this.kolommen.length; i++) {
      const w = rec[this.kolommen[i].naam];
      const cel = velden[i];
      if (typeof w === 'number' ? Number(cel) !== w || cel.trim() !== cel : (w ?? '') !== cel) return false;
    }
    return true;
  }

  private verwerk(velden: string[], rijNr: number, plek: RegelPlek | null): void {
    const b = this.v;
    const ruw = this.ruw(velden, rijNr);
    const opt = this.rijOpties;
    let v: RijResultaat<Casus | Episode | Kosten>;
    if (this.tabel === 'casus') {
      const code = this.gemeente(ruw, rijNr);
      if (code === null) return;
      ruw.gemeente_code = code;
      v = valideerCasus(ruw, rijNr, opt);
    } else v = this.tabel === 'episode' ? valideerEpisode(ruw, rijNr, opt) : valideerKosten(ruw, rijNr, opt);
    if (!v.ok) {
      for (const f of v.fouten) this.afwijzen(rijNr, f.kolom, f.waarde, f.reden);
      return;
    }
    const r = v.rij;
    if ('gemeente_code' in r) {
      if (!this.uniek(r.casus_id, null, rijNr, 'casus_id', r.casus_id)) return;
      b.gemeenten.add(r.gemeente_code);
    } else if ('toestand' in r) {
      if (!this.uniek(r.casus_id, sleutelRest(r.begin, r.domein === 'zorg' ? 1 : 0), rijNr, 'begin', r.begin)) return;
      b.perioden.add(r.begin.slice(0, 4));
      b.indicatoren.add(r.toestand);
    } else {
      const code = DOMEIN_KOSTEN.indexOf(r.domein) * CATEGORIE.length + CATEGORIE.indexOf(r.categorie);
      if (!this.uniek(r.casus_id, sleutelRest(r.begin, code, r.einde), rijNr, 'casus_id', r.casus_id)) return;
      b.perioden.add(r.begin.slice(0, 4));
      b.indicatoren.add(r.categorie);
    }
    // The row object is new (made by the validator): add the line number without copying it.
    (r as CasusBestandRij).rij = rijNr;
    if (this.csv) this.csv.voeg(r as CasusBestandRij, plek && this.zoalsContract && this.ongewijzigd(r, velden) ? plek : null);
    else b.rijen.push(r as CasusBestandRij);
  }

  neemCsv(): CsvStuk | null {
    return this.v.gestopt ? null : (this.csv?.neem() ?? null);
  }

  afronden(): CasusResultaat {
    if (!this.koppen && !this.v.gestopt) this.v.fataal(null, null, null, melding('imp_m_leeg_bestand'));
    if (this.proef.length) this.leegProef();
    return { ...this.v.resultaat(), tabel: this.tabel, koppelingNodig: this.koppelingNodig };
  }
}

export interface CasusBestanden {
  casus: MetRij<Casus>[];
  episodes: MetRij<Episode>[];
  kosten: MetRij<Kosten>[];
  afgewezen: Afwijzing[];
  waarschuwingen: Bericht[];
}

/** What the check across files needs of one read file: its table and per accepted row the case id and record number. */
export interface CasusSleutels {
  bestand: string;
  tabel: CasusTabel;
  ids: ArrayLike<string>;
  rij: ArrayLike<number>;
}

/**
 * The files of one upload against each other: rows of a case that is not exactly once in the
 * casus files cannot be placed, so they are rejected by name instead of dropped. Returns those
 * rejections, the case ids whose rows are left out (`weg`) and the rows kept per table.
 */
export function kruiscontrole(bestanden: CasusSleutels[]): { afgewezen: Afwijzing[]; weg: Set<string>; aantallen: Record<CasusTabel, number> } {
  const afgewezen: Afwijzing[] = [];
  const weg = new Set<string>();
  // Within a file a repeated casus_id is already rejected; here the same case in two casus files.
  const aantal = new Map<string, number>();
  for (const b of bestanden.filter((x) => x.tabel === 'casus'))
    for (let i = 0; i < b.ids.length; i++) {
      const id = b.ids[i];
      const n = (aantal.get(id) ?? 0) + 1;
      aantal.set(id, n);
      if (n === 2) {
        weg.add(id);
        afgewezen.push(afwijzing(b.bestand, b.rij[i], 'casus_id', id, melding('imp_m_casus_dubbel', { id })));
      }
    }
  for (const b of bestanden.filter((x) => x.tabel !== 'casus'))
    for (let i = 0; i < b.ids.length; i++) {
      const id = b.ids[i];
      if (aantal.get(id) === 1) continue;
      weg.add(id);
      afgewezen.push(afwijzing(b.bestand, b.rij[i], 'casus_id', id, melding('imp_m_casus_ontbreekt', { id })));
    }
  const aantallen = { casus: 0, episode: 0, kosten: 0 };
  for (const b of bestanden) for (let i = 0; i < b.ids.length; i++) if (!weg.has(b.ids[i])) aantallen[b.tabel]++;
  return { afgewezen, weg, aantallen };
}

/** The files of one upload together (kruiscontrole), as row objects. */
export function voegCasusBestandenSamen(resultaten: (CasusResultaat | ImportResultaat<unknown>)[]): CasusBestanden {
  const uit: CasusBestanden = { casus: [], episodes: [], kosten: [], afgewezen: [], waarschuwingen: [] };
  for (const r of resultaten) {
    uit.afgewezen.push(...r.afgewezen);
    uit.waarschuwingen.push(...r.waarschuwingen);
  }
  // a refused file (also one that is not a case file at all) adds only its reasons
  const gelezen = resultaten.filter((r): r is CasusResultaat => r.formaat === 'casus' && r.fout === null);
  const k = kruiscontrole(gelezen.map((r) => ({ bestand: r.bestand, tabel: r.tabel, ids: r.rijen.map((x) => x.casus_id), rij: r.rijen.map((x) => x.rij) })));
  uit.afgewezen.push(...k.afgewezen);
  for (const r of gelezen) {
    const doel = (r.tabel === 'casus' ? uit.casus : r.tabel === 'episode' ? uit.episodes : uit.kosten) as CasusBestandRij[];
    for (const x of r.rijen) if (!k.weg.has(x.casus_id)) doel.push(x);
  }
  return uit;
}
