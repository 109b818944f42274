import { describe, expect, it } from 'vitest';
import {
  STUDIE_REFERENTIES_SEED003,
  beschikbareMethoden,
  grootteklasseVanInwoners,
  maakContext,
  parseBurenCsv,
  referentiegroep,
  referentiegroepVanRecept,
} from '../../../src/lib/model/peers/index.ts';
import type { GemeenteRij } from '../../../src/lib/model/peers/index.ts';
import { laadGreep, leesBurenCsv } from '../../fixtures/geo/laad.ts';

const greep = laadGreep();
const buren = parseBurenCsv(leesBurenCsv());
const ctx = maakContext({ gemeenten: greep, buren, studieSets: STUDIE_REFERENTIES_SEED003 });
const codes = (g: { leden: { code: string }[] }) => g.leden.map((l) => l.code);

/** Synthetische rijen (geen echte gemeenten) om afstanden met de hand te kunnen narekenen. */
function synth(code: string, inwoners: number | null, sted: number | null, ink: number | null = 30): GemeenteRij {
  return { code, naam: `Synth ${code}`, inwoners, stedelijkheid: sted, gem_inkomen_per_inwoner: ink, pct_sociaal_minimum: 5, pct_onder_15: 15 };
}

describe('studie (seed 003)', () => {
  it('geeft de referentiegemeenten van Deventer', () => {
    const g = referentiegroep('GM0150', 'studie', {}, ctx, 'nl');
    expect(g.beschikbaar).toBe(true);
    expect(codes(g).sort()).toEqual(['GM0193', 'GM0200', 'GM0202', 'GM0301']);
    expect(g.leden.find((l) => l.code === 'GM0193')?.naam).toBe('Zwolle');
  });
  it('is niet beschikbaar voor Zwolle, met uitleg', () => {
    const g = referentiegroep('GM0193', 'studie', {}, ctx, 'nl');
    expect(g.beschikbaar).toBe(false);
    expect(g.leden).toEqual([]);
    expect(g.uitleg).toMatch(/niet beschikbaar voor Zwolle/);
    expect(g.uitleg).toMatch(/Deventer/);
    expect(beschikbareMethoden('GM0193', ctx, 'nl').find((m) => m.methode === 'studie')?.beschikbaar).toBe(false);
    expect(beschikbareMethoden('GM0344', ctx, 'nl').find((m) => m.methode === 'studie')?.beschikbaar).toBe(true);
  });
});

describe('buren', () => {
  it('Zwolle: acht buurgemeenten, gesorteerd op code, met reden', () => {
    const g = referentiegroep('GM0193', 'buren', {}, ctx, 'nl');
    expect(codes(g)).toEqual(['GM0148', 'GM0166', 'GM0177', 'GM0180', 'GM0244', 'GM0246', 'GM1773', 'GM1896']);
    expect(g.leden[1]).toMatchObject({ naam: 'Kampen', redenen: ['grenst aan Zwolle'] });
  });
  it('Texel: geen buurgemeenten en een voorstel voor een andere methode', () => {
    const g = referentiegroep('GM0448', 'buren', {}, ctx, 'nl');
    expect(g.beschikbaar).toBe(false);
    expect(g.waarschuwing).toBe('geen buurgemeenten');
    expect(g.uitleg).toMatch(/Texel heeft geen buurgemeenten/);
    expect(g.uitleg).toMatch(/gelijkende|grootteklasse/);
  });
  it('Vlieland: alleen Terschelling, geraakt in één punt', () => {
    const g = referentiegroep('GM0096', 'buren', {}, ctx, 'nl');
    expect(codes(g)).toEqual(['GM0093']);
    expect(g.leden[0].redenen[0]).toMatch(/één punt/);
  });
});

describe('grootteklasse en stedelijkheid', () => {
  it('CBS-klassegrenzen: ondergrens hoort bij de klasse', () => {
    expect(grootteklasseVanInwoners(4_999)).toBe(1);
    expect(grootteklasseVanInwoners(5_000)).toBe(2);
    expect(grootteklasseVanInwoners(129_840)).toBe(6);
    expect(grootteklasseVanInwoners(250_000)).toBe(8);
    expect(grootteklasseVanInwoners(null)).toBeNull();
  });
  it('Zwolle (129.840) → alleen Deventer en Venlo uit de greep (100.000–150.000)', () => {
    const g = referentiegroep('GM0193', 'grootteklasse', {}, ctx, 'nl');
    expect(codes(g)).toEqual(['GM0150', 'GM0983']);
    expect(g.uitleg).toMatch(/100\.000 tot 150\.000/);
  });
  it('Utrecht (stedelijkheid 1) → de andere zeer sterk stedelijke gemeenten in de greep', () => {
    const g = referentiegroep('GM0344', 'stedelijkheid', {}, ctx, 'nl');
    expect(codes(g)).toEqual(['GM0014', 'GM0363', 'GM0402', 'GM0513', 'GM0518', 'GM0599', 'GM0855']);
    expect(codes(g)).not.toContain('GM0344');
  });
});

describe('gelijkend', () => {
  it('Deventer op alleen inwoners: Venlo (101.988) ligt het dichtst bij 101.236', () => {
    const g = referentiegroep('GM0150', 'gelijkend', { k: 1, kenmerken: ['inwoners'] }, ctx, 'nl');
    expect(codes(g)).toEqual(['GM0983']);
    expect(g.leden[0].afstand).toBeGreaterThan(0);
    expect(g.leden[0].redenen[0]).toMatch(/inwoners: 101\.988 \(Deventer: 101\.236\)/);
  });
  it('is deterministisch, sluit zichzelf uit en sorteert op afstand', () => {
    const a = referentiegroep('GM0193', 'gelijkend', {}, ctx, 'nl');
    const b = referentiegroep('GM0193', 'gelijkend', {}, ctx, 'nl');
    expect(a).toEqual(b);
    expect(a.leden).toHaveLength(10);
    expect(codes(a)).not.toContain('GM0193');
    const d = a.leden.map((l) => l.afstand!);
    expect([...d].sort((x, y) => x - y)).toEqual(d);
    // Elke referentiegemeente noemt de 2 kenmerken die haar het meest doen lijken.
    for (const l of a.leden) {
      expect(l.redenen).toHaveLength(2);
      const absz = l.bijdragen!.map((x) => Math.abs(x.zVerschil));
      expect(absz[0]).toBeLessThanOrEqual(absz[1]);
      expect(absz[1]).toBeLessThanOrEqual(absz[absz.length - 1]);
    }
  });
  it('gelijke afstanden: de gemeentecode beslist; afstanden kloppen met de hand', () => {
    const rijen = [synth('GM9001', 10_000, 3), synth('GM9003', 100_000, 3), synth('GM9002', 100_000, 3), synth('GM9004', 1_000, 3)];
    const c = maakContext({ gemeenten: rijen, buren: new Map() });
    const g = referentiegroep('GM9001', 'gelijkend', { k: 3, kenmerken: ['inwoners'] }, c, 'nl');
    // log10: 4, 5, 5, 3 → gem 4,25; sd = sqrt(((.25)²+(.75)²·2+(1.25)²)/3) = sqrt(2,75/3)
    const sd = Math.sqrt(2.75 / 3);
    // Alle drie liggen precies 1 log-eenheid van 10.000: gelijke afstand → volgorde op code.
    expect(codes(g)).toEqual(['GM9002', 'GM9003', 'GM9004']);
    expect(g.leden[0].afstand).toBeCloseTo(1 / sd, 10);
    expect(g.leden[2].afstand).toBeCloseTo(1 / sd, 10);
  });
  it('gemeenten zonder een gekozen kenmerk vallen af en worden geteld', () => {
    const rijen = [synth('GM9001', 10_000, 3), synth('GM9002', 12_000, null), synth('GM9003', 50_000, 4), synth('GM9004', null, 3)];
    const c = maakContext({ gemeenten: rijen, buren: new Map() });
    const g = referentiegroep('GM9001', 'gelijkend', { k: 10, kenmerken: ['inwoners', 'stedelijkheid'] }, c, 'nl');
    expect(codes(g)).toEqual(['GM9003']);
    expect(g.uitgesloten).toBe(2);
    expect(g.uitleg).toMatch(/2 gemeenten zijn overgeslagen/);
    expect(g.waarschuwing).toMatch(/maar 1 van de gevraagde 10/);
    // De gekozen gemeente zelf mist stedelijkheid → niet beschikbaar met reden.
    const h = referentiegroep('GM9002', 'gelijkend', { kenmerken: ['stedelijkheid'] }, c, 'nl');
    expect(h.beschikbaar).toBe(false);
    expect(h.uitleg).toMatch(/ontbreekt stedelijkheid/);
  });
});

describe('handmatig', () => {
  it('vertrekt van buren, haalt er één af en voegt er één toe', () => {
    const g = referentiegroepVanRecept(
      'GM0193',
      { methode: 'handmatig', basis: 'buren', verwijderen: ['GM0180'], toevoegen: ['GM0150', 'GM0193'] },
      ctx,
      'nl',
    );
    expect(codes(g)).toEqual(['GM0148', 'GM0166', 'GM0177', 'GM0244', 'GM0246', 'GM1773', 'GM1896', 'GM0150']);
    expect(g.leden.at(-1)!.redenen).toEqual(['zelf toegevoegd']);
    expect(g.uitleg).toMatch(/1 toegevoegd en 1 verwijderd/);
  });
  it('zonder basis: alleen de toegevoegde gemeenten; onbekende code → waarschuwing', () => {
    const g = referentiegroep('GM0193', 'handmatig', { toevoegen: ['GM0150', 'GM9999'] }, ctx, 'nl');
    expect(codes(g)).toEqual(['GM0150', 'GM9999']);
    expect(g.waarschuwing).toMatch(/GM9999/);
  });
});
