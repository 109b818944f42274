// Issue 15: the Thuiszitters page reads a casus:aggregeer bundle as any dataset. The writer builds
// the page's small tables with the page's SQL and publishes them with rows under 5 children left
// out; laadKubusBundel loads them back, and every chart of the page (sqlRouteGrafieken) then equals
// the published rows, for random filter states. Deriving the tables of another dataset afterwards
// keeps the bundle's rows (it has no cases to derive them from). Native DuckDB.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqlBouwDataset, SQL_MAAK_PREAGGREGATEN } from '../../../src/lib/db/sql/kosten.ts';
import { KUBUS_EXPORTS, sqlKubusExport } from '../../../src/lib/db/sql/kostenAggregaat.ts';
import { ROUTE_EXPORTS } from '../../../src/lib/db/sql/routesAggregaat.ts';
import { sqlMaakKubussen, sqlMaakRouteTabellen, sqlRouteGrafieken } from '../../../src/lib/db/sql/routes.ts';
import { haalKubusBundel, laadBronDataset, laadKubusBundel } from '../../../src/lib/db/casus.ts';
import { VENSTER, zorgVoorRoutes } from '../../../src/lib/db/routes.ts';
import { KUBUS_BUNDEL_SOORT, leesKubusManifest, routesVoor } from '../../../src/lib/model/kosten/kubusBundel.ts';
import { DEFINITIE_CODES } from '../../../src/lib/model/routes/definities.ts';
import { LEEFTIJDSBANDEN, type CohortFilter } from '../../../src/lib/model/routes/filter.ts';
import { ONDERWIJSSOORT } from '../../../src/lib/model/casus/contract.ts';
import { GEMEENTEN } from '../../../src/lib/model/casus/synth/kalibratie.ts';
import { casusRegel, episodeRegel, KOP, kostenRegel } from '../../../src/lib/model/casus/synth/csv.ts';
import { mulberry32 } from '../../../scripts/lib/prng.ts';
import { openNodeDb } from '../../../scripts/db/node-db.ts';
import { cohort, laad, rijen } from '../kosten/helpers.ts';

const DS = 'regio-routes';
const map = mkdtempSync(join(tmpdir(), 'jzv-routebundel-'));
let conn: DuckDBConnection;
let db: Awaited<ReturnType<typeof openNodeDb>>;
const onderdrukt: Record<string, number> = {};

beforeAll(async () => {
  conn = await laad(await cohort(2000, 5, 'fase'), DS);
  for (const s of SQL_MAAK_PREAGGREGATEN) await conn.run(s);
  for (const s of sqlBouwDataset(DS)) await conn.run(s.sql, s.params as never);
  // as scripts/casus-aggregeer.ts: the page's tables for its window, then each table with rows under 5 left out
  for (const s of sqlMaakRouteTabellen()) await conn.run(s);
  for (const q of sqlMaakKubussen(VENSTER)) await conn.run(q.sql, q.params as never);
  for (const k of [...KUBUS_EXPORTS, ...ROUTE_EXPORTS]) {
    const q = sqlKubusExport(k, join(map, `${k.tabel}.csv`));
    onderdrukt[k.tabel] = Number((await rijen(conn, q.onderdrukt, [DS]))[0].rijen);
    await conn.run(q.copy, [DS]);
  }
  writeFileSync(join(map, 'manifest.json'), JSON.stringify({
    contractversie: 1, soort: KUBUS_BUNDEL_SOORT, dataset_id: DS, naam: 'Testregio', herkomst: 'synthetisch', bron: 'jzv-synth, seed 5; geaggregeerd in de test',
    totalen: { casussen: 2000, met_uitval: 0, totaal_eur: 0 }, tabellen: {}, routes: { ...VENSTER },
  }));
  // the reference: the published rows, put back in the writer's own tables as a second dataset
  for (const k of ROUTE_EXPORTS) {
    await conn.run(`INSERT INTO ${k.tabel} (dataset_id, ${k.kolommen.join(', ')}) SELECT 'gepubliceerd', * FROM (${sqlKubusExport(k, 'x').select})`, [DS]);
  }
  vi.stubGlobal('fetch', async (url: string) => {
    try {
      return new Response(readFileSync(join(map, new URL(url).pathname.split('/').pop()!), 'utf8'), { status: 200 });
    } catch {
      return new Response('', { status: 404 });
    }
  });
  db = await openNodeDb();
  await laadKubusBundel(db, haalKubusBundel('http://bundel.test/', 'kubussen/'));
}, 120_000);
afterAll(() => {
  vi.unstubAllGlobals();
  db?.sluit();
});

function willekeurig(r: () => number): CohortFilter {
  // half the time no choice in a control, else about half its values (as a user ticks boxes)
  const enkele = <T>(xs: readonly T[]): T[] => (r() < 0.5 ? [] : xs.filter(() => r() < 0.5));
  return { onderwijssoort: enkele(ONDERWIJSSOORT), leeftijdsband: enkele(LEEFTIJDSBANDEN.map((b) => b.code)), gemeente: enkele(GEMEENTEN.map((g) => g[0])) };
}

// the writer's driver gives BIGINT columns as bigint, the site's as number
const sorteer = (xs: Record<string, unknown>[]) => xs.map((x) => JSON.stringify(x, (_, v) => (typeof v === 'bigint' ? Number(v) : v))).sort();
const grafieken = (ds: string, i: number, f: CohortFilter) => sqlRouteGrafieken(DEFINITIE_CODES[i % DEFINITIE_CODES.length], { ...f, datasets: [ds] });

describe('Thuiszitters uit een kubusbundel (casus:aggregeer)', () => {
  it('de bundel bevat geen rij op minder dan 5 kinderen, en er is echt iets weggelaten', () => {
    for (const k of ROUTE_EXPORTS) {
      const [kop, ...regels] = readFileSync(join(map, `${k.tabel}.csv`), 'utf8').trim().split('\n');
      const n = kop.split(';').indexOf('n');
      expect(regels.length, k.tabel).toBeGreaterThan(0);
      expect(regels.every((x) => Number(x.split(';')[n]) >= 5), k.tabel).toBe(true);
    }
    expect(onderdrukt.route_stroom + onderdrukt.route_duur).toBeGreaterThan(0);
  });

  it('30 willekeurige filterstanden en definities: stromen en duren uit de bundel = de gepubliceerde rijen', async () => {
    const rng = mulberry32(17);
    let nietLeeg = 0;
    for (let i = 0; i < 30; i++) {
      const f = willekeurig(() => rng.next());
      const a = grafieken(DS, i, f);
      const ref = grafieken('gepubliceerd', i, f);
      const uitBundel = await db.query(a.sql, a.params);
      expect(sorteer(uitBundel), JSON.stringify(f)).toEqual(sorteer(await rijen(conn, ref.sql, ref.params)));
      if (uitBundel.length) nietLeeg++;
    }
    expect(nietLeeg).toBeGreaterThan(20);
  });

  it('de tabellen van een andere dataset opnieuw afleiden laat de rijen van de bundel staan', async () => {
    const q = grafieken(DS, 0, {});
    const voor = sorteer(await db.query(q.sql, q.params));
    const ander = await cohort(600, 9, 'fase');
    const tekst = (kop: string, regels: string[]) => new TextEncoder().encode(kop + regels.join(''));
    const inhoud = { casus: tekst(KOP.casus, ander.casus.map(casusRegel)), episode: tekst(KOP.episode, ander.episodes.map(episodeRegel)), kosten: tekst(KOP.kosten, ander.kosten.map(kostenRegel)) };
    const dataset = { dataset_id: 'ander', naam: 'Ander', herkomst: 'synthetisch' as const, bron: 'test', contractversie: 1 as const };
    const { herbouwd } = await zorgVoorRoutes(db, 'ander', async () => (await laadBronDataset(db, { dataset, inhoud }), true), VENSTER);
    expect(herbouwd).toBe(true);
    expect(sorteer(await db.query(q.sql, q.params))).toEqual(voor);
    const a = grafieken('ander', 0, {});
    expect((await db.query(a.sql, a.params)).length).toBeGreaterThan(0);
    const [g] = await db.query('SELECT count(*)::INTEGER AS n FROM route_gemeente WHERE dataset_id = ?', [DS]);
    expect(g.n).toBe(readFileSync(join(map, 'route_gemeente.csv'), 'utf8').trim().split('\n').length - 1);
  });

  it('alleen een bundel voor precies het venster van de pagina levert Thuiszitters; een kapot venster geeft een Nederlandse fout', () => {
    const m = leesKubusManifest(JSON.parse(readFileSync(join(map, 'manifest.json'), 'utf8')), 'b');
    expect(routesVoor(m, VENSTER)).toBe(true);
    expect(routesVoor(m, { ...VENSTER, peildatum: '2023-12-01' })).toBe(false);
    expect(routesVoor({ ...m, routes: undefined }, VENSTER)).toBe(false);
    expect(() => leesKubusManifest({ ...m, routes: { ...VENSTER, van: '1-1-2017' } }, 'b')).toThrow('b/manifest.json: veld "routes" heeft niet de vorm');
  });
});
