// Shared pieces of the Doorbraak charts: the source line, a bar per bundled figure with its
// provenance, and the frame meta (table with printed/derived and line per figure) built from the
// same figures the bars show, so chart, table and export cannot disagree.
import type { GrafiekMeta, TabelRij } from '../../lib/charts/types';
import type { BronBalk } from '../../lib/charts/bronbalken/state';
import type { Kengetal } from '../../lib/model/doorbraak/typen';
import { regelsVan } from '../../lib/model/doorbraak/figuren';
import { formatEuro, formatGetal } from '../../lib/i18n/format';
import { app, t } from '../../lib/state/app.svelte';
import type { TekstSleutel } from '../../lib/i18n/teksten';

/** Field of a bundled text row in the current language (`thema_nl` / `thema_en`). */
export function inTaal<R extends object>(rij: R, veld: string): string {
  return String((rij as Record<string, unknown>)[`${veld}_${app.taal}`] ?? '');
}

/** Euros as printed: whole euros unless the source printed cents. */
export function euro(v: number): string {
  return formatEuro(v, Number.isInteger(v) ? 0 : 2);
}

/** A figure in its unit: euros, hours, cases, percent. */
export function waardeTekst(k: Kengetal): string {
  if (k.eenheid.startsWith('EUR')) return euro(k.waarde);
  if (k.eenheid === '%') return `${formatGetal(k.waarde, 1)} %`;
  return `${formatGetal(k.waarde, Number.isInteger(k.waarde) ? 0 : 1)} ${eenheidTekst(k.eenheid)}`;
}

const EENHEID: Record<string, TekstSleutel> = {
  casussen: 'dbr_eenheid_casussen', uur: 'dbr_eenheid_uur', 'uur/jaar': 'dbr_eenheid_uur_jaar', 'uur/week': 'dbr_eenheid_uur_week',
  weken: 'dbr_eenheid_weken', huishoudens: 'dbr_eenheid_huishoudens',
};
const eenheidTekst = (e: string): string => (EENHEID[e] ? t(EENHEID[e]) : e);

export const soortTekst = (k: Kengetal): string => t(k.soort === 'gedrukt' ? 'dbr_gedrukt' : 'dbr_afgeleid');

/** "Bron: IPW, Toekomst van de jeugdbescherming, … · juli 2023 – december 2024 · status definitief" */
export function bronregel(status = 'definitief'): string {
  return t('dbr_bron', { status: status === 'definitief' ? t('dbr_status_definitief') : status });
}

/** Where in the report the figures stand, for the frame's "Regelnummers" toggle (not the citation). */
export function bronDetails(ks: readonly (Kengetal | string)[]): string {
  return t('dbr_bron_regels', { regels: regelsVan(ks.map((k) => (typeof k === 'string' ? k : k.regel))) });
}

/** A bar for a bundled figure; the sublabel says printed or derived and where. */
export function kgBalk(k: Kengetal, label: string, sublabel?: string, tekst?: string): BronBalk {
  return {
    id: k.id, label, waarde: k.waarde, tekst: tekst ?? waardeTekst(k), soort: k.soort,
    sublabel: sublabel ?? t('dbr_sub', { soort: soortTekst(k), regels: regelsVan([k]) }),
  };
}

export interface KgRij {
  k: Kengetal;
  label: string;
}

type MetaInvoer = Pick<GrafiekMeta, 'id' | 'titel' | 'ondertitel' | 'beschrijving'> & { rijen: KgRij[]; noten?: string[]; alleenTabel?: boolean };

/** Frame meta for figures from kengetallen.csv: one table row per figure, printed/derived and line. */
export function kgMeta(m: MetaInvoer): GrafiekMeta {
  const kolommen = [
    { sleutel: 'wat', label: t('dbr_kol_wat') },
    { sleutel: 'waarde', label: t('dbr_kol_waarde'), numeriek: true },
    { sleutel: 'eenheid', label: t('dbr_kol_eenheid') },
    { sleutel: 'soort', label: t('dbr_kol_soort') },
    { sleutel: 'regel', label: t('dbr_kol_regel') },
  ];
  const rij = (r: KgRij, ruw: boolean): TabelRij => ({
    wat: r.label, waarde: ruw ? r.k.waarde : waardeTekst(r.k), eenheid: r.k.eenheid, soort: soortTekst(r.k), regel: regelsVan([r.k]),
  });
  // the caller's object literal names the chart id (tests/unit/embed/grafieken.test.ts reads it)
  const { rijen, noten, ...kop } = m;
  return {
    ...kop,
    bronregel: bronregel(),
    bronDetails: bronDetails(rijen.map((r) => r.k)),
    noten: noten ?? [],
    periode: t('dbr_periode'),
    status: t('dbr_status_definitief'),
    kolommen,
    rijen: rijen.map((r) => rij(r, false)),
    exportRijen: rijen.map((r) => rij(r, true)),
  };
}

export interface Figuur {
  meta: GrafiekMeta;
  balken: BronBalk[] | null;
}

/** Key prefixes `p` for which `p_titel`, `p_onder` and `p_besch` all exist. */
type FiguurTekst = {
  [K in TekstSleutel]: K extends `${infer P}_titel` ? (`${P}_onder` | `${P}_besch` extends TekstSleutel ? P : never) : never;
}[TekstSleutel];

/**
 * A money chart: title, subtitle and description from the `<tekst>_titel/_onder/_besch` keys
 * filled with `w`, one bar and one table row per figure (its label a key, filled with `w` too);
 * `sub` replaces a bar's sublabel.
 */
export function kgFiguur(m: { id: string; tekst: FiguurTekst; w: Record<string, string>; rijen: [Kengetal, TekstSleutel][]; noten: string[]; sub?: Record<string, string> }): Figuur {
  const rijen = m.rijen.map(([k, label]): KgRij => ({ k, label: t(label, m.w) }));
  const meta = kgMeta({
    id: m.id,
    titel: t(`${m.tekst}_titel`, m.w),
    ondertitel: t(`${m.tekst}_onder`),
    beschrijving: t(`${m.tekst}_besch`, m.w),
    noten: m.noten,
    rijen,
  });
  return { meta, balken: rijen.map((r) => kgBalk(r.k, r.label, m.sub?.[r.k.id])) };
}

/** Sublabel of a derived bar: how it was derived and from which lines. */
export const afgeleidSub = (regels: string, hoe: string): string => t('dbr_sub_afgeleid', { hoe, regels });
