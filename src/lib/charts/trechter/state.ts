/**
 * Layout van de trechterplot: x = noemer (log-schaal, geschat aantal jeugdigen), y = aandeel (%).
 * Puur: neemt de uitkomst van model/trechter `trechter()` en geeft schalen, punten en paden.
 */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3';
import type { TrechterResultaat } from '../../model/trechter/trechter.ts';

export interface TrechterPunt {
  code: string;
  naam: string;
  /** Aandeel als fractie 0–1. */
  p: number | null;
  n: number | null;
}

export type PuntRol = 'gekozen' | 'peer' | 'overig';

export interface TrechterCirkel {
  code: string;
  naam: string;
  cx: number;
  cy: number;
  r: number;
  rol: PuntRol;
  label: string;
}

export interface TrechterLayout {
  breedte: number;
  hoogte: number;
  marge: { links: number; rechts: number; boven: number; onder: number };
  cirkels: TrechterCirkel[];
  paden: { p0: string; boven95: string; onder95: string; boven998: string; onder998: string };
  /** scales and tick values for the shared axis (charts/as) */
  x: ScaleLogarithmic<number, number>;
  y: ScaleLinear<number, number>;
  /** 1, 2 and 5 times a power of ten only: other log ticks read as noise */
  xWaarden: number[];
  formatP: (p: number) => string;
  formatN: (n: number) => string;
}

const nl0 = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const nl1 = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
export const procent = (p: number) => `${nl1.format(p * 100)} %`;

export function trechterLayout(invoer: {
  punten: readonly TrechterPunt[];
  resultaat: TrechterResultaat;
  breedte: number;
  hoogte: number;
  gekozen?: string;
  markeer?: readonly string[];
  formatWaarde?: (p: number) => string;
  formatN?: (n: number) => string;
  puntLabel?: (naam: string, p: number, n: number) => string;
}): TrechterLayout {
  const { punten, resultaat, breedte, hoogte, gekozen } = invoer;
  const fmtP = invoer.formatWaarde ?? procent;
  const fmtN = invoer.formatN ?? ((n: number) => nl0.format(n));
  const markeer = new Set(invoer.markeer ?? []);
  const marge = { links: 52, rechts: 12, boven: 10, onder: 40 };
  const geldig = punten.filter((p): p is TrechterPunt & { p: number; n: number } => p.p != null && p.n != null && p.n > 0);
  const ns = [...geldig.map((p) => p.n), ...resultaat.curve.map((c) => c.n)];
  const nMin = ns.length ? Math.max(1, Math.min(...ns)) : 1;
  const nMax = Math.max(...ns, nMin * 10);
  const x = scaleLog()
    .domain([nMin, nMax])
    .range([marge.links, Math.max(marge.links + 40, breedte - marge.rechts)]);
  // y: de punten plus de 95 %-grenzen (de 99,8 %-grenzen bij kleine n mogen buiten beeld lopen).
  const ps = geldig.map((p) => p.p);
  const lo = Math.min(...ps, resultaat.p0);
  const hi = Math.max(...ps, resultaat.p0);
  const rand = (hi - lo) * 0.08 || 0.01;
  const y = scaleLinear()
    .domain([Math.max(0, lo - rand), Math.min(1, hi + rand)])
    .range([hoogte - marge.onder, marge.boven])
    .nice();
  const [yLo, yHi] = y.domain() as [number, number];
  const klem = (v: number) => Math.min(yHi, Math.max(yLo, v));
  const pad = (kies: (c: TrechterResultaat['curve'][number]) => number) =>
    resultaat.curve.map((c, i) => `${i ? 'L' : 'M'}${x(c.n).toFixed(1)},${y(klem(kies(c))).toFixed(1)}`).join('');
  const rol = (c: string): PuntRol => (c === gekozen ? 'gekozen' : markeer.has(c) ? 'peer' : 'overig');
  const volgorde: Record<PuntRol, number> = { overig: 0, peer: 1, gekozen: 2 };
  const cirkels = geldig
    .map((p) => ({
      code: p.code,
      naam: p.naam,
      cx: x(p.n),
      cy: y(p.p),
      r: rol(p.code) === 'gekozen' ? 6 : rol(p.code) === 'peer' ? 4.5 : 3,
      rol: rol(p.code),
      label: invoer.puntLabel ? invoer.puntLabel(p.naam, p.p, p.n) : `${p.naam}: ${fmtP(p.p)} van ongeveer ${fmtN(p.n)} jeugdigen (geschat)`,
    }))
    // Gekozen en peers als laatste tekenen, zodat ze bovenop liggen.
    .sort((a, b) => volgorde[a.rol] - volgorde[b.rol] || (a.code < b.code ? -1 : 1));
  const xWaarden = x.ticks(breedte < 420 ? 3 : 6).filter((t) => /^[125]0*$/.test(String(t)));
  return {
    breedte,
    hoogte,
    marge,
    cirkels,
    paden: {
      p0: `M${x(nMin).toFixed(1)},${y(resultaat.p0).toFixed(1)}H${x(nMax).toFixed(1)}`,
      boven95: pad((c) => c.boven95),
      onder95: pad((c) => c.onder95),
      boven998: pad((c) => c.boven998),
      onder998: pad((c) => c.onder998),
    },
    x,
    y,
    xWaarden,
    formatP: fmtP,
    formatN: fmtN,
  };
}
