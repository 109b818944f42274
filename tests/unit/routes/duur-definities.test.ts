import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASUSSEN, EPISODES } from './fixture.ts';
import { maakDb } from './duckdb.ts';
import { leesDuurGroepen, sqlDuurGroepen, type RouteQuery } from '../../../src/lib/db/sql/routes.ts';
import { DEFINITIE_CODES, DEFINITIES, definitie, type DefinitieCode } from '../../../src/lib/model/routes/definities.ts';
import { duurKlasse, duurOpPeildatum, groepeerDuur, vatDuurSamen, type DuurOpties } from '../../../src/lib/model/routes/route.ts';
import { definitieTekst } from '../../../src/lib/model/routes/labels.ts';

let db: { query: RouteQuery; sluit: () => void };
beforeAll(async () => {
  db = await maakDb(CASUSSEN, EPISODES);
});
afterAll(() => db.sluit());

const PEIL = '2023-06-01';
const ids = (code: DefinitieCode, peildatum = PEIL) =>
  duurOpPeildatum(CASUSSEN, EPISODES, { peildatum, definitie: code }).map((r) => r.casus_id).sort();

describe('definities op handgemaakte gevallen (peildatum 1 juni 2023)', () => {
  it('relatief verzuim: a (volledig), g (gedeeltelijk), i (volledig, net begonnen)', () => {
    expect(ids('relatief_verzuim')).toEqual(['ds:a', 'ds:g', 'ds:i']);
  });
  it('langdurig relatief verzuim (> 4 weken): i valt af (22 dagen)', () => {
    expect(ids('langdurig_relatief_verzuim')).toEqual(['ds:a', 'ds:g']);
    // i started 2023-05-10: 28 days later (7 juni) still not "more than 4 weeks", 8 juni it is
    expect(ids('langdurig_relatief_verzuim', '2023-06-07')).not.toContain('ds:i');
    expect(ids('langdurig_relatief_verzuim', '2023-06-08')).toContain('ds:i');
  });
  it('absoluut verzuim: alleen b (niet ingeschreven); d heeft een vrijstelling', () => {
    expect(ids('absoluut_verzuim')).toEqual(['ds:b']);
  });
  it('thuiszitter smal: verzuim terwijl zorg loopt; wachtlijst telt niet (i)', () => {
    expect(ids('thuiszitter_smal')).toEqual(['ds:a', 'ds:g']);
  });
  it('thuiszitter breed: smal plus niet ingeschreven (b) en vrijgesteld (d)', () => {
    expect(ids('thuiszitter_breed')).toEqual(['ds:a', 'ds:b', 'ds:d', 'ds:g']);
  });
  it('elke definitie heeft een Nederlands label en een uitleg van één regel', () => {
    for (const c of DEFINITIE_CODES) {
      for (const taal of ['nl', 'en'] as const) {
        const { label, uitleg } = definitieTekst(c, taal);
        expect(label.length).toBeGreaterThan(3);
        expect(uitleg).not.toContain('\n');
        expect(uitleg.length).toBeGreaterThan(10);
      }
    }
    expect(() => definitie('iets_anders')).toThrow(/Onbekende definitie/);
  });
});

describe('duur uit school', () => {
  it('rekent vanaf het begin van de aaneengesloten reeks', () => {
    const breed = Object.fromEntries(duurOpPeildatum(CASUSSEN, EPISODES, { peildatum: PEIL, definitie: 'thuiszitter_breed' }).map((r) => [r.casus_id, r]));
    // a: volledig verzuim since 2021-03-01 → 2023-06-01 = 306 + 366 + 150 = 822 days
    expect(breed['ds:a'].sinds).toBe('2021-03-01');
    expect(breed['ds:a'].dagen).toBe(822);
    // b: partly absent from 2022-01-10, then fully, then not enrolled: one spell → 507 days
    expect(breed['ds:b'].sinds).toBe('2022-01-10');
    expect(breed['ds:b'].dagen).toBe(507);
    // d: verzuim 2022-09-01, vrijstelling touches it → 273 days
    expect(breed['ds:d'].dagen).toBe(273);
    // absoluut verzuim counts only the not-enrolled part of b: since 2023-01-01 = 151 days
    const abs = duurOpPeildatum(CASUSSEN, EPISODES, { peildatum: PEIL, definitie: 'absoluut_verzuim' });
    expect(abs[0].dagen).toBe(151);
  });
  it('klassen volgen de normen 6 weken en 3 maanden', () => {
    expect(duurKlasse('2023-01-01', '2023-02-12')).toBe('tot_6_weken'); // 42 days
    expect(duurKlasse('2023-01-01', '2023-02-13')).toBe('6_weken_3_maanden'); // 43 days
    expect(duurKlasse('2023-01-01', '2023-04-01')).toBe('6_weken_3_maanden'); // exactly 3 months
    expect(duurKlasse('2023-01-01', '2023-04-02')).toBe('3_maanden_1_jaar');
    expect(duurKlasse('2023-01-01', '2024-01-02')).toBe('1_2_jaar');
    expect(duurKlasse('2021-03-01', '2023-06-01')).toBe('meer_dan_2_jaar');
  });
  it('samenvatting: gemiddelde, aandeel per soort en normen', () => {
    const s = vatDuurSamen(groepeerDuur(duurOpPeildatum(CASUSSEN, EPISODES, { peildatum: PEIL, definitie: 'thuiszitter_breed' })));
    expect(s.n).toBe(4);
    // g: gedeeltelijk since 2022-03-01 → 457 days; mean of 822, 507, 273, 457
    expect(s.gemiddeldeDagen).toBeCloseTo((822 + 507 + 273 + 457) / 4, 6);
    expect(s.langerDan6Weken).toBe(4);
    expect(s.langerDan3Maanden).toBe(4);
    expect(s.perSoort.find((x) => x.soort === 'VO')?.n).toBe(3); // b, d (carried VO), g
    expect(vatDuurSamen([]).gemiddeldeDagen).toBeNull();
  });
});

describe('duur: SQL (DuckDB) = TS-referentie', () => {
  const gevallen: DuurOpties[] = [];
  for (const definitie of DEFINITIE_CODES) {
    for (const peildatum of ['2021-04-15', '2022-07-01', PEIL, '2023-06-08']) {
      gevallen.push({ peildatum, definitie });
    }
    gevallen.push({ peildatum: PEIL, definitie, filter: { onderwijssoort: ['VO'] } });
    gevallen.push({ peildatum: PEIL, definitie, filter: { leeftijdsband: ['4-11', '12-15'], gemeente: ['GM0513'] } });
  }
  it.each(gevallen.map((g) => [`${g.definitie} ${g.peildatum} ${JSON.stringify(g.filter ?? {})}`, g] as const))('%s', async (_naam, g) => {
    const q = sqlDuurGroepen(g);
    const sql = leesDuurGroepen(await db.query(q.sql, q.params));
    expect(sql).toEqual(groepeerDuur(duurOpPeildatum(CASUSSEN, EPISODES, g)));
  });
  it('weigert een onbekende definitie in plaats van iets te tellen', () => {
    expect(() => sqlDuurGroepen({ peildatum: PEIL, definitie: 'x' as DefinitieCode })).toThrow();
  });
  it('zet gebruikerswaarden nooit in de SQL-tekst', () => {
    const q = sqlDuurGroepen({ peildatum: PEIL, definitie: 'thuiszitter_smal', filter: { gemeente: ["GM0513'; DROP TABLE casus; --"] } });
    expect(q.sql).not.toContain('DROP TABLE');
    expect(q.params).toContain("GM0513'; DROP TABLE casus; --");
  });
});
