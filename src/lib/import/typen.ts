// Shared types of the importer. Pure data: usable in a Web Worker, in the main thread and in Node.
import type { Bericht, Melding } from './melding.ts';

/** Status of a figure, as CBS marks it (`*` in StatLine, `Status` in the OData Perioden list). */
export type Status = 'definitief' | 'voorlopig' | 'onbekend';

/** One long fact, same shape as the project's fact table `regio_code;periode;indicator;waarde;status;bron;noot`. */
export interface ParsedFact {
  regio_code: string; // GM + 4 digits, or NL01
  periode: string; // CBS period code: 2019JJ00, 2017HJ01, 2020KW01, 2021MM03
  indicator: string;
  waarde: number | null; // missing stays missing: null, never 0
  status: Status;
  bron: string;
  noot: string; // '' when there is nothing to say
}

/** A rejected row or file, with where and why. `rij` is the 1-based record number in the file (as a spreadsheet shows it). */
export interface Afwijzing extends Bericht {
  bestand: string;
  rij: number | null; // null: the whole file
  redenen: Melding[];
  /** The reasons in Dutch (tekst('nl', …)): the Dutch CSV, the scripts and the tests read it. */
  reden: string;
}

export interface Gevonden {
  gemeenten: string[]; // codes, sorted
  perioden: string[]; // CBS codes (facts) or years (case files), sorted
  indicatoren: string[]; // indicator codes (facts) or tables/categories (case files), sorted
}

export type Formaat = 'statline' | 'odata-csv' | 'odata-json' | 'lang' | 'casus' | 'doorbraak' | 'onbekend';

export interface ImportResultaat<R = ParsedFact> {
  bestand: string;
  formaat: Formaat;
  rijen: R[];
  afgewezen: Afwijzing[];
  /** All rejections, also those beyond `maxAfwijzingen` that are counted but not kept in detail. */
  afgewezenAantal: number;
  gevonden: Gevonden;
  onbekendeGemeenten: string[]; // names or codes as they appeared in the file
  waarschuwingen: Bericht[]; // each naming file/row/column where relevant
  /** Set when the whole file is refused (binary, mixed decimal marks, no header…). Then `rijen` is empty. Dutch. */
  fout: string | null;
  /** The refusal as a message (shown in the UI language); set together with `fout`. */
  foutBericht: Afwijzing | null;
  /** Number of data records read (accepted + rejected), title/header lines excluded. */
  gelezen: number;
  /**
   * Per indicator code: the label as the file printed it (header, plus dimension values) and the
   * unit from a StatLine unit row ('' when none). Lets the app name an indicator it does not know.
   */
  indicatorInfo?: Record<string, { naam: string; eenheid: string }>;
}

/** One gemeente the caller knows, current or dissolved (herindeling). */
export interface GemeenteInfo {
  code: string; // GM0150
  naam: string; // Deventer
  /** Set for a dissolved gemeente: its successor. Figures stay on the OLD code, with a note. */
  opgegaanIn?: { code: string; naam: string; per: string };
  /** Extra spellings that should resolve to this code ("'s-Gravenhage" for Den Haag …). */
  aliassen?: string[];
}

/** Column key or header label → indicator code. */
export type KolomKoppeling = Record<string, string>;

export interface ParseOpties {
  bestand: string;
  /** Provenance on every fact; default `eigen import: <bestand>`. */
  bron?: string;
  /** Known gemeenten incl. dissolved ones. Without it, codes are checked only on their form. */
  gemeenten?: GemeenteInfo[];
  /** Column (key or header label) → indicator code. */
  koppeling?: KolomKoppeling;
  /** Maximum number of rejections kept in detail (the rest is counted). Default 10 000. */
  maxAfwijzingen?: number;
}
