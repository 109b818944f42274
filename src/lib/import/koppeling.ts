// Column mapping for case files whose headers differ from the contract (docs/casusdata.md).
// `stelKoppelingVoor` only suggests; the user confirms or corrects, and the parser applies that.

import { KOLOMMEN, OPTIONELE_KOLOMMEN } from '../model/casus/contract.ts';

export type CasusTabel = 'casus' | 'episode' | 'kosten';

/** The contract's columns per table (model/casus/contract.ts), each marked required or not. */
export const CONTRACT_KOLOMMEN: Record<CasusTabel, { naam: string; verplicht: boolean }[]> = {
  casus: contractKolommen('casus'),
  episode: contractKolommen('episode'),
  kosten: contractKolommen('kosten'),
};

function contractKolommen(tabel: CasusTabel) {
  const optioneel: readonly string[] = OPTIONELE_KOLOMMEN[tabel];
  return KOLOMMEN[tabel].map((naam) => ({ naam, verplicht: !optioneel.includes(naam) }));
}

/** Header spellings seen in municipal exports, after `normaliseerKop`. */
const SYNONIEMEN: Record<string, string[]> = {
  casus_id: ['casus_id', 'casusid', 'casus', 'casusnummer', 'client_id', 'clientid', 'client', 'clientnummer', 'dossier', 'dossiernummer', 'id', 'kind_id', 'jeugdige'],
  gemeente_code: ['gemeente_code', 'gemeentecode', 'gemeente', 'cbs_code', 'gm_code', 'woonplaats_gemeente'],
  geboortejaar: ['geboortejaar', 'geb_jaar', 'jaar_geboorte', 'birth_year'],
  geslacht: ['geslacht', 'gender', 'sekse'],
  domein: ['domein', 'domain', 'soort'],
  toestand: ['toestand', 'status', 'situatie', 'zorgvorm', 'verzuimsoort'],
  onderwijssoort: ['onderwijssoort', 'onderwijstype', 'schooltype', 'soort_onderwijs'],
  begin: ['begin', 'begindatum', 'startdatum', 'start', 'van', 'datum_van', 'ingangsdatum', 'datum_begin'],
  einde: ['einde', 'einddatum', 'eind', 'tot', 'datum_tot', 'datum_einde', 'stopdatum'],
  datum_kwaliteit: ['datum_kwaliteit', 'datumkwaliteit', 'kwaliteit_datum', 'nauwkeurigheid'],
  categorie: ['categorie', 'product', 'productcategorie', 'zorgsoort', 'kostensoort'],
  bedrag_eur: ['bedrag_eur', 'bedrag', 'kosten', 'bedrag_euro', 'euro', 'lasten', 'kosten_eur', 'totaal'],
  kwaliteit: ['kwaliteit', 'kwaliteit_bedrag', 'bedrag_kwaliteit', 'betrouwbaarheid'],
};

/** "Bedrag (€)" → "bedrag", "Cliënt-ID" → "client_id". */
export function normaliseerKop(kop: string): string {
  return kop
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[€]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Contract column → source header (exactly as in the file), or null when not present. */
export type Kolomkoppeling = Record<string, string | null>;

export interface KoppelingVoorstel {
  tabel: CasusTabel;
  koppeling: Kolomkoppeling;
  /** Required contract columns without a source header. */
  ontbrekend: string[];
  /** Source headers not used (ignored when applied). */
  overig: string[];
  /** True when every header is already a contract name: no confirmation needed. */
  exact: boolean;
}

function voorstelVoor(koppen: string[], tabel: CasusTabel): KoppelingVoorstel {
  const genormd = koppen.map(normaliseerKop);
  const gebruikt = new Set<number>();
  const koppeling: Kolomkoppeling = {};
  for (const { naam } of CONTRACT_KOLOMMEN[tabel]) {
    // Exact contract name first, then synonyms in order of preference.
    let i = koppen.findIndex((k, j) => !gebruikt.has(j) && k.trim() === naam);
    if (i < 0)
      for (const syn of SYNONIEMEN[naam] ?? []) {
        i = genormd.findIndex((k, j) => !gebruikt.has(j) && k === syn);
        if (i >= 0) break;
      }
    koppeling[naam] = i >= 0 ? koppen[i] : null;
    if (i >= 0) gebruikt.add(i);
  }
  const ontbrekend = CONTRACT_KOLOMMEN[tabel].filter((c) => c.verplicht && !koppeling[c.naam]).map((c) => c.naam);
  const overig = koppen.filter((_, j) => !gebruikt.has(j));
  const exact = ontbrekend.length === 0 && overig.length === 0 && Object.entries(koppeling).every(([d, b]) => b === null || b.trim() === d);
  return { tabel, koppeling, ontbrekend, overig, exact };
}

/**
 * Suggests a mapping. Without `tabel`, picks the table whose required columns are best covered;
 * distinctive columns (bedrag → kosten, toestand → episode) break ties.
 */
export function stelKoppelingVoor(koppen: string[], tabel?: CasusTabel): KoppelingVoorstel {
  if (tabel) return voorstelVoor(koppen, tabel);
  const kandidaten = (['kosten', 'episode', 'casus'] as CasusTabel[]).map((t) => voorstelVoor(koppen, t));
  const score = (v: KoppelingVoorstel) => {
    const verplicht = CONTRACT_KOLOMMEN[v.tabel].filter((c) => c.verplicht).length;
    return (verplicht - v.ontbrekend.length) / verplicht - (v.ontbrekend.length ? 0.5 : 0) + (v.exact ? 1 : 0);
  };
  return kandidaten.reduce((a, b) => (score(b) > score(a) ? b : a));
}

/** Applies a (confirmed) mapping to the header: contract column → index in the record, or -1. */
export function pasKoppelingToe(koppen: string[], koppeling: Kolomkoppeling, tabel: CasusTabel): Record<string, number> {
  const idx: Record<string, number> = {};
  for (const { naam } of CONTRACT_KOLOMMEN[tabel]) {
    const bron = koppeling[naam];
    idx[naam] = bron ? koppen.findIndex((k) => k === bron || k.trim() === bron.trim()) : -1;
  }
  return idx;
}
