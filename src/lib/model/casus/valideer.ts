/**
 * Pure row validation for the case data contract. Input is one parsed CSV row as strings
 * (header → value); output is a typed row or a list of Dutch errors naming file, row, column
 * and value, so the importer can keep every rejected row with its reason.
 */
import { CATEGORIE, DATUM_KWALITEIT, DOMEIN_EPISODE, DOMEIN_KOSTEN, GESLACHT, HERKOMST, KWALITEIT, ONDERWIJSSOORT, TOESTAND_PER_DOMEIN } from './contract.ts';
import type { Casus, Dataset, Episode, Kosten } from './contract.ts';
import { melding as m, meldingTekst, type Melding } from '../../import/melding.ts';

export interface Fout {
  bestand?: string;
  /** 1-based data row number (header not counted) */
  rij: number;
  kolom: string;
  waarde: string;
  /** Why, as a message of the one dictionary (shown in the UI language). */
  reden: Melding;
  /** The same in Dutch. */
  melding: string;
}

export type Resultaat<T> = { ok: true; rij: T } | { ok: false; fouten: Fout[] };

export interface ValideerOpties {
  bestand?: string;
  /** decimal separator of the file (detected per file by the importer); default '.' */
  decimaal?: ',' | '.';
}

type Ruw = Record<string, string | undefined>;

/** Collects errors for one row. */
class Controle {
  fouten: Fout[] = [];
  constructor(
    private readonly ruw: Ruw,
    private readonly rij: number,
    private readonly bestand?: string,
  ) {}
  waarde(kolom: string): string {
    return (this.ruw[kolom] ?? '').trim();
  }
  fout(kolom: string, reden: Melding): void {
    this.fouten.push({ bestand: this.bestand, rij: this.rij, kolom, waarde: this.waarde(kolom), reden, melding: meldingTekst('nl', reden) });
  }
  verplicht(kolom: string): string {
    const w = this.waarde(kolom);
    if (w === '') this.fout(kolom, m('imp_m_kolom_leeg', { kolom }));
    return w;
  }
  code<T extends string>(kolom: string, lijst: readonly T[], leegMag = false): T | null {
    const w = this.waarde(kolom);
    if (w === '') {
      if (!leegMag) this.fout(kolom, m('imp_m_kolom_leeg', { kolom }));
      return null;
    }
    if (!(lijst as readonly string[]).includes(w)) {
      this.fout(kolom, m('imp_m_onbekende_code', { waarde: w, kolom, lijst: lijst.join(', ') }));
      return null;
    }
    return w as T;
  }
  datum(kolom: string, leegMag = false): string | null {
    const w = this.waarde(kolom);
    if (w === '') {
      if (!leegMag) this.fout(kolom, m('imp_m_kolom_leeg', { kolom }));
      return null;
    }
    const iso = parseDatum(w);
    if (iso === null) this.fout(kolom, m('imp_m_datum', { waarde: w, kolom }));
    return iso;
  }
}

const DAGEN_IN_MAAND = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number in s[van, van + n) when all n characters are digits 0-9, else -1. */
function cijfers(s: string, van: number, n: number): number {
  let x = 0;
  for (let i = van; i < van + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    x = x * 10 + c;
  }
  return x;
}

/**
 * Accepts `YYYY-MM-DD` or `DD-MM-YYYY`; returns ISO or null when not a real calendar date (years
 * from 100 on, as JavaScript dates read them). Checked by character codes and arithmetic, without
 * a regex or a Date object: it runs for every date of a file of millions of rows.
 */
export function parseDatum(s: string): string | null {
  if (s.length !== 10) return null;
  const iso = s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45; // YYYY-MM-DD
  if (!iso && !(s.charCodeAt(2) === 45 && s.charCodeAt(5) === 45)) return null; // DD-MM-YYYY
  const y = iso ? cijfers(s, 0, 4) : cijfers(s, 6, 4);
  const m = iso ? cijfers(s, 5, 2) : cijfers(s, 3, 2);
  const d = iso ? cijfers(s, 8, 2) : cijfers(s, 0, 2);
  const schrikkel = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  if (y < 100 || m < 1 || m > 12 || d < 1 || d > (m === 2 && schrikkel ? 29 : DAGEN_IN_MAAND[m - 1])) return null;
  return iso ? s : `${s.slice(6)}-${s.slice(3, 5)}-${s.slice(0, 2)}`;
}

/** A date parseDatum returned (ISO) as a day count that orders and compares like the date; a number key is cheaper than text. */
export function dagnummer(iso: string): number {
  return (cijfers(iso, 0, 4) * 12 + cijfers(iso, 5, 2) - 1) * 31 + cijfers(iso, 8, 2) - 1;
}

const BEDRAG_KOMMA = /^-?\d+(,\d{1,2})?$/;
const BEDRAG_PUNT = /^-?\d+(\.\d{1,2})?$/;

/** Parses an amount with the file's decimal separator; thousands separators are rejected. */
export function parseBedrag(s: string, decimaal: ',' | '.'): number | null {
  if (!(decimaal === ',' ? BEDRAG_KOMMA : BEDRAG_PUNT).test(s)) return null;
  return Number(decimaal === ',' ? s.replace(',', '.') : s);
}

function klaar<T>(c: Controle, maak: () => T): Resultaat<T> {
  return c.fouten.length ? { ok: false, fouten: c.fouten } : { ok: true, rij: maak() };
}

export function valideerDataset(ruw: Ruw, rij: number, opt: ValideerOpties = {}): Resultaat<Dataset> {
  const c = new Controle(ruw, rij, opt.bestand);
  const id = c.verplicht('dataset_id');
  if (id.includes(':')) c.fout('dataset_id', m('imp_m_dataset_id'));
  const naam = c.verplicht('naam');
  const herkomst = c.code('herkomst', HERKOMST);
  const bron = c.verplicht('bron');
  const v = c.verplicht('contractversie');
  if (v !== '' && !/^\d+$/.test(v)) c.fout('contractversie', m('imp_m_contractversie', { waarde: v }));
  return klaar(c, () => ({ dataset_id: id, naam, herkomst: herkomst!, bron, contractversie: Number(v) }));
}

export function valideerCasus(ruw: Ruw, rij: number, opt: ValideerOpties = {}): Resultaat<Casus> {
  const c = new Controle(ruw, rij, opt.bestand);
  const id = c.verplicht('casus_id');
  const gm = c.verplicht('gemeente_code');
  if (gm !== '' && !/^GM\d{4}$/.test(gm)) c.fout('gemeente_code', m('imp_m_gemeentecode_vorm', { code: gm }));
  const gj = c.waarde('geboortejaar');
  let geboortejaar: number | null = null;
  if (gj !== '') {
    if (!/^\d{4}$/.test(gj)) c.fout('geboortejaar', m('imp_m_geboortejaar', { jaar: gj }));
    else geboortejaar = Number(gj);
  }
  const geslacht = c.code('geslacht', GESLACHT, true);
  return klaar(c, () => ({ casus_id: id, gemeente_code: gm, geboortejaar, geslacht }));
}

export function valideerEpisode(ruw: Ruw, rij: number, opt: ValideerOpties = {}): Resultaat<Episode> {
  const c = new Controle(ruw, rij, opt.bestand);
  const id = c.verplicht('casus_id');
  const domein = c.code('domein', DOMEIN_EPISODE);
  const toestand = domein ? c.code('toestand', TOESTAND_PER_DOMEIN[domein] as readonly string[]) : null;
  if (!domein) c.verplicht('toestand');
  const soort = c.code('onderwijssoort', ONDERWIJSSOORT, true);
  if (soort && domein === 'zorg') c.fout('onderwijssoort', m('imp_m_onderwijssoort'));
  const begin = c.datum('begin');
  const einde = c.datum('einde', true);
  if (begin && einde && einde <= begin) c.fout('einde', m('imp_m_einde', { einde, begin }));
  const dk = c.code('datum_kwaliteit', DATUM_KWALITEIT);
  return klaar(c, () => ({
    casus_id: id,
    domein: domein!,
    toestand: toestand as Episode['toestand'],
    onderwijssoort: soort,
    begin: begin!,
    einde,
    datum_kwaliteit: dk!,
  }));
}

export function valideerKosten(ruw: Ruw, rij: number, opt: ValideerOpties = {}): Resultaat<Kosten> {
  const c = new Controle(ruw, rij, opt.bestand);
  const id = c.verplicht('casus_id');
  const begin = c.datum('begin');
  const einde = c.datum('einde');
  if (begin && einde && einde <= begin) c.fout('einde', m('imp_m_einde', { einde, begin }));
  const domein = c.code('domein', DOMEIN_KOSTEN);
  const cat = c.code('categorie', CATEGORIE);
  const b = c.verplicht('bedrag_eur');
  const dec = opt.decimaal ?? '.';
  const bedrag = b === '' ? null : parseBedrag(b, dec);
  if (b !== '' && bedrag === null)
    c.fout('bedrag_eur', m(dec === ',' ? 'imp_m_bedrag_komma' : 'imp_m_bedrag_punt', { bedrag: b }));
  const kw = c.code('kwaliteit', KWALITEIT);
  return klaar(c, () => ({ casus_id: id, begin: begin!, einde: einde!, domein: domein!, categorie: cat!, bedrag_eur: bedrag!, kwaliteit: kw! }));
}
