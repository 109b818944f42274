/**
 * SQL vs TS reference on generated pathways (src/lib/db/sql/synth.ts), beyond the hand-made fixture:
 * many shapes of routes, every definition, several filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Episode } from '../../../src/lib/model/casus/contract.ts';
import { leesDuurGroepen, leesTransitieRijen, sqlDuurGroepen, sqlTransities, type RouteQuery } from '../../../src/lib/db/sql/routes.ts';
import { DEFINITIE_CODES } from '../../../src/lib/model/routes/definities.ts';
import { duurOpPeildatum, groepeerDuur, telTransities, type RouteCasus } from '../../../src/lib/model/routes/route.ts';
import { maakDb, synthRoutes } from './duckdb.ts';

const { casussen, episodes } = await synthRoutes('s', 250, 7);

let db: { query: RouteQuery; sluit: () => void };
beforeAll(async () => {
  db = await maakDb(casussen, episodes);
});
afterAll(() => db.sluit());

describe('synthetische routes: SQL = TS', () => {
  it('heeft echte overgangen naar thuis en jeugdplek', () => {
    const r = telTransities(casussen, episodes, { van: '2015-01-01', tot: '2025-01-01', maxStappen: 6 });
    expect(r.some((x) => x.naar === 'JEUGDPLEK')).toBe(true);
    expect(r.some((x) => x.naar === 'DEELS_THUIS')).toBe(true);
  });
  for (const [van, filter] of [
    ['2015-01-01', {}],
    ['2021-01-01', { onderwijssoort: ['PO' as const, 'SO' as const] }],
    ['2020-06-15', { leeftijdsband: ['12-15' as const], gemeente: ['GM0513', 'GM0344'] }],
  ] as const) {
    it(`transities vanaf ${van} ${JSON.stringify(filter)}`, async () => {
      const opt = { van, tot: '2025-01-01', maxStappen: 6, filter };
      const q = sqlTransities(opt);
      expect(leesTransitieRijen(await db.query(q.sql, q.params))).toEqual(telTransities(casussen, episodes, opt));
    });
  }
  for (const definitie of DEFINITIE_CODES) {
    it(`duur ${definitie}`, async () => {
      for (const peildatum of ['2022-03-15', '2024-12-01']) {
        const opt = { peildatum, definitie, filter: { onderwijssoort: [] } };
        const q = sqlDuurGroepen(opt);
        expect(leesDuurGroepen(await db.query(q.sql, q.params))).toEqual(groepeerDuur(duurOpPeildatum(casussen, episodes, opt)));
      }
    });
  }
});
