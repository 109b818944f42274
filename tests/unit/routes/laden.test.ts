/**
 * src/lib/db/routes.ts on native DuckDB behind the same Db interface as the browser: route tables
 * built (and rebuilt only when needed) over what the case loader put in, and the named queries
 * against the TS reference of route.ts. Bron datasets come through the case-data engine's
 * laadBronDataset, synthetic ones through genereerSynthetisch (src/lib/db/casus.ts), as on the page.
 * The TS reference reads the same cohort generated apart (scripts/lib/synth.ts).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDb } from '../../../scripts/db/node-db.ts';
import { routeGrafiekenVraag, zorgVoorRoutes, routeGemeentenVraag } from '../../../src/lib/db/routes.ts';
import { genereerSynthetisch, haalBronBestanden, haalCasusIndex, laadBronDataset } from '../../../src/lib/db/casus.ts';
import { leesSynthId } from '../../../src/lib/model/casus/bundel.ts';
import { leesRouteGrafieken } from '../../../src/lib/db/sql/routes.ts';
import { duurOpPeildatum, groepeerDuur, telTransities } from '../../../src/lib/model/routes/route.ts';
import { synthRoutes } from './duckdb.ts';

const DS = 'synth-42-1000';
const KUBUS = { van: '2017-01-01', tot: '2025-01-01', maxStappen: 5, peildatum: '2024-12-01' };
let db: Awaited<ReturnType<typeof openNodeDb>>;
const bundel = mkdtempSync(join(tmpdir(), 'routes-bundel-'));

beforeAll(async () => {
  db = await openNodeDb();
  // the bundle as the app serves it, written by the case-data helper's script
  execFileSync('npx', ['tsx', 'scripts/bundel-casus.ts', '--out', bundel], { cwd: join(__dirname, '../../..'), stdio: 'ignore' });
  vi.stubGlobal('fetch', async (url: string) => {
    const pad = join(bundel, url.replace(/^basis\//, ''));
    try {
      const b = readFileSync(pad);
      return { ok: true, status: 200, json: async () => JSON.parse(b.toString('utf8')), arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) };
    } catch {
      return { ok: false, status: 404 };
    }
  });
}, 60_000);
afterAll(() => {
  vi.unstubAllGlobals();
  db.sluit();
});

const aanroepen: string[] = [];
/**
 * Stand-in for the queued loader (zorgVoor): bron via laadBronDataset, synthetic via
 * genereerSynthetisch. It loads every bundled bron dataset (the page loads only the one shown), so
 * the route tables here always cover them.
 */
async function zorgVoorCasus(id: string): Promise<boolean> {
  aanroepen.push(id);
  for (const d of (await haalCasusIndex('basis/')).datasets) if (d.bestanden) await laadBronDataset(db, await haalBronBestanden('basis/', d));
  if ((await tel('SELECT count(*) AS n FROM dataset WHERE dataset_id = ?', [id])) > 0) return true;
  const s = leesSynthId(id);
  if (!s) return false;
  await genereerSynthetisch(db, s.n, s.seed);
  return true;
}

const tel = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: number }>(sql, params))[0].n);

describe('zorgVoorRoutes', () => {
  it('bouwt de routetabellen één keer, en opnieuw alleen als er een dataset bij komt', async () => {
    expect((await zorgVoorRoutes(db, DS, zorgVoorCasus, KUBUS)).herbouwd).toBe(true);
    expect((await zorgVoorRoutes(db, DS, zorgVoorCasus, KUBUS)).herbouwd).toBe(false);
    expect(aanroepen).toEqual([DS, DS]);
    // other window: the small tables are rebuilt, the route tables are not touched
    expect((await zorgVoorRoutes(db, DS, zorgVoorCasus, { ...KUBUS, peildatum: '2023-01-01' })).herbouwd).toBe(true);
    expect((await zorgVoorRoutes(db, DS, zorgVoorCasus, KUBUS)).herbouwd).toBe(true);
    expect((await zorgVoorRoutes(db, DS, zorgVoorCasus, KUBUS)).herbouwd).toBe(false);
    expect(await tel('SELECT count(*) AS n FROM dataset WHERE dataset_id = ?', [DS])).toBe(1);
    expect(await tel('SELECT count(*) AS n FROM casus WHERE dataset_id = ?', [DS])).toBe(1000);
    expect(await tel('SELECT count(DISTINCT cid) AS n FROM route_stap WHERE dataset_id = ?', [DS])).toBe(1000);
    // the municipality list counts first steps: exactly one per case
    expect(await tel('SELECT count(*) AS n FROM route_stap WHERE dataset_id = ? AND nr = 1', [DS])).toBe(1000);
    // the bundled bron datasets came along (the stand-in loads them all)
    expect(await tel("SELECT count(DISTINCT cid) AS n FROM route_stap WHERE dataset_id = 'gouda-zorgpaden-6'")).toBe(6);
  });

  it('de vragen geven hetzelfde als de TS-referentie', async () => {
    const { casussen, episodes } = await synthRoutes(DS, 1000, 42);
    const filter = { datasets: [DS], onderwijssoort: ['VO' as const] };
    const t = routeGrafiekenVraag(KUBUS, 'thuiszitter_breed', filter);
    const sql = leesRouteGrafieken(await db.query(t.sql, t.params)).transities;
    const ref = telTransities(casussen, episodes, { van: '2017-01-01', tot: '2025-01-01', maxStappen: 5, filter });
    expect(sql.length).toBeGreaterThan(3);
    expect(sql).toEqual(ref);
    const d = routeGrafiekenVraag(KUBUS, 'thuiszitter_breed', { datasets: [DS] });
    const dsql = leesRouteGrafieken(await db.query(d.sql, d.params)).duur;
    const dref = groepeerDuur(duurOpPeildatum(casussen, episodes, { peildatum: '2024-12-01', definitie: 'thuiszitter_breed', filter: { datasets: [DS] } }));
    expect(dsql.reduce((s, g) => s + g.n, 0)).toBeGreaterThan(0);
    expect([...dsql].sort((a, b) => `${a.soort}${a.klasse}`.localeCompare(`${b.soort}${b.klasse}`))).toEqual(
      [...dref].sort((a, b) => `${a.soort}${a.klasse}`.localeCompare(`${b.soort}${b.klasse}`)),
    );
  });

  it('een gebundelde bron-dataset staat naast de synthetische, zonder die te verstoren', async () => {
    expect((await zorgVoorRoutes(db, 'gouda-zorgpaden-6', zorgVoorCasus, KUBUS)).herbouwd).toBe(false);
    expect(await tel('SELECT count(*) AS n FROM casus WHERE dataset_id = ?', ['gouda-zorgpaden-6'])).toBe(6);
    expect(await tel('SELECT count(DISTINCT cid) AS n FROM route_stap WHERE dataset_id = ?', [DS])).toBe(1000);
    const g = routeGemeentenVraag('gouda-zorgpaden-6');
    expect(await db.query(g.sql, g.params)).toEqual([{ gemeente_code: 'GM0513', n: 6 }]);
  });

  it('een onbekende dataset geeft een Nederlandse fout', async () => {
    await expect(zorgVoorRoutes(db, 'bestaat-niet', zorgVoorCasus, KUBUS)).rejects.toThrow(/niet geladen of bestaan niet/);
  });

  it('een verwijderde dataset leidt tot een herbouw zonder die dataset', async () => {
    for (const t of ['episode', 'casus', 'dataset']) await db.query(`DELETE FROM ${t} WHERE dataset_id = 'gouda-zorgpaden-6'`);
    expect((await zorgVoorRoutes(db, DS, zorgVoorCasus, KUBUS)).herbouwd).toBe(true);
    expect(await tel("SELECT count(*) AS n FROM route_stap WHERE dataset_id = 'gouda-zorgpaden-6'")).toBe(0);
  });
});

describe('cachesleutels van de vragen', () => {
  it('verschillen per definitie en per kubus; de SQL-tekst blijft gelijk (één voorbereide opdracht)', async () => {
    const { vraagSleutel } = await import('../../../src/lib/db/vragen.ts');
    const a = routeGrafiekenVraag(KUBUS, 'absoluut_verzuim', {});
    const b = routeGrafiekenVraag(KUBUS, 'thuiszitter_smal', {});
    const c = routeGrafiekenVraag({ ...KUBUS, peildatum: '2023-01-01' }, 'absoluut_verzuim', {});
    const d = routeGrafiekenVraag(KUBUS, 'absoluut_verzuim', { gemeente: ['GM0513', 'GM0855'], leeftijdsband: ['18+'] });
    expect(b.sql).toBe(a.sql);
    expect(d.sql).toBe(a.sql);
    expect(new Set([a, b, c, d].map(vraagSleutel)).size).toBe(4);
  });
});
