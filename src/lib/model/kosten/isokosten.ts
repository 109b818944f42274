/**
 * Iso-cost curves for the scatter "lasten per gebruiker × gebruikers per inwoner": along a curve
 * the product (= lasten per inwoner) is constant, so P = L / V (a hyperbola).
 */
export interface IsoPunt {
  gebruikersPerInwoner: number;
  lastenPerGebruiker: number;
}

/** n points of the curve P = L/V for V in [vMin, vMax], spaced evenly in V. */
export function isoKostenCurve(lastenPerInwoner: number, vMin: number, vMax: number, n = 50): IsoPunt[] {
  if (!(vMin > 0) || !(vMax > vMin) || n < 2) throw new RangeError('ongeldig bereik voor iso-kostencurve');
  const pts: IsoPunt[] = [];
  for (let i = 0; i < n; i++) {
    const v = vMin + ((vMax - vMin) * i) / (n - 1);
    pts.push({ gebruikersPerInwoner: v, lastenPerGebruiker: lastenPerInwoner / v });
  }
  return pts;
}

/** Round levels (e.g. 150, 200, 250 …) of lasten per inwoner covering [min, max]. */
export function isoKostenNiveaus(min: number, max: number, stap = 50): number[] {
  const out: number[] = [];
  for (let l = Math.ceil(min / stap) * stap; l <= max; l += stap) out.push(l);
  return out;
}
