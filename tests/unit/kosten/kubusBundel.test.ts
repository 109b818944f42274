// Issue 15: a casus:aggregeer bundle loaded by the site (laadKubusBundel, then its interval cube by
// bouwIntervalKubus after the first chart) answers every chart of Kosten per casus exactly as the
// published cubes (cells under 5 dropped, Lorenz bins merged) do in the database that wrote it —
// the CSV round trip loses or moves nothing. Native DuckDB.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqlBouwDataset, SQL_MAAK_PREAGGREGATEN } from '../../../src/lib/db/sql/kosten.ts';
import { sqlAlleGrafieken } from '../../../src/lib/db/sql/kostenCasus.ts';
import { KUBUS_EXPORTS, sqlKubusExport } from '../../../src/lib/db/sql/kostenAggregaat.ts';
import { bouwIntervalKubus, haalKubusBundel, laadKubusBundel } from '../../../src/lib/db/casus.ts';
import { KUBUS_BUNDEL_SOORT } from '../../../src/lib/model/kosten/kubusBundel.ts';
import { LEEFTIJDSBANDEN, type KostenFilter } from '../../../src/lib/model/kosten/filters.ts';
import { ONDERWIJSSOORT } from '../../../src/lib/model/casus/contract.ts';
import { GEMEENTEN } from '../../../src/lib/model/casus/synth/kalibratie.ts';
import { mulberry32 } from '../../../scripts/lib/prng.ts';
import { openNodeDb } from '../../../scripts/db/node-db.ts';
import { cohort, laad, rijen } from './helpers.ts';

const DS = 'regio-test';
const map = mkdtempSync(join(tmpdir(), 'jzv-kubusbundel-'));
let conn: DuckDBConnection;
let db: Awaited<ReturnType<typeof openNodeDb>>;
const onderdrukt: Record<string, number> = {};

/** Serves the bundle folder as `http://bundel.test/kubussen/<file>`; `vervang` swaps a file's text. */
function dien(vervang: Record<string, string> = {}) {
  vi.stubGlobal('fetch', async (url: string) => {
    const bestand = new URL(url).pathname.split('/').pop()!;
    try {
      const tekst = vervang[bestand] ?? readFileSync(join(map, bestand), 'utf8');
      return new Response(tekst, { status: 200 });
    } catch {
      return new Response('', { status: 404 });
    }
  });
}

beforeAll(async () => {
  conn = await laad(await cohort(1500, 7, 'fase'), DS);
  for (const s of SQL_MAAK_PREAGGREGATEN) await conn.run(s);
  for (const s of sqlBouwDataset(DS)) await conn.run(s.sql, s.params as never);
  for (const k of KUBUS_EXPORTS) {
    const q = sqlKubusExport(k, join(map, `${k.tabel}.csv`));
    onderdrukt[k.tabel] = Number((await rijen(conn, q.onderdrukt, [DS]))[0].n);
    await conn.run(q.copy, [DS]);
  }
  const [tot] = await rijen(conn, 'SELECT count(*)::INTEGER AS n FROM casus');
  writeFileSync(join(map, 'manifest.json'), JSON.stringify({
    contractversie: 1, soort: KUBUS_BUNDEL_SOORT, dataset_id: DS, naam: 'Testregio', herkomst: 'synthetisch', bron: 'jzv-synth, seed 7; geaggregeerd in de test',
    totalen: { casussen: tot.n, met_uitval: 0, totaal_eur: 0 }, tabellen: {},
  }));
  // the reference: what was published, inserted back in the writer's own database as a second dataset
  for (const k of KUBUS_EXPORTS) {
    await conn.run(`INSERT INTO ${k.tabel} (dataset_id, ${k.kolommen.join(', ')}) SELECT 'gepubliceerd', * FROM (${sqlKubusExport(k, 'x').select})`, [DS]);
  }
  db = await openNodeDb();
}, 120_000);
afterAll(() => {
  vi.unstubAllGlobals();
  db?.sluit();
});

function willekeurig(r: () => number, ds: string): KostenFilter {
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const f: KostenFilter = { datasetIds: [ds] };
  if (r() < 0.4) f.onderwijssoort = [kies(ONDERWIJSSOORT)];
  if (r() < 0.5) f.leeftijdsband = [kies(LEEFTIJDSBANDEN).code];
  if (r() < 0.3) f.gemeente = [kies(GEMEENTEN)[0]];
  if (r() < 0.5) f.jaarVan = 2017 + Math.floor(r() * 9);
  if (r() < 0.5) f.jaarTot = 2017 + Math.floor(r() * 9);
  return f;
}

const sorteer = (xs: Record<string, unknown>[]) => xs.map((x) => JSON.stringify(x)).sort();

describe('kubusbundel (casus:aggregeer) in de site', () => {
  it('een kolomkop in de verkeerde volgorde geeft een Nederlandse fout met bestand en regel, en laat niets achter', async () => {
    const kop = readFileSync(join(map, 'pa_cohort.csv'), 'utf8').split('\n')[0];
    const omgedraaid = kop.split(';').reverse().join(';');
    dien({ 'pa_cohort.csv': `${omgedraaid}\n` });
    await expect(laadKubusBundel(db, haalKubusBundel('http://bundel.test/', 'kubussen/'))).rejects.toThrow(`kubussen/pa_cohort.csv, regel 1: kolommen "${omgedraaid}"`);
    expect((await db.query('SELECT count(*) AS n FROM pa_kube_cat WHERE dataset_id = ?', [DS]))[0].n).toBe(0);
    expect((await db.query('SELECT count(*) AS n FROM dataset WHERE dataset_id = ?', [DS]))[0].n).toBe(0);
  });

  it('een manifest van een ander soort wordt geweigerd', async () => {
    dien({ 'manifest.json': JSON.stringify({ soort: 'iets-anders', contractversie: 1 }) });
    await expect(laadKubusBundel(db, haalKubusBundel('http://bundel.test/', 'kubussen/'))).rejects.toThrow('kubussen/manifest.json: veld "soort"');
  });

  const aantal = async (tabel: string) => Number((await db.query(`SELECT count(*) AS n FROM ${tabel} WHERE dataset_id = ?`, [DS]))[0].n);
  const regels = (bestand: string) => readFileSync(join(map, bestand), 'utf8').trim().split('\n').length - 1;

  it('laadt de bundel met de herkomst uit het manifest, zonder de intervalkubus (die volgt na de eerste grafiek)', async () => {
    dien();
    const { manifest: m, stappen } = await laadKubusBundel(db, haalKubusBundel('http://bundel.test/', 'kubussen/'));
    expect(m.dataset_id).toBe(DS);
    const [ds] = await db.query('SELECT herkomst, bron FROM dataset WHERE dataset_id = ?', [DS]);
    expect(ds).toEqual({ herkomst: 'synthetisch', bron: 'jzv-synth, seed 7; geaggregeerd in de test' });
    // suppression really happened, so the comparison below is not trivial
    expect(onderdrukt.pa_kube_cat).toBeGreaterThan(0);
    expect(stappen.map((x) => x.tabel)).toEqual(KUBUS_EXPORTS.map((k) => k.tabel).filter((t) => t !== 'pa_lorenz_iv'));
    expect(await aantal('pa_lorenz_bin')).toBe(regels('pa_lorenz_bin.csv'));
    expect(await aantal('pa_lorenz_iv')).toBe(0);
  });

  it('de intervalkubus van de bundel: gestopt laat hij niets achter, een mislukte download wordt opnieuw geprobeerd', async () => {
    // the bundle above is loaded; its interval cube file was fetched with the rest
    const stop = new AbortController();
    stop.abort();
    expect(await bouwIntervalKubus(db, DS, stop.signal)).toBe(false);
    expect(await aantal('pa_lorenz_iv')).toBe(0);
    // a second bundle whose interval cube file is missing at first
    await db.query('DELETE FROM dataset WHERE dataset_id = ?', [DS]);
    for (const k of KUBUS_EXPORTS) await db.query(`DELETE FROM ${k.tabel} WHERE dataset_id = ?`, [DS]);
    vi.stubGlobal('fetch', async (url: string) => {
      const bestand = new URL(url).pathname.split('/').pop()!;
      return bestand === 'pa_lorenz_iv.csv' ? new Response('', { status: 404 }) : new Response(readFileSync(join(map, bestand), 'utf8'), { status: 200 });
    });
    const b = haalKubusBundel('http://bundel.test/', 'kubussen/');
    await laadKubusBundel(db, b);
    await expect(bouwIntervalKubus(db, DS)).rejects.toThrow('Kubusbundel kubussen/pa_lorenz_iv.csv kon niet geladen worden (HTTP 404)');
    expect(await aantal('pa_lorenz_iv')).toBe(0);
    dien();
    expect(await bouwIntervalKubus(db, DS)).toBe(true);
    expect(await aantal('pa_lorenz_iv')).toBe(regels('pa_lorenz_iv.csv'));
  });

  it('30 willekeurige filterstanden: alle grafieken uit de bundel = de gepubliceerde kubussen', async () => {
    const rng = mulberry32(99);
    let nietLeeg = 0;
    for (let i = 0; i < 30; i++) {
      const f = willekeurig(() => rng.next(), DS);
      const uitBundel = sqlAlleGrafieken(f, 'pre');
      const ref = sqlAlleGrafieken({ ...f, datasetIds: ['gepubliceerd'] }, 'pre');
      const a = await db.query(uitBundel.sql, uitBundel.params);
      expect(sorteer(a), JSON.stringify(f)).toEqual(sorteer(await rijen(conn, ref.sql, ref.params)));
      if (a.some((r) => r.deel === 'lorenz')) nietLeeg++;
    }
    expect(nietLeeg).toBeGreaterThan(5);
  });

  it('ongefilterd mist de bundel precies de onderdrukte casussen van het cohort', async () => {
    const q = (ds: string) => sqlAlleGrafieken({ datasetIds: [ds] }, 'pre');
    const n = async (rs: Record<string, unknown>[]) => Number(rs.find((r) => r.deel === 'cohort')?.a ?? 0);
    const bundel = await n(await db.query(q(DS).sql, q(DS).params));
    const ruw = await n(await rijen(conn, q(DS).sql, q(DS).params));
    expect(bundel).toBe(ruw - onderdrukt.pa_cohort);
  });
});
