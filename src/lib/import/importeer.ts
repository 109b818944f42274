// Entry point for parsing: sanity checks, format detection, and the same row processors for a
// whole string (tests, scripts, small files) and for a streamed File (worker.ts).
import Papa from 'papaparse';
import type { Formaat, ImportResultaat, ParsedFact } from './typen.ts';
import { detecteerScheidingsteken, GROOT_BYTES, kort, lijktBinair, MAX_BYTES, naamScheidingsteken, zonderBom, type Scheidingsteken } from './detectie.ts';
import { Basis, type RijVerwerker } from './verzamelaar.ts';
import { StatlineVerwerker, type StatlineOpties } from './statline.ts';
import { ODataVerwerker, parseODataJson, type ODataOpties } from './odata.ts';
import { LangVerwerker } from './lang.ts';
import { CasusVerwerker, type CasusBestandRij, type CasusOpties, type CasusResultaat } from './casus.ts';
import { stelKoppelingVoor, type KoppelingVoorstel } from './koppeling.ts';
import { LOGBOEK_HERKENNING } from '../model/doorbraak/logboek.ts';
import { bericht, melding, type Bericht, type Melding } from './melding.ts';

/** All options any parser takes; irrelevant ones are ignored. */
export type ImportOpties = StatlineOpties & ODataOpties & CasusOpties & { formaat?: Formaat };

export type Resultaat = ImportResultaat<ParsedFact> | CasusResultaat;

export function isCasusResultaat(r: Resultaat): r is CasusResultaat {
  return r.formaat === 'casus';
}

/** Size gate before reading: refuse above MAX_BYTES, warn above GROOT_BYTES. */
export function controleerGrootte(bestand: string, bytes: number): { fout: Bericht | null; waarschuwing: Bericht | null } {
  const mb = (bytes / 1024 / 1024).toFixed(0);
  if (bytes > MAX_BYTES) return { fout: bericht(bestand, melding('imp_m_te_groot', { mb, max: MAX_BYTES / 1024 / 1024 })), waarschuwing: null };
  if (bytes > GROOT_BYTES) return { fout: null, waarschuwing: bericht(bestand, melding('imp_m_groot', { mb })) };
  return { fout: null, waarschuwing: null };
}

export interface Herkenning {
  formaat: Formaat;
  scheidingsteken: Scheidingsteken | null;
  /** First header-like record, for the mapping step. */
  koppen: string[];
  /** Set for case files: the suggested column mapping. */
  voorstel: KoppelingVoorstel | null;
  /** Why the text cannot be read at all (without the file name), and where. */
  fout: Weigering | null;
}

/** Why a whole file is refused before any row is read, and on which row. */
export interface Weigering {
  rij: number | null;
  reden: Melding;
}

/** The refusal of a file that is not text at all (Excel, zip…). */
export const BINAIR: Weigering = { rij: null, reden: melding('imp_m_binair') };

/** Looks at the beginning of a file (a few tens of KB is plenty) and decides what it is. */
export function herkenFormaat(beginRuw: string, bestand: string): Herkenning {
  const begin = zonderBom(beginRuw);
  const leeg: Herkenning = { formaat: 'onbekend', scheidingsteken: null, koppen: [], voorstel: null, fout: null };
  if (lijktBinair(begin)) return { ...leeg, fout: BINAIR };
  const t = begin.trimStart();
  if (t === '') return { ...leeg, fout: { rij: null, reden: melding('imp_m_leeg_bestand') } };
  if (t.startsWith('{') || t.startsWith('[')) return { ...leeg, formaat: 'odata-json' };
  const sch = detecteerScheidingsteken(begin);
  if (sch === null) return { ...leeg, fout: { rij: 1, reden: melding('imp_m_een_kolom') } };
  if (sch === '\t' || sch === '|')
    return { ...leeg, scheidingsteken: sch, fout: { rij: 1, reden: melding('imp_m_scheidingsteken', { teken: naamScheidingsteken(sch) }) } };
  // Parse only complete lines of the sample.
  const tot = Math.max(begin.lastIndexOf('\n'), 0) || begin.length;
  const recs = Papa.parse<string[]>(begin.slice(0, tot), { delimiter: sch, preview: 40 }).data.map((r) => r.map((c) => c.trim()));
  const meerKolommen = recs.filter((r) => r.filter((c) => c !== '').length > 1);
  const kop = meerKolommen[0] ?? recs[0] ?? [];
  const res = { ...leeg, scheidingsteken: sch, koppen: kop };
  for (const r of recs.slice(0, 30)) {
    const lc = r.map((c) => c.toLowerCase());
    if (lc.includes('regio_code') && lc.includes('periode') && lc.includes('indicator')) return { ...res, formaat: 'lang', koppen: r };
    if (r.includes('RegioS') || r.includes('WijkenEnBuurten') || (r.includes('Perioden') && r.includes('ID'))) return { ...res, formaat: 'odata-csv', koppen: r };
    if (lc.some((c) => /^regio'?s$/.test(c)) && lc.includes('perioden')) return { ...res, formaat: 'statline', koppen: r };
  }
  // Only one of the two StatLine labels: still StatLine, so its parser can name the missing column.
  if (recs.slice(0, 30).some((r) => r.some((c) => /^regio'?s$|^perioden$/i.test(c)))) return { ...res, formaat: 'statline' };
  // a Doorbraak ledger (docs/doorbraak-logboek.md): read on the main thread by its own parser
  const kopSleutels = kop.map((k) => k.toLowerCase().replace(/[\s-]+/g, '_'));
  if (LOGBOEK_HERKENNING.every((k) => kopSleutels.includes(k))) return { ...res, formaat: 'doorbraak' };
  const voorstel = stelKoppelingVoor(kop);
  const gevonden = Object.values(voorstel.koppeling).filter((x) => x !== null).length;
  if (gevonden >= 2 && voorstel.koppeling.casus_id) return { ...res, formaat: 'casus', voorstel };
  return {
    ...res,
    fout: {
      rij: 1,
      reden: melding('imp_m_formaat_kop', { kop: kop.slice(0, 6).map((k) => `'${kort(k, 25)}'`).join(', ') }),
    },
  };
}

export function maakVerwerker(formaat: Formaat, opties: ImportOpties): RijVerwerker<ParsedFact> | RijVerwerker<CasusBestandRij> | null {
  switch (formaat) {
    case 'statline':
      return new StatlineVerwerker(opties);
    case 'odata-csv':
      return new ODataVerwerker(opties, 'odata-csv');
    case 'lang':
      return new LangVerwerker(opties);
    case 'casus':
      return new CasusVerwerker(opties);
    default:
      return null;
  }
}

/** A refused file in the common result shape. */
export function geweigerd(bestand: string, formaat: Formaat, fout: Weigering): Resultaat {
  const v = new Basis<ParsedFact>({ bestand }, formaat);
  v.fataal(fout.rij, null, null, fout.reden);
  return v.resultaat();
}

/** The refusal when no reader exists for the (named) format. */
export const GEEN_FORMAAT: Weigering = { rij: null, reden: melding('imp_m_formaat') };

/** Turns PapaParse quote errors into warnings that name the row. */
export function papaWaarschuwingen(bestand: string, fouten: Papa.ParseError[], rijOffset: number): Bericht[] {
  return fouten
    .filter((f) => f.type === 'Quotes')
    .slice(0, 20)
    .map((f) => bericht(bestand, melding('imp_m_aanhalingsteken'), (f.row ?? 0) + 1 + rijOffset));
}

/** Parses a whole string. For Files use the worker (client.ts), which streams the same processors. */
export function parseTekst(tekstRuw: string, opties: ImportOpties): Resultaat {
  const tekst = zonderBom(tekstRuw);
  const h = herkenFormaat(tekst.slice(0, 64 * 1024), opties.bestand);
  // A caller that names the format overrides only the format guess, never the text checks.
  if (h.fout && !(opties.formaat && h.scheidingsteken && h.formaat === 'onbekend')) return geweigerd(opties.bestand, h.formaat, h.fout);
  const formaat = opties.formaat ?? h.formaat;
  if (formaat === 'odata-json') return parseODataJson(tekst, opties);
  const w = maakVerwerker(formaat, opties);
  if (!w) return geweigerd(opties.bestand, formaat, GEEN_FORMAAT);
  const p = Papa.parse<string[]>(tekst, { delimiter: h.scheidingsteken ?? undefined });
  for (let i = 0; i < p.data.length && !w.gestopt; i++) w.rij(p.data[i], i + 1);
  const r = w.afronden() as Resultaat;
  for (const m of papaWaarschuwingen(opties.bestand, p.errors, 0)) r.waarschuwingen.push(m);
  return r;
}
