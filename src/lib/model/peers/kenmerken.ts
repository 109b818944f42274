/**
 * Kenmerken en grootteklassen van referentiegemeenten, met hun namen en waarden in de gevraagde
 * taal. The names are keys of the one dictionary (peer_kenmerk_, peer_klasse_, peer_sted_).
 */
import { formatGetal } from '../../i18n/format';
import { tekst } from '../../i18n/teksten';
import type { Taal } from '../../i18n/taal';
import type { GemeenteRij, Kenmerk } from './types.ts';

export interface KenmerkInfo {
  kenmerk: Kenmerk;
  kort: string; // korte code voor de URL
  /** inwoners vergelijken we op log-schaal: 20.000 vs 40.000 is even ver als 100.000 vs 200.000. */
  log: boolean;
  decimalen: number;
  eenheid: '' | '%' | '€';
}

export const KENMERKEN: readonly KenmerkInfo[] = [
  { kenmerk: 'inwoners', kort: 'inw', log: true, decimalen: 0, eenheid: '' },
  { kenmerk: 'stedelijkheid', kort: 'sted', log: false, decimalen: 0, eenheid: '' },
  { kenmerk: 'gem_inkomen_per_inwoner', kort: 'ink', log: false, decimalen: 0, eenheid: '€' },
  { kenmerk: 'pct_sociaal_minimum', kort: 'smin', log: false, decimalen: 1, eenheid: '%' },
  { kenmerk: 'pct_onder_15', kort: 'o15', log: false, decimalen: 1, eenheid: '%' },
  { kenmerk: 'pct_15_24', kort: 'j1524', log: false, decimalen: 1, eenheid: '%' },
];

export const KENMERK_INFO: Record<Kenmerk, KenmerkInfo> = Object.fromEntries(
  KENMERKEN.map((k) => [k.kenmerk, k]),
) as Record<Kenmerk, KenmerkInfo>;

/** "inkomen per inwoner" / "income per inhabitant". */
export function kenmerkLabel(k: Kenmerk, taal: Taal): string {
  return tekst(taal, `peer_kenmerk_${k}`);
}

export const STANDAARD_KENMERKEN: Kenmerk[] = [
  'inwoners',
  'stedelijkheid',
  'gem_inkomen_per_inwoner',
  'pct_sociaal_minimum',
  'pct_onder_15',
];
export const STANDAARD_K = 10;
export const MAX_K = 50;

export function kenmerkWaarde(r: GemeenteRij, k: Kenmerk): number | null {
  const v = r[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/**
 * CBS gemeentegrootteklassen (8 klassen, zoals in StatLine "Gemeentegrootte en stedelijkheid").
 * Code = volgnummer. Grenzen: ondergrens inclusief, bovengrens exclusief.
 */
export const GROOTTEKLASSEN: readonly { code: number; van: number; tot: number }[] = [
  { code: 1, van: 0, tot: 5_000 },
  { code: 2, van: 5_000, tot: 10_000 },
  { code: 3, van: 10_000, tot: 20_000 },
  { code: 4, van: 20_000, tot: 50_000 },
  { code: 5, van: 50_000, tot: 100_000 },
  { code: 6, van: 100_000, tot: 150_000 },
  { code: 7, van: 150_000, tot: 250_000 },
  { code: 8, van: 250_000, tot: Infinity },
];

export function grootteklasseVanInwoners(inwoners: number | null): number | null {
  if (inwoners == null || !Number.isFinite(inwoners) || inwoners < 0) return null;
  return GROOTTEKLASSEN.find((g) => inwoners >= g.van && inwoners < g.tot)!.code;
}

/** Grootteklasse uit de tabel, anders afgeleid uit inwoners (bewerking). */
export function grootteklasseVan(r: GemeenteRij): { code: number | string | null; afgeleid: boolean } {
  if (r.grootteklasse != null && r.grootteklasse !== '') return { code: r.grootteklasse, afgeleid: false };
  return { code: grootteklasseVanInwoners(r.inwoners), afgeleid: true };
}

/**
 * Leesbare naam: 4 → "20.000 tot 50.000 inwoners"; 'GKA_20_50K' → idem; 'GKA_250K_PLUS' →
 * "250.000 inwoners of meer"; in English "20,000 to 50,000 inhabitants".
 */
export function grootteklasseLabel(code: number | string, taal: Taal): string {
  const g = (v: number) => formatGetal(v, 0, taal);
  const grenzen = klasseGrenzen(code);
  if (!grenzen) return tekst(taal, 'peer_klasse_code', { code });
  const { van, tot } = grenzen;
  if (tot === Infinity) return tekst(taal, 'peer_klasse_plus', { van: g(van) });
  // The CBS table names its first class "minder dan"; a code from the data says "0 tot".
  if (van === 0 && typeof code === 'number') return tekst(taal, 'peer_klasse_minder', { tot: g(tot) });
  return tekst(taal, 'peer_klasse_tot', { van: g(van), tot: g(tot) });
}

export function klasseGrenzen(code: number | string): { van: number; tot: number } | null {
  if (typeof code === 'number') return GROOTTEKLASSEN.find((g) => g.code === code) ?? null;
  const plus = /^GKA?_(\d+)K_PLUS$/.exec(code);
  if (plus) return { van: Number(plus[1]) * 1000, tot: Infinity };
  const m = /^GKA?_(\d+)_(\d+)K$/.exec(code);
  return m ? { van: Number(m[1]) * 1000, tot: Number(m[2]) * 1000 } : null;
}

/** CBS mate van stedelijkheid 1–5 → "zeer sterk stedelijk" … "niet stedelijk". */
export function stedelijkheidLabel(s: number, taal: Taal): string {
  return s === 1 || s === 2 || s === 3 || s === 4 || s === 5 ? tekst(taal, `peer_sted_${s}`) : tekst(taal, 'peer_sted_anders', { s });
}

/** Waarde van een kenmerk, bv. "€ 28.500", "6,5 %", "129.840" (en: "€ 28,500", "6.5 %"). */
export function formatKenmerk(k: Kenmerk, v: number, taal: Taal): string {
  const info = KENMERK_INFO[k];
  // KWB levert inkomen in × € 1.000 (28,5); een tabel in hele euro's (28500) kan ook: kleine waarden schalen we op.
  if (info.eenheid === '€') return `€ ${formatGetal(v < 1000 ? v * 1000 : v, 0, taal)}`;
  if (info.eenheid === '%') return `${formatGetal(v, info.decimalen, taal)} %`;
  return formatGetal(v, info.decimalen, taal);
}
