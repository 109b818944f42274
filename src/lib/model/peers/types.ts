/**
 * Typen voor referentiegemeenten (peer groups). Puur TypeScript: geen DOM, geen DuckDB.
 */

/** Eén gemeente met haar kenmerken. Ontbrekend = null, nooit 0. */
export interface GemeenteRij {
  code: string; // GM0193
  naam: string;
  inwoners: number | null;
  /** CBS mate van stedelijkheid, 1 = zeer sterk stedelijk … 5 = niet stedelijk. */
  stedelijkheid: number | null;
  /**
   * Grootteklasse-code: een getal 1–8 (zie GROOTTEKLASSEN) of een code uit data/grootteklassen.csv
   * (bv. 'GKA_20_50K'). Gelijke code = zelfde klasse. null/afwezig → afgeleid uit inwoners (1–8).
   */
  grootteklasse?: number | string | null;
  gem_inkomen_per_inwoner: number | null;
  pct_sociaal_minimum: number | null;
  pct_onder_15: number | null;
  pct_15_24?: number | null;
}

/** Kenmerken die de gebruiker kan aanvinken bij de methode `gelijkend`. */
export type Kenmerk =
  | 'inwoners'
  | 'stedelijkheid'
  | 'gem_inkomen_per_inwoner'
  | 'pct_sociaal_minimum'
  | 'pct_onder_15'
  | 'pct_15_24';

export type Methode = 'studie' | 'buren' | 'grootteklasse' | 'stedelijkheid' | 'gelijkend' | 'handmatig';
export type BasisMethode = Exclude<Methode, 'handmatig'>;

/** Buurgemeente; `punt` = de grenzen raken elkaar in één punt (bv. Vlieland–Terschelling). */
export interface Buur {
  code: string;
  grens: 'lijn' | 'punt';
}
export type Burenkaart = Map<string, Buur[]>;

/** Instellingen per methode; alleen de voor de methode relevante velden worden gebruikt. */
export interface Instellingen {
  /** gelijkend: aantal referentiegemeenten (1–50, standaard 10). */
  k?: number;
  /** gelijkend: aangevinkte kenmerken. */
  kenmerken?: Kenmerk[];
  /** handmatig: vertrekpunt (een andere methode); zonder basis begint de lijst leeg. */
  basis?: BasisMethode;
  /** handmatig: toegevoegde gemeentecodes. */
  toevoegen?: string[];
  /** handmatig: verwijderde gemeentecodes. */
  verwijderen?: string[];
}

/** Compacte, serialiseerbare beschrijving van een vergelijking (gaat via de URL). */
export type Recept = { methode: Methode } & Instellingen;

export interface Bijdrage {
  kenmerk: Kenmerk;
  /** Waarde van de referentiegemeente (ongetransformeerd). */
  waarde: number;
  /** Waarde van de gekozen gemeente (ongetransformeerd). */
  eigen: number;
  /** Verschil in standaarddeviaties (na log voor inwoners). */
  zVerschil: number;
}

export interface Lid {
  code: string;
  naam: string;
  /** Alleen bij `gelijkend`: gestandaardiseerde euclidische afstand. */
  afstand?: number;
  /** Waarom deze gemeente in de groep zit, in de taal waarin de groep is gevraagd. */
  redenen: string[];
  /** Alleen bij `gelijkend`: verschil per kenmerk, klein → groot. */
  bijdragen?: Bijdrage[];
}

export interface Referentiegroep {
  gemeente: string;
  methode: Methode;
  instellingen: Instellingen;
  leden: Lid[];
  /** Eén zin (of twee) die uitlegt hoe de groep tot stand kwam, in de gevraagde taal. */
  uitleg: string;
  /** false als de methode voor deze gemeente niet kan (studie buiten de 5 casussen, eiland bij buren, …). */
  beschikbaar: boolean;
  waarschuwing?: string;
  /** Aantal gemeenten dat is overgeslagen omdat een gekozen kenmerk ontbreekt. */
  uitgesloten?: number;
}

/** Voorbereide context: index op code + standaardisatie. Maak met `maakContext`. */
export interface PeerContext {
  rijen: GemeenteRij[];
  index: Map<string, GemeenteRij>;
  buren: Burenkaart;
  /** Casusgemeente → referentiecodes uit de studie (seed 003); door de aanroeper aangeleverd. */
  studieSets: Record<string, string[]>;
  /** Gemiddelde en standaarddeviatie per kenmerk (inwoners op log10-schaal), over alle rijen met een waarde. */
  stats: Record<Kenmerk, { gem: number; sd: number; n: number }>;
}
