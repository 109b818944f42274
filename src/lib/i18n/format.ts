// One home for number, date and period formatting (nl-NL first, en-GB via the language toggle).
// Intl puts a non-breaking space in "€ 10.143"; tests normalise whitespace, never the value.

import type { Taal } from './taal';

let huidigeTaal: Taal = 'nl';
export function zetTaal(taal: Taal): void {
  huidigeTaal = taal;
}
const locale = (t: Taal = huidigeTaal) => (t === 'nl' ? 'nl-NL' : 'en-GB');

const cache = new Map<string, Intl.NumberFormat>();
function nf(key: string, opts: Intl.NumberFormatOptions, t: Taal): Intl.NumberFormat {
  const k = `${t}|${key}`;
  let f = cache.get(k);
  if (!f) {
    f = new Intl.NumberFormat(locale(t), opts);
    cache.set(k, f);
  }
  return f;
}

export const ONTBREEKT = '–';

const leeg = (v: number | null | undefined): v is null | undefined =>
  v === null || v === undefined || Number.isNaN(v);

/** "€ 10.143" — whole euros unless the source has cents. */
export function formatEuro(v: number | null | undefined, decimalen = 0, t: Taal = huidigeTaal): string {
  if (leeg(v)) return ONTBREEKT;
  return nf(`eur${decimalen}`, {
    style: 'currency', currency: 'EUR', minimumFractionDigits: decimalen, maximumFractionDigits: decimalen,
  }, t).format(v);
}

/** "9,4 %" — value is already a percentage (9.4, not 0.094). */
export function formatPercentage(v: number | null | undefined, decimalen = 1, t: Taal = huidigeTaal): string {
  if (leeg(v)) return ONTBREEKT;
  const getal = formatGetal(v, decimalen, t);
  return t === 'nl' ? `${getal}\u00a0%` : `${getal}%`;
}

/** "1.234,5" */
export function formatGetal(v: number | null | undefined, decimalen = 0, t: Taal = huidigeTaal): string {
  if (leeg(v)) return ONTBREEKT;
  return nf(`num${decimalen}`, { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen }, t).format(v);
}

export function formatIndex(v: number | null | undefined, t: Taal = huidigeTaal): string {
  return formatGetal(v, 0, t);
}

/** Signed percentage difference: "+12,3 %" / "−23,0 %". */
export function formatVerschilPct(v: number | null | undefined, decimalen = 0, t: Taal = huidigeTaal): string {
  if (leeg(v)) return ONTBREEKT;
  const teken = v > 0 ? '+' : v < 0 ? '−' : '';
  return teken + formatPercentage(Math.abs(v), decimalen, t);
}

const MAANDEN_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MAANDEN_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** CBS period codes: 2019JJ00 → "2019", 2017HJ01 → "1e halfjaar 2017", 2020KW02 → "2e kwartaal 2020", 2021MM03 → "maart 2021". */
export function formatPeriode(code: string, t: Taal = huidigeTaal): string {
  const m = /^(\d{4})(JJ|HJ|KW|MM)(\d{2})$/.exec(code.trim());
  if (!m) return code;
  const [, jaar, soort, nr] = m;
  const n = Number(nr);
  if (soort === 'JJ') return jaar;
  if (soort === 'HJ') return t === 'nl' ? `${n}e halfjaar ${jaar}` : `${n === 1 ? '1st' : '2nd'} half ${jaar}`;
  if (soort === 'KW') return t === 'nl' ? `${n}e kwartaal ${jaar}` : `Q${n} ${jaar}`;
  return `${(t === 'nl' ? MAANDEN_NL : MAANDEN_EN)[n - 1] ?? nr} ${jaar}`;
}

/** "23 november 2026" */
export function formatDatum(d: Date | string, t: Taal = huidigeTaal): string {
  const datum = typeof d === 'string' ? new Date(d) : d;
  if (Number.isNaN(datum.getTime())) return ONTBREEKT;
  const maanden = t === 'nl' ? MAANDEN_NL : MAANDEN_EN;
  return `${datum.getUTCDate()} ${maanden[datum.getUTCMonth()]} ${datum.getUTCFullYear()}`;
}

/** Format a value by the unit in the indicator catalogue, so every view formats alike. */
export function formatWaarde(v: number | null | undefined, eenheid: string, t: Taal = huidigeTaal): string {
  switch (eenheid) {
    case 'euro': return formatEuro(v, 0, t);
    case 'procent': return formatPercentage(v, 1, t);
    case 'index': return formatIndex(v, t);
    case 'deciel': case 'klasse': return formatGetal(v, 0, t);
    case 'x1000_euro': return leeg(v) ? ONTBREEKT : `${formatEuro(v * 1000, 0, t)}`;
    case 'per_1000': return leeg(v) ? ONTBREEKT : `${formatGetal(v, 0, t)} per ${formatGetal(1000, 0, t)}`;
    case 'aantal': return formatGetal(v, 0, t);
    // An imported indicator whose unit we could not tell (eenheid 'onbekend'): show the figure as
    // the file gave it (up to 6 decimals), not rounded to a precision we would be guessing.
    default: return formatZoalsGegeven(v, t);
  }
}

/** A number with as many decimals as it has (at most 6), nl-NL grouping: 0,125 · 1.234,5 · 7. */
export function formatZoalsGegeven(v: number | null | undefined, t: Taal = huidigeTaal): string {
  if (leeg(v)) return ONTBREEKT;
  return nf('zoals-gegeven', { minimumFractionDigits: 0, maximumFractionDigits: 6 }, t).format(v);
}

/** The app's formatters bundled for modules that take a formatter (descriptions, exports). */
export function formatter(t: Taal = huidigeTaal) {
  return {
    formatEuro: (v: number) => formatEuro(v, 0, t),
    formatPercentage: (v: number, d = 1) => formatPercentage(v, d, t),
    formatGetal: (v: number, d = 0) => formatGetal(v, d, t),
    formatIndex: (v: number) => formatIndex(v, t),
    formatPeriode: (code: string) => formatPeriode(code, t),
  };
}

/** Separators of the language: thousands and decimal (nl "." ",", en "," "."), and the CSV field (Excel nl-NL ";"). */
export function scheidingstekens(t: Taal = huidigeTaal): { duizend: string; decimaal: string; csvVeld: ';' | ',' } {
  return t === 'nl' ? { duizend: '.', decimaal: ',', csvVeld: ';' } : { duizend: ',', decimaal: '.', csvVeld: ',' };
}

const lijsten = new Map<Taal, Intl.ListFormat>();
/** "a, b en c" / "a, b and c": a list joined the way the language joins it. */
export function formatLijst(xs: readonly string[], t: Taal = huidigeTaal): string {
  let f = lijsten.get(t);
  if (!f) lijsten.set(t, (f = new Intl.ListFormat(locale(t), { type: 'conjunction' })));
  return f.format(xs);
}

const MAANDNAAM: Record<Taal, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
/** "mrt 2021" / "Mar 2021" from "2021-03". */
export function maandKort(maand: string, t: Taal = huidigeTaal): string {
  return `${MAANDNAAM[t][Number(maand.slice(5, 7)) - 1]} ${maand.slice(0, 4)}`;
}
