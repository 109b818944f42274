// The Doorbraak page's bundled figures (seed 000, IPW "Toekomst van de jeugdbescherming") and the
// shapes shared by the bundle validator, the page and a gemeente's own ledger.

/** The report's four steering instruments (sturingsinstrumenten, seed 000 L105-106). */
export const INSTRUMENTEN = ['wetgeving', 'financiering', 'verantwoording', 'governance'] as const;
export type Instrument = (typeof INSTRUMENTEN)[number];

/**
 * The report's four prevention domains (hypothesis 1, L100-103), plus `jeugdketen` for barriers
 * inside the youth-protection chain itself, which fit none of the four.
 */
export const DOMEINEN = ['bestaanszekerheid', 'wonen', 'onderwijs', 'volwassen_ggz', 'jeugdketen'] as const;
export type Domein = (typeof DOMEINEN)[number];

export type Soort = 'gedrukt' | 'afgeleid';

/** One row of data/casus/kengetallen.csv (dataset ipw-vijf-gemeenten). */
export interface Kengetal {
  id: string;
  gemeente_code: string;
  gemeente: string;
  populatie: string;
  omschrijving: string;
  waarde: number;
  eenheid: string;
  periode: string;
  soort: Soort;
  status: string;
  /** seed file, e.g. seeds/000_2f2fdb95d280b563.txt */
  bron: string;
  /** line references as printed in the data, e.g. "L269" or "L1702-1703 L1705" */
  regel: string;
  notitie: string;
}

export interface DoorbraakGemeente {
  gemeente_code: string;
  gemeente: string;
  thema_nl: string;
  thema_en: string;
  /** kengetal id holding the number of cases, or '' when the report gives none */
  casussen_kengetal: string;
  /** the report's own word where it gives no number ("enkele") */
  casussen_tekst: string;
  casus_naam: string;
  casus_nl: string;
  casus_en: string;
  regel: string;
}

export interface Doorbraak {
  gemeente_code: string;
  categorie: string;
  doorbraak_nl: string;
  doorbraak_en: string;
  vervangt_nl: string;
  vervangt_en: string;
  regel: string;
}

export interface Barriere {
  barriere_id: string;
  gemeente_code: string;
  instrument: Instrument;
  domein: Domein;
  belemmering_nl: string;
  belemmering_en: string;
  regel: string;
}

export interface ParadigmaRij {
  instrument: Instrument;
  beheersen_nl: string;
  beheersen_en: string;
  effect_nl: string;
  effect_en: string;
  ontwikkelen_nl: string;
  ontwikkelen_en: string;
  regel: string;
}

/** public/data/doorbraak/doorbraak.json, written by scripts/bundel-doorbraak.ts. */
export interface DoorbraakBundel {
  /** seed document the line numbers refer to */
  document: string;
  kengetallen: Kengetal[];
  gemeenten: DoorbraakGemeente[];
  doorbraken: Doorbraak[];
  barrieres: Barriere[];
  paradigma: ParadigmaRij[];
}
