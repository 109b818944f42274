// Issue 15, proof: a user's own file of 100.000 generated cases (written in the test setup, never
// committed) goes in through the one case reader (Kosten per casus upload → leesCasusCsv),
// and the figures on screen equal native DuckDB's answer for the same files, by the same SQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { DuckDBInstance } from '@duckdb/node-api';
import { test, expect, euro, norm, volgFouten } from './hulp';
import { schrijfSynthCsv } from '../../scripts/lib/synth.ts';
import { DDL_CASUSDATA, sqlLaadCasusCsv, sqlLaadEpisodeCsv, sqlLaadKostenCsv } from '../../src/lib/db/sql/casus.ts';
import { SQL_MAAK_PREAGGREGATEN, sqlBouwDataset } from '../../src/lib/db/sql/kosten.ts';
import { SQL_TOTAAL, sqlAlleGrafieken } from '../../src/lib/db/sql/kostenCasus.ts';

const N = 100_000;
const DS = 'eigen-1'; // the id the page gives the first own file

/** Folders of generated files (hundreds of MB), removed after the tests. */
const mappen: string[] = [];
test.afterAll(() => {
  for (const m of mappen) rmSync(m, { recursive: true, force: true });
});

/** Writes n generated cases as contract CSV (the page's SQL generator, native DuckDB); returns the three paths. */
async function schrijfBestanden(n: number, seed: number): Promise<string[]> {
  const map = mkdtempSync(join(tmpdir(), 'jzv-groot-'));
  mappen.push(map);
  await schrijfSynthCsv(n, seed, map);
  return (['casus', 'episode', 'kosten'] as const).map((t) => join(map, `${t}.csv`));
}

/** Native DuckDB, the browser's SQL: totals and the cost per category (unfiltered and for one gemeente). */
async function natief(paden: string[], gemeente: string) {
  const inst = await DuckDBInstance.create(':memory:');
  const con = await inst.connect();
  const rijen = async (sql: string, params: unknown[] = []) => (await con.runAndReadAll(sql, params as never)).getRowObjectsJS();
  try {
    for (const s of [...DDL_CASUSDATA, ...SQL_MAAK_PREAGGREGATEN]) await con.run(s);
    for (const [q, pad] of [[sqlLaadCasusCsv(), paden[0]], [sqlLaadEpisodeCsv(), paden[1]], [sqlLaadKostenCsv(), paden[2]]] as const) await con.run(q.sql, q.params(DS, pad) as never);
    for (const s of sqlBouwDataset(DS)) await con.run(s.sql, s.params as never);
    const [t] = await rijen(SQL_TOTAAL, [DS, DS, DS]);
    const categorie = async (f: { gemeente?: string[] }) => {
      const q = sqlAlleGrafieken({ datasetIds: [DS], ...f }, 'pre');
      return new Map((await rijen(q.sql, q.params)).filter((r) => r.deel === 'categorie').map((r) => [String(r.sleutel), Number(r.a)]));
    };
    return { casussen: Number(t.casussen), met_uitval: Number(t.met_uitval), totaal: Number(t.totaal), alle: await categorie({}), gemeente: await categorie({ gemeente: [gemeente] }) };
  } finally {
    con.closeSync();
    inst.closeSync();
  }
}

const casus = (page: Page) => page.locator('.casus-curves');
const klaar = (page: Page, ds: string, timeout: number) => expect(casus(page)).toHaveAttribute('data-dataset', ds, { timeout }).then(() =>
  expect(casus(page)).toHaveAttribute('data-bezig', 'nee', { timeout }));
const getal = (s: string) => Number(s.replace(/[^\d,]/g, '').replace(',', '.'));

/** The category chart's table as category label → euros. */
async function categorieTabel(g: Locator): Promise<number[]> {
  const knop = g.locator('.grafiek-kop button.schakel[aria-pressed]');
  if ((await knop.getAttribute('aria-pressed')) !== 'true') await knop.click();
  const rijen = await g.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr.children[1]?.textContent ?? '')));
  await knop.click();
  return rijen.map(getal).sort((a, b) => a - b);
}
const afgerond = (m: Map<string, number>) => [...m.values()].map((v) => Math.round(v)).sort((a, b) => a - b);

test('eigen bestand van 100.000 casussen: de cijfers op het scherm = native DuckDB op hetzelfde bestand', async ({ page }) => {
  test.setTimeout(600_000);
  const fouten = volgFouten(page);
  const paden = await schrijfBestanden(N, 4242);
  const gemeente = 'GM0513';
  const verwacht = await natief(paden, gemeente);
  expect(verwacht.casussen).toBe(N);

  await page.goto('./?pagina=kosten');
  await klaar(page, 'gouda-zorgpaden-6', 60_000);
  await page.getByTestId('casus-upload').setInputFiles(paden);
  await klaar(page, DS, 480_000);
  await expect(page.getByTestId('upload-resultaat')).toContainText(`${N.toLocaleString('nl-NL')} casussen ingelezen`);
  const totaal = norm(await page.getByTestId('casus-totaal').textContent());
  expect(totaal).toContain(`${verwacht.casussen.toLocaleString('nl-NL')} casussen, waarvan ${verwacht.met_uitval.toLocaleString('nl-NL')} met een uitvalmoment`);
  expect(totaal).toContain(norm(euro(verwacht.totaal)));
  const g = casus(page).locator('[data-grafiek="kosten-categorie"]');
  expect(await categorieTabel(g)).toEqual(afgerond(verwacht.alle));

  // one filter later, still the native answer
  await page.getByTestId('filter-gemeente').selectOption(gemeente);
  await expect(casus(page)).toHaveAttribute('data-sleutel', new RegExp(`${DS}\\|.*${gemeente}`), { timeout: 60_000 });
  expect(await categorieTabel(g)).toEqual(afgerond(verwacht.gemeente));
  expect(fouten).toEqual([]);
});

test('eigen bestand inlezen toont stap en MB en kan worden geannuleerd; daarna is er niets geladen en werken de standaardgegevens', async ({ page }) => {
  test.setTimeout(300_000);
  const fouten = volgFouten(page);
  // large enough that reading takes seconds, also on a fast machine (≈ 200 MB in three files)
  const paden = await schrijfBestanden(300_000, 99);

  await page.goto('./?pagina=kosten');
  await klaar(page, 'gouda-zorgpaden-6', 60_000);
  const totaalVoor = norm(await page.getByTestId('casus-totaal').textContent());
  await page.getByTestId('casus-upload').setInputFiles(paden);
  const voortgang = page.getByTestId('laadvoortgang');
  await expect(voortgang).toHaveAttribute('data-stap', 'lezen', { timeout: 30_000 });
  await expect(voortgang).toContainText('Stap 1 van 2: bestanden lezen en controleren');
  await expect(voortgang).toContainText(/[\d,]+ MB \/ [\d,]+ MB/);
  await page.getByTestId('laden-annuleren').click();

  await expect(voortgang).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('section.upload').getByRole('alert')).toHaveText('Inlezen geannuleerd; er is niets geladen.');
  await expect(page.getByTestId('upload-resultaat')).toHaveCount(0);
  await expect(page.getByTestId('casus-upload')).toBeEnabled();
  // the default data is still shown and still answers
  await expect(page.getByTestId('casus-dataset')).toHaveValue('gouda-zorgpaden-6');
  await expect(page.getByTestId('casus-dataset').locator('option[value="eigen-1"]')).toHaveCount(0);
  await klaar(page, 'gouda-zorgpaden-6', 60_000);
  expect(norm(await page.getByTestId('casus-totaal').textContent())).toBe(totaalVoor);
  const g = casus(page).locator('[data-grafiek="kosten-categorie"]');
  expect((await categorieTabel(g)).length).toBeGreaterThan(0);
  expect(fouten).toEqual([]);
});
