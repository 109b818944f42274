/**
 * Pure row validation for the case data contract. Input is one parsed CSV row as strings
 * (header → value); output is a typed row or a list of Dutch errors naming file, row, column
 * and value, so the importer can keep every rejected row with its reason.
 */
import { CATEGORIE, DATUM_KWALITEIT, DOMEIN_EPISODE, DOMEIN_KOSTEN, GESLACHT, HERKOMST, KWALITEIT, ONDERWIJSSOORT, TOESTAND_PER_DOMEIN } from './contract.ts';
import type { Casus, Dataset, Episode, Kosten } from './contract.ts';

export interface Fout {
  bestand?: string;
  /** 1-based data row number (header not counted) */
  rij: number;
  kolom: string;
  waarde: string;
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
  fout(kolom: string, melding: string): void {
    this.fouten.push({ bestand: this.bestand, rij: this.rij, kolom, waarde: this.waarde(kolom), melding });
  }
  verplicht(kolom: string): string {
    const w = this.waarde(kolom);
    if (w === '') this.fout(kolom, `kolom '${kolom}' is leeg of ontbreekt`);
    return w;
  }
  code<T extends string>(kolom: string, lijst: readonly T[], leegMag = false): T | null {
    const w = this.waarde(kolom);
    if (w === '') {
      if (!leegMag) this.fout(kolom, `kolom '${kolom}' is leeg of ontbreekt`);
      return null;
    }
    if (!(lijst as readonly string[]).includes(w)) {
      this.fout(kolom, `onbekende code '${w}' in kolom '${kolom}'; toegestaan: ${lijst.join(', ')}`);
      return null;
    }
    return w as T;
  }
  datum(kolom: string, leegMag = false): string | null {
    const w = this.waarde(kolom);
    if (w === '') {
      if (!leegMag) this.fout(kolom, `kolom '${kolom}' is leeg of ontbreekt`);
      return null;
    }
    const iso = parseDatum(w);
    if (iso === null) this.fout(kolom, `'${w}' in kolom '${kolom}' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ)`);
    return iso;
  }
}

/** Accepts `YYYY-MM-DD` or `DD-MM-YYYY`; returns ISO or null when not a real calendar date. */
export function parseDatum(s: string): string | null {
  let y: number, m: number, d: number;
  let r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (r) [y, m, d] = [+r[1], +r[2], +r[3]];
  else if ((r = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s))) [d, m, y] = [+r[1], +r[2], +r[3]];
  else return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses an amount with the file's decimal separator; thousands separators are rejected. */
export function parseBedrag(s: string, decimaal: ',' | '.'): number | null {
  const re = decimaal === ',' ? /^-?\d+(,\d{1,2})?$/ : /^-?\d+(\.\d{1,2})?$/;
  if (!re.test(s)) return null;
  return Number(decimaal === ',' ? s.replace(',', '.') : s);
}

function klaar<T>(c: Controle, maak: () => T): Resultaat<T> {
  return c.fouten.length ? { ok: false, fouten: c.fouten } : { ok: true, rij: maak() };
}

export function valideerDataset(ruw: Ruw, rij: number, opt: ValideerOpties = {}): Resultaat<Dataset> {
  const c = new Controle(ruw, rij, opt.bestand);
  const id = c.verplicht('dataset_id');
  if (id.includes(':')) c.fout('dataset_id', "dataset_id mag geen ':' bevatten (het scheidt dataset en casus)");
  const naam = c.verplicht('naam');
  const herkomst = c.code('herkomst', HERKOMST);
  const bron = c.verplicht('bron');
  const v = c.verplicht('contractversie');
  if (v !== '' && !/^\d+$/.test(v)) c.fout('contractversie', `contractversie '${v}' is geen geheel getal`);
  return klaar(c, () => ({ dataset_id: id, naam, herkomst: herkomst!, bron, contractversie: Number(v) }));
}

export function valideerCasus(ruw: Ruw, rij: number, opt: ValideerOpties = {}): Resultaat<Casus> {
  const c = new Controle(ruw, rij, opt.bestand);
  const id = c.verplicht('casus_id');
  const gm = c.verplicht('gemeente_code');
  if (gm !== '' && !/^GM\d{4}$/.test(gm)) c.fout('gemeente_code', `gemeentecode '${gm}' heeft niet de vorm GM + 4 cijfers`);
  const gj = c.waarde('geboortejaar');
  let geboortejaar: number | null = null;
  if (gj !== '') {
    if (!/^\d{4}$/.test(gj)) c.fout('geboortejaar', `geboortejaar '${gj}' is geen jaartal (alleen het jaar, vier cijfers)`);
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
  if (soort && domein === 'zorg') c.fout('onderwijssoort', 'onderwijssoort hoort alleen bij episodes in het domein onderwijs');
  const begin = c.datum('begin');
  const einde = c.datum('einde', true);
  if (begin && einde && einde <= begin) c.fout('einde', `einde ${einde} ligt niet na begin ${begin} (einde telt niet mee)`);
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
  if (begin && einde && einde <= begin) c.fout('einde', `einde ${einde} ligt niet na begin ${begin} (einde telt niet mee)`);
  const domein = c.code('domein', DOMEIN_KOSTEN);
  const cat = c.code('categorie', CATEGORIE);
  const b = c.verplicht('bedrag_eur');
  const dec = opt.decimaal ?? '.';
  const bedrag = b === '' ? null : parseBedrag(b, dec);
  if (b !== '' && bedrag === null)
    c.fout('bedrag_eur', `bedrag '${b}' is geen bedrag in euro's met decimaal${dec === ',' ? 'komma' : 'punt'} en hooguit 2 decimalen`);
  const kw = c.code('kwaliteit', KWALITEIT);
  return klaar(c, () => ({ casus_id: id, begin: begin!, einde: einde!, domein: domein!, categorie: cat!, bedrag_eur: bedrag!, kwaliteit: kw! }));
}
