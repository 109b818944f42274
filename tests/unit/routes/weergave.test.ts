import { describe, expect, it } from 'vitest';
import { aandeelTekst, aantalTekst, isKlein } from '../../../src/lib/model/routes/aantal.ts';
import { bereikt, cohortGrootte, duurTabel, grootsteOvergang, jaarBedragTekst, stroomTabel, zelfdeTransities } from '../../../src/lib/model/routes/weergave.ts';
import { combiLabel, definitieTekst, duurTekst, klasseLabel } from '../../../src/lib/model/routes/labels.ts';
import { vatDuurSamen, type TransitieRij } from '../../../src/lib/model/routes/route.ts';
import { COMBI_TOESTANDEN } from '../../../src/lib/model/routes/toestand.ts';
import { DEFINITIE_CODES } from '../../../src/lib/model/routes/definities.ts';
import { KOSTEN_PER_JAAR } from './data-hulp.ts';

const norm = (s: string) => s.replace(/\s/g, ' ');

describe('kleine aantallen', () => {
  it('1–4 wordt "< 5", 0 en 5 niet', () => {
    expect([0, 1, 4, 5, 1234].map((n) => aantalTekst(n))).toEqual(['0', '< 5', '< 5', '5', '1.234']);
    expect(aantalTekst(1234, 'en')).toBe('1,234');
    expect(isKlein(0)).toBe(false);
    expect(() => aantalTekst(NaN)).toThrow();
  });
  it('een aandeel van een klein aantal wordt niet getoond', () => {
    expect(aandeelTekst(3, 100)).toBe('–');
    expect(aandeelTekst(30, 4)).toBe('–');
    expect(norm(aandeelTekst(25, 100))).toBe('25 %');
    expect(aandeelTekst(1, 0)).toBe('–');
  });
});

const RIJEN: TransitieRij[] = [
  { stap: 0, van: 'OP_SCHOOL', naar: 'DEELS_THUIS', n: 40 },
  { stap: 0, van: 'OP_SCHOOL', naar: null, n: 7 },
  { stap: 0, van: 'DEELS_THUIS', naar: 'THUIS', n: 3 },
  { stap: 1, van: 'DEELS_THUIS', naar: 'JEUGDPLEK', n: 25 },
  { stap: 1, van: 'DEELS_THUIS', naar: 'THUIS', n: 15 },
  { stap: 1, van: 'THUIS', naar: 'JEUGDPLEK', n: 2 },
  { stap: 2, van: 'JEUGDPLEK', naar: null, n: 27 },
];

describe('stroom', () => {
  it('cohort = som van stap 0', () => {
    expect(cohortGrootte(RIJEN)).toBe(50);
    expect(cohortGrootte([])).toBe(0);
  });
  it('grootste overgang telt over stappen heen en negeert einde-rijen', () => {
    expect(grootsteOvergang(RIJEN)).toEqual({ van: 'OP_SCHOOL', naar: 'DEELS_THUIS', n: 40 });
    const zonder = RIJEN.filter((r) => r.van !== 'OP_SCHOOL');
    // DEELS_THUIS → THUIS: 3 + 15 = 18 < DEELS_THUIS → JEUGDPLEK 25
    expect(grootsteOvergang(zonder)).toEqual({ van: 'DEELS_THUIS', naar: 'JEUGDPLEK', n: 25 });
    expect(grootsteOvergang([{ stap: 0, van: 'THUIS', naar: null, n: 9 }])).toBeNull();
  });
  it('bereikt telt binnenkomende overgangen', () => {
    expect(bereikt(RIJEN, ['JEUGDPLEK'])).toBe(27);
    expect(bereikt(RIJEN, ['THUIS', 'JEUGDPLEK'])).toBe(45);
  });
  it('tabel: stap vanaf 1, labels in de taal, kleine aantallen beschermd, ruwe getallen apart', () => {
    const t = stroomTabel(RIJEN, 'nl');
    expect(t.rijen).toHaveLength(RIJEN.length);
    expect(t.rijen[0]).toEqual({ stap: 1, van: 'Op school', naar: 'Deels thuis', n: '40' });
    expect(t.rijen[1].naar).toBe('(blijft tot einde periode)');
    expect(t.rijen[2].n).toBe('< 5');
    expect(t.ruw[2].n).toBe(3);
    expect(stroomTabel(RIJEN, 'en').rijen[0].van).toBe('At school');
  });
});

describe('duur', () => {
  const s = vatDuurSamen([
    { soort: 'PO', klasse: 'tot_6_weken', n: 3, som_dagen: 60 },
    { soort: 'PO', klasse: '3_maanden_1_jaar', n: 10, som_dagen: 2000 },
    { soort: 'VO', klasse: 'meer_dan_2_jaar', n: 7, som_dagen: 7000 },
  ]);
  it('tabel volgt de vijf klassen met norm en beschermde aantallen', () => {
    const t = duurTabel(s, 'nl');
    expect(t.rijen.map((r) => r.n)).toEqual(['< 5', '0', '10', '0', '7']);
    expect(norm(t.rijen[1].aandeel)).toBe('0 %');
    expect(norm(t.rijen[2].aandeel)).toBe('50 %');
    expect(t.rijen[0].norm).toBe('binnen de norm');
    expect(t.rijen[4].norm).toContain('3 maanden');
    expect(t.ruw[2].aandeel).toBeCloseTo(0.5);
  });
});

describe('labels in twee talen', () => {
  it('elke toestand, definitie en klasse heeft een Engels label dat anders is dan het Nederlandse', () => {
    for (const t of COMBI_TOESTANDEN) expect(combiLabel(t, 'en').label).not.toBe(combiLabel(t, 'nl').label);
    for (const d of DEFINITIE_CODES) {
      expect(definitieTekst(d, 'en').uitleg.length).toBeGreaterThan(10);
      expect(definitieTekst(d, 'en').label).not.toBe(definitieTekst(d, 'nl').label);
    }
    expect(klasseLabel('meer_dan_2_jaar', 'en')).toBe('over 2 years');
  });
  it('duur in woorden: "1 jaar en 10 maanden" / "1 year and 10 months"', () => {
    expect(duurTekst(22, 'nl')).toBe('1 jaar en 10 maanden');
    expect(duurTekst(29, 'nl')).toBe('2 jaar en 5 maanden');
    expect(duurTekst(22, 'en')).toBe('1 year and 10 months');
    expect(duurTekst(24, 'en')).toBe('2 years');
    expect(duurTekst(1, 'en')).toBe('1 month');
    expect(duurTekst(null, 'en')).toBe('unknown');
  });
});

describe('wat een jaar kost', () => {
  it('bedragen zoals de bron ze afrondt, met bereik voor de jeugdplek', () => {
    const per = Object.fromEntries(KOSTEN_PER_JAAR.map((k) => [k.code, norm(jaarBedragTekst(k, 'nl'))]));
    expect(jaarBedragTekst(KOSTEN_PER_JAAR[0], 'nl')).toBe('€\u00a07k');
    expect(per).toEqual({
      onderwijs_regulier: '€ 7k',
      onderwijs_speciaal: '€ 14k',
      jeugdzorg_voor_uitval: '€ 23k',
      jeugdzorg_na_uitval: '€ 46k',
      tijdelijke_jeugdplek: '€ 53k–€ 65k',
    });
  });
});

describe('Engelse tijdlijnen', () => {
  it('elke vignetstap, vraag, barrière en toestand heeft een Engelse tekst', async () => {
    const { readFileSync } = await import('node:fs');
    const lees = (f: string) => JSON.parse(readFileSync(new URL(`../../../data/routes/${f}`, import.meta.url), 'utf8'));
    const en = lees('vertaling-en.json');
    const vignetten = lees('vignetten.json').vignetten as { id: string; vraag: string; stappen: { nr: number; duur_tekst: string | null; barrieres: string[]; onderwijs: string | null; zorg: string | null }[] }[];
    for (const v of vignetten) {
      expect(en.vragen[v.id], v.id).toBeTruthy();
      for (const s of v.stappen) {
        expect(en.stappen[`${v.id}:${s.nr}`], `${v.id}:${s.nr}`).toBeTruthy();
        for (const b of s.barrieres) expect(en.barrieres[b], b).toBeTruthy();
        if (s.duur_tekst) expect(en.duren[s.duur_tekst], s.duur_tekst).toBeTruthy();
        for (const t of [s.onderwijs, s.zorg]) if (t) expect(en.toestanden[t], t).toBeTruthy();
      }
    }
    const { leesBarrieres } = await import('../../../src/lib/model/routes/bronnen.ts');
    const { vignetTijdlijn } = await import('../../../src/lib/model/routes/tijdlijn.ts');
    const catalogus = leesBarrieres(readFileSync(new URL('../../../data/routes/barrieres.csv', import.meta.url), 'utf8'));
    expect(Object.keys(en.barrieres).sort()).toEqual(catalogus.map((b) => b.code).sort());
    const kai = vignetten.find((v) => v.id === 'kai')!;
    const nl = vignetTijdlijn(kai as never, catalogus);
    const eng = vignetTijdlijn(kai as never, catalogus, undefined, en);
    expect(eng.titel).toBe('Kai, 9 years (PO)');
    expect(eng.balken.length).toBe(nl.balken.length);
    expect(eng.balken.map((b) => b.begin)).toEqual(nl.balken.map((b) => b.begin));
    expect(eng.gebeurtenissen.map((g) => g.label)).toContain('Has not been to school for two years.');
    expect(eng.balken.some((b) => b.label === 'Absent every day (two years)')).toBe(true);
  });
});

describe('zelfdeTransities', () => {
  const a: TransitieRij[] = [
    { stap: 0, van: 'OP_SCHOOL', naar: 'THUIS', n: 3 },
    { stap: 1, van: 'THUIS', naar: null, n: 3 },
  ];
  it('herkent dezelfde rijen in een nieuw antwoord, en elk verschil', () => {
    expect(zelfdeTransities(a, a.map((r) => ({ ...r })))).toBe(true);
    expect(zelfdeTransities(a, [a[0], { ...a[1], n: 4 }])).toBe(false);
    expect(zelfdeTransities(a, [a[0], { ...a[1], naar: 'OP_SCHOOL' }])).toBe(false);
    expect(zelfdeTransities(a, [a[0]])).toBe(false);
    expect(zelfdeTransities(a, [a[1], a[0]])).toBe(false);
  });
});
