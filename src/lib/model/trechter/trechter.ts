/**
 * Trechterplot-grenzen (funnel plot) voor een aandeel tegen de noemer, met overdispersie.
 *
 * Methode: Spiegelhalter DJ (2005), "Handling over-dispersion of performance indicators",
 * Qual Saf Health Care 14:347–351. Multiplicatieve overdispersiefactor φ:
 *   z_i = (y_i − p0) / sqrt(p0(1−p0)/n_i)
 *   z-scores 10 % gewinsoriseerd aan elke kant (waarden buiten het 10e/90e percentiel worden
 *   op dat percentiel gezet), φ = (1/I) Σ z_w².  Is φ ≤ 1, dan geen correctie (φ = 1).
 *   grenzen: p0 ± z · sqrt(φ · p0(1−p0)/n), z = 1,96 (95 %) en 3,09 (99,8 %).
 * Het gewone binomiale model (φ = 1) is er ter vergelijking: dat zou ongeveer de helft van de
 * gemeenten "afwijkend" noemen, omdat gemeenten meer van elkaar verschillen dan toeval verklaart.
 * Percentielen: lineaire interpolatie (type 7, zoals d3.quantile en R standaard).
 */
import { formatGetal } from '../../i18n/format';
import { tekst } from '../../i18n/teksten';
import type { Taal } from '../../i18n/taal';

export const Z95 = 1.96;
export const Z998 = 3.09;
export const WINSOR = 0.1;

export interface TrechterEenheid {
  code: string;
  /** Aandeel als fractie 0–1 (dus 10,4 % = 0.104). */
  p: number | null;
  /** Noemer (bv. geschat aantal jeugdigen). */
  n: number | null;
}

export type Positie = 'binnen' | 'boven' | 'onder';

export interface Classificatie {
  code: string;
  p: number;
  n: number;
  z: number;
  /** z gedeeld door sqrt(φ): de overdispersie-gecorrigeerde z-score. */
  zAangepast: number;
  p95: Positie;
  p998: Positie;
}

export interface LimietPunt {
  n: number;
  onder95: number;
  boven95: number;
  onder998: number;
  boven998: number;
}

export interface TrechterResultaat {
  p0: number;
  /** Gebruikte overdispersiefactor (1 bij binomiaal of als de geschatte φ ≤ 1). */
  phi: number;
  /** Geschatte φ vóór afkappen op 1 (bij overdispersie-methode). */
  phiGeschat: number;
  overdispersie: boolean;
  eenheden: Classificatie[];
  /** Eenheden zonder p of n (of n ≤ 0): niet meegenomen, wel geteld. */
  uitgesloten: string[];
  curve: LimietPunt[];
  buiten: { boven95: number; onder95: number; boven998: number; onder998: number };
}

export interface TrechterOpties {
  /** Referentiewaarde (bv. het landelijke aandeel). Standaard: Σ p·n / Σ n van de eenheden. */
  p0?: number;
  /** true (standaard) = Spiegelhalter-overdispersie; false = gewone binomiale grenzen. */
  overdispersie?: boolean;
  /** Aantal punten op de grenscurves (logaritmisch verdeeld tussen nMin en nMax). */
  punten?: number;
  nMin?: number;
  nMax?: number;
}

/** Percentiel met lineaire interpolatie (type 7) op een gesorteerde reeks. */
export function kwantiel(gesorteerd: readonly number[], q: number): number {
  if (!gesorteerd.length) return NaN;
  const h = (gesorteerd.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, gesorteerd.length - 1);
  return gesorteerd[lo] + (h - lo) * (gesorteerd[hi] - gesorteerd[lo]);
}

/** Gewinsoriseerde overdispersiefactor uit z-scores (niet afgekapt op 1). */
export function overdispersieFactor(z: readonly number[], winsor = WINSOR): number {
  if (!z.length) return NaN;
  const s = [...z].sort((a, b) => a - b);
  const lo = kwantiel(s, winsor);
  const hi = kwantiel(s, 1 - winsor);
  let som = 0;
  for (const v of z) {
    const w = Math.min(hi, Math.max(lo, v));
    som += w * w;
  }
  return som / z.length;
}

export function grens(p0: number, n: number, z: number, phi: number): number {
  const v = p0 + z * Math.sqrt((phi * p0 * (1 - p0)) / n);
  return Math.min(1, Math.max(0, v));
}

export function trechter(invoer: readonly TrechterEenheid[], opties: TrechterOpties = {}): TrechterResultaat {
  const geldig: { code: string; p: number; n: number }[] = [];
  const uitgesloten: string[] = [];
  for (const e of invoer) {
    if (e.p == null || e.n == null || !Number.isFinite(e.p) || !Number.isFinite(e.n) || e.n <= 0 || e.p < 0 || e.p > 1) {
      uitgesloten.push(e.code);
    } else geldig.push({ code: e.code, p: e.p, n: e.n });
  }
  const somN = geldig.reduce((a, e) => a + e.n, 0);
  const p0 = opties.p0 ?? (somN > 0 ? geldig.reduce((a, e) => a + e.p * e.n, 0) / somN : NaN);
  const overdispersie = opties.overdispersie ?? true;
  const se = (n: number) => Math.sqrt((p0 * (1 - p0)) / n);
  const z = geldig.map((e) => (e.p - p0) / se(e.n));
  const phiGeschat = overdispersie ? overdispersieFactor(z) : 1;
  const phi = overdispersie && phiGeschat > 1 ? phiGeschat : 1;

  const positie = (p: number, n: number, zc: number): Positie =>
    p > grens(p0, n, zc, phi) ? 'boven' : p < grens(p0, n, -zc, phi) ? 'onder' : 'binnen';
  const eenheden: Classificatie[] = geldig.map((e, i) => ({
    code: e.code,
    p: e.p,
    n: e.n,
    z: z[i],
    zAangepast: z[i] / Math.sqrt(phi),
    p95: positie(e.p, e.n, Z95),
    p998: positie(e.p, e.n, Z998),
  }));

  const ns = geldig.map((e) => e.n);
  const nMin = opties.nMin ?? (ns.length ? Math.min(...ns) * 0.8 : 10);
  const nMax = opties.nMax ?? (ns.length ? Math.max(...ns) * 1.2 : 1000);
  const aantal = Math.max(2, opties.punten ?? 120);
  const curve: LimietPunt[] = [];
  for (let i = 0; i < aantal; i++) {
    const n = nMin * (nMax / nMin) ** (i / (aantal - 1));
    curve.push({
      n,
      onder95: grens(p0, n, -Z95, phi),
      boven95: grens(p0, n, Z95, phi),
      onder998: grens(p0, n, -Z998, phi),
      boven998: grens(p0, n, Z998, phi),
    });
  }
  const tel = (f: (c: Classificatie) => boolean) => eenheden.filter(f).length;
  return {
    p0,
    phi,
    phiGeschat,
    overdispersie,
    eenheden,
    uitgesloten,
    curve,
    buiten: {
      boven95: tel((c) => c.p95 === 'boven'),
      onder95: tel((c) => c.p95 === 'onder'),
      boven998: tel((c) => c.p998 === 'boven'),
      onder998: tel((c) => c.p998 === 'onder'),
    },
  };
}

/** The sentence under the chart, readable without statistics. */
export function trechterUitleg(r: TrechterResultaat, taal: Taal): string {
  const basis = r.overdispersie ? tekst(taal, 'kaart_trechter_overdispersie', { factor: formatGetal(r.phi, 1, taal) }) : tekst(taal, 'kaart_trechter_binomiaal');
  return tekst(taal, 'kaart_trechter_buiten', {
    basis, n: r.eenheden.length, b95: r.buiten.boven95 + r.buiten.onder95, b998: r.buiten.boven998 + r.buiten.onder998,
  });
}
