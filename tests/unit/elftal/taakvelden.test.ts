import { describe, expect, it } from 'vitest';
import { LINIES, TAAKVELDEN, OnbekendTaakveldFout, linieVan, standaardKoppeling, taakveld } from '../../../src/lib/model/elftal/taakvelden.ts';

describe('indeling van taakvelden in linies', () => {
  it('elk taakveld landt op precies één linie', () => {
    const k = standaardKoppeling();
    for (const t of TAAKVELDEN) {
      const linies = LINIES.filter((l) => linieVan(t.code, k) === l);
      expect(linies).toHaveLength(1);
    }
  });
  it('de hoofdtekst-indeling: 6.1 aanval, 6.2 middenveld, 6.72 en 6.82 verdediging', () => {
    expect(linieVan('6.1')).toBe('aanval');
    expect(linieVan('6.2')).toBe('middenveld');
    expect(linieVan('6.72')).toBe('verdediging');
    expect(linieVan('6.82')).toBe('verdediging');
  });
  it('een aangepaste indeling telt', () => {
    expect(linieVan('6.72', { ...standaardKoppeling(), '6.72': 'middenveld' })).toBe('middenveld');
  });
  it('onbekend taakveld → OnbekendTaakveldFout met de code in de melding', () => {
    expect(() => linieVan('6.3')).toThrow(OnbekendTaakveldFout);
    expect(() => taakveld('7.1')).toThrow(/Taakveld '7\.1'/);
    try {
      linieVan('6.71');
    } catch (e) {
      expect((e as OnbekendTaakveldFout).taakveld).toBe('6.71');
      expect((e as Error).name).toBe('OnbekendTaakveldFout');
    }
  });
  it('elk taakveld heeft een eigen importcode', () => {
    const codes = TAAKVELDEN.map((t) => t.indicator);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z][a-z0-9_]+$/);
  });
});
