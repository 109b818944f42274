/**
 * Kenmerken, grootteklassen en nl-NL opmaak voor de uitleg bij referentiegemeenten.
 */
import type { GemeenteRij, Kenmerk } from './types.ts';

export interface KenmerkInfo {
  kenmerk: Kenmerk;
  label: string; // Nederlands, voor uitleg en vinkjes
  kort: string; // korte code voor de URL
  /** inwoners vergelijken we op log-schaal: 20.000 vs 40.000 is even ver als 100.000 vs 200.000. */
  log: boolean;
  decimalen: number;
  eenheid: '' | '%' | '€';
}

export const KENMERKEN: readonly KenmerkInfo[] = [
  { kenmerk: 'inwoners', label: 'inwoners', kort: 'inw', log: true, decimalen: 0, eenheid: '' },
  { kenmerk: 'stedelijkheid', label: 'stedelijkheid', kort: 'sted', log: false, decimalen: 0, eenheid: '' },
  {
    kenmerk: 'gem_inkomen_per_inwoner',
    label: 'inkomen per inwoner',
    kort: 'ink',
    log: false,
    decimalen: 0,
    eenheid: '€',
  },
  { kenmerk: 'pct_sociaal_minimum', label: 'aandeel op of rond sociaal minimum', kort: 'smin', log: false, decimalen: 1, eenheid: '%' },
  { kenmerk: 'pct_onder_15', label: 'aandeel onder 15 jaar', kort: 'o15', log: false, decimalen: 1, eenheid: '%' },
  { kenmerk: 'pct_15_24', label: 'aandeel 15 tot 25 jaar', kort: 'j1524', log: false, decimalen: 1, eenheid: '%' },
];

export const KENMERK_INFO: Record<Kenmerk, KenmerkInfo> = Object.fromEntries(
  KENMERKEN.map((k) => [k.kenmerk, k]),
) as Record<Kenmerk, KenmerkInfo>;

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
export const GROOTTEKLASSEN: readonly { code: number; label: string; van: number; tot: number }[] = [
  { code: 1, label: 'minder dan 5.000 inwoners', van: 0, tot: 5_000 },
  { code: 2, label: '5.000 tot 10.000 inwoners', van: 5_000, tot: 10_000 },
  { code: 3, label: '10.000 tot 20.000 inwoners', van: 10_000, tot: 20_000 },
  { code: 4, label: '20.000 tot 50.000 inwoners', van: 20_000, tot: 50_000 },
  { code: 5, label: '50.000 tot 100.000 inwoners', van: 50_000, tot: 100_000 },
  { code: 6, label: '100.000 tot 150.000 inwoners', van: 100_000, tot: 150_000 },
  { code: 7, label: '150.000 tot 250.000 inwoners', van: 150_000, tot: 250_000 },
  { code: 8, label: '250.000 inwoners of meer', van: 250_000, tot: Infinity },
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

/** Leesbare naam: 4 → "20.000 tot 50.000 inwoners"; 'GKA_20_50K' → idem; 'GKA_250K_PLUS' → "250.000 inwoners of meer". */
export function grootteklasseLabel(code: number | string): string {
  if (typeof code === 'number') return GROOTTEKLASSEN.find((g) => g.code === code)?.label ?? `grootteklasse ${code}`;
  const plus = /^GKA?_(\d+)K_PLUS$/.exec(code);
  if (plus) return `${getal(Number(plus[1]) * 1000)} inwoners of meer`;
  const m = /^GKA?_(\d+)_(\d+)K$/.exec(code);
  if (m) return `${getal(Number(m[1]) * 1000)} tot ${getal(Number(m[2]) * 1000)} inwoners`;
  return `grootteklasse ${code}`;
}

export const STEDELIJKHEID_LABEL: Record<number, string> = {
  1: 'zeer sterk stedelijk',
  2: 'sterk stedelijk',
  3: 'matig stedelijk',
  4: 'weinig stedelijk',
  5: 'niet stedelijk',
};

const nf = new Map<number, Intl.NumberFormat>();
export function getal(v: number, decimalen = 0): string {
  let f = nf.get(decimalen);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimalen, maximumFractionDigits: decimalen });
    nf.set(decimalen, f);
  }
  return f.format(v);
}

/** Waarde van een kenmerk in nl-NL, bv. "€ 28.500", "6,5 %", "129.840". */
export function formatKenmerk(k: Kenmerk, v: number): string {
  const info = KENMERK_INFO[k];
  // KWB levert inkomen in × € 1.000 (28,5); een tabel in hele euro's (28500) kan ook: kleine waarden schalen we op.
  if (info.eenheid === '€') return `€ ${getal(v < 1000 ? v * 1000 : v)}`;
  if (info.eenheid === '%') return `${getal(v, info.decimalen)} %`;
  return getal(v, info.decimalen);
}

/** "a, b en c" */
export function opsomming(xs: string[]): string {
  if (xs.length <= 1) return xs.join('');
  return `${xs.slice(0, -1).join(', ')} en ${xs[xs.length - 1]}`;
}
