import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { voegCasusBestandenSamen } from '../../../src/lib/import/casus.ts';
import { GROEPEN, RAADSVRAGEN, peildatumVan, thuiszitterMaten } from '../../../src/lib/model/elftal/raadsvragen.ts';
import type { DefinitieCode } from '../../../src/lib/model/routes/definities.ts';

// A small case file in the contract format, read by the same parser as a user's upload.
// Peildatum = the latest date in the file: 2024-06-01 (case e's enrolment ends then).
//  a  VOLLEDIG_VERZUIM since 2024-05-01 + ambulant care    →  31 days (under 6 weeks)
//  b  GEDEELTELIJK_VERZUIM since 2024-03-01 + residential   →  exactly 3 months: over 6 weeks, not over 3 months
//  c  VOLLEDIG_VERZUIM since 2023-09-01, no care            →  9 months (not "smal": no care)
//  d  NIET_INGESCHREVEN since 2024-01-15                    →  absoluut verzuim, over 3 months
//  e  enrolled until 2024-06-01                             →  never counted
//  z  other gemeente, VOLLEDIG_VERZUIM since 2022 + care    →  counted only without the gemeente filter
export const CASUS_CSV = `casus_id;gemeente_code;geboortejaar;geslacht
a;GM0513;2010;
b;GM0513;2011;v
c;GM0513;2009;m
d;GM0513;2012;
e;GM0513;2010;
z;GM0150;2010;
`;
export const EPISODE_CSV = `casus_id;domein;toestand;onderwijssoort;begin;einde;datum_kwaliteit
a;onderwijs;INGESCHREVEN;VO;2022-08-01;2024-05-01;exact
a;onderwijs;VOLLEDIG_VERZUIM;VO;2024-05-01;;exact
a;zorg;AMBULANT;;2024-01-01;;exact
b;onderwijs;INGESCHREVEN;VO;2022-08-01;2024-03-01;exact
b;onderwijs;GEDEELTELIJK_VERZUIM;VO;2024-03-01;;exact
b;zorg;VERBLIJF;;2023-01-01;;exact
c;onderwijs;VOLLEDIG_VERZUIM;VO;2023-09-01;;exact
d;onderwijs;INGESCHREVEN;PO;2020-08-01;2024-01-15;exact
d;onderwijs;NIET_INGESCHREVEN;;2024-01-15;;exact
e;onderwijs;INGESCHREVEN;VO;2020-08-01;2024-06-01;exact
z;onderwijs;VOLLEDIG_VERZUIM;VO;2022-01-01;;exact
z;zorg;AMBULANT;;2022-01-01;;exact
`;

// The seed text lives next to the repo (../shared/seeds); citations are checked when it is there.
const BOEK = resolve(__dirname, '../../../../shared/seeds/004_987e6c3cea13922c.txt');
const boekRegels = () => readFileSync(BOEK, 'utf8').split('\n');

const r = voegCasusBestandenSamen([parseTekst(CASUS_CSV, { bestand: 'casus.csv', formaat: 'casus' }), parseTekst(EPISODE_CSV, { bestand: 'episode.csv', formaat: 'casus' })]);

describe('raadsvragen uit seed 004 §6', () => {
  it('elke vraag hoort bij een groep, noemt regels in het boek en een register', () => {
    for (const v of RAADSVRAGEN) {
      expect(GROEPEN).toContain(v.groep);
      expect(v.regels.length).toBeGreaterThan(0);
      for (const [a, b] of v.regels) expect(b).toBeGreaterThanOrEqual(a);
      expect(v.register.nl.length).toBeGreaterThan(5);
      expect(v.register.en.length).toBeGreaterThan(5);
    }
    for (const g of GROEPEN) expect(RAADSVRAGEN.some((v) => v.groep === g)).toBe(true);
    expect(new Set(RAADSVRAGEN.map((v) => v.id)).size).toBe(RAADSVRAGEN.length);
  });
  it.skipIf(!existsSync(BOEK))('de geciteerde regels staan in het boek (steekproef op de kernzinnen)', () => {
    const boek = boekRegels();
    const regel = (n: number) => boek[n - 1];
    expect(regel(1203)).toMatch(/hoeveel thuiszitters zijn er/);
    expect(regel(1195)).toMatch(/zes weken/);
    expect(regel(4757)).toMatch(/drie maanden/);
    expect(regel(2664)).toMatch(/eerste gesprek/);
    expect(regel(834)).toMatch(/percentage van het jeugdbudget/);
    expect(regel(3059)).toMatch(/komt hulp op tijd/);
  });
});

describe('thuiszittermaten uit een casusbestand', () => {
  it('het bestand wordt zonder afwijzingen gelezen', () => {
    expect(r.afgewezen).toEqual([]);
    expect(r.casus).toHaveLength(6);
  });
  it('peildatum = laatste datum in het bestand', () => {
    expect(peildatumVan(r.episodes)).toBe('2024-06-01');
  });
  const VERWACHT: Record<DefinitieCode, [number, number, number]> = {
    // n, over 6 weeks, over 3 months (gemeente GM0513)
    thuiszitter_smal: [2, 1, 0], // a, b
    thuiszitter_breed: [3, 2, 1], // a, b, d
    relatief_verzuim: [3, 2, 1], // a, b, c
    langdurig_relatief_verzuim: [3, 2, 1], // a (31 > 28 days), b, c
    absoluut_verzuim: [1, 1, 1], // d
  };
  for (const [definitie, [n, zes, drie]] of Object.entries(VERWACHT) as [DefinitieCode, [number, number, number]][]) {
    it(`${definitie}: ${n} kinderen, ${zes} langer dan 6 weken, ${drie} langer dan 3 maanden`, () => {
      const m = thuiszitterMaten(r.casus, r.episodes, { definitie, peildatum: '2024-06-01', gemeente: 'GM0513' });
      expect([m.n, m.langerDan6Weken, m.langerDan3Maanden]).toEqual([n, zes, drie]);
      expect(m.gemeenteGefilterd).toBe(true);
      expect(m.casussen).toBe(5);
    });
  }
  it('gemiddelde duur (smal): a 31 en b 92 dagen → 61,5', () => {
    const m = thuiszitterMaten(r.casus, r.episodes, { definitie: 'thuiszitter_smal', peildatum: '2024-06-01', gemeente: 'GM0513' });
    expect(m.gemiddeldeDagen).toBe(61.5);
  });
  it('gemeente niet in het bestand: het hele bestand, en dat wordt gezegd', () => {
    const m = thuiszitterMaten(r.casus, r.episodes, { definitie: 'thuiszitter_smal', peildatum: '2024-06-01', gemeente: 'GM0344' });
    expect(m.gemeenteGefilterd).toBe(false);
    expect(m.casussen).toBe(6);
    expect([m.n, m.langerDan3Maanden]).toEqual([3, 1]); // + z
  });
});

describe('citaten bij het elftal en het scenario', () => {
  it.skipIf(!existsSync(BOEK))('elk citaat staat woordelijk op de genoemde regels van het boek', async () => {
    const { ADVIES, BEELD } = await import('../../../src/lib/model/elftal/citaten.ts');
    const boek = boekRegels();
    const plat = (s: string) => s.replace(/\s+/g, ' ').trim();
    for (const c of [BEELD, ...ADVIES]) {
      const tekst = plat(boek.slice(c.regels[0] - 1, c.regels[1]).join(' '));
      expect(tekst, c.id).toContain(plat(c.nl));
    }
  });
});
