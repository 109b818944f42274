/**
 * Cost concentration: Lorenz curve and "the costliest p of cases take X % of the money".
 * Cases with zero cost are counted (they are cases); negative amounts are not expected.
 */
export interface LorenzPunt {
  /** cumulative share of cases, cheapest first (0…1) */
  aandeelCasussen: number;
  /** cumulative share of money (0…1) */
  aandeelKosten: number;
}

export function lorenz(bedragen: readonly number[]): { punten: LorenzPunt[]; gini: number; totaal: number } {
  const s = Float64Array.from(bedragen).sort();
  const n = s.length;
  let totaal = 0;
  for (let i = 0; i < n; i++) totaal += s[i];
  const punten: LorenzPunt[] = [{ aandeelCasussen: 0, aandeelKosten: 0 }];
  if (n === 0 || totaal <= 0) return { punten, gini: 0, totaal };
  let cum = 0;
  let oppervlak = 0; // area under the Lorenz curve (trapezia)
  for (let i = 0; i < n; i++) {
    const vorig = cum;
    cum += s[i];
    oppervlak += (vorig + cum) / 2 / totaal / n;
    punten.push({ aandeelCasussen: (i + 1) / n, aandeelKosten: cum / totaal });
  }
  return { punten, gini: 1 - 2 * oppervlak, totaal };
}

/** Share of the money taken by the costliest fraction p (0…1) of cases; fractional cases interpolated. */
export function aandeelDuurste(bedragen: readonly number[], p: number): number {
  const s = Float64Array.from(bedragen).sort().reverse();
  let totaal = 0;
  for (const b of s) totaal += b;
  if (!s.length || totaal <= 0) return 0;
  const k = p * s.length;
  const heel = Math.floor(k);
  let som = 0;
  for (let i = 0; i < heel; i++) som += s[i];
  if (heel < s.length) som += (k - heel) * s[heel];
  return som / totaal;
}

/** Reduce a long curve to about m points for drawing (keeps first and last). */
export function dunUit(punten: LorenzPunt[], m = 200): LorenzPunt[] {
  if (punten.length <= m) return punten;
  const out: LorenzPunt[] = [];
  const stap = (punten.length - 1) / (m - 1);
  for (let i = 0; i < m; i++) out.push(punten[Math.round(i * stap)]);
  return out;
}

/** One bin of cases by total cost (from sqlLorenzBins): `bin` orders the bins, cheapest first. */
export interface LorenzBin {
  bin: number;
  n: number;
  bedrag: number;
}

/**
 * Lorenz curve and top share from binned case totals. Points at bin edges are exact; inside the
 * bin that holds the boundary of the costliest fraction p, cases are taken at the bin's mean
 * (bins are ≈ 1 % wide, so the error on the share stays well under 1 percentage point).
 */
export function lorenzUitBins(bins: readonly LorenzBin[], p = 0.1): { punten: LorenzPunt[]; aandeelTop: number; n: number; totaal: number } {
  const b = [...bins].filter((x) => x.n > 0).sort((x, y) => x.bin - y.bin);
  let n = 0;
  let totaal = 0;
  for (const x of b) {
    n += x.n;
    totaal += x.bedrag;
  }
  const punten: LorenzPunt[] = [{ aandeelCasussen: 0, aandeelKosten: 0 }];
  if (!n || totaal <= 0) return { punten, aandeelTop: 0, n, totaal };
  let cn = 0;
  let cb = 0;
  for (const x of b) {
    cn += x.n;
    cb += x.bedrag;
    punten.push({ aandeelCasussen: cn / n, aandeelKosten: cb / totaal });
  }
  // costliest first until p·n cases are taken
  let nodig = p * n;
  let som = 0;
  for (let i = b.length - 1; i >= 0 && nodig > 0; i--) {
    const neem = Math.min(nodig, b[i].n);
    som += (neem * b[i].bedrag) / b[i].n;
    nodig -= neem;
  }
  return { punten, aandeelTop: som / totaal, n, totaal };
}
