/**
 * Types and pure readers for the sourced files in data/routes/ (see data/routes/README.md).
 * data.ts imports the files themselves; this module only knows their shape, so tests and
 * scripts can read them with fs as well.
 */
import type { Onderwijssoort, ToestandOnderwijs, ToestandZorg } from '../casus/contract.ts';
import { tekst } from '../../i18n/teksten.ts';
import type { Taal } from '../../i18n/taal.ts';

/** Source line range in the seed text, inclusive: [van, tot]. */
export type Regels = [number, number];

export interface VignetStap {
  nr: number;
  soort: 'periode' | 'gebeurtenis';
  omschrijving: string;
  onderwijs: ToestandOnderwijs | null;
  onderwijssoort: Onderwijssoort | null;
  zorg: ToestandZorg | null;
  /** the duration as the text words it, e.g. "twee jaar" */
  duur_tekst: string | null;
  duur_maanden: number | null;
  /** months relative to "now" (the vignette's present, 0); null = not in the text */
  relatief: { begin: number | null; einde: number | null };
  barrieres: string[];
  regels: Regels;
  citaat: string;
  aanname: string | null;
}

export interface Vignet {
  id: string;
  naam: string;
  leeftijd: number;
  niveau: 'PO' | 'VO';
  regels: Regels;
  vraag: string;
  stappen: VignetStap[];
}

export interface BronVermelding {
  document: string;
  bestand: string;
  status: string;
  periode?: string;
}

export interface VignettenBestand {
  bron: BronVermelding & { uitgever: string; regelnummers: string };
  datums: string;
  koppeling_kostencasussen: string;
  vignetten: Vignet[];
}

export interface GoudaKostencasus {
  casus: number;
  niveau: 'PO' | 'VO';
  /** null = "onbekend" in the source */
  voor_eur: number | null;
  na_eur: number;
  stijgingsfactor_gedrukt: number | null;
  jeugdplek_pct: number;
  regels: Regels;
  noot: string | null;
}

export interface GoudaKostenBestand {
  bron: BronVermelding & { tabel_regels: Regels };
  datums: {
    datum_kwaliteit: 'geschat';
    uitleg: string;
    begin: string;
    uitvalmoment: string;
    einde: string;
    voor_maanden: number;
    na_maanden: number;
    uitval_definitie: string;
  };
  onderwijskosten: string;
  casussen: GoudaKostencasus[];
  zorg_na_uitval: {
    PO: { toestand: ToestandZorg; regels: Regels; uitleg: string };
    VO: { toestand: ToestandZorg; regels: Regels; uitleg: string };
    voor_uitval: { toestand: ToestandZorg; uitleg: string };
  };
  totalen: {
    totaal_eur: number;
    gemiddeld_per_casus_eur: number;
    periode_jaar: number;
    regels: Regels;
    voor_gedrukt_eur: number;
    voor_rijen_eur: number;
    na_gedrukt_eur: number;
    na_rijen_eur: number;
    /** the source contradicts itself on the places after dropout (r. 491/501 vs 583–585) */
    jeugdplek_tegenstrijdig: string;
    noten: string[];
  };
}

export interface MomentopnameFeit {
  code: string;
  label: string;
  waarde: number;
  eenheid: 'kinderen' | 'procent' | 'maanden';
  tekst?: string;
  regels: Regels;
  afgeleid: boolean;
}

export interface MomentopnameBestand {
  bron: BronVermelding & { regels: Regels; gemaakt_door: string; peildatum: string | null };
  gemeente_code: string;
  definitie: string;
  feiten: MomentopnameFeit[];
  noten: string[];
}

export interface Drempel {
  code: string;
  label: string;
  dagen: number | null;
  maanden: number | null;
  citaat: string | null;
  bron: string;
  bestand: string | null;
  regels: Regels | null;
  doelgroep: string;
}

export interface DrempelsBestand {
  uitleg: string;
  drempels: Drempel[];
}

export interface JaarKosten {
  code: string;
  label: string;
  bedrag_eur: number;
  bedrag_laag_eur: number | null;
  bedrag_hoog_eur: number | null;
  eenheid: string;
  populatie: string;
  status: 'gepubliceerd' | 'afgeleid';
  bron: string;
  regels: string;
  afleiding: string | null;
  noot: string | null;
}

export interface Barriere {
  code: string;
  omschrijving: string;
  categorie: string;
  niveau: string | null;
  regels: string;
  herkomst: string;
}

/** `;`-separated, header row, no quoting (our own files never contain `;` in a field). */
export function leesPuntkommaCsv(tekst: string, bestand: string): Record<string, string>[] {
  const regels = tekst.replace(/^\uFEFF/, '').split(/\r?\n/).filter((r) => r.trim() !== '');
  const kop = regels[0].split(';');
  return regels.slice(1).map((r, i) => {
    const velden = r.split(';');
    if (velden.length !== kop.length) {
      throw new Error(`${bestand}, rij ${i + 2}: ${velden.length} velden, verwacht ${kop.length}`);
    }
    return Object.fromEntries(kop.map((k, j) => [k, velden[j]]));
  });
}

const leegNull = (s: string): string | null => (s.trim() === '' ? null : s);
function getal(s: string, bestand: string, rij: number, kolom: string): number | null {
  if (s.trim() === '') return null;
  const n = Number(s);
  if (!Number.isFinite(n)) throw new Error(`${bestand}, rij ${rij}, kolom ${kolom}: "${s}" is geen getal`);
  return n;
}

export function leesJaarKosten(tekst: string, bestand = 'data/routes/kosten-per-jaar.csv'): JaarKosten[] {
  return leesPuntkommaCsv(tekst, bestand).map((r, i) => {
    const bedrag = getal(r.bedrag_eur, bestand, i + 2, 'bedrag_eur');
    if (bedrag == null) throw new Error(`${bestand}, rij ${i + 2}, kolom bedrag_eur: leeg`);
    if (r.status !== 'gepubliceerd' && r.status !== 'afgeleid') throw new Error(`${bestand}, rij ${i + 2}, kolom status: "${r.status}"`);
    return {
      code: r.code,
      label: r.label,
      bedrag_eur: bedrag,
      bedrag_laag_eur: getal(r.bedrag_laag_eur, bestand, i + 2, 'bedrag_laag_eur'),
      bedrag_hoog_eur: getal(r.bedrag_hoog_eur, bestand, i + 2, 'bedrag_hoog_eur'),
      eenheid: r.eenheid,
      populatie: r.populatie,
      status: r.status,
      bron: r.bron,
      regels: r.regels,
      afleiding: leegNull(r.afleiding),
      noot: leegNull(r.noot),
    };
  });
}

export function leesBarrieres(tekst: string, bestand = 'data/routes/barrieres.csv'): Barriere[] {
  return leesPuntkommaCsv(tekst, bestand).map((r) => ({
    code: r.code,
    omschrijving: r.omschrijving,
    categorie: r.categorie,
    niveau: leegNull(r.niveau),
    regels: r.regels,
    herkomst: r.herkomst,
  }));
}

/** Source line for the UI, in the style of stijl.md: "Bron: IPW, … (Gouda), r. 16–19". */
export function bronRegel(document: string, regels: Regels | string | null, taal: Taal = 'nl'): string {
  const kop = `${tekst(taal, 'tz_bron')}: ${document}`;
  if (regels == null) return kop;
  const r = typeof regels === 'string' ? regels.replace(/-/g, '–') : regels[0] === regels[1] ? `${regels[0]}` : `${regels[0]}–${regels[1]}`;
  return `${kop}, ${tekst(taal, 'tz_r')} ${r}`;
}
