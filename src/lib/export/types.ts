/**
 * The plain description of one chart's data, shared by every export (CSV, SVG, PNG, zip) and by
 * the embed page. The chart wrapper (ChartFrame) builds one of these from the same rows it draws,
 * so every export carries the same title, source line, period, status and peer recipe.
 */

import type { Taal } from '../i18n/taal';

export interface ExportKolom {
  sleutel: string;
  label: string;
  eenheid?: string;
  /** A count from case data: values below 5 become "< 5" when `casusAantallen` is set. */
  aantal?: boolean;
}

export type ExportWaarde = string | number | null;

export interface GrafiekExportData {
  titel: string;
  ondertitel?: string;
  /** e.g. "Bron: CBS, Kerncijfers wijken en buurten 2021 (85039NED) · 2020 · definitief" */
  bronregel: string;
  periode: string;
  /** definitief / voorlopig / onbekend (free text, shown as given) */
  status: string;
  /** The peer recipe in words, e.g. "10 gemeenten die het meest lijken op Deventer (…)". */
  recept?: string;
  /** The gemeente's summary paragraph, first in the README. */
  samenvatting?: string;
  synthetisch: boolean;
  eigenImport: boolean;
  /** Rows hold case-based counts: suppress counts below 5 in columns marked `aantal`. */
  casusAantallen?: boolean;
  kolommen: ExportKolom[];
  rijen: Record<string, ExportWaarde>[];
  /** The generated description sentence (see src/lib/model/beschrijving). */
  beschrijving: string;
  citatie: string;
  /** Optional extras for the README: definitions of the terms used, notes, link to the view. */
  definities?: { term: string; uitleg: string }[];
  noten?: string[];
  url?: string;
  dataversie?: string;
}
