import { describe, expect, it } from 'vitest';
import { bronBalkenState, type BronBalk } from '../../../src/lib/charts/bronbalken/state';
import { tekstBreedte } from '../../../src/lib/charts/tekstmaat';

const balk = (id: string, waarde: number, label = id): BronBalk => ({ id, label, sublabel: 'gedrukt · r. 269', waarde, tekst: `€ ${waarde}`, soort: 'gedrukt' });

describe('bronBalkenState', () => {
  it('bars are proportional to their values and start at the zero line', () => {
    const s = bronBalkenState([balk('a', 100), balk('b', 50)], 600);
    const [a, b] = s.plekken;
    expect(a.x0).toBe(s.nulX);
    expect(b.x1 - b.x0).toBeCloseTo((a.x1 - a.x0) / 2, 6);
  });
  it('every value text fits inside the width, also at 360 px and with long labels', () => {
    for (const breedte of [360, 1000]) {
      const s = bronBalkenState([balk('a', 2153360, 'Opschaling naar 40 casussen in de vervolgaanpak'), balk('b', 323005)], breedte);
      for (const p of s.plekken) {
        expect(p.tekstX + tekstBreedte(p.tekst, 12, 700)).toBeLessThanOrEqual(breedte);
        expect(p.regels.length).toBeLessThanOrEqual(2);
      }
      expect(s.labelBreedte).toBeLessThanOrEqual(breedte * 0.45 + 8);
    }
  });
  it('a negative value draws left of zero with its text anchored at the end', () => {
    const s = bronBalkenState([balk('a', 100), balk('b', -40)], 600);
    const b = s.plekken[1];
    expect(b.x1).toBe(s.nulX);
    expect(b.x0).toBeLessThan(s.nulX);
    expect(b.tekstAnker).toBe('end');
    expect(b.tekstX - tekstBreedte(b.tekst, 12, 700)).toBeGreaterThanOrEqual(s.labelBreedte);
  });
  it('height grows with the number of bars', () => {
    expect(bronBalkenState([balk('a', 1), balk('b', 2), balk('c', 3)], 600).hoogte).toBeGreaterThan(bronBalkenState([balk('a', 1)], 600).hoogte);
  });
});

describe('bronBalkenState: wrapped provenance', () => {
  it('keeps the whole provenance line, wrapping it and growing the row at 360 px', () => {
    const lang: BronBalk = { id: 'x', label: 'Tekst: huidig hoger met', sublabel: 'gedrukt · r. 2142–2143, 2167 · tegenstrijdig', waarde: 20000, tekst: '€ 20.000', soort: 'gedrukt' };
    const smal = bronBalkenState([lang], 360).plekken[0];
    const breed = bronBalkenState([lang], 1000).plekken[0];
    expect(smal.subregels.join(' · ')).toBe(lang.sublabel);
    expect(breed.subregels).toEqual([lang.sublabel]);
    expect(smal.rij).toBeGreaterThanOrEqual(breed.rij);
  });
});
