/**
 * Case data contract (casusdata), version 1 — see docs/casusdata.md.
 *
 * One shape for every source of case-level data: bundled real aggregates (herkomst `bron`),
 * the synthetic generator (`synthetisch`) and a user's own file (`eigen_import`). Extend by
 * adding columns or codes and bumping the contract version (`contractversie`), never by reinterpreting one.
 */

export const HERKOMST = ['bron', 'synthetisch', 'eigen_import'] as const;
export type Herkomst = (typeof HERKOMST)[number];

export const DOMEIN_EPISODE = ['onderwijs', 'zorg'] as const;
export type DomeinEpisode = (typeof DOMEIN_EPISODE)[number];

export const TOESTAND_ONDERWIJS = ['INGESCHREVEN', 'GEDEELTELIJK_VERZUIM', 'VOLLEDIG_VERZUIM', 'NIET_INGESCHREVEN', 'VRIJSTELLING', 'OOV', 'STAGE_WERK', 'UITGESTROOMD'] as const;
export type ToestandOnderwijs = (typeof TOESTAND_ONDERWIJS)[number];

export const TOESTAND_ZORG = ['GEEN', 'WACHTLIJST', 'AMBULANT', 'DAGBESTEDING', 'KOLB', 'SPECIALISTISCH', 'VERBLIJF'] as const;
export type ToestandZorg = (typeof TOESTAND_ZORG)[number];

export type Toestand = ToestandOnderwijs | ToestandZorg;

/** Allowed `toestand` codes per domain. */
export const TOESTAND_PER_DOMEIN: { readonly onderwijs: readonly ToestandOnderwijs[]; readonly zorg: readonly ToestandZorg[] } = {
  onderwijs: TOESTAND_ONDERWIJS,
  zorg: TOESTAND_ZORG,
};

export const ONDERWIJSSOORT = ['PO', 'SBO', 'SO', 'VO', 'VSO', 'PRO', 'MBO', 'HB'] as const;
export type Onderwijssoort = (typeof ONDERWIJSSOORT)[number];

export const DATUM_KWALITEIT = ['exact', 'maand', 'geschat'] as const;
export type DatumKwaliteit = (typeof DATUM_KWALITEIT)[number];

export const GESLACHT = ['m', 'v', 'x'] as const;
export type Geslacht = (typeof GESLACHT)[number];

export const DOMEIN_KOSTEN = ['jeugdzorg', 'onderwijs'] as const;
export type DomeinKosten = (typeof DOMEIN_KOSTEN)[number];

export const CATEGORIE = ['ambulant', 'dagbesteding', 'kolb', 'specialistisch', 'verblijf', 'wijkteam', 'onderwijs_regulier', 'onderwijs_speciaal', 'overig'] as const;
export type Categorie = (typeof CATEGORIE)[number];

export const KWALITEIT = ['exact', 'toegerekend', 'geschat'] as const;
export type Kwaliteit = (typeof KWALITEIT)[number];

/** Dataset metadata, one row per load. */
export interface Dataset {
  dataset_id: string;
  naam: string;
  herkomst: Herkomst;
  /** citation: document + line, generator name + version + seed, or file name + time */
  bron: string;
  contractversie: number;
}

/** One child. In DuckDB `casus_id` is namespaced as `dataset_id:casus_id`. */
export interface Casus {
  casus_id: string;
  gemeente_code: string; // GM + 4 digits
  geboortejaar: number | null;
  geslacht: Geslacht | null;
}

/** A period in one of two parallel domains. Dates are ISO `YYYY-MM-DD`; `einde` exclusive. */
export interface Episode {
  casus_id: string;
  domein: DomeinEpisode;
  toestand: Toestand;
  onderwijssoort: Onderwijssoort | null;
  begin: string;
  einde: string | null; // null = still running
  datum_kwaliteit: DatumKwaliteit;
}

/** Money spent on a case over a period [begin, einde). */
export interface Kosten {
  casus_id: string;
  begin: string;
  einde: string;
  domein: DomeinKosten;
  categorie: Categorie;
  /** euros, two decimals (cents) */
  bedrag_eur: number;
  kwaliteit: Kwaliteit;
}

/** Column order of each table's CSV file (also the DuckDB column order). */
export const KOLOMMEN = {
  dataset: ['dataset_id', 'naam', 'herkomst', 'bron', 'contractversie'],
  casus: ['casus_id', 'gemeente_code', 'geboortejaar', 'geslacht'],
  episode: ['casus_id', 'domein', 'toestand', 'onderwijssoort', 'begin', 'einde', 'datum_kwaliteit'],
  kosten: ['casus_id', 'begin', 'einde', 'domein', 'categorie', 'bedrag_eur', 'kwaliteit'],
} as const;
export type Tabel = keyof typeof KOLOMMEN;

/** Columns a case file may leave empty or out; every other contract column is required. */
export const OPTIONELE_KOLOMMEN = {
  casus: ['geboortejaar', 'geslacht'],
  episode: ['onderwijssoort', 'einde'],
  kosten: [],
} as const satisfies Record<Exclude<Tabel, 'dataset'>, readonly string[]>;
