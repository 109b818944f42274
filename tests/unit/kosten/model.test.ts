import { describe, expect, it } from 'vitest';
import { decomponeer, gebruikersPerInwoner, referentie, waterval, type GemeenteKosten } from '../../../src/lib/model/kosten/decompositie.ts';
import { isoKostenCurve, isoKostenNiveaus } from '../../../src/lib/model/kosten/isokosten.ts';
import { vergelijkIndex } from '../../../src/lib/model/kosten/index.ts';
import { aandeelDuurste, lorenz } from '../../../src/lib/model/kosten/lorenz.ts';
import { afleiding28, berekenWatAls, standaardInvoer, WAT_ALS_STANDAARD } from '../../../src/lib/model/kosten/watals.ts';
import { spreidPerMaand } from '../../../src/lib/model/kosten/curves.ts';

// seed-003 Table 4 (Utrecht and its reference group), lasten 2019
const UTRECHT: GemeenteKosten = { naam: 'Utrecht', lastenPerInwoner: 237, lastenPerGebruiker: 6626 };
const REFS: GemeenteKosten[] = [
  { naam: 'Amersfoort', lastenPerInwoner: null, lastenPerGebruiker: 10250 },
  { naam: 'Hilversum', lastenPerInwoner: 201, lastenPerGebruiker: 8627 },
  { naam: 'Gouda', lastenPerInwoner: 338, lastenPerGebruiker: 10096 },
  { naam: 'Amsterdam', lastenPerInwoner: 281, lastenPerGebruiker: 11690 },
  { naam: 'Den Haag', lastenPerInwoner: 277, lastenPerGebruiker: 9420 },
  { naam: 'Rotterdam', lastenPerInwoner: 256, lastenPerGebruiker: 9548 },
];

describe('prijs × volume', () => {
  it('sluit Amersfoort (ontbrekende lasten per inwoner) uit en meldt dat', () => {
    const r = referentie(REFS)!;
    expect(r.leden).not.toContain('Amersfoort');
    expect(r.uitgesloten).toHaveLength(1);
    expect(r.uitgesloten[0].naam).toBe('Amersfoort');
    expect(r.uitgesloten[0].reden).toMatch(/lasten per inwoner ontbreekt/);
    expect(r.lastenPerInwoner).toBeCloseTo((201 + 338 + 281 + 277 + 256) / 5, 10);
    expect(r.lastenPerGebruiker).toBeCloseTo((8627 + 10096 + 11690 + 9420 + 9548) / 5, 10);
  });

  it('volume + prijs = verschil, exact in euro', () => {
    for (const methode of ['gemiddelde', 'mediaan'] as const) {
      const d = decomponeer(UTRECHT, referentie(REFS, methode)!)!;
      expect(d.volume + d.prijs).toBeCloseTo(d.verschil, 10);
      // Utrecht: lower cost per user than its peers (price part < 0), more users per inhabitant (volume > 0)
      expect(d.prijs).toBeLessThan(0);
      expect(d.volume).toBeGreaterThan(0);
      const w = waterval(d);
      expect(w[2].tot).toBeCloseTo(d.lastenPerInwoner, 10);
    }
  });

  it('zuiver prijsverschil geeft volume 0', () => {
    const ref = referentie([{ naam: 'R', lastenPerInwoner: 100, lastenPerGebruiker: 5000 }])!;
    const d = decomponeer({ naam: 'G', lastenPerInwoner: 200, lastenPerGebruiker: 10000 }, ref)!;
    expect(d.volume).toBeCloseTo(0, 12);
    expect(d.prijs).toBeCloseTo(100, 10);
  });

  it('gebruikers per inwoner is afgeleid als L / P en blijft null bij ontbrekende waarde', () => {
    expect(gebruikersPerInwoner(UTRECHT)).toBeCloseTo(237 / 6626, 12);
    expect(gebruikersPerInwoner(REFS[0])).toBeNull();
  });

  it('iso-kostencurve heeft overal hetzelfde product', () => {
    for (const p of isoKostenCurve(300, 0.02, 0.05, 7)) expect(p.gebruikersPerInwoner * p.lastenPerGebruiker).toBeCloseTo(300, 9);
    expect(isoKostenNiveaus(183, 411, 50)).toEqual([200, 250, 300, 350, 400]);
  });
});

describe('kostenindex tegen 3–5 %', () => {
  it('Deventer 108: binnen bij 3–5 % per jaar, boven bij 3–5 % in totaal', () => {
    const v = vergelijkIndex(108);
    expect(v.perJaar.ondergrens).toBeCloseTo(106.09, 10);
    expect(v.perJaar.bovengrens).toBeCloseTo(110.25, 10);
    expect(v.perJaar.oordeel).toBe('binnen');
    expect(v.totaal.oordeel).toBe('boven');
    expect(v.groeiPerJaar).toBeCloseTo(Math.sqrt(1.08) - 1, 12);
  });
});

describe('Lorenz', () => {
  it('gelijke bedragen: diagonaal, gini 0', () => {
    const l = lorenz([5, 5, 5, 5]);
    expect(l.gini).toBeCloseTo(0, 12);
    expect(l.punten[2].aandeelKosten).toBeCloseTo(0.5, 12);
  });
  it('alles bij één casus', () => {
    const l = lorenz([0, 0, 0, 10]);
    expect(l.gini).toBeCloseTo(0.75, 12);
    expect(aandeelDuurste([0, 0, 0, 10], 0.25)).toBe(1);
  });
  it('duurste 10 % van 1..10 neemt 10/55', () => {
    expect(aandeelDuurste([3, 1, 2, 4, 5, 6, 7, 8, 9, 10], 0.1)).toBeCloseTo(10 / 55, 12);
    // interpolation: 15 % of 10 cases = case 10 + half of case 9
    expect(aandeelDuurste([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.15)).toBeCloseTo(14.5 / 55, 12);
  });
});

describe('spreiding per maand', () => {
  it('verdeelt naar dagen en telt op tot het bedrag', () => {
    const delen = [...spreidPerMaand({ begin: '2024-01-15', einde: '2024-03-01', bedrag_eur: 460 })];
    expect(delen.map((d) => d[0] % 12)).toEqual([0, 1]);
    expect(delen[0][1]).toBeCloseTo((460 * 17) / 46, 9); // 17 days in January, 29 in February 2024
    expect(delen[0][1] + delen[1][1]).toBeCloseTo(460, 9);
  });
});

describe('Wat als', () => {
  it('elke standaardwaarde is uit bron (met bron) of aanname', () => {
    for (const v of Object.values(WAT_ALS_STANDAARD)) {
      if (v.herkomst.soort === 'uit bron') expect(v.herkomst.bron).toMatch(/L\d+/);
      else expect(v.herkomst.toelichting.length).toBeGreaterThan(5);
    }
  });
  it('verschil = kinderen × maanden eerder × (zorgverschil − onderwijsverschil) / 12', () => {
    const inv = standaardInvoer();
    const u = berekenWatAls(inv);
    const verwacht = (28 * (19 - 6) * (46000 - 23000 + 7000 - 14000)) / 12;
    expect(u.verschil).toBeCloseTo(verwacht, 6);
    expect(u.fouten).toEqual([]);
    expect(u.cumulatief).toHaveLength(36);
    expect(u.cumulatief[35].zonder).toBeCloseTo(u.zonder.totaal, 6);
    // zonder: 19 months at home at €46k + €7k, 17 months at €23k + €14k
    expect(u.zonder.totaal).toBeCloseTo((28 * (19 * 53000 + 17 * 37000)) / 12, 6);
  });
  it('meldt ongeldige invoer in het Nederlands', () => {
    const u = berekenWatAls({ ...standaardInvoer(), maandenTotPlek: 30 });
    expect(u.fouten.join(' ')).toMatch(/langer dan de maanden uit school/);
  });
});

describe('28 kinderen: prijs per kindjaar afgeleid uit de gedrukte totalen', () => {
  const rijen = afleiding28();
  it('per-casus- en per-jaar-rijen volgen tot op de cent uit de totalen en 44,5 kindjaren', () => {
    for (const r of rijen) {
      expect(r.verschilPerCasus).toBe(0);
      expect(r.verschilPerJaar).toBe(0);
    }
  });
  it('afgeleide prijs per kindjaar en duur 19,07 maanden', () => {
    const [laag, gem, hoog] = rijen;
    expect(laag.prijsPerKindjaar).toBeCloseTo(2352830 / 44.5, 6);
    expect(Math.round(laag.prijsPerKindjaar)).toBe(52873);
    expect(Math.round(gem.prijsPerKindjaar)).toBe(59972);
    expect(Math.round(hoog.prijsPerKindjaar)).toBe(65074);
    for (const r of rijen) expect(r.maandenPerKind).toBeCloseTo((44.5 / 28) * 12, 4);
  });
});
