/**
 * src/lib/db/routes.ts on native DuckDB behind the same Db interface as the browser: the local
 * case loader (synthetic + bundled bron datasets), idempotence, and the named queries against the
 * TS reference of route.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDb } from '../../../scripts/db/node-db.ts';
import { duurVraag, laadRoutes, routeGemeentenVraag, transitieVraag } from '../../../src/lib/db/routes.ts';
import { leesDuurGroepen, leesTransitieRijen } from '../../../src/lib/db/sql/routes.ts';
import { genereerCasussen } from '../../../scripts/lib/synth/generator.ts';
import { duurOpPeildatum, groepeerDuur, telTransities, type RouteCasus } from '../../../src/lib/model/routes/route.ts';
import type { Episode } from '../../../src/lib/model/casus/contract.ts';

const DS = 'synth-42-1000';
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

const tel = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: number }>(sql, params))[0].n);

describe('laadRoutes', () => {
  it('laadt een synthetische cohort één keer, ook bij een tweede aanroep', async () => {
    await laadRoutes(db, 'basis/', DS);
    await laadRoutes(db, 'basis/', DS);
    expect(await tel('SELECT count(*) AS n FROM dataset WHERE dataset_id = ?', [DS])).toBe(1);
    expect(await tel('SELECT count(*) AS n FROM casus WHERE dataset_id = ?', [DS])).toBe(1000);
    expect(await tel('SELECT count(DISTINCT casus_id) AS n FROM route_stap WHERE dataset_id = ?', [DS])).toBe(1000);
    const h = await db.query<{ herkomst: string }>('SELECT herkomst FROM dataset WHERE dataset_id = ?', [DS]);
    expect(h[0].herkomst).toBe('synthetisch');
  });

  it('de vragen geven hetzelfde als de TS-referentie', async () => {
    const casussen: RouteCasus[] = [];
    const episodes: Episode[] = [];
    for (const r of genereerCasussen({ n: 1000, seed: 42, kosten: 'fase' })) {
      casussen.push({ ...r.casus, casus_id: `${DS}:${r.casus.casus_id}`, dataset_id: DS });
      for (const e of r.episodes) episodes.push({ ...e, casus_id: `${DS}:${e.casus_id}` });
    }
    const filter = { datasets: [DS], onderwijssoort: ['VO' as const] };
    const t = transitieVraag({ van: '2017-01-01', tot: '2025-01-01', maxStappen: 5, filter });
    const sql = leesTransitieRijen(await db.query(t.sql, t.params));
    const ref = telTransities(casussen, episodes, { van: '2017-01-01', tot: '2025-01-01', maxStappen: 5, filter });
    expect(sql.length).toBeGreaterThan(3);
    expect(sql).toEqual(ref);
    const d = duurVraag({ peildatum: '2024-12-01', definitie: 'thuiszitter_breed', filter: { datasets: [DS] } });
    const dsql = leesDuurGroepen(await db.query(d.sql, d.params));
    const dref = groepeerDuur(duurOpPeildatum(casussen, episodes, { peildatum: '2024-12-01', definitie: 'thuiszitter_breed', filter: { datasets: [DS] } }));
    expect(dsql.reduce((s, g) => s + g.n, 0)).toBeGreaterThan(0);
    expect([...dsql].sort((a, b) => `${a.soort}${a.klasse}`.localeCompare(`${b.soort}${b.klasse}`))).toEqual(
      [...dref].sort((a, b) => `${a.soort}${a.klasse}`.localeCompare(`${b.soort}${b.klasse}`)),
    );
  });

  it('laadt een gebundelde bron-dataset naast de synthetische, zonder die te verstoren', async () => {
    await laadRoutes(db, 'basis/', 'gouda-zorgpaden-6');
    expect(await tel('SELECT count(*) AS n FROM casus WHERE dataset_id = ?', ['gouda-zorgpaden-6'])).toBe(6);
    expect(await tel('SELECT count(DISTINCT casus_id) AS n FROM route_stap WHERE dataset_id = ?', [DS])).toBe(1000);
    const g = routeGemeentenVraag('gouda-zorgpaden-6');
    expect(await db.query(g.sql, g.params)).toEqual([{ gemeente_code: 'GM0513', n: 6 }]);
  });

  it('een onbekende dataset geeft een Nederlandse fout', async () => {
    await expect(laadRoutes(db, 'basis/', 'bestaat-niet')).rejects.toThrow(/bestaat niet/);
  });
});

describe('cachesleutels van de vragen', () => {
  it('verschillen per definitie (die zit in de SQL-tekst, niet in de parameters)', async () => {
    const { vraagSleutel } = await import('../../../src/lib/db/vragen.ts');
    const a = duurVraag({ peildatum: '2024-12-01', definitie: 'absoluut_verzuim' });
    const b = duurVraag({ peildatum: '2024-12-01', definitie: 'thuiszitter_smal' });
    expect(a.sql).not.toBe(b.sql);
    expect(vraagSleutel(a)).not.toBe(vraagSleutel(b));
  });
});
