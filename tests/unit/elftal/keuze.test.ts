import { describe, expect, it } from 'vitest';
import { decodeElftal, encodeElftal, leesBedrag, standaardElftal } from '../../../src/lib/model/elftal/keuze.ts';
import { leesUrl, schrijfUrl, STANDAARD } from '../../../src/lib/url/staat.ts';

describe('elftal in de URL', () => {
  it('standaard = lege parameter', () => {
    expect(encodeElftal(standaardElftal())).toBe('');
  });
  it('heen en terug: indeling, bedragen en scenario', () => {
    const k = standaardElftal();
    k.koppeling['6.72'] = 'middenveld';
    k.invoer = { '6.2': 150, '6.1': 12.5 };
    k.verschuiving = 20;
    const tekst = encodeElftal(k);
    expect(tekst).toBe('k:6.72m,w:6.1~12.5+6.2~150,x:20');
    expect(decodeElftal(tekst)).toEqual({ keuze: k, meldingen: [] });
  });
  it('past door de URL-laag (alfabet en parameter el)', () => {
    const el = 'k:6.72m,w:6.1~12.5+6.2~150,x:10';
    const url = schrijfUrl({ ...STANDAARD, pagina: 'elftal', elftal: el });
    expect(url).toContain('el=');
    expect(leesUrl(url, { herindelingen: new Map() }).staat.elftal).toBe(el);
  });
  it('onbekend taakveld of ongeldige waarde: overgeslagen met een melding, de rest blijft', () => {
    const { keuze, meldingen } = decodeElftal('w:6.3~10+6.1~5,x:150,q:1,k:6.2z');
    expect(keuze.invoer).toEqual({ '6.1': 5 });
    expect(keuze.verschuiving).toBe(10);
    expect(meldingen.join(' ')).toMatch(/Taakveld '6\.3'/);
    expect(meldingen).toHaveLength(4);
  });
});

describe('getypt bedrag (euro per inwoner)', () => {
  it('Nederlands eerst: decimale komma en duizendtalpunt', () => {
    expect(leesBedrag('125,50')).toEqual({ waarde: 125.5 });
    expect(leesBedrag('1.234')).toEqual({ waarde: 1234 });
    expect(leesBedrag('€ 1.234,5')).toEqual({ waarde: 1234.5 });
    expect(leesBedrag('12.5')).toEqual({ waarde: 12.5 });
    expect(leesBedrag(' 80 ')).toEqual({ waarde: 80 });
  });
  it('geen bedrag → een Nederlandse reden, nooit een getal', () => {
    for (const x of ['abc', '-5', '1,2,3', '<script>', '1e5']) expect(leesBedrag(x)).toHaveProperty('fout');
    expect((leesBedrag('abc') as { fout: string }).fout).toMatch(/geen bedrag/);
  });
});
