import { describe, expect, it } from 'vitest';
import { kwantiel, overdispersieFactor, schatJeugdigen, trechter } from '../../../src/lib/model/trechter/index.ts';

describe('trechterplot (Spiegelhalter 2005)', () => {
  // Tien eenheden, n = 100, p0 = 0,3 → se = sqrt(0,21/100); z-scores -5,-2,-1,-1,0,0,1,1,2,5.
  const zs = [-5, -2, -1, -1, 0, 0, 1, 1, 2, 5];
  const se = Math.sqrt(0.21 / 100);
  const eenheden = zs.map((z, i) => ({ code: `E${i}`, p: 0.3 + se * z, n: 100 }));

  it('kwantiel type 7: 10e en 90e percentiel', () => {
    const s = [...zs].sort((a, b) => a - b);
    expect(kwantiel(s, 0.1)).toBeCloseTo(-2.3, 12); // -5 + 0,9 · 3
    expect(kwantiel(s, 0.9)).toBeCloseTo(2.3, 12);
  });

  it('φ met de hand: winsoriseer op ±2,3 → Σz² = 2·5,29 + 2·4 + 4·1 = 22,58 → φ = 2,258', () => {
    expect(overdispersieFactor(zs)).toBeCloseTo(2.258, 10);
    const r = trechter(eenheden, { p0: 0.3 });
    expect(r.phi).toBeCloseTo(2.258, 10);
    expect(r.p0).toBe(0.3);
    // 95 %-grens bij n = 100: 0,3 + 1,96 · sqrt(2,258 · 0,21 / 100)
    const boven = 0.3 + 1.96 * Math.sqrt((2.258 * 0.21) / 100);
    const g = trechter(eenheden, { p0: 0.3, nMin: 100, nMax: 1000 }).curve[0];
    expect(g.n).toBeCloseTo(100, 9);
    expect(g.boven95).toBeCloseTo(boven, 10);
    expect(g.onder998).toBeCloseTo(0.3 - 3.09 * Math.sqrt((2.258 * 0.21) / 100), 10);
    // z = ±5 → 5/sqrt(2,258) = 3,33 > 3,09: buiten 99,8 %; z = 2 → 1,33: binnen.
    const pos = Object.fromEntries(r.eenheden.map((e) => [e.code, [e.p95, e.p998]]));
    expect(pos.E9).toEqual(['boven', 'boven']);
    expect(pos.E0).toEqual(['onder', 'onder']);
    expect(pos.E8).toEqual(['binnen', 'binnen']);
    expect(r.buiten).toEqual({ boven95: 1, onder95: 1, boven998: 1, onder998: 1 });
  });

  it('binomiaal (φ = 1) markeert meer eenheden dan met overdispersie', () => {
    const b = trechter(eenheden, { p0: 0.3, overdispersie: false });
    expect(b.phi).toBe(1);
    // |z| > 1,96: -5, -2, 2, 5 → vier eenheden buiten 95 %.
    expect(b.buiten.boven95 + b.buiten.onder95).toBe(4);
  });

  it('φ < 1 wordt niet toegepast; ontbrekend wordt uitgesloten; p0 standaard gewogen', () => {
    const r = trechter([
      { code: 'A', p: 0.1, n: 100 },
      { code: 'B', p: 0.2, n: 300 },
      { code: 'C', p: null, n: 50 },
      { code: 'D', p: 0.1, n: null },
    ]);
    expect(r.p0).toBeCloseTo((0.1 * 100 + 0.2 * 300) / 400, 12);
    expect(r.uitgesloten).toEqual(['C', 'D']);
    const vlak = trechter([{ code: 'A', p: 0.1, n: 100 }, { code: 'B', p: 0.1, n: 200 }], { p0: 0.1 });
    expect(vlak.phiGeschat).toBe(0);
    expect(vlak.phi).toBe(1);
  });
});

describe('schatJeugdigen', () => {
  it('0–17 ≈ inwoners × (onder 15 + 3/10 van 15–24), gemarkeerd als schatting', () => {
    const s = schatJeugdigen(100_000, 15, 10);
    expect(s.waarde).toBeCloseTo(18_000, 9); // 100.000 × (15 + 3) / 100
    expect(s.geschat).toBe(true);
    expect(s.leeftijd).toBe('0–17');
    expect(schatJeugdigen(100_000, 15, 10, 23).waarde).toBeCloseTo(23_000, 9);
    expect(schatJeugdigen(null, 15, 10).waarde).toBeNull();
    expect(schatJeugdigen(1000, null, 10).waarde).toBeNull();
  });
});
