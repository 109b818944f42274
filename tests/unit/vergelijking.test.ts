import { describe, expect, it } from 'vitest';
import { pivotVergelijking, referentieGemiddelde, reeks, verschilMetGemiddelde } from '../../src/lib/model/vergelijking/vergelijking';
import { maakStrip, stripGroep } from '../../src/lib/model/vergelijking/strip';
import type { StripRij, VergelijkingRij } from '../../src/lib/db/vragen';

const rij = (regio_code: string, naam: string, rol: string, volgorde: number, waarde: number | null, noot: string | null = null): VergelijkingRij => ({
  regio_code, naam, soort: 'gemeente', rol, volgorde, indicator: 'lasten_per_gebruiker', periode: '2019JJ00', waarde, status: 'onbekend', bron: 'x', noot,
});

describe('study comparison', () => {
  const rijen = [
    rij('GM0001', 'A', 'gemeente', 0, 100),
    rij('GM0002', 'B', 'referentie', 1, 200),
    rij('GM0003', 'C', 'referentie', 2, 400),
    rij('GM0004', 'D', 'referentie', 3, null, 'niet gepubliceerd'),
    rij('NL01', 'Nederland', 'land', 9, 250),
  ];
  const eenheden = pivotVergelijking(rijen);

  it('takes the unweighted mean of reference gemeenten that have a value, naming the missing', () => {
    const g = referentieGemiddelde(eenheden, 'lasten_per_gebruiker', '2019JJ00');
    expect(g.gemiddelde).toBe(300);
    expect(g.n).toBe(2);
    expect(g.ontbrekend).toEqual(['D']);
  });
  it('orders a chart series by role and adds the mean with a note', () => {
    const r = reeks(eenheden, 'lasten_per_gebruiker', '2019JJ00', 'Gemiddelde');
    expect(r.map((p) => p.rol)).toEqual(['gemeente', 'referentie', 'referentie', 'referentie', 'referentiegemiddelde', 'land']);
    const gem = r.find((p) => p.rol === 'referentiegemiddelde')!;
    expect(gem.waarde).toBe(300);
    expect(gem.noot).toContain('D');
    expect(r.find((p) => p.code === 'GM0004')!.waarde).toBeNull();
  });
  it('computes the relative difference', () => {
    expect(verschilMetGemiddelde(100, 300)).toBeCloseTo(-66.667, 2);
    expect(verschilMetGemiddelde(null, 300)).toBeNull();
  });
});

describe('strip of all gemeenten', () => {
  const s = (code: string, waarde: number | null, grootteklasse = 'K1'): StripRij => ({
    code, naam: code, grootteklasse, opgeheven_per: null, opvolger_code: null, waarde, periode: '2021JJ00', status: 'onbekend', bron: 'x', noot: null,
  });
  const rijen = [s('GM1', 10), s('GM2', 12, 'K2'), s('GM3', 8), s('GM4', null), s('GM5', 12)];
  it('ranks from the highest value, ties share a rank, missing values are counted not zeroed', () => {
    const strip = maakStrip(rijen, 'GM1');
    expect(strip.rang).toBe(3);
    expect(strip.n).toBe(4);
    expect(strip.zonderWaarde).toBe(1);
    expect(strip.rangInKlasse).toBe(2); // GM5 (12) above, GM3 below
    expect(strip.nKlasse).toBe(3);
    expect(maakStrip(rijen, 'GM2').rang).toBe(1);
    expect(maakStrip(rijen, 'GM5').rang).toBe(1);
  });
  it('gives no rank to a gemeente without a value', () => {
    expect(maakStrip(rijen, 'GM4').rang).toBeNull();
  });
  it('names the group of every row, also without a value (the table\'s "Groep" column)', () => {
    expect(rijen.map((r) => stripGroep(r, 'GM1', 'K1'))).toEqual(['gekozen', 'overig', 'klasse', 'klasse', 'klasse']);
    expect(maakStrip(rijen, 'GM1').punten.map((p) => p.groep)).toEqual(['gekozen', 'overig', 'klasse', 'klasse']);
    // a gemeente without a size class has no peers by size
    expect(rijen.map((r) => stripGroep(r, 'GM2', null))).toEqual(['overig', 'gekozen', 'overig', 'overig', 'overig']);
  });
});
