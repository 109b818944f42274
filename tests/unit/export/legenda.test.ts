import { describe, expect, it } from 'vitest';
import { bouwLegenda, schatBreedte, staalUitStijl, veiligeKleur, type LegendaItem, type StaalStijl } from '../../../src/lib/export/legenda.ts';

const opmaak = { x: 16, y: 100, breedte: 568, tekstkleur: '#111827' };

/** The <text> contents of a markup string, in order. */
const teksten = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
/** y attribute of each <text>, in order. */
const regelY = (svg: string) => [...svg.matchAll(/<text[^>]*\by="([\d.-]+)"/g)].map((m) => Number(m[1]));

describe('bouwLegenda', () => {
  it('draws one swatch and one label per item, each in its own shape', () => {
    const items: LegendaItem[] = [
      { label: 'Deventer', staal: { vorm: 'rond', kleur: 'rgb(194, 65, 12)' } },
      { label: 'Nederland: € 1.234', staal: { vorm: 'lijn', kleur: 'rgb(17, 24, 39)', streep: 'gestippeld', dikte: 2 } },
      { label: 'Klasse 1', staal: { vorm: 'vlak', kleur: '#16a34a', dekking: 0.35 } },
      { label: 'geen gegevens', staal: { vorm: 'vlak', kleur: 'url(#s1-arcering)', rand: 'rgb(156, 163, 175)' } },
    ];
    const { markup, hoogte } = bouwLegenda(items, opmaak);
    expect(teksten(markup)).toEqual(['Deventer', 'Nederland: € 1.234', 'Klasse 1', 'geen gegevens']);
    expect(markup).toMatch(/<circle[^>]*fill="rgb\(194, 65, 12\)"/);
    expect(markup).toMatch(/<line[^>]*stroke="rgb\(17, 24, 39\)"[^>]*stroke-dasharray="1.5 2.5"/);
    expect(markup).toMatch(/<rect[^>]*fill="#16a34a"[^>]*opacity="0.35"/);
    expect(markup).toMatch(/<rect[^>]*fill="url\(#s1-arcering\)" stroke="rgb\(156, 163, 175\)"/);
    // Short items share one row.
    expect(new Set(regelY(markup)).size).toBe(1);
    expect(hoogte).toBe(18);
  });

  it('wraps items to new rows within the width and breaks an overlong label', () => {
    const items: LegendaItem[] = Array.from({ length: 12 }, (_, i) => ({ label: `Referentiegemeente ${i + 1}`, staal: { vorm: 'rond' as const, kleur: 'blue' } }));
    items.push({ label: 'een heel lange toelichting '.repeat(12).trim() });
    const smal = 300;
    const { markup, hoogte } = bouwLegenda(items, { ...opmaak, breedte: smal });
    const xs = [...markup.matchAll(/<text x="([\d.]+)"/g)].map((m) => Number(m[1]));
    for (const [i, t] of teksten(markup).entries()) {
      // Every line starts inside the block and (by estimate) ends inside it.
      expect(xs[i]).toBeGreaterThanOrEqual(opmaak.x);
      expect(xs[i] + schatBreedte(t, 12)).toBeLessThanOrEqual(opmaak.x + smal + 0.01);
    }
    const rijen = new Set(regelY(markup)).size;
    expect(rijen).toBeGreaterThan(4);
    expect(hoogte).toBe(rijen * 18);
    // The long label is broken, not cut: all its words are there.
    expect(teksten(markup).slice(12).join(' ')).toBe('een heel lange toelichting '.repeat(12).trim());
  });

  it('escapes labels and refuses colours that would break out of an attribute', () => {
    const { markup } = bouwLegenda([
      { label: '</text><script>alert(1)</script>', staal: { vorm: 'vlak', kleur: 'red" onload="x' } },
      { label: 'b', staal: { vorm: 'vlak', kleur: 'url("https://kwaad.example/x.svg")' } },
    ], opmaak);
    expect(markup).not.toContain('<script');
    expect(markup).not.toMatch(/onload="/);
    expect(markup).toContain('&lt;/text&gt;&lt;script&gt;');
    expect(markup).not.toContain('kwaad.example');
  });

  it('gives nothing for no (or only empty) items', () => {
    expect(bouwLegenda([], opmaak)).toEqual({ markup: '', hoogte: 0 });
    expect(bouwLegenda([{ label: '  \n ' }], opmaak)).toEqual({ markup: '', hoogte: 0 });
  });
});

describe('staalUitStijl', () => {
  it('keeps a hollow swatch hollow: outline, no fill', () => {
    const hol = staalUitStijl({ achtergrond: 'rgba(0, 0, 0, 0)', randBovenBreedte: 2, randBovenStijl: 'solid', randBovenKleur: 'rgb(17, 24, 39)', randBreedte: 2, randKleur: 'rgb(17, 24, 39)', straal: 0, breedte: 11, hoogte: 11, dekking: 1 });
    expect(hol).toMatchObject({ vorm: 'vlak', kleur: 'none', rand: 'rgb(17, 24, 39)', dikte: 2 });
    const { markup } = bouwLegenda([{ label: 'Nederland', staal: hol }], { x: 0, y: 0, breedte: 300, tekstkleur: '#000' });
    expect(markup).toMatch(/<rect [^>]*fill="none" stroke="rgb\(17, 24, 39\)" stroke-width="2"/);
  });
  const basis: StaalStijl = {
    achtergrond: 'rgba(0, 0, 0, 0)', randBovenBreedte: 0, randBovenStijl: 'none', randBovenKleur: 'rgb(0, 0, 0)',
    randBreedte: 0, randKleur: 'rgb(0, 0, 0)', straal: 0, breedte: 14, hoogte: 14, dekking: 1,
  };
  it('reads a flat element with a dashed top border as a dashed line', () => {
    expect(staalUitStijl({ ...basis, randBovenBreedte: 2, randBovenStijl: 'dashed', randBovenKleur: 'rgb(30, 58, 138)', breedte: 22, hoogte: 0 }))
      .toEqual({ vorm: 'lijn', kleur: 'rgb(30, 58, 138)', streep: 'gestreept', dikte: 2, dekking: undefined });
    expect(staalUitStijl({ ...basis, randBovenBreedte: 2, randBovenStijl: 'dotted', randBovenKleur: 'red', breedte: 22, hoogte: 2 })?.streep).toBe('gestippeld');
  });
  it('reads a round box as a dot and keeps its opacity', () => {
    expect(staalUitStijl({ ...basis, achtergrond: 'rgb(156, 163, 175)', straal: 7, dekking: 0.6 }))
      .toEqual({ vorm: 'rond', kleur: 'rgb(156, 163, 175)', rand: undefined, dikte: undefined, dekking: 0.6 });
  });
  it('reads a filled box with a border as an outlined square, and an empty bordered box as an outline', () => {
    expect(staalUitStijl({ ...basis, achtergrond: 'rgb(1, 2, 3)', randBreedte: 1, randKleur: 'rgb(9, 9, 9)' }))
      .toEqual({ vorm: 'vlak', kleur: 'rgb(1, 2, 3)', rand: 'rgb(9, 9, 9)', dikte: 1, dekking: undefined });
    expect(staalUitStijl({ ...basis, randBreedte: 2, randKleur: 'rgb(194, 65, 12)' }))
      .toEqual({ vorm: 'vlak', kleur: 'none', rand: 'rgb(194, 65, 12)', dikte: 2, dekking: undefined });
  });
  it('gives no swatch when nothing is painted', () => {
    expect(staalUitStijl(basis)).toBeUndefined();
    expect(staalUitStijl({ ...basis, achtergrond: 'transparent', randBreedte: 1, randKleur: 'transparent' })).toBeUndefined();
  });
});

describe('veiligeKleur', () => {
  it('passes colours and local references, drops the rest', () => {
    expect(veiligeKleur('rgb(1, 2, 3)')).toBe('rgb(1, 2, 3)');
    expect(veiligeKleur('url("http://host/p#arcering")')).toBe('url(#arcering)');
    expect(veiligeKleur('url(https://elders.example/a.svg)')).toBeUndefined();
    expect(veiligeKleur('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(veiligeKleur('red;}<x')).toBe('redx');
    expect(veiligeKleur(undefined)).toBeUndefined();
  });
});
