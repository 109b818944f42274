// Case files in the casusdata contract (docs/casusdata.md, version 1): one table per file
// (casus, episode or kosten), `;` or `,`, decimal comma or point per file, dates YYYY-MM-DD or DD-MM-YYYY.
import type { ImportResultaat, ParseOpties } from './typen.ts';
import { Basis, type RijVerwerker } from './verzamelaar.ts';
import { CONTRACT_KOLOMMEN, pasKoppelingToe, stelKoppelingVoor, type CasusTabel, type Kolomkoppeling, type KoppelingVoorstel } from './koppeling.ts';
import { kort } from './detectie.ts';

export interface CasusRij {
  casus_id: string;
  gemeente_code: string;
  geboortejaar: number | null;
  geslacht: 'm' | 'v' | 'x' | null;
}
export interface EpisodeRij {
  casus_id: string;
  domein: 'onderwijs' | 'zorg';
  toestand: string;
  onderwijssoort: string | null;
  begin: string; // YYYY-MM-DD
  einde: string | null;
  datum_kwaliteit: 'exact' | 'maand' | 'geschat';
}
export interface KostenRij {
  casus_id: string;
  begin: string;
  einde: string;
  domein: 'jeugdzorg' | 'onderwijs';
  categorie: string;
  bedrag_eur: number;
  kwaliteit: 'exact' | 'toegerekend' | 'geschat';
}
export type CasusBestandRij = CasusRij | EpisodeRij | KostenRij;

export interface CasusResultaat extends ImportResultaat<CasusBestandRij> {
  tabel: CasusTabel;
  /** Set when the headers differ from the contract and no confirmed mapping was given. */
  koppelingNodig: KoppelingVoorstel | null;
}

export interface CasusOpties extends ParseOpties {
  tabel?: CasusTabel;
  /** User-confirmed mapping (contract column → header in the file). */
  kolomkoppeling?: Kolomkoppeling;
}

export const TOESTANDEN = {
  onderwijs: ['INGESCHREVEN', 'GEDEELTELIJK_VERZUIM', 'VOLLEDIG_VERZUIM', 'NIET_INGESCHREVEN', 'VRIJSTELLING', 'OOV', 'STAGE_WERK', 'UITGESTROOMD'],
  zorg: ['GEEN', 'WACHTLIJST', 'AMBULANT', 'DAGBESTEDING', 'KOLB', 'SPECIALISTISCH', 'VERBLIJF'],
} as const;
export const ONDERWIJSSOORTEN = ['PO', 'SBO', 'SO', 'VO', 'VSO', 'PRO', 'MBO', 'HB'];
export const CATEGORIEEN = ['ambulant', 'dagbesteding', 'kolb', 'specialistisch', 'verblijf', 'wijkteam', 'onderwijs_regulier', 'onderwijs_speciaal', 'overig'];
const DATUM_KWALITEIT = ['exact', 'maand', 'geschat'];
const KOSTEN_KWALITEIT = ['exact', 'toegerekend', 'geschat'];

/** YYYY-MM-DD or DD-MM-YYYY → YYYY-MM-DD, or null when not a real date in that form. */
export function leesDatum(ruw: string): string | null {
  const s = ruw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  let j: number, mnd: number, d: number;
  if (m) [j, mnd, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s);
    if (!m) return null;
    [d, mnd, j] = [Number(m[1]), Number(m[2]), Number(m[3])];
  }
  const dt = new Date(Date.UTC(j, mnd - 1, d));
  if (dt.getUTCFullYear() !== j || dt.getUTCMonth() !== mnd - 1 || dt.getUTCDate() !== d) return null;
  return `${String(j).padStart(4, '0')}-${String(mnd).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

class Afgewezen extends Error {}

export class CasusVerwerker implements RijVerwerker<CasusBestandRij> {
  private b: Basis<CasusBestandRij>;
  private koppen: string[] | null = null;
  private idx: Record<string, number> = {};
  private tabel: CasusTabel;
  private koppelingNodig: KoppelingVoorstel | null = null;
  private sleutels = new Map<string, number>();

  constructor(private opties: CasusOpties) {
    this.b = new Basis<CasusBestandRij>(opties, 'casus');
    this.tabel = opties.tabel ?? 'casus';
  }

  get gestopt(): boolean {
    return this.b.gestopt;
  }

  neemRijen(): CasusBestandRij[] {
    return this.b.neemRijen();
  }

  private kop(velden: string[], rijNr: number): void {
    const koppen = velden.map((x) => x.trim());
    this.koppen = koppen;
    const voorstel = stelKoppelingVoor(koppen, this.opties.tabel);
    this.tabel = voorstel.tabel;
    const koppeling = this.opties.kolomkoppeling ?? (voorstel.exact || (voorstel.ontbrekend.length === 0 && voorstel.overig.length === 0 && this.sameAsContract(voorstel)) ? voorstel.koppeling : null);
    if (!koppeling) {
      this.koppelingNodig = voorstel;
      this.b.fataal(rijNr, null, null, `kopregel wijkt af van het contract voor tabel '${voorstel.tabel}'; bevestig de kolomkoppeling` + (voorstel.ontbrekend.length ? ` (niet gevonden: ${voorstel.ontbrekend.join(', ')})` : ''));
      return;
    }
    this.idx = pasKoppelingToe(koppen, koppeling, this.tabel);
    const mist = CONTRACT_KOLOMMEN[this.tabel].filter((c) => c.verplicht && this.idx[c.naam] < 0).map((c) => c.naam);
    if (mist.length) return this.b.fataal(rijNr, mist[0], null, `verplichte kolom '${mist.join("', '")}' ontbreekt voor tabel '${this.tabel}'`);
    const gebruikt = new Set(Object.values(this.idx));
    const over = koppen.filter((_, i) => !gebruikt.has(i));
    if (over.length) this.b.waarschuw(`${this.opties.bestand}: kolom(men) ${over.map((k) => `'${kort(k, 30)}'`).join(', ')} niet in het contract; genegeerd`);
  }

  private sameAsContract(v: KoppelingVoorstel): boolean {
    return Object.entries(v.koppeling).every(([d, b]) => b === null || b.trim().toLowerCase() === d);
  }

  rij(velden: string[], rijNr: number): void {
    const b = this.b;
    if (b.gestopt || velden.every((x) => x.trim() === '')) return;
    if (!this.koppen) return this.kop(velden, rijNr);
    b.gelezen++;
    if (velden.length !== this.koppen.length) {
      b.afwijzen(rijNr, null, kort(velden.join(';'), 80), `verwacht ${this.koppen.length} kolommen, gevonden ${velden.length}`);
      return;
    }
    try {
      const rij = this.tabel === 'casus' ? this.casus(velden, rijNr) : this.tabel === 'episode' ? this.episode(velden, rijNr) : this.kosten(velden, rijNr);
      if (rij) b.rijen.push(rij);
    } catch (e) {
      if (!(e instanceof Afgewezen)) throw e;
    }
  }

  /** Cell by contract name; '' when the column is not mapped. Flags HTML-like text (kept as plain text). */
  private cel(velden: string[], naam: string, rijNr: number): string {
    const i = this.idx[naam];
    const w = i >= 0 ? velden[i].trim() : '';
    if (w) this.b.controleerHtml(rijNr, this.kolNaam(naam), w);
    return w;
  }

  private kolNaam(naam: string): string {
    const i = this.idx[naam];
    return i >= 0 && this.koppen ? this.koppen[i] : naam;
  }

  private weiger(rijNr: number, naam: string, waarde: string, reden: string): never {
    this.b.afwijzen(rijNr, this.kolNaam(naam), waarde, reden);
    throw new Afgewezen();
  }

  private uitLijst<T extends string>(velden: string[], naam: string, rijNr: number, lijst: readonly string[], hoofdletters = false): T {
    const w = this.cel(velden, naam, rijNr);
    const n = hoofdletters ? w.toUpperCase() : w.toLowerCase();
    if (!w) this.weiger(rijNr, naam, w, 'verplichte waarde ontbreekt');
    if (!lijst.includes(n)) this.weiger(rijNr, naam, w, `onbekende waarde; toegestaan: ${lijst.join(', ')}`);
    return n as T;
  }

  private casusId(velden: string[], rijNr: number): string {
    const id = this.cel(velden, 'casus_id', rijNr);
    if (!id) this.weiger(rijNr, 'casus_id', id, 'casus_id ontbreekt');
    if (id.length > 100) this.weiger(rijNr, 'casus_id', kort(id), 'casus_id langer dan 100 tekens');
    return id;
  }

  private datum(velden: string[], naam: string, rijNr: number, verplicht: boolean): string | null {
    const w = this.cel(velden, naam, rijNr);
    if (!w) {
      if (verplicht) this.weiger(rijNr, naam, w, 'datum ontbreekt');
      return null;
    }
    const d = leesDatum(w);
    if (!d) this.weiger(rijNr, naam, w, 'geen geldige datum (verwacht JJJJ-MM-DD of DD-MM-JJJJ)');
    return d;
  }

  private uniek(sleutel: string, rijNr: number, naam: string, waarde: string): void {
    const eerder = this.sleutels.get(sleutel);
    if (eerder !== undefined) this.weiger(rijNr, naam, waarde, `dubbele sleutel: staat al in rij ${eerder}`);
    this.sleutels.set(sleutel, rijNr);
  }

  private casus(velden: string[], rijNr: number): CasusRij {
    const casus_id = this.casusId(velden, rijNr);
    const gRuw = this.cel(velden, 'gemeente_code', rijNr);
    const t = /^GM\d{4}$/i.test(gRuw) ? this.b.opzoeking.zoekCode(gRuw) : this.b.opzoeking.zoekNaam(gRuw);
    if (t.soort !== 'gemeente') {
      if (t.soort !== 'geen-gemeente' && t.soort !== 'nederland') this.b.onbekend.add(gRuw);
      this.weiger(rijNr, 'gemeente_code', gRuw, t.soort === 'onbekend' ? 'onbekende gemeente(code)' : 'geen gemeente');
    }
    if (t.noot) this.b.waarschuw(`${this.opties.bestand}, rij ${rijNr}: ${t.noot}`);
    const jRuw = this.cel(velden, 'geboortejaar', rijNr);
    let geboortejaar: number | null = null;
    if (jRuw) {
      geboortejaar = /^\d{4}$/.test(jRuw) ? Number(jRuw) : NaN;
      if (!(geboortejaar >= 1990 && geboortejaar <= new Date().getUTCFullYear())) this.weiger(rijNr, 'geboortejaar', jRuw, 'geen geldig geboortejaar (alleen het jaar, bijv. 2013)');
    }
    const sRuw = this.cel(velden, 'geslacht', rijNr).toLowerCase();
    if (sRuw && !['m', 'v', 'x'].includes(sRuw)) this.weiger(rijNr, 'geslacht', sRuw, "geslacht moet 'm', 'v', 'x' of leeg zijn");
    this.uniek(casus_id, rijNr, 'casus_id', casus_id);
    this.b.gemeenten.add(t.code);
    return { casus_id, gemeente_code: t.code, geboortejaar, geslacht: (sRuw || null) as CasusRij['geslacht'] };
  }

  private episode(velden: string[], rijNr: number): EpisodeRij {
    const casus_id = this.casusId(velden, rijNr);
    const domein = this.uitLijst<'onderwijs' | 'zorg'>(velden, 'domein', rijNr, ['onderwijs', 'zorg']);
    const toestand = this.uitLijst<string>(velden, 'toestand', rijNr, TOESTANDEN[domein], true);
    const os = this.cel(velden, 'onderwijssoort', rijNr).toUpperCase();
    if (os && domein === 'zorg') this.weiger(rijNr, 'onderwijssoort', os, 'onderwijssoort hoort alleen bij een onderwijs-episode');
    if (os && !ONDERWIJSSOORTEN.includes(os)) this.weiger(rijNr, 'onderwijssoort', os, `onbekende onderwijssoort; toegestaan: ${ONDERWIJSSOORTEN.join(', ')}`);
    const begin = this.datum(velden, 'begin', rijNr, true)!;
    const einde = this.datum(velden, 'einde', rijNr, false);
    if (einde !== null && einde <= begin) this.weiger(rijNr, 'einde', einde, `einde ligt niet na begin (${begin})`);
    const datum_kwaliteit = this.uitLijst<EpisodeRij['datum_kwaliteit']>(velden, 'datum_kwaliteit', rijNr, DATUM_KWALITEIT);
    this.uniek(`${casus_id}\u0000${domein}\u0000${begin}`, rijNr, 'begin', begin);
    this.b.perioden.add(begin.slice(0, 4));
    this.b.indicatoren.add(toestand);
    return { casus_id, domein, toestand, onderwijssoort: os || null, begin, einde, datum_kwaliteit };
  }

  private kosten(velden: string[], rijNr: number): KostenRij {
    const casus_id = this.casusId(velden, rijNr);
    const begin = this.datum(velden, 'begin', rijNr, true)!;
    const einde = this.datum(velden, 'einde', rijNr, true)!;
    if (einde <= begin) this.weiger(rijNr, 'einde', einde, `einde ligt niet na begin (${begin})`);
    const domein = this.uitLijst<KostenRij['domein']>(velden, 'domein', rijNr, ['jeugdzorg', 'onderwijs']);
    const categorie = this.uitLijst<string>(velden, 'categorie', rijNr, CATEGORIEEN);
    const bRuw = this.idx.bedrag_eur >= 0 ? velden[this.idx.bedrag_eur] : '';
    const bedrag = this.b.getal(this.kolNaam('bedrag_eur'), bRuw, rijNr);
    if (bedrag === undefined) throw new Afgewezen();
    if (bedrag === null) this.weiger(rijNr, 'bedrag_eur', bRuw.trim(), 'bedrag ontbreekt');
    const kwaliteit = this.uitLijst<KostenRij['kwaliteit']>(velden, 'kwaliteit', rijNr, KOSTEN_KWALITEIT);
    this.uniek([casus_id, begin, einde, domein, categorie].join('\u0000'), rijNr, 'casus_id', casus_id);
    this.b.perioden.add(begin.slice(0, 4));
    this.b.indicatoren.add(categorie);
    // Kept as read: rounding to cents here would be a silent change.
    return { casus_id, begin, einde, domein, categorie, bedrag_eur: bedrag, kwaliteit };
  }

  afronden(): CasusResultaat {
    if (!this.koppen && !this.b.gestopt) this.b.fataal(null, null, null, 'leeg bestand: geen kopregel en geen gegevensrijen');
    return { ...this.b.resultaat(), tabel: this.tabel, koppelingNodig: this.koppelingNodig };
  }
}
