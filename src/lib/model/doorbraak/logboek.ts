/**
 * A gemeente's own Doorbraak ledger (docs/doorbraak-logboek.md): one CSV row per case. Pure
 * parsing and row-by-row validation with Dutch errors naming file, row and column; a bad row is
 * rejected with its values kept in the rejection list, the good rows are used. Nothing here
 * touches the network: the ledger never leaves the browser.
 */
import Papa from 'papaparse';
import type { Afwijzing } from '../../import/typen.ts';
import { detecteerScheidingsteken, verwachteKolommen, zonderBom } from '../../import/detectie.ts';
import { afwijzing, melding, type Melding } from '../../import/melding.ts';
import { formatteerAfwijzing } from '../../import/berichten.ts';
import { DOMEINEN, INSTRUMENTEN, type Domein, type Instrument } from './typen.ts';

export const LOGBOEK_KOLOMMEN = [
  'gemeente', 'casus', 'doelgroep', 'situatie', 'perspectief', 'doorbraak', 'regel_opzij',
  'legitimiteit', 'betrokkenheid', 'rendement', 'waarden_notitie',
  'kosten_huidig_jaar', 'kosten_doorbraak_jaar', 'maatwerkbudget',
  'barriere_instrument', 'barriere_domein', 'barriere_tekst',
] as const;
export type LogboekKolom = (typeof LOGBOEK_KOLOMMEN)[number];

/** Columns that identify the format (format detection on the Eigen data page). */
export const LOGBOEK_HERKENNING: readonly LogboekKolom[] = ['doorbraak', 'kosten_huidig_jaar', 'kosten_doorbraak_jaar'];

const VERPLICHT: readonly LogboekKolom[] = ['gemeente', 'casus', 'doorbraak', 'kosten_huidig_jaar', 'kosten_doorbraak_jaar'];
const WAARDEN = ['legitimiteit', 'betrokkenheid', 'rendement'] as const;
const MAX_TEKST = 1000;
/** Several barriers in one case: the three barrier columns list them in the same order. */
export const BARRIERE_SCHEIDING = '|';

export interface LogboekBarriere {
  instrument: Instrument;
  domein: Domein;
  tekst: string;
}

export interface LogboekRij {
  /** line in the file (header = 1) */
  regel: number;
  gemeente: string;
  casus: string;
  doelgroep: string;
  situatie: string;
  perspectief: string;
  doorbraak: string;
  regel_opzij: string;
  waarden: { legitimiteit: number | null; betrokkenheid: number | null; rendement: number | null; notitie: string };
  kostenHuidig: number;
  kostenDoorbraak: number;
  maatwerkbudget: number | null;
  barrieres: LogboekBarriere[];
}

export interface LogboekResultaat {
  bestand: string;
  rijen: LogboekRij[];
  afgewezen: Afwijzing[];
  /** the whole file is refused (no header, missing columns…); Dutch, the message is afgewezen[0] */
  fout: string | null;
}

const ALIAS_INSTRUMENT: Record<string, Instrument> = {
  wet: 'wetgeving', wetten: 'wetgeving', regelgeving: 'wetgeving', 'wet_en_regelgeving': 'wetgeving',
  accountability: 'verantwoording', bekostiging: 'financiering',
};
const ALIAS_DOMEIN: Record<string, Domein> = {
  ggz: 'volwassen_ggz', volwassen_ggz: 'volwassen_ggz', inkomen: 'bestaanszekerheid', schulden: 'bestaanszekerheid',
  huisvesting: 'wonen', jeugdzorg: 'jeugdketen', jeugdbescherming: 'jeugdketen',
};
const sleutel = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * An amount in euros: "12500", "12500.50", "12500,50", "12.500", "€ 12.500,50". Thousands
 * separators only with a decimal comma (Dutch), so "12.500" is twelve thousand five hundred.
 * Returns null for empty, NaN for unreadable.
 */
export function leesBedrag(ruw: string): number | null {
  const s = ruw.replace(/€|\s|\u00a0/g, '');
  if (s === '') return null;
  if (/^-?\d+([.,]\d{1,2})?$/.test(s) && !/^-?\d{1,3}\.\d{3}$/.test(s)) return Number(s.replace(',', '.'));
  if (/^-?\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return NaN;
}

export function parseLogboek(tekstRuw: string, bestand: string): LogboekResultaat {
  const tekst = zonderBom(tekstRuw);
  const leeg = (redenen: Melding[], rij: number | null = null): LogboekResultaat => {
    const a = afwijzing(bestand, rij, null, null, redenen);
    return { bestand, rijen: [], afgewezen: [a], fout: formatteerAfwijzing(a) };
  };
  const sch = detecteerScheidingsteken(tekst.slice(0, 64 * 1024));
  if (sch !== ';' && sch !== ',') return leeg([melding('imp_m_scheidingsteken_onbekend')]);
  const recs = Papa.parse<string[]>(tekst, { delimiter: sch, skipEmptyLines: 'greedy' }).data;
  if (recs.length === 0) return leeg([melding('imp_m_leeg')]);
  const kop = recs[0].map((k) => sleutel(k));
  const ontbreekt = LOGBOEK_KOLOMMEN.filter((k) => !kop.includes(k));
  if (ontbreekt.length) return leeg([melding('imp_m_kop_ontbreekt', { kolommen: ontbreekt.join(', ') }), verwachteKolommen(LOGBOEK_KOLOMMEN)], 1);
  const index = Object.fromEntries(LOGBOEK_KOLOMMEN.map((k) => [k, kop.indexOf(k)])) as Record<LogboekKolom, number>;

  const rijen: LogboekRij[] = [];
  const afgewezen: Afwijzing[] = [];
  const gezien = new Set<string>();
  for (let i = 1; i < recs.length; i++) {
    const regel = i + 1;
    const velden = recs[i];
    const fouten: Afwijzing[] = [];
    const fout = (kolom: string | null, waarde: string | null, reden: Melding) => fouten.push(afwijzing(bestand, regel, kolom, waarde, reden));
    if (velden.length !== kop.length) {
      fout(null, velden.join(sch).slice(0, 200), melding('imp_m_velden', { velden: velden.length, kop: kop.length }));
      afgewezen.push(...fouten);
      continue;
    }
    const v = (k: LogboekKolom) => (velden[index[k]] ?? '').trim();
    for (const k of LOGBOEK_KOLOMMEN) if (v(k).length > MAX_TEKST) fout(k, `${v(k).slice(0, 40)}…`, melding('imp_m_te_lang', { max: MAX_TEKST }));
    for (const k of VERPLICHT) if (v(k) === '') fout(k, '', melding('imp_m_verplicht_leeg'));

    const bedrag = (k: LogboekKolom) => {
      const b = leesBedrag(v(k));
      if (b !== null && Number.isNaN(b)) fout(k, v(k), melding('imp_m_geen_bedrag'));
      else if (b !== null && b < 0) fout(k, v(k), melding('imp_m_negatief'));
      return b;
    };
    const huidig = bedrag('kosten_huidig_jaar');
    const metDoorbraak = bedrag('kosten_doorbraak_jaar');
    const budget = bedrag('maatwerkbudget');

    const score = (k: (typeof WAARDEN)[number]) => {
      const s = v(k);
      if (s === '') return null;
      if (!/^[1-5]$/.test(s)) {
        fout(k, s, melding('imp_m_score'));
        return null;
      }
      return Number(s);
    };
    const waarden = { legitimiteit: score('legitimiteit'), betrokkenheid: score('betrokkenheid'), rendement: score('rendement'), notitie: v('waarden_notitie') };

    const lijst = (k: LogboekKolom) => (v(k) === '' ? [] : v(k).split(BARRIERE_SCHEIDING).map((x) => x.trim()));
    const instr = lijst('barriere_instrument');
    const dom = lijst('barriere_domein');
    const txt = lijst('barriere_tekst');
    const barrieres: LogboekBarriere[] = [];
    if (instr.length !== dom.length || (txt.length > 0 && txt.length !== instr.length)) {
      fout('barriere_instrument', `${v('barriere_instrument')} / ${v('barriere_domein')}`,
        melding('imp_m_belemmeringen', { instrument: instr.length, domein: dom.length, tekst: txt.length, scheiding: BARRIERE_SCHEIDING }));
    } else {
      instr.forEach((ruwI, j) => {
        const iS = sleutel(ruwI);
        const dS = sleutel(dom[j]);
        const instrument = (INSTRUMENTEN as readonly string[]).includes(iS) ? (iS as Instrument) : ALIAS_INSTRUMENT[iS];
        const domein = (DOMEINEN as readonly string[]).includes(dS) ? (dS as Domein) : ALIAS_DOMEIN[dS];
        if (!instrument) fout('barriere_instrument', ruwI, melding('imp_m_instrument', { lijst: INSTRUMENTEN.join(', ') }));
        if (!domein) fout('barriere_domein', dom[j], melding('imp_m_domein', { lijst: DOMEINEN.join(', ') }));
        if (instrument && domein) barrieres.push({ instrument, domein, tekst: txt[j] ?? '' });
      });
    }

    const id = `${v('gemeente').toLowerCase()}\u0000${v('casus').toLowerCase()}`;
    if (v('casus') !== '' && gezien.has(id)) fout('casus', v('casus'), melding('imp_m_casus_eerder'));

    if (fouten.length) {
      afgewezen.push(...fouten);
      continue;
    }
    gezien.add(id);
    rijen.push({
      regel, gemeente: v('gemeente'), casus: v('casus'), doelgroep: v('doelgroep'), situatie: v('situatie'), perspectief: v('perspectief'),
      doorbraak: v('doorbraak'), regel_opzij: v('regel_opzij'), waarden, kostenHuidig: huidig!, kostenDoorbraak: metDoorbraak!,
      maatwerkbudget: budget, barrieres,
    });
  }
  return { bestand, rijen, afgewezen, fout: null };
}
