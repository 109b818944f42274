import { formatter as appFormatter } from '../../i18n/format.ts';
import { plaatsIn, type Richting } from '../rang.ts';
import type { Formatter } from './formatter.ts';

/*
 * Generated description sentences (anchors §2 item 7): one sentence per chart, built from the
 * same numbers the chart draws, used as caption, aria description and alt text. Pure functions:
 * text in, text out; missing values are said to be missing, never shown as 0.
 */

import type { Taal } from '../../i18n/taal';
import { tekst } from '../../i18n/teksten';
export type Eenheid = 'euro' | 'procent' | 'aantal' | 'index';

export interface BeschrijvingOpties {
  lang?: Taal;
  /** Defaults to the app formatter for `lang` (src/lib/i18n/format.ts), so text matches the chart. */
  fmt?: Formatter;
}

export interface Referentie {
  /** Number of reference gemeenten the mean is taken over. */
  n: number;
  gemiddelde: number | null;
  /** Replaces "referentiegemeenten", e.g. "gemeenten in jeugdregio IJsselland" (plural form). */
  omschrijving?: string;
}

interface Basis {
  gemeente: string;
  eenheid: Eenheid;
  /** As the source says it, in the sentence's language: "lasten per gebruiker". */
  indicatorLabel: string;
  /** Period code or year: "2019", "2017HJ01". */
  periode: string;
  /** definitief / voorlopig / onbekend; only non-definitive status is mentioned. */
  status?: string;
  /** Decimals for the value (default: euro 0, procent 1, aantal 0). */
  decimalen?: number;
}

export interface VergelijkingInvoer extends Basis {
  waarde: number | null;
  referentie?: Referentie;
}

function kies(o: BeschrijvingOpties): { lang: Taal; fmt: Formatter } {
  const lang = o.lang ?? 'nl';
  return { lang, fmt: o.fmt ?? appFormatter(lang) };
}

export function formatWaarde(v: number, eenheid: Eenheid, fmt: Formatter, decimalen?: number): string {
  switch (eenheid) {
    case 'euro': return fmt.formatEuro(v);
    case 'procent': return fmt.formatPercentage(v, decimalen ?? 1);
    case 'index': return fmt.formatIndex(v);
    default: return fmt.formatGetal(v, decimalen ?? 0);
  }
}

/** "in 2019", "in het 1e halfjaar 2017", "in the 1st half 2017", "in Q1 2017": the article follows the period's kind. */
export function periodeFrase(periode: string, fmt: Formatter, lang: Taal): string {
  const soort = /^\d{4}(HJ|KW)\d{2}$/.exec(periode.trim())?.[1];
  return tekst(lang, soort === 'HJ' ? 'bron_in_halfjaar' : soort === 'KW' ? 'bron_in_kwartaal' : 'bron_in_periode', { p: fmt.formatPeriode(periode) });
}

function statusFrase(status: string | undefined, lang: Taal): string {
  const s = status?.trim().toLowerCase();
  if (!s || s === 'definitief' || s === 'definitive' || s === 'final') return '';
  if (s === 'onbekend') return ` (${tekst(lang, 'bron_zin_status_onbekend')})`;
  return ` (${s === 'voorlopig' ? tekst(lang, 'bron_status_voorlopig') : s})`;
}

function groep(ref: Referentie, lang: Taal): string {
  if (ref.omschrijving) return `${ref.n} ${ref.omschrijving}`;
  return tekst(lang, ref.n === 1 ? 'bron_n_referentiegemeente' : 'bron_n_referentiegemeenten', { n: ref.n });
}

/** Relative difference in percent of the mean; null when the mean is not positive. */
export function relatiefVerschil(waarde: number, gemiddelde: number): number | null {
  if (!(gemiddelde > 0)) return null;
  return ((waarde - gemiddelde) / gemiddelde) * 100;
}

/**
 * "23 % onder het gemiddelde van 4 referentiegemeenten". Percentages are compared in percentage
 * points; other units relatively, rounded to whole percents (a sentence, not a table).
 */
export function vergelijkingFrase(
  waarde: number, ref: Referentie, eenheid: Eenheid, fmt: Formatter, lang: Taal,
): string | null {
  if (ref.gemiddelde === null || !Number.isFinite(ref.gemiddelde) || !(ref.n > 0)) return null;
  const g = groep(ref, lang);
  const gem = tekst(lang, 'bron_gemiddelde_g', { g });
  let verschil: number;
  let verschilTekst: string;
  if (eenheid === 'procent') {
    verschil = Math.round((waarde - ref.gemiddelde) * 10) / 10;
    const abs = Math.abs(verschil);
    verschilTekst = tekst(lang, abs === 1 ? 'bron_procentpunt_een' : 'bron_procentpunt', { abs: fmt.formatGetal(abs, 1) });
  } else {
    const rel = relatiefVerschil(waarde, ref.gemiddelde);
    if (rel === null) {
      const gw = formatWaarde(ref.gemiddelde, eenheid, fmt);
      return tekst(lang, 'bron_gem_gw', { gem, gw });
    }
    verschil = Math.round(rel);
    verschilTekst = fmt.formatPercentage(Math.abs(verschil), 0);
  }
  if (verschil === 0 || Object.is(verschil, -0)) {
    const exact = waarde === ref.gemiddelde;
    return tekst(lang, exact ? 'bron_gelijk_aan' : 'bron_vrijwel_gelijk_aan', { gem });
  }
  return tekst(lang, verschil > 0 ? 'bron_boven' : 'bron_onder', { verschil: verschilTekst, gem });
}

function referentieZin(ref: Referentie | undefined, eenheid: Eenheid, fmt: Formatter, lang: Taal): string {
  if (!ref || ref.gemiddelde === null || !Number.isFinite(ref.gemiddelde) || !(ref.n > 0)) return '';
  const gw = formatWaarde(ref.gemiddelde, eenheid, fmt);
  return tekst(lang, 'bron_gemiddelde_lang_gw', { lang: groep(ref, lang), gw });
}

/** "Voor Deventer is geen waarde bekend voor lasten per gebruiker in 2019." (+ the peer mean) */
export function beschrijfOntbrekend(
  inv: Basis & { referentie?: Referentie }, opties: BeschrijvingOpties = {},
): string {
  const { lang, fmt } = kies(opties);
  const p = periodeFrase(inv.periode, fmt, lang);
  const zin = tekst(lang, 'bron_voor_gemeente_geen_waarde', { gemeente: inv.gemeente, indicatorLabel: inv.indicatorLabel, p });
  return zin + referentieZin(inv.referentie, inv.eenheid, fmt, lang);
}

/**
 * "Deventer: € 10.143 lasten per gebruiker in 2019, 23 % onder het gemiddelde van 4
 * referentiegemeenten."
 */
export function beschrijfVergelijking(inv: VergelijkingInvoer, opties: BeschrijvingOpties = {}): string {
  const { lang, fmt } = kies(opties);
  if (inv.waarde === null || !Number.isFinite(inv.waarde)) return beschrijfOntbrekend(inv, opties);
  const kern = `${inv.gemeente}: ${formatWaarde(inv.waarde, inv.eenheid, fmt, inv.decimalen)} ` +
    `${inv.indicatorLabel} ${periodeFrase(inv.periode, fmt, lang)}${statusFrase(inv.status, lang)}`;
  const verg = inv.referentie ? vergelijkingFrase(inv.waarde, inv.referentie, inv.eenheid, fmt, lang) : null;
  return verg ? `${kern}, ${verg}.` : `${kern}.`;
}

/* ------------------------------------------------------------------------------ rank ------ */

export type { Richting };

export interface Rang {
  rang: number;
  totaal: number;
  /** Another gemeente has exactly the same value. */
  gedeeld: boolean;
}

/**
 * Competition ranking ("1224") over the known values: rank = 1 + number of strictly better
 * values. Missing values are not ranked and do not count in the total.
 */
export function berekenRang(
  waarden: readonly (number | null)[], waarde: number | null, richting: Richting,
): Rang | null {
  const p = plaatsIn(waarden, waarde, richting);
  return p && { rang: p.rang, totaal: p.bekend, gedeeld: p.gelijk > 1 };
}

export interface RangInvoer extends VergelijkingInvoer {
  rang: number;
  totaal: number;
  richting: Richting;
  gedeeld?: boolean;
}

/**
 * "Deventer staat op plaats 120 van 352 gemeenten bij lasten per gebruiker in 2019 (€ 10.143;
 * plaats 1 is de hoogste waarde)." A rank is always given with its direction and, when known,
 * the peer mean (stijl.md: never rank without context; "hoog" is not "slecht").
 */
export function beschrijfRang(inv: RangInvoer, opties: BeschrijvingOpties = {}): string {
  const { lang, fmt } = kies(opties);
  if (inv.waarde === null || !Number.isFinite(inv.waarde)) return beschrijfOntbrekend(inv, opties);
  const w = formatWaarde(inv.waarde, inv.eenheid, fmt, inv.decimalen);
  const p = periodeFrase(inv.periode, fmt, lang);
  const st = statusFrase(inv.status, lang);
  const hoog = inv.richting === 'hoogste-eerst';
  const zin = tekst(lang, inv.gedeeld ? 'bron_rang_zin_gedeeld' : 'bron_rang_zin', {
    gemeente: inv.gemeente, rang: inv.rang, totaal: inv.totaal, indicator: inv.indicatorLabel, p, st, w,
    richting: tekst(lang, hoog ? 'bron_rang_hoogste' : 'bron_rang_laagste'),
  });
  return zin + referentieZin(inv.referentie, inv.eenheid, fmt, lang);
}

/* ---------------------------------------------------------------------- index change ------ */

export interface IndexInvoer {
  gemeente: string;
  eenheid: Eenheid;
  indicatorLabel: string;
  basis: { periode: string; waarde: number | null };
  laatste: { periode: string; waarde: number | null };
  status?: string;
  decimalen?: number;
  /** The peers' index for the same periods (basis = 100). */
  referentie?: { n: number; index: number | null; omschrijving?: string };
}

/** laatste / basis × 100; null when either is missing or the base is not positive. */
export function berekenIndex(basis: number | null, laatste: number | null): number | null {
  if (basis === null || laatste === null || !Number.isFinite(basis) || !Number.isFinite(laatste)) return null;
  if (!(basis > 0)) return null;
  return (laatste / basis) * 100;
}

/**
 * "Deventer: lasten per gebruiker van € 9.000 in 2017 naar € 10.143 in 2019, index 112,7
 * (2017 = 100). Het gemiddelde van 4 referentiegemeenten staat op index 105,0."
 */
export function beschrijfIndexverandering(inv: IndexInvoer, opties: BeschrijvingOpties = {}): string {
  const { lang, fmt } = kies(opties);
  const pb = fmt.formatPeriode(inv.basis.periode);
  const pl = fmt.formatPeriode(inv.laatste.periode);
  const index = berekenIndex(inv.basis.waarde, inv.laatste.waarde);
  if (index === null) {
    const ontbreekt = inv.basis.waarde === null || !Number.isFinite(inv.basis.waarde)
      ? pb : inv.laatste.waarde === null || !Number.isFinite(inv.laatste.waarde) ? pl : null;
    const waarden = { gemeente: inv.gemeente, indicator: inv.indicatorLabel, periode: ontbreekt ?? pb };
    return tekst(lang, ontbreekt ? 'bron_geen_index_ontbreekt' : 'bron_geen_index_nul', waarden);
  }
  const wb = formatWaarde(inv.basis.waarde as number, inv.eenheid, fmt, inv.decimalen);
  const wl = formatWaarde(inv.laatste.waarde as number, inv.eenheid, fmt, inv.decimalen);
  const st = statusFrase(inv.status, lang);
  const pfB = periodeFrase(inv.basis.periode, fmt, lang);
  const pfL = periodeFrase(inv.laatste.periode, fmt, lang);
  let zin = tekst(lang, 'bron_gemeente_indicatorlabel_wb_pfb', { gemeente: inv.gemeente, indicatorLabel: inv.indicatorLabel, wb, pfB, wl, pfL, st, index: fmt.formatIndex(index), pb });
  const ref = inv.referentie;
  if (ref && ref.index !== null && Number.isFinite(ref.index) && ref.n > 0) {
    const g = groep({ n: ref.n, gemiddelde: null, omschrijving: ref.omschrijving }, lang);
    zin += tekst(lang, 'bron_gemiddelde_g_staat_index', { g, index: fmt.formatIndex(ref.index) });
  }
  return zin;
}
