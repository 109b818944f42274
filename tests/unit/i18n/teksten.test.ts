import { describe, expect, it } from 'vitest';
import { BLOKKEN, TEKSTEN, tekst, vertaler } from '../../../src/lib/i18n/teksten';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the one dictionary (TEKSTEN)', () => {
  const nl = TEKSTEN.nl as Record<string, string>;
  const en = TEKSTEN.en as Record<string, string>;

  it('has every key in both languages', () => {
    const alleenNl = Object.keys(nl).filter((k) => !(k in en));
    const alleenEn = Object.keys(en).filter((k) => !(k in nl));
    expect(alleenNl, 'keys missing in en').toEqual([]);
    expect(alleenEn, 'keys missing in nl').toEqual([]);
  });

  it('uses the same {placeholders} in nl and en', () => {
    const verschil = Object.keys(nl).filter((k) => k in en && placeholders(nl[k]).join() !== placeholders(en[k]).join());
    expect(verschil).toEqual([]);
  });

  it('defines each key in one block only (a later block would silently win)', () => {
    const tellingen = new Map<string, number>();
    for (const b of BLOKKEN) for (const k of Object.keys(b.nl)) tellingen.set(k, (tellingen.get(k) ?? 0) + 1);
    expect([...tellingen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
    expect(Object.keys(nl).length).toBe(tellingen.size);
  });

  it('has no empty value', () => {
    const leeg = [...Object.entries(nl), ...Object.entries(en)].filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(leeg.map(([k]) => k)).toEqual([]);
  });

  it('fills placeholders through tekst() and vertaler()', () => {
    expect(tekst('nl', 'elftal_titel_leeg', { naam: 'Gouda' })).toBe('Gouda: geen bedragen voor het elftal; vul ze hiernaast in of importeer ze');
    expect(vertaler('en')('elftal_titel_leeg', { naam: 'Gouda' })).toMatch(/^Gouda: /);
    expect(vertaler('en')('elftal_titel_leeg', { naam: 'Gouda' })).not.toContain('{naam}');
  });
});
