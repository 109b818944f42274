import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASUSSEN, EPISODES } from './fixture.ts';
import { maakDb } from './duckdb.ts';
import type { RouteQuery } from '../../../src/lib/db/sql/routes.ts';
import { leesTransitieRijen, sqlTransities } from '../../../src/lib/db/sql/routes.ts';
import { routeStappen, segmenteer, telTransities, transitieMatrix, type TransitieOpties, type TransitieRij } from '../../../src/lib/model/routes/route.ts';
import { combiToestand } from '../../../src/lib/model/routes/toestand.ts';

let db: { query: RouteQuery; sluit: () => void };
beforeAll(async () => {
  db = await maakDb(CASUSSEN, EPISODES);
});
afterAll(() => db.sluit());

const sleutel = (r: TransitieRij) => `${r.stap}|${r.van}|${r.naar}|${r.n}`;
async function sql(opt: TransitieOpties): Promise<string[]> {
  const q = sqlTransities(opt);
  return leesTransitieRijen(await db.query(q.sql, q.params)).map(sleutel).sort();
}
const ts = (opt: TransitieOpties) => telTransities(CASUSSEN, EPISODES, opt).map(sleutel).sort();
const route = (id: string) => routeStappen(segmenteer(EPISODES.filter((e) => e.casus_id === id))).map((s) => s.toestand);

describe('gecombineerde toestand', () => {
  it('volgt de prioriteitsregel', () => {
    expect(combiToestand(null, 'DAGBESTEDING')).toBe('ONBEKEND');
    expect(combiToestand('VRIJSTELLING', 'VERBLIJF')).toBe('BUITEN_ONDERWIJS');
    expect(combiToestand('NIET_INGESCHREVEN', null)).toBe('BUITEN_ONDERWIJS');
    expect(combiToestand('VOLLEDIG_VERZUIM', 'KOLB')).toBe('JEUGDPLEK');
    expect(combiToestand('VOLLEDIG_VERZUIM', 'AMBULANT')).toBe('THUIS');
    expect(combiToestand('VOLLEDIG_VERZUIM', null)).toBe('THUIS');
    expect(combiToestand('GEDEELTELIJK_VERZUIM', 'DAGBESTEDING')).toBe('DEELS_THUIS');
    expect(combiToestand('INGESCHREVEN', 'VERBLIJF')).toBe('OP_SCHOOL');
  });
});

describe('routes per kind (TS-referentie)', () => {
  it('voegt opeenvolgende gelijke toestanden samen en houdt gaten als ONBEKEND', () => {
    expect(route('ds:a')).toEqual(['OP_SCHOOL', 'JEUGDPLEK']);
    expect(route('ds:b')).toEqual(['OP_SCHOOL', 'DEELS_THUIS', 'THUIS', 'BUITEN_ONDERWIJS']);
    expect(route('ds:c')).toEqual(['OP_SCHOOL', 'ONBEKEND', 'OP_SCHOOL']);
    expect(route('ds:e')).toEqual([]); // zorg only
    // PO → VO stays one OP_SCHOOL step
    expect(route('ds:g')).toEqual(['OP_SCHOOL', 'DEELS_THUIS']);
  });
  it('lost overlap op: zwaarste onderwijs- en intensiefste zorgtoestand winnen', () => {
    expect(route('ds:f')).toEqual(['OP_SCHOOL', 'THUIS', 'JEUGDPLEK', 'THUIS', 'OP_SCHOOL']);
  });
});

describe('transities: SQL (DuckDB) = TS-referentie', () => {
  const basis = { van: '2019-01-01', tot: '2024-01-01', maxStappen: 10 };
  it('hele cohort, met handmatig nagerekende tellingen', async () => {
    const s = await sql(basis);
    expect(s).toEqual(ts(basis));
    // by hand: at step 0, b and g go OP_SCHOOL → DEELS_THUIS; i ends in THUIS
    expect(s).toContain('0|OP_SCHOOL|DEELS_THUIS|2');
    expect(s).toContain('0|THUIS|null|1');
    expect(s).toContain('2|JEUGDPLEK|THUIS|1'); // f
    // every child with a route in the window ends exactly once: 8 routes (a b c d f g h i)
    const eindes = telTransities(CASUSSEN, EPISODES, basis).filter((r) => r.naar === null).reduce((t, r) => t + r.n, 0);
    expect(eindes).toBe(8);
  });
  it('filter onderwijssoort VO: alleen b en d (g begon het venster in PO)', async () => {
    const opt = { ...basis, filter: { onderwijssoort: ['VO' as const] } };
    const s = await sql(opt);
    expect(s).toEqual(ts(opt));
    // b and d both end in BUITEN_ONDERWIJS, but at different steps (3 and 1)
    expect(s).toEqual(
      ['0|OP_SCHOOL|DEELS_THUIS|1', '1|DEELS_THUIS|THUIS|1', '2|THUIS|BUITEN_ONDERWIJS|1', '3|BUITEN_ONDERWIJS|null|1', '0|JEUGDPLEK|BUITEN_ONDERWIJS|1', '1|BUITEN_ONDERWIJS|null|1'].sort(),
    );
  });
  it('filter gemeente, dataset en leeftijd', async () => {
    for (const filter of [
      { gemeente: ['GM0268'] },
      { datasets: ['ds2'] },
      { leeftijdsband: ['4-11' as const] },
      { leeftijdsband: ['12-15' as const, '16-17' as const], gemeente: ['GM0268', 'GM0513'] },
    ]) {
      const opt = { ...basis, filter };
      expect(await sql(opt)).toEqual(ts(opt));
    }
    // GM0268: c and h
    const gm = ts({ ...basis, filter: { gemeente: ['GM0268'] } });
    expect(gm.filter((k) => k.includes('|null|')).length).toBe(2);
    // age in 2019: 4-11 = a(6) b(11) c(4) f(7) g(9); d has no geboortejaar, h is 15, i is 3
    const jong = telTransities(CASUSSEN, EPISODES, { ...basis, filter: { leeftijdsband: ['4-11'] } });
    expect(jong.filter((r) => r.naar === null).reduce((t, r) => t + r.n, 0)).toBe(5);
  });
  it('venster en maximum aantal stappen', async () => {
    const opt = { van: '2022-02-15', tot: '2022-12-01', maxStappen: 2 };
    expect(await sql(opt)).toEqual(ts(opt));
    // b in this window: DEELS_THUIS → THUIS (2022-06-01), THUIS ends in window; step 2+ cut
    const r = telTransities(CASUSSEN, EPISODES, opt);
    expect(r.every((x) => x.stap < 2)).toBe(true);
    expect(r.find((x) => x.stap === 0 && x.van === 'DEELS_THUIS' && x.naar === 'THUIS')?.n).toBe(1);
  });
  it('matrix telt over alle stappen', () => {
    const m = transitieMatrix(telTransities(CASUSSEN, EPISODES, basis));
    // THUIS → JEUGDPLEK only in f; OP_SCHOOL → THUIS only f (once)
    expect(m.find((x) => x.van === 'THUIS' && x.naar === 'JEUGDPLEK')?.n).toBe(1);
    expect(m.find((x) => x.van === 'OP_SCHOOL' && x.naar === 'DEELS_THUIS')?.n).toBe(2);
    expect(m.some((x) => (x.naar as string | null) === null)).toBe(false);
  });
});
