import { describe, expect, it } from 'vitest';
import { zoek, normaliseer } from '../../src/lib/model/zoek';

const lijst = [
  { code: 'GM0150', naam: 'Deventer' },
  { code: 'GM1894', naam: 'Peel en Maas' },
  { code: 'GM0363', naam: "'s-Gravenhage" },
  { code: 'GM0370', naam: 'Beemster' },
  { code: 'GM0001', naam: 'Súdwest-Fryslân' },
];

describe('gemeente search', () => {
  it('ignores case and accents', () => {
    expect(normaliseer('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(zoek(lijst, 'sudwest').map((g) => g.code)).toEqual(['GM0001']);
  });
  it('ranks prefix matches before word and substring matches', () => {
    const l = [{ code: 'A', naam: 'Maasdriel' }, { code: 'B', naam: 'Peel en Maas' }, { code: 'C', naam: 'Ommaas' }];
    expect(zoek(l, 'maas').map((g) => g.code)).toEqual(['A', 'B', 'C']);
  });
  it('finds by code and limits the result', () => {
    expect(zoek(lijst, 'gm0150')[0].naam).toBe('Deventer');
    expect(zoek(lijst, '', 2)).toHaveLength(2);
  });
  it('finds common names that are not the official one, and accents without typing them', () => {
    const l = [...lijst, { code: 'GM0518', naam: "'s-Gravenhage" }, { code: 'GM0796', naam: "'s-Hertogenbosch" }, { code: 'GM0999', naam: 'Denekamp' }];
    expect(zoek(l, 'Den Haag')[0].naam).toBe("'s-Gravenhage");
    expect(zoek(l, 'den h')[0].code).toBe('GM0518');
    expect(zoek(l, 'Den Bosch')[0].naam).toBe("'s-Hertogenbosch");
    expect(zoek(l, 'Sudwest Fryslan')[0].naam).toBe('Súdwest-Fryslân');
    // an alias prefix does not hide ordinary matches
    expect(zoek(l, 'den').map((g) => g.code)).toEqual(expect.arrayContaining(['GM0518', 'GM0796', 'GM0999']));
  });
});
