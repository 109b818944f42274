/**
 * "Wat als" scenario calculator (pure). Model, stated so the UI can show it:
 *
 *  Zonder verandering: each child is at home for `maandenUitSchool` months (capped at the
 *    horizon) — youth care at the NA rate, and the regular education funding keeps being paid
 *    because the child stays enrolled (seed-001 L625–626). After that the child has a fitting
 *    (special) school place: youth care at the VOOR rate plus special education.
 *  Met verandering: the same, but the fitting place comes after `maandenTotPlek` months.
 *
 * Costs are per month = rate per year / 12, times the number of children. No discounting and no
 * implementation costs (as in the source documents).
 */
import type { Taal } from '../../i18n/taal';
import { tekst } from '../../i18n/teksten';
import { formatGetal, scheidingstekens } from '../../i18n/format';

export type Herkomstlabel = { soort: 'uit bron'; bron: string } | { soort: 'aanname'; toelichting: string };

export interface WatAlsInvoer {
  kinderen: number;
  maandenUitSchool: number;
  maandenTotPlek: number;
  jeugdzorgVoorPerJaar: number;
  jeugdzorgNaPerJaar: number;
  onderwijsRegulierPerJaar: number;
  onderwijsSpeciaalPerJaar: number;
  horizonMaanden: number;
}

const S1 = 'seed-001 (Gouda, seeds/001_825890019b7aede4.txt)';

/** Defaults, each marked "uit bron" (with source) or "aanname". */
export const WAT_ALS_STANDAARD: { [K in keyof WatAlsInvoer]: { waarde: number; herkomst: Herkomstlabel } } = {
  kinderen: { waarde: 28, herkomst: { soort: 'uit bron', bron: `${S1} L465: breedte-analyse, zeker 28 kinderen` } },
  maandenUitSchool: { waarde: 19, herkomst: { soort: 'uit bron', bron: `${S1} L471: gemiddeld 1 jaar en 7 maanden gedeeltelijk/volledig thuis` } },
  maandenTotPlek: { waarde: 6, herkomst: { soort: 'aanname', toelichting: 'zes maanden tot een passende plek; vgl. de wachttijd van zes maanden in seed-000 L1025 (andere casus)' } },
  jeugdzorgVoorPerJaar: { waarde: 23000, herkomst: { soort: 'uit bron', bron: `${S1} L473, L522: gem. €23k per jaar voor uitval` } },
  jeugdzorgNaPerJaar: { waarde: 46000, herkomst: { soort: 'uit bron', bron: `${S1} L473, L530: gem. €46k per jaar na uitval` } },
  onderwijsRegulierPerJaar: { waarde: 7000, herkomst: { soort: 'uit bron', bron: `${S1} L524: €7k per jaar (regulier)` } },
  onderwijsSpeciaalPerJaar: { waarde: 14000, herkomst: { soort: 'uit bron', bron: `${S1} L526, L623: €14k per jaar (speciaal), een 2-voud` } },
  horizonMaanden: { waarde: 36, herkomst: { soort: 'aanname', toelichting: 'drie jaar, ongeveer de 3,5 jaar van de zes zorgpaden (L484)' } },
};

export function standaardInvoer(): WatAlsInvoer {
  const o = {} as WatAlsInvoer;
  for (const k of Object.keys(WAT_ALS_STANDAARD) as (keyof WatAlsInvoer)[]) o[k] = WAT_ALS_STANDAARD[k].waarde;
  return o;
}

export interface ScenarioKosten {
  jeugdzorg: number;
  onderwijs: number;
  totaal: number;
  maandenThuis: number;
}

export interface WatAlsUitkomst {
  zonder: ScenarioKosten;
  met: ScenarioKosten;
  /** zonder − met (positive = the change saves money) */
  verschil: number;
  /** per month series of cumulative cost for the chart, month 1…horizon */
  cumulatief: { maand: number; zonder: number; met: number }[];
  fouten: string[];
}

function scenario(inv: WatAlsInvoer, maandenThuis: number): ScenarioKosten {
  const h = inv.horizonMaanden;
  const thuis = Math.min(Math.max(maandenThuis, 0), h);
  const daarna = h - thuis;
  const jeugdzorg = (inv.kinderen * (thuis * inv.jeugdzorgNaPerJaar + daarna * inv.jeugdzorgVoorPerJaar)) / 12;
  const onderwijs = (inv.kinderen * (thuis * inv.onderwijsRegulierPerJaar + daarna * inv.onderwijsSpeciaalPerJaar)) / 12;
  return { jeugdzorg, onderwijs, totaal: jeugdzorg + onderwijs, maandenThuis: thuis };
}

export function controleer(inv: WatAlsInvoer): string[] {
  const f: string[] = [];
  for (const [k, v] of Object.entries(inv)) if (!Number.isFinite(v) || v < 0) f.push(`${k}: vul een getal van 0 of meer in`);
  if (inv.maandenTotPlek > inv.maandenUitSchool) f.push('maanden tot een passende plek is langer dan de maanden uit school zonder verandering');
  if (inv.horizonMaanden === 0) f.push('horizon: kies minstens 1 maand');
  return f;
}

export function berekenWatAls(inv: WatAlsInvoer): WatAlsUitkomst {
  const zonder = scenario(inv, inv.maandenUitSchool);
  const met = scenario(inv, inv.maandenTotPlek);
  const cumulatief: WatAlsUitkomst['cumulatief'] = [];
  for (let m = 1; m <= inv.horizonMaanden; m++) {
    const sub = { ...inv, horizonMaanden: m };
    cumulatief.push({ maand: m, zonder: scenario(sub, inv.maandenUitSchool).totaal, met: scenario(sub, inv.maandenTotPlek).totaal });
  }
  return { zonder, met, verschil: zonder.totaal - met.totaal, cumulatief, fouten: controleer(inv) };
}

/* ---------------------------------------------------------------------------------------------
 * Worked example: the 28-children breadth analysis (seed-001 L587–596).
 * The price per child-year is not published. From the printed totals: total ÷ "per jaar" gives
 * the same 1,5893 years in every column = 19,07 months per child (the text rounds to "1 jaar en
 * 7 maanden"), i.e. 28 × 19,07 / 12 = 44,5 child-years. Price per child-year = total ÷ 44,5
 * ("afgeleid"); the per-case row is total ÷ 28 and the per-year row is price × 28.
 */
export const BREEDTE_28 = {
  kinderen: 28,
  kindjaren: 44.5,
  bron: `${S1} L587–596`,
  gedrukt: {
    laag: { totaal: 2352830.0, perCasus: 84029.64, perJaar: 1480432.36 },
    gemiddeld: { totaal: 2668747.0, perCasus: 95312.39, perJaar: 1679211.6 },
    hoog: { totaal: 2895794.0, perCasus: 103421.21, perJaar: 1822072.63 },
  },
} as const;

export interface Afleiding28Rij {
  scenario: 'laag' | 'gemiddeld' | 'hoog';
  totaal: number;
  /** afgeleid */
  prijsPerKindjaar: number;
  perCasus: number;
  perJaar: number;
  /** afgeleid minus printed, after rounding to cents */
  verschilPerCasus: number;
  verschilPerJaar: number;
  /** months per child implied by total ÷ printed per-year (afgeleid) */
  maandenPerKind: number;
}

const cent = (x: number) => Math.round(x * 100) / 100;

export function afleiding28(b = BREEDTE_28): Afleiding28Rij[] {
  return (['laag', 'gemiddeld', 'hoog'] as const).map((scenario) => {
    const g = b.gedrukt[scenario];
    const prijs = g.totaal / b.kindjaren;
    const perCasus = g.totaal / b.kinderen;
    const perJaar = prijs * b.kinderen;
    return {
      scenario,
      totaal: g.totaal,
      prijsPerKindjaar: prijs,
      perCasus,
      perJaar,
      verschilPerCasus: cent(cent(perCasus) - g.perCasus),
      verschilPerJaar: cent(cent(perJaar) - g.perJaar),
      maandenPerKind: (12 * g.totaal) / g.perJaar,
    };
  });
}

/* ---------------------------------------------------------------------------------------------
 * Input checks and URL state ('wa'). Only inputs that differ from the defaults are written, as
 * `k30,mu24,jn50000` (short key + plain decimal number, alphabet allowed by src/lib/url/staat.ts).
 * A string that does not follow this grammar exactly is rejected as a whole: better the defaults
 * than a half-read scenario.
 */
export type WatAlsSleutel = keyof WatAlsInvoer;

export const URL_SLEUTEL: Record<WatAlsSleutel, string> = {
  kinderen: 'k',
  maandenUitSchool: 'mu',
  maandenTotPlek: 'mp',
  jeugdzorgVoorPerJaar: 'jv',
  jeugdzorgNaPerJaar: 'jn',
  onderwijsRegulierPerJaar: 'or',
  onderwijsSpeciaalPerJaar: 'os',
  horizonMaanden: 'h',
};

/** Allowed range per input; `geheel` = whole numbers only (children, horizon months for the monthly series). */
export const GRENZEN: Record<WatAlsSleutel, { min: number; max: number; geheel: boolean }> = {
  kinderen: { min: 0, max: 100000, geheel: true },
  maandenUitSchool: { min: 0, max: 600, geheel: false },
  maandenTotPlek: { min: 0, max: 600, geheel: false },
  jeugdzorgVoorPerJaar: { min: 0, max: 10_000_000, geheel: false },
  jeugdzorgNaPerJaar: { min: 0, max: 10_000_000, geheel: false },
  onderwijsRegulierPerJaar: { min: 0, max: 10_000_000, geheel: false },
  onderwijsSpeciaalPerJaar: { min: 0, max: 10_000_000, geheel: false },
  horizonMaanden: { min: 1, max: 600, geheel: true },
};

/**
 * Reads a number as a person types it: nl "23.000" / "19,5", en "23,000" / "19.5"; an optional
 * "€" and spaces are ignored. Returns null when the text is not a number in that language's form.
 */
export function leesGetal(tekst: string, taal: Taal = 'nl'): number | null {
  const s = tekst.replace(/[\s\u00a0\u202f€]/g, '');
  const { duizend, decimaal: dec } = scheidingstekens(taal);
  const d = duizend === '.' ? '\\.' : ',';
  const c = dec === '.' ? '\\.' : ',';
  const vorm = new RegExp(`^-?(\\d{1,3}(${d}\\d{3})+|\\d+)(${c}\\d+)?$`);
  if (!vorm.test(s)) return null;
  const n = Number(s.split(duizend).join('').replace(dec, '.'));
  return Number.isFinite(n) ? n : null;
}

/** Message for one input, or null when it is valid. */
export function veldFout(sleutel: WatAlsSleutel, waarde: number | null, taal: Taal = 'nl'): string | null {
  const g = GRENZEN[sleutel];
  if (waarde === null) return tekst(taal, 'kosten_vul_een_getal_in_bijvoorbeeld');
  if (waarde < g.min || waarde > g.max) {
    const f = (x: number) => formatGetal(x, 0, taal);
    return tekst(taal, 'kosten_kies_een_waarde_van_tot', { waarde: f(g.min), waarde2: f(g.max) });
  }
  if (g.geheel && !Number.isInteger(waarde)) return tekst(taal, 'kosten_vul_een_geheel_getal_in');
  return null;
}

/** Checks that involve more than one input. */
export function kruisFouten(inv: WatAlsInvoer, taal: Taal = 'nl'): string[] {
  const f: string[] = [];
  if (inv.maandenTotPlek > inv.maandenUitSchool)
    f.push(tekst(taal, 'kosten_de_maanden_tot_een_passende'));
  return f;
}

/** Shortest decimal form without exponent ("46000", "19.07"). */
function getalTekst(x: number): string {
  return String(Math.round(x * 10000) / 10000);
}

export function encodeWatAls(inv: WatAlsInvoer): string {
  const std = standaardInvoer();
  return (Object.keys(URL_SLEUTEL) as WatAlsSleutel[])
    .filter((k) => inv[k] !== std[k])
    .map((k) => `${URL_SLEUTEL[k]}${getalTekst(inv[k])}`)
    .join(',');
}

/** Decodes the 'wa' string; garbage, unknown or repeated keys and invalid values give null. '' = defaults. */
export function decodeWatAls(tekst: string): WatAlsInvoer | null {
  const inv = standaardInvoer();
  if (tekst === '') return inv;
  if (tekst.length > 400) return null;
  const perUrl = new Map(Object.entries(URL_SLEUTEL).map(([k, u]) => [u, k as WatAlsSleutel]));
  const gezien = new Set<string>();
  for (const deel of tekst.split(',')) {
    const m = /^([a-z]{1,2})(\d{1,8}(?:\.\d{1,4})?)$/.exec(deel);
    if (!m) return null;
    const k = perUrl.get(m[1]);
    if (!k || gezien.has(k)) return null;
    gezien.add(k);
    const v = Number(m[2]);
    if (veldFout(k, v) !== null) return null;
    inv[k] = v;
  }
  return kruisFouten(inv).length ? null : inv;
}
