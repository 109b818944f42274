/**
 * Het datamodel van data/: kolommen per bestand en de toegestane codes.
 * Eén plek, zodat validator, build, converter en tests dezelfde lijsten gebruiken.
 * De betekenis van elke kolom staat in data/README.md.
 */

export const KOLOMMEN = {
  regios: [
    'code',
    'naam',
    'soort',
    'provincie',
    'grootteklasse',
    'stedelijkheid',
    'opgeheven_per',
    'opvolger_code',
    'noot',
  ],
  grootteklassen: ['code', 'ondergrens', 'bovengrens', 'toelichting'],
  indicatoren: ['code', 'naam_nl', 'naam_en', 'eenheid', 'definitie', 'formule', 'richting', 'cbs_code'],
  bronnen: ['id', 'titel', 'uitgever', 'jaar', 'tabel_id', 'document', 'regels', 'licentie', 'citatie'],
  referentiesets: ['focus_code', 'lid_code', 'rol', 'volgorde', 'bron'],
  discrepanties: ['regio_code', 'indicator', 'periode', 'soort', 'melding', 'bron'],
  feiten: ['regio_code', 'periode', 'indicator', 'waarde', 'status', 'bron', 'noot'],
  vlaggen: ['regio_code', 'indicator', 'periode', 'soort', 'melding', 'berekening', 'bron'],
} as const;

export type Bestandssoort = keyof typeof KOLOMMEN;

export const REGIO_SOORTEN = ['gemeente', 'jeugdregio', 'provincie', 'grootteklasse', 'land', 'referentiegroep'] as const;
export const EENHEDEN = ['euro', 'procent', 'index', 'deciel', 'aantal', 'klasse', 'x1000_euro', 'per_1000'] as const;
export const STATUSSEN = ['definitief', 'voorlopig', 'onbekend'] as const;
export const RICHTINGEN = ['hoger_gunstiger', 'lager_gunstiger', 'neutraal'] as const;
export const ROLLEN = ['gemeente', 'referentie', 'grootteklasse', 'jeugdregio', 'land'] as const;

/** CBS-periodecodes: jaar (JJ00), halfjaar (HJ01/HJ02), kwartaal (KW01–04), maand (MM01–12). */
export const PERIODE_RE = /^(\d{4})(JJ00|HJ0[12]|KW0[1-4]|MM(0[1-9]|1[0-2]))$/;
/** Getallen in onze eigen bestanden: decimale punt, geen duizendtalscheiding. */
export const GETAL_RE = /^-?\d+(\.\d+)?$/;
export const REGIOCODE_RE = /^[A-Z][A-Z0-9_]*$/;
export const INDICATORCODE_RE = /^[a-z][a-z0-9_]*$/;
export const DATUM_RE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Soorten vlaggen die de validator zelf berekent. Andere soorten in discrepanties.csv zijn
 * gedocumenteerde bronnotities die niet uit de cijfers af te leiden zijn (bijv. Amersfoort).
 */
export const BEREKENBARE_VLAGSOORTEN = [
  'index_wijkt_af',
  'dubbele_waarde',
  'grootteklasse_strijdig',
  'niet_gepubliceerd',
] as const;

/**
 * Indexen die de validator narekent: index[t] = round(teller[t] / teller[basis] × 100).
 * Afwijking > TOLERANTIE indexpunten geeft een vlag (afronding van de gedrukte % kost ±1).
 */
export const INDEX_RELATIES = [
  {
    index: 'index_jeugdhulp_zonder_verblijf',
    teller: 'pct_jeugdhulp_zonder_verblijf',
    basisPeriode: '2017HJ01',
  },
] as const;
export const INDEX_TOLERANTIE = 1;

export interface Regio {
  code: string;
  naam: string;
  soort: (typeof REGIO_SOORTEN)[number];
  provincie: string;
  grootteklasse: string;
  stedelijkheid: number | null;
  opgeheven_per: string;
  opvolger_code: string;
  noot: string;
}

export interface Grootteklasse {
  code: string;
  /** inclusief */
  ondergrens: number | null;
  /** exclusief; null = open */
  bovengrens: number | null;
  toelichting: string;
}

export interface Indicator {
  code: string;
  naam_nl: string;
  naam_en: string;
  eenheid: (typeof EENHEDEN)[number];
  definitie: string;
  formule: string;
  richting: (typeof RICHTINGEN)[number];
  cbs_code: string;
}

export interface Bron {
  id: string;
  titel: string;
  uitgever: string;
  jaar: string;
  tabel_id: string;
  document: string;
  regels: string;
  licentie: string;
  citatie: string;
}

export interface ReferentieLid {
  focus_code: string;
  lid_code: string;
  rol: (typeof ROLLEN)[number];
  volgorde: number;
  bron: string;
}

export interface Feit {
  regio_code: string;
  periode: string;
  indicator: string;
  /** null = niet gepubliceerd / ontbrekend (nooit 0); dan is `noot` verplicht. */
  waarde: number | null;
  status: (typeof STATUSSEN)[number];
  /** bron-id uit bronnen.csv, optioneel gevolgd door `:` en een vindplaats, bijv. `seed-003:L1409`. */
  bron: string;
  noot: string;
}

export interface Discrepantie {
  regio_code: string;
  indicator: string;
  periode: string;
  soort: string;
  melding: string;
  bron: string;
}

export interface Vlag {
  regio_code: string;
  indicator: string;
  periode: string;
  soort: string;
  /** De gedocumenteerde toelichting als die er is, anders de berekende melding. */
  melding: string;
  /** Wat de validator zelf berekende (leeg voor alleen-gedocumenteerde bronnotities). */
  berekening: string;
  bron: string;
}

export interface Dataset {
  regios: Regio[];
  grootteklassen: Grootteklasse[];
  indicatoren: Indicator[];
  bronnen: Bron[];
  referentiesets: ReferentieLid[];
  discrepanties: Discrepantie[];
  feiten: Feit[];
}

/** Het bron-id uit een bronverwijzing als `seed-003:L1409`. */
export function bronId(verwijzing: string): string {
  const i = verwijzing.indexOf(':');
  return (i < 0 ? verwijzing : verwijzing.slice(0, i)).trim();
}

export function vlagSleutel(v: { regio_code: string; indicator: string; periode: string; soort: string }): string {
  return `${v.regio_code}|${v.indicator}|${v.periode}|${v.soort}`;
}
