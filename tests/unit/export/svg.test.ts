import { describe, expect, it } from 'vitest';
import { slug, veiligeBestandsnaam } from '../../../src/lib/export/download.ts';
import {
  benodigdeRuimte, bouwSvgDocument, breekTekst, lokaleUrl, periodeStatusRegel, stijlTekst, verruimVak, xmlTekst,
} from '../../../src/lib/export/svg.ts';
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

  it('puts the link to the chart in the footer, right after the source line', () => {
    const url = 'https://example.org/verkenner/?gemeente=GM0297&indicator=kwb_pct_jongeren_jeugdzorg&v=76bfe3786350';
    const doc = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 320, hoogte: 300, data: voorbeeldData({ url }) });
    const tekst = doc.svg.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');
    const i = (s: string) => doc.svg.indexOf(s);
    expect(i('Bron: synthetisch')).toBeGreaterThan(0);
    expect(i('Bekijk in de Verkenner:')).toBeGreaterThan(i('Bron: synthetisch'));
    // a long address is broken over lines, never cut: all its characters are in the footer
    expect(tekst.replace(/\s+/g, '')).toContain(url);
    expect(bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data: voorbeeldData({ url: undefined }) }).svg).not.toContain('Bekijk in de Verkenner');
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

describe('bouwSvgDocument: legend, period/status, own import, extra room', () => {
  const tekstVan = (svg: string) => svg.replace(/<title>[^<]*<\/title>|<desc>[^<]*<\/desc>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('draws the legend between the chart and the source line, and makes room for it', () => {
    const data = voorbeeldData();
    const zonder = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data });
    const met = bouwSvgDocument({
      grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data,
      legenda: [{ label: 'Voorbeeldstad', staal: { vorm: 'rond', kleur: '#c2410c' } }, { label: 'Nederland', staal: { vorm: 'lijn', kleur: '#111827' } }],
    });
    const i = (s: string) => met.svg.indexOf(s);
    expect(i('data-legenda')).toBeGreaterThan(i('<circle r="4"/>'));
    expect(i('data-legenda')).toBeLessThan(i('Bron: synthetisch voorbeeld'));
    expect(tekstVan(met.svg)).toContain('Voorbeeldstad');
    expect(tekstVan(met.svg)).toContain('Nederland');
    expect(met.hoogte).toBeGreaterThan(zonder.hoogte);
    // The source line moved down by the legend's height.
    const bronY = (svg: string) => Number(/<text[^>]*y="([\d.]+)"[^>]*>Bron: synthetisch/.exec(svg)![1]);
    expect(bronY(met.svg)).toBeGreaterThan(bronY(zonder.svg));
  });

  it('adds period and status when the source line does not say them, in the chosen language', () => {
    const eigen = voorbeeldData({ bronregel: 'Bron: IPW, eigen telling', periode: '2024', status: 'voorlopig' });
    const doc = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data: eigen });
    expect(tekstVan(doc.svg)).toContain('Periode: 2024 · Status: voorlopig');
    const en = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data: eigen, lang: 'en' });
    expect(tekstVan(en.svg)).toContain('Period: 2024 · Status: voorlopig');
    // Already in the source line ("… · 2019 · definitief"): no second line.
    const standaard = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data: voorbeeldData() });
    expect(tekstVan(standaard.svg)).not.toContain('Periode:');
  });

  it('periodeStatusRegel names only what is missing', () => {
    expect(periodeStatusRegel({ bronregel: 'Bron: CBS · 2019 · status definitief', periode: '2019', status: 'definitief' })).toBeNull();
    expect(periodeStatusRegel({ bronregel: 'Bron: CBS · 2019', periode: '2019', status: 'voorlopig' })).toBe('Periode: 2019 · Status: voorlopig');
    expect(periodeStatusRegel({ bronregel: 'Bron: CBS', periode: 'onbekend', status: 'onbekend' })).toBe('Periode: onbekend · Status: onbekend');
    expect(periodeStatusRegel({ bronregel: 'Bron: CBS' })).toBeNull();
  });

  it('says "eigen import" for imported data, and not otherwise', () => {
    const eigen = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data: voorbeeldData({ eigenImport: true }) });
    expect(tekstVan(eigen.svg)).toMatch(/Eigen import: gebaseerd op een bestand/);
    const niet = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data: voorbeeldData() });
    expect(tekstVan(niet.svg)).not.toMatch(/Eigen import/);
  });

  it('extra room widens the canvas and shifts the viewBox, without changing the layout', () => {
    const data = voorbeeldData();
    const basis = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data });
    const ruim = bouwSvgDocument({ grafiekMarkup: grafiek, breedte: 600, hoogte: 300, data, ruimte: { links: 5, rechts: 10.2, onder: 3 } });
    expect(ruim.breedte).toBe(basis.breedte + 5 + 11);
    expect(ruim.hoogte).toBe(basis.hoogte + 3);
    expect(ruim.svg).toContain(`viewBox="-5 0 ${ruim.breedte} ${ruim.hoogte}"`);
    expect(ruim.svg).toContain(`<rect x="-5" y="0" width="${ruim.breedte}" height="${ruim.hoogte}"`);
    // Same text lines at the same places.
    const regels = (svg: string) => [...svg.matchAll(/<text [^>]*>[^<]*<\/text>/g)].map((m) => m[0]);
    expect(regels(ruim.svg)).toEqual(regels(basis.svg));
  });
});

describe('verruimVak and benodigdeRuimte', () => {
  const vak = { x: 0, y: 0, width: 600, height: 150 };
  it('leaves a box alone when the content fits (within the tolerance)', () => {
    expect(verruimVak(vak, { x: 3, y: 10, width: 590, height: 130 })).toEqual(vak);
    expect(verruimVak(vak, { x: -0.3, y: 0, width: 600.5, height: 150 })).toEqual(vak);
    expect(verruimVak(vak, null)).toEqual(vak);
    expect(verruimVak(vak, { x: NaN, y: 0, width: 1, height: 1 })).toEqual(vak);
  });
  it('widens to take in labels sticking out, with a small margin', () => {
    expect(verruimVak(vak, { x: -12.4, y: 5, width: 640, height: 145.2 })).toEqual({ x: -15, y: 0, width: 15 + 630, height: 150 });
    const onder = verruimVak(vak, { x: 0, y: -3, width: 600, height: 170 });
    expect(onder.y).toBe(-5);
    expect(onder.y + onder.height).toBe(169); // bottom at -3 + 170 = 167, plus the margin
  });
  it('benodigdeRuimte sums nothing for boxes inside, and the largest overflow per side', () => {
    expect(benodigdeRuimte(vak, [{ x: 10, y: 10, width: 100, height: 10 }])).toEqual({ links: 0, rechts: 0, boven: 0, onder: 0 });
    expect(benodigdeRuimte(vak, [
      { x: 500, y: 10, width: 120, height: 12 }, // 20 past the right edge
      { x: 550, y: 10, width: 60, height: 12 }, // 10 past it
      { x: -4, y: 140, width: 50, height: 14 }, // 4 left, 4 below
    ])).toEqual({ links: 6, rechts: 22, boven: 0, onder: 6 });
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
