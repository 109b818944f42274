/** What every chart frame shows around the chart and in its table view. */
export interface TabelKolom {
  sleutel: string;
  label: string;
  /** Right-align numbers. */
  numeriek?: boolean;
  /** Unit in words for exports ("euro", "procent"); the CSV header becomes "label (eenheid)". */
  eenheid?: string;
  /** A count from case data: exported as "< 5" below 5 when `meta.casusAantallen` is set. */
  aantal?: boolean;
}

export type TabelRij = Record<string, string | number | null>;

export interface GrafiekMeta {
  id: string;
  titel: string;
  ondertitel: string;
  bronregel: string;
  /** Line numbers of the shown figures in the source's text version: shown in a details toggle, not in the citation. */
  bronDetails?: string;
  noten: string[];
  beschrijving: string;
  synthetisch?: boolean;
  kolommen: TabelKolom[];
  /** Rows with already formatted cells, exactly as the chart shows them. */
  rijen: TabelRij[];

  // ---- Optional, for share/embed/export (ChartFrame's "Delen en downloaden" menu) ----
  /**
   * The same rows as `rijen` (same order, same keys) with unformatted numbers, for the CSV and
   * the Raadsvraag-pakket. Without it the export carries the formatted cells.
   */
  exportRijen?: TabelRij[];
  /** Period(s) in words; default: taken from the source line ("Bron: … · periode · status …"). */
  periode?: string;
  /** definitief / voorlopig / onbekend; default: taken from the source line. */
  status?: string;
  /** The peer recipe in words, e.g. "4 referentiegemeenten uit de studie: …". */
  recept?: string;
  /** The gemeente's plain summary paragraph (Vergelijken); the Raadsvraag-pakket README opens with it. */
  samenvatting?: string;
  /** The chart shows data the user imported: never embeddable, and every export says so. */
  eigenImport?: boolean;
  /** Rows hold case-based counts (columns with `aantal`): exports show counts below 5 as "< 5". */
  casusAantallen?: boolean;
  /**
   * false = no "Insluiten" (embed) action, e.g. a chart the embed page cannot render yet.
   * Charts with `eigenImport` are never embeddable, whatever this says.
   */
  insluitbaar?: boolean;
  /**
   * The figure is itself a table (a worked example): no "Tabel" toggle and no PNG/SVG; CSV, the
   * Raadsvraag-pakket (CSV + README), the link and embedding work as for a chart.
   */
  alleenTabel?: boolean;
}
