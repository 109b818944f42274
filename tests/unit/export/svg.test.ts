import { describe, expect, it } from 'vitest';
import { slug, veiligeBestandsnaam } from '../../../src/lib/export/download.ts';
import { bouwSvgDocument, breekTekst, lokaleUrl, stijlTekst, xmlTekst } from '../../../src/lib/export/svg.ts';
import { voorbeeldData } from './fixture.ts';

const grafiek = '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="300"><circle r="4"/></svg>';

describe('bouwSvgDocument', () => {
  it('puts title above, chart in between, source line and badge below', () => {
    const data = voorbeeldData();
    const doc = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data });
    const i = (s: string) => doc.svg.indexOf(s);
    expect(i('Voorbeeldstad geeft minder uit')).toBeGreaterThan(0);
    expect(i('<circle')).toBeGreaterThan(i('Voorbeeldstad geeft minder uit'));
    expect(i('bewerking Jeugdzorg Verkenner')).toBeGreaterThan(i('<circle'));
    expect(i('data-label="synthetisch"')).toBeGreaterThan(i('<circle'));
    expect(doc.svg).toContain('Referentiegroep: 4 gemeenten');
    expect(doc.breedte).toBe(600);
    expect(doc.hoogte).toBeGreaterThan(300); // the text blocks add height
    expect(doc.svg).toContain(`viewBox="0 0 600 ${doc.hoogte}"`);
    expect(doc.svg).toContain('<title>Voorbeeldstad geeft minder uit per jeugdige in zorg (synthetisch)</title>');
  });

  it('has no synthetic badge for real data', () => {
    const doc = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data: voorbeeldData({ synthetisch: false }) });
    expect(doc.svg).not.toContain('data-label="synthetisch"');
  });

  it('escapes user text', () => {
    const data = voorbeeldData({ titel: '</text><script>alert(1)</script> & "x"' });
    const doc = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data });
    expect(doc.svg).not.toContain('<script');
    expect(doc.svg).toContain('&lt;/text&gt;&lt;script&gt;');
  });

  it('wraps a long title into more lines on a narrow chart', () => {
    const data = voorbeeldData({ titel: 'een '.repeat(40).trim() });
    const smal = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 320, hoogte: 300, data });
    const breed = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 1200, hoogte: 300, data });
    const titelRegels = (svg: string) => (svg.match(/font-weight="700"[^>]*>een/g) ?? []).length;
    expect(titelRegels(smal.svg)).toBeGreaterThan(titelRegels(breed.svg));
    expect(smal.hoogte).toBeGreaterThan(breed.hoogte);
  });
});

describe('svg helpers', () => {
  it('breekTekst keeps words, respects the budget, splits overlong words', () => {
    const regels = breekTekst('aa bbb cc dddd eeeeeeeeeeeeeeeeeeee', 8);
    expect(regels.join(' ').replace(/ /g, '')).toBe('aabbbccddddeeeeeeeeeeeeeeeeeeee');
    for (const r of regels) expect(r.length).toBeLessThanOrEqual(8);
    expect(regels[0]).toBe('aa bbb');
  });
  it('xmlTekst escapes markup and drops control characters', () => {
    expect(xmlTekst('a<b>&"\'\u0001')).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });
  it('lokaleUrl keeps only local fragments', () => {
    expect(lokaleUrl('url("http://host/pagina#arcering")')).toBe('url(#arcering)');
    expect(lokaleUrl('url(#a)')).toBe('url(#a)');
    expect(lokaleUrl('url("https://kwaad.example/x.svg")')).toBe('none');
    expect(lokaleUrl('#c2410c')).toBe('#c2410c');
  });
  it('stijlTekst writes only whitelisted, non-default properties without breakout characters', () => {
    const waarden: Record<string, string> = {
      fill: 'rgb(194, 65, 12)', opacity: '1', 'stroke-width': '2px', width: '100px',
      'font-family': 'x;}</style><script>', stroke: 'url("http://h/p#m")',
    };
    const s = stijlTekst({ getPropertyValue: (p: string) => waarden[p] ?? '' });
    expect(s).toContain('fill:rgb(194, 65, 12)');
    expect(s).toContain('stroke-width:2px');
    expect(s).toContain('stroke:url(#m)');
    expect(s).not.toContain('opacity'); // default value left out
    expect(s).not.toContain('width:100px'); // not a presentation property
    expect(s).not.toMatch(/[<>{}]/);
    expect(s.split(';').every((d) => d.includes(':'))).toBe(true);
  });
  it('stijlTekst leaves out inherited values equal to the parent, keeps non-inherited ones', () => {
    const ouder = { getPropertyValue: (p: string) => ({ fill: 'red', 'font-size': '12px', opacity: '0.5' })[p] ?? '' };
    const kind = { getPropertyValue: (p: string) => ({ fill: 'red', 'font-size': '14px', opacity: '0.5' })[p] ?? '' };
    expect(stijlTekst(kind, ouder)).toBe('opacity:0.5;font-size:14px');
  });
});

describe('file names', () => {
  it('slugs titles without path characters or accents', () => {
    expect(slug('Lasten per gebruiker: Súdwest-Fryslân vs. ’s-Hertogenbosch')).toBe(
      'lasten-per-gebruiker-sudwest-fryslan-vs-s-hertogenbosch',
    );
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('€ 10.143')).toBe('euro-10-143');
    expect(slug('!!!')).toBe('grafiek');
    expect(slug('a'.repeat(200)).length).toBe(80);
  });
  it('only allows known extensions', () => {
    expect(veiligeBestandsnaam('X / Y', 'csv')).toBe('x-y.csv');
    expect(() => veiligeBestandsnaam('x', 'exe' as 'csv')).toThrow(/Onbekend bestandstype/);
  });
});
