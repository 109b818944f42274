/**
 * Cost index "lasten/inw. 2019 (rekening), begroting 2017 = 100" against the study's
 * "kostenontwikkeling tussen 3 en 5% aannemelijk" (seed-003 §2.4 #5, Findo). The text does not say
 * whether 3–5 % is per year or in total over 2017→2019, so both readings are returned, labelled.
 */
export const PRIJSONTWIKKELING = { min: 0.03, max: 0.05, jaren: 2, bron: 'seed-003 §2.4 (Bijlage 3, L8434–L8437)' } as const;

export interface Lezing {
  label: string;
  /** index range that counts as normal price development */
  ondergrens: number;
  bovengrens: number;
  oordeel: 'onder' | 'binnen' | 'boven';
}

export interface IndexVergelijking {
  index: number;
  /** implied growth per year over the two years, compounded (afgeleid) */
  groeiPerJaar: number;
  perJaar: Lezing;
  totaal: Lezing;
}

function oordeel(x: number, lo: number, hi: number): Lezing['oordeel'] {
  return x < lo ? 'onder' : x > hi ? 'boven' : 'binnen';
}

export function vergelijkIndex(index: number, p: { min: number; max: number; jaren: number } = PRIJSONTWIKKELING): IndexVergelijking {
  const loJ = 100 * (1 + p.min) ** p.jaren;
  const hiJ = 100 * (1 + p.max) ** p.jaren;
  const loT = 100 * (1 + p.min);
  const hiT = 100 * (1 + p.max);
  return {
    index,
    groeiPerJaar: (index / 100) ** (1 / p.jaren) - 1,
    perJaar: { label: `3–5 % per jaar, samengesteld over ${p.jaren} jaar (2017→2019)`, ondergrens: loJ, bovengrens: hiJ, oordeel: oordeel(index, loJ, hiJ) },
    totaal: { label: '3–5 % in totaal over 2017→2019', ondergrens: loT, bovengrens: hiT, oordeel: oordeel(index, loT, hiT) },
  };
}
