/**
 * Price × volume at municipal level (seed-003 §2.4, §2.7).
 *
 * lasten per inwoner (L) = lasten per gebruiker (P) × gebruikers per inwoner (V), so
 * V = L / P — "afgeleid": the study publishes L and P, never V. Cost = Iv3 taakvelden 6.72 + 6.82.
 *
 * The difference ΔL = L_g − L_ref is split with LMDI (logarithmic-mean Divisia) weights:
 *   w = (L_g − L_ref) / (ln L_g − ln L_ref),  volume = w·ln(V_g/V_ref),  prijs = w·ln(P_g/P_ref).
 * Because ln(L) = ln(P) + ln(V) the two parts add up to ΔL exactly (no residual term).
 */

export interface GemeenteKosten {
  naam: string;
  gemeente_code?: string;
  /** € per inwoner; null = missing in the source (e.g. Amersfoort, Table 4: "–") */
  lastenPerInwoner: number | null;
  /** € per gebruiker; null = missing */
  lastenPerGebruiker: number | null;
}

export interface Uitgesloten {
  naam: string;
  /** Which of the two source figures is missing (the view words it in the UI language). */
  ontbreekt: ('lasten_per_inwoner' | 'lasten_per_gebruiker')[];
  reden: string;
}

export interface Referentie {
  lastenPerInwoner: number;
  lastenPerGebruiker: number;
  /** afgeleid: L / P */
  gebruikersPerInwoner: number;
  leden: string[];
  uitgesloten: Uitgesloten[];
  methode: ReferentieMethode;
}

export type ReferentieMethode = 'gemiddelde' | 'mediaan';

/** Users per inhabitant (afgeleid) = lasten per inwoner ÷ lasten per gebruiker; null if either is missing. */
export function gebruikersPerInwoner(g: GemeenteKosten): number | null {
  if (g.lastenPerInwoner == null || g.lastenPerGebruiker == null || g.lastenPerGebruiker <= 0) return null;
  return g.lastenPerInwoner / g.lastenPerGebruiker;
}

function mediaan(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Reference values from a peer group. Members lacking L or P are excluded and reported
 * (never treated as 0). P and L are aggregated separately (unweighted, as the study's tables
 * list members side by side); V_ref = L_ref / P_ref so the identity L = P·V holds for the
 * reference too and the decomposition stays exact.
 */
export function referentie(leden: GemeenteKosten[], methode: ReferentieMethode = 'gemiddelde'): Referentie | null {
  const bruikbaar: GemeenteKosten[] = [];
  const uitgesloten: Uitgesloten[] = [];
  for (const g of leden) {
    const ontbreekt: Uitgesloten['ontbreekt'] = [];
    if (g.lastenPerInwoner == null) ontbreekt.push('lasten_per_inwoner');
    if (g.lastenPerGebruiker == null) ontbreekt.push('lasten_per_gebruiker');
    const mist = ontbreekt.map((k) => k.replace(/_/g, ' '));
    if (mist.length) uitgesloten.push({ naam: g.naam, ontbreekt, reden: `${mist.join(' en ')} ontbreekt in de bron; niet meegeteld in de referentiegroep` });
    else bruikbaar.push(g);
  }
  if (!bruikbaar.length) return null;
  const agg = methode === 'mediaan' ? mediaan : (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const L = agg(bruikbaar.map((g) => g.lastenPerInwoner!));
  const P = agg(bruikbaar.map((g) => g.lastenPerGebruiker!));
  return { lastenPerInwoner: L, lastenPerGebruiker: P, gebruikersPerInwoner: L / P, leden: bruikbaar.map((g) => g.naam), uitgesloten, methode };
}

/** Logarithmic mean; equals a when a = b (limit). */
export function logGemiddelde(a: number, b: number): number {
  if (a <= 0 || b <= 0) throw new RangeError('logaritmisch gemiddelde vraagt positieve waarden');
  if (Math.abs(a - b) < 1e-12 * Math.max(a, b)) return a;
  return (a - b) / (Math.log(a) - Math.log(b));
}

export interface Decompositie {
  gemeente: string;
  lastenPerInwoner: number;
  referentieLastenPerInwoner: number;
  /** L_g − L_ref in € per inwoner */
  verschil: number;
  /** part due to more/fewer users per inhabitant */
  volume: number;
  /** part due to higher/lower cost per user */
  prijs: number;
  gewicht: number;
  referentie: Referentie;
}

/** LMDI split of the difference; volume + prijs === verschil (up to floating point). */
export function decomponeer(g: GemeenteKosten, ref: Referentie): Decompositie | null {
  const V = gebruikersPerInwoner(g);
  if (V == null) return null;
  const L = g.lastenPerInwoner!;
  const P = g.lastenPerGebruiker!;
  const w = logGemiddelde(L, ref.lastenPerInwoner);
  const volume = w * Math.log(V / ref.gebruikersPerInwoner);
  const prijs = w * Math.log(P / ref.lastenPerGebruiker);
  return { gemeente: g.naam, lastenPerInwoner: L, referentieLastenPerInwoner: ref.lastenPerInwoner, verschil: L - ref.lastenPerInwoner, volume, prijs, gewicht: w, referentie: ref };
}

/** Waterfall steps for the chart: reference → volume → prijs → gemeente. */
export function waterval(d: Decompositie): { label: string; van: number; tot: number }[] {
  const r = d.referentieLastenPerInwoner;
  return [
    { label: 'Referentiegroep', van: 0, tot: r },
    { label: 'Volume (gebruikers per inwoner, afgeleid)', van: r, tot: r + d.volume },
    { label: 'Prijs (lasten per gebruiker)', van: r + d.volume, tot: r + d.volume + d.prijs },
    { label: d.gemeente, van: 0, tot: d.lastenPerInwoner },
  ];
}

/**
 * Rounded parts for display that still add up on screen: the difference and the volume part are
 * rounded to `decimalen`, the price part is the rounded difference minus the rounded volume part
 * unless that moves it further than one rounding step (then the larger residual takes the step).
 */
export function afgerondeDelen(d: Pick<Decompositie, 'verschil' | 'volume' | 'prijs'>, decimalen = 1): { verschil: number; volume: number; prijs: number } {
  const f = 10 ** decimalen;
  const V = Math.round(d.verschil * f);
  let vol = Math.round(d.volume * f);
  let pr = Math.round(d.prijs * f);
  const rest = V - vol - pr;
  if (rest !== 0) {
    // give the missing step(s) to the part whose rounding moved it most the other way
    const resVol = d.volume * f - vol;
    const resPr = d.prijs * f - pr;
    if (Math.sign(rest) * resVol >= Math.sign(rest) * resPr) vol += rest;
    else pr += rest;
  }
  return { verschil: V / f, volume: vol / f, prijs: pr / f };
}

/** A row of the study data for one unit (as the Kosten SQL returns it). */
export interface KostenRij {
  focus_code: string;
  code: string;
  naam: string;
  soort: string;
  rol: string;
  lasten_per_gebruiker: number | null;
  lasten_per_inwoner: number | null;
}

/** The gemeente and its study reference gemeenten for a case (focus), as GemeenteKosten. */
export function casusKosten(rijen: KostenRij[], focus: string): { gemeente: GemeenteKosten | null; referenties: GemeenteKosten[] } {
  const eigen = rijen.filter((r) => r.focus_code === focus);
  const naarGk = (r: KostenRij): GemeenteKosten => ({
    naam: r.naam, gemeente_code: r.code, lastenPerInwoner: r.lasten_per_inwoner, lastenPerGebruiker: r.lasten_per_gebruiker,
  });
  const g = eigen.find((r) => r.rol === 'gemeente');
  return { gemeente: g ? naarGk(g) : null, referenties: eigen.filter((r) => r.rol === 'referentie').map(naarGk) };
}
