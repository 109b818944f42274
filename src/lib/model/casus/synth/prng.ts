/**
 * Seeded pseudo-random numbers (mulberry32): tiny, fast, deterministic per seed, and the same
 * in Node and in a browser worker. Never Math.random, so every synthetic file is reproducible.
 */
export interface Rng {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [lo, hi] */
  int(lo: number, hi: number): number;
  /** standard normal (Box–Muller) */
  normaal(): number;
  /** index drawn with the given weights */
  kies(gewichten: readonly number[]): number;
}

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  let reserve: number | null = null;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    normaal() {
      if (reserve !== null) {
        const r = reserve;
        reserve = null;
        return r;
      }
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const m = Math.sqrt(-2 * Math.log(u));
      reserve = m * Math.sin(2 * Math.PI * v);
      return m * Math.cos(2 * Math.PI * v);
    },
    kies(gewichten) {
      let som = 0;
      for (const g of gewichten) som += g;
      let x = next() * som;
      for (let i = 0; i < gewichten.length; i++) {
        x -= gewichten[i];
        if (x < 0) return i;
      }
      return gewichten.length - 1;
    },
  };
}

/** Log-normal draw with the given arithmetic mean and coefficient of variation. */
export function lognormaal(rng: Rng, gemiddelde: number, cv: number, z = rng.normaal()): number {
  const s2 = Math.log(1 + cv * cv);
  return Math.exp(Math.log(gemiddelde) - s2 / 2 + Math.sqrt(s2) * z);
}
