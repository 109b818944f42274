/**
 * The view's small derived tables (route_stroom, route_duur), read by its one statement
 * (sqlRouteGrafieken), must give exactly what the general queries give, for every filter the view
 * offers — including windows that cut routes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Episode } from '../../../src/lib/model/casus/contract.ts';
import {
  leesDuurGroepen, leesRouteGrafieken, leesTransitieRijen, sqlDuurGroepen, sqlMaakKubussen, sqlRouteGrafieken, sqlTransities, type RouteQuery,
} from '../../../src/lib/db/sql/routes.ts';
import { DEFINITIE_CODES, type DefinitieCode } from '../../../src/lib/model/routes/definities.ts';
import type { CohortFilter } from '../../../src/lib/model/routes/filter.ts';
import type { RouteCasus } from '../../../src/lib/model/routes/route.ts';
import { maakDb, synthRoutes } from './duckdb.ts';
import { mulberry32, type Rng } from '../../../scripts/lib/prng.ts';
import { ONDERWIJSSOORT } from '../../../src/lib/model/casus/contract.ts';
import { LEEFTIJDSBANDEN } from '../../../src/lib/model/routes/filter.ts';

const casussen: RouteCasus[] = [];
const episodes: Episode[] = [];
for (const ds of ['a', 'b']) {
  const r = await synthRoutes(ds, 200, ds === 'a' ? 11 : 12);
  casussen.push(...r.casussen);
  episodes.push(...r.episodes);
}

let db: { query: RouteQuery; sluit: () => void };
// row-by-row inserts: slow on a busy machine, so the hook gets a minute
beforeAll(async () => {
  db = await maakDb(casussen, episodes);
}, 60_000);
afterAll(() => db?.sluit());

/** Both charts from the small tables, as the view asks them. */
async function uitKubussen(definitie: DefinitieCode, filter: CohortFilter) {
  const q = sqlRouteGrafieken(definitie, filter);
  return leesRouteGrafieken(await db.query(q.sql, q.params));
}

const FILTERS: CohortFilter[] = [
  {},
  { datasets: ['a'] },
  { datasets: ['b'], onderwijssoort: ['VO'] },
  { datasets: ['a'], onderwijssoort: ['PO', 'SBO'], leeftijdsband: ['4-11'] },
  { datasets: ['a'], gemeente: ['GM0513', 'GM0855'], leeftijdsband: ['12-15', '16-17'] },
  { gemeente: ['GM9999'] },
  { datasets: ['b'], leeftijdsband: ['18+', '4-11'] },
];

describe('sqlRouteGrafieken', () => {
  it('weigert een onbekende definitie of leeftijdsband (uit de URL) in plaats van stil niets te filteren', () => {
    expect(() => sqlRouteGrafieken('bestaat_niet' as DefinitieCode, {})).toThrow(/definitie/);
    expect(() => sqlRouteGrafieken('relatief_verzuim', { leeftijdsband: ['99-100' as never] })).toThrow();
  });
});

describe('route_stroom = sqlTransities', () => {
  for (const venster of [
    { van: '2017-01-01', tot: '2025-01-01', maxStappen: 5 },
    { van: '2021-03-01', tot: '2023-07-01', maxStappen: 3 }, // cuts routes on both sides
  ]) {
    it(`venster ${venster.van} – ${venster.tot}`, async () => {
      for (const q of sqlMaakKubussen({ ...venster, peildatum: '2024-12-01' })) await db.query(q.sql, q.params);
      let nietLeeg = 0;
      for (const filter of FILTERS) {
        const a = sqlTransities({ ...venster, filter });
        const ra = leesTransitieRijen(await db.query(a.sql, a.params));
        for (const definitie of ['relatief_verzuim', 'thuiszitter_breed'] as const) {
          expect((await uitKubussen(definitie, filter)).transities, JSON.stringify(filter)).toEqual(ra);
        }
        if (ra.length) nietLeeg++;
      }
      expect(nietLeeg).toBeGreaterThanOrEqual(4);
    });
  }
});

describe('route_duur = route_segment op de peildatum', () => {
  for (const peildatum of ['2024-12-01', '2022-06-15']) {
    it(`peildatum ${peildatum}, alle definities`, async () => {
      for (const q of sqlMaakKubussen({ van: '2017-01-01', tot: '2025-01-01', maxStappen: 5, peildatum })) await db.query(q.sql, q.params);
      let totaal = 0;
      for (const definitie of DEFINITIE_CODES) {
        for (const filter of FILTERS) {
          const a = sqlDuurGroepen({ peildatum, definitie, filter });
          const ra = leesDuurGroepen(await db.query(a.sql, a.params));
          expect((await uitKubussen(definitie, filter)).duur, JSON.stringify({ definitie, filter })).toEqual(ra);
          totaal += ra.reduce((s, g) => s + g.n, 0);
        }
      }
      expect(totaal).toBeGreaterThan(0);
    });
  }
});

/** Random filter states the fixed list above does not name: any subset of every filter, unseen combinations. */
function willekeurigeFilters(rng: Rng, gemeenten: readonly string[], aantal: number): CohortFilter[] {
  const deel = <T>(lijst: readonly T[], kans: number): T[] | undefined => {
    if (rng.next() > kans) return undefined;
    const uit = lijst.filter(() => rng.next() < 0.4);
    return uit.length ? uit : [lijst[rng.int(0, lijst.length - 1)]];
  };
  return Array.from({ length: aantal }, () => ({
    datasets: deel(['a', 'b'], 0.6),
    onderwijssoort: deel(ONDERWIJSSOORT, 0.5),
    leeftijdsband: deel(LEEFTIJDSBANDEN.map((b) => b.code), 0.5),
    gemeente: deel(gemeenten, 0.5),
  }));
}

describe('kubussen = ruwe rijen op 30 willekeurige filterstanden', () => {
  it('stroom en duur onder elke definitie, venster en peildatum willekeurig', async () => {
    const rng = mulberry32(2024);
    const gemeenten = (await db.query('SELECT DISTINCT gemeente_code AS g FROM casus ORDER BY 1', [])).map((r) => String(r.g));
    expect(gemeenten.length).toBeGreaterThan(1);
    let nietLeeg = 0;
    for (let ronde = 0; ronde < 3; ronde++) {
      const vanJaar = rng.int(2017, 2022);
      const venster = { van: `${vanJaar}-0${rng.int(1, 9)}-01`, tot: `${vanJaar + rng.int(1, 3)}-${rng.int(10, 12)}-01`, maxStappen: rng.int(2, 6) };
      const peildatum = `${rng.int(2019, 2024)}-0${rng.int(1, 9)}-${rng.int(10, 28)}`;
      for (const q of sqlMaakKubussen({ ...venster, peildatum })) await db.query(q.sql, q.params);
      for (const filter of willekeurigeFilters(rng, gemeenten, 10)) {
        const a = sqlTransities({ ...venster, filter });
        const stroom = leesTransitieRijen(await db.query(a.sql, a.params));
        if (stroom.length) nietLeeg++;
        for (const definitie of DEFINITIE_CODES) {
          const r = sqlDuurGroepen({ peildatum, definitie, filter });
          const ruw = leesDuurGroepen(await db.query(r.sql, r.params));
          const k = await uitKubussen(definitie, filter);
          expect(k.transities, JSON.stringify({ venster, filter })).toEqual(stroom);
          expect(k.duur, JSON.stringify({ peildatum, definitie, filter })).toEqual(ruw);
        }
      }
    }
    // the random states must reach real rows, or the comparison proves nothing
    expect(nietLeeg).toBeGreaterThanOrEqual(10);
  }, 120_000);
});

describe('route_gemeente (the gemeente filter)', () => {
  it('counts each case with a route once, under its gemeente, per dataset', async () => {
    const { routeGemeentenVraag } = await import('../../../src/lib/db/routes.ts');
    for (const ds of ['a', 'b']) {
      const v = routeGemeentenVraag(ds);
      const rijen = (await db.query(v.sql, v.params)).map((r) => [String(r.gemeente_code), Number(r.n)]);
      // from the input: the cases of this dataset (ids `<ds>:…`) with a route, i.e. with an onderwijs episode
      const inDs = (id: string) => id.split(':')[0] === ds;
      const metRoute = new Set(episodes.filter((e) => inDs(e.casus_id) && e.domein === 'onderwijs').map((e) => e.casus_id));
      const verwacht = new Map<string, number>();
      for (const c of casussen) if (metRoute.has(c.casus_id)) verwacht.set(c.gemeente_code, (verwacht.get(c.gemeente_code) ?? 0) + 1);
      expect(rijen.length).toBeGreaterThan(1);
      expect(rijen).toEqual([...verwacht].sort(([a], [b]) => a.localeCompare(b)));
    }
  });
});
