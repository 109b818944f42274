// Issue 13: reconstructions are visible where they show, case-data sources are citable, and every
// case-view title has its period. Expectations come from the data files, never typed in here.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, norm, volgFouten } from './hulp';

test.describe.configure({ timeout: 120_000 });

const casus = (page: Page) => page.locator('.casus-curves');
async function klaar(page: Page, ds: string) {
  await expect(casus(page)).toHaveAttribute('data-dataset', ds, { timeout: 60_000 });
  await expect(casus(page)).toHaveAttribute('data-bezig', 'nee', { timeout: 60_000 });
}
const grafiek = (page: Page, id: string) => casus(page).locator(`[data-grafiek="${id}"]`);

/** The years a dataset's cost rows cover: first begin year to the year of the last day (einde is exclusive). */
function kostenJaren(ds: string): string {
  const rijen = readFileSync(`data/casus/${ds}/kosten.csv`, 'utf8').trim().split('\n').slice(1).map((r) => r.split(';'));
  const van = Math.min(...rijen.map((r) => Number(r[1].slice(0, 4))));
  const tot = Math.max(...rijen.map((r) => { const d = new Date(`${r[2]}T00:00:00Z`); d.setUTCDate(d.getUTCDate() - 1); return d.getUTCFullYear(); }));
  return van === tot ? `${van}` : `${van}–${tot}`;
}

const PUBLICATIE = 'Instituut voor Publieke Waarden (IPW), Collectieve doorbraak Thuiszitters';

/** The source line names the publication; its line numbers sit behind the details toggle. */
async function citeerbaar(fig: Locator, regel: RegExp) {
  const bron = norm(await fig.locator('.bronregel').textContent());
  expect(bron).toContain(PUBLICATIE);
  expect(bron).not.toMatch(/\bL\d|\br\. \d|seed/i);
  const details = fig.locator('details.bron-details');
  await details.locator('summary').click();
  await expect(details).toContainText(regel);
}

test('Kosten per casus: titles name the period, sources cite the IPW publication, the 28 children are not drawn as a spread', async ({ page }) => {
  const fouten = volgFouten(page);
  await page.goto('./?pagina=kosten');
  await klaar(page, 'gouda-zorgpaden-6');
  const jaren = kostenJaren('gouda-zorgpaden-6');
  for (const id of ['kosten-curve', 'kosten-verdeling', 'kosten-lorenz', 'kosten-categorie']) {
    // the dates are derived from averages: the period is approximate
    await expect(grafiek(page, id).locator('h3')).toHaveText(new RegExp(`\\(ca\\. ${jaren}\\)$`));
  }
  await citeerbaar(grafiek(page, 'kosten-curve'), /001_825890019b7aede4\.txt: L475–485/);

  // an equal split of a printed total: no Lorenz curve or distribution, and the frame says why
  await page.getByTestId('casus-dataset').selectOption('gouda-breedte-28-gemiddeld');
  await klaar(page, 'gouda-breedte-28-gemiddeld');
  for (const id of ['kosten-lorenz', 'kosten-verdeling']) {
    const fig = grafiek(page, id);
    await expect(fig.locator('h3')).toContainText('Niet getekend: elk kind kreeg hetzelfde bedrag');
    await expect(fig.locator('h3')).toContainText(`(ca. ${kostenJaren('gouda-breedte-28-gemiddeld')})`);
    await expect(fig.locator('.grafiek-lichaam svg')).toHaveCount(0);
    await expect(fig.locator('.grafiek-lichaam')).toContainText('verdeelt die gelijk over de kinderen');
  }
  // the categories (printed totals) are still drawn
  await expect(grafiek(page, 'kosten-categorie').locator('.grafiek-lichaam svg')).toHaveCount(1);
  expect(fouten).toEqual([]);
});

test('Thuiszitters: the Gouda timelines hatch the assumed care states, in legend, table and description, with their years', async ({ page }) => {
  const fouten = volgFouten(page);
  const gouda = JSON.parse(readFileSync('data/routes/gouda-kostencasussen.json', 'utf8'));
  await page.goto('./?pagina=thuiszitters');
  await expect(page.locator('.thuiszitters')).toHaveAttribute('data-status', 'klaar', { timeout: 90_000 });
  const fig = page.locator('figure[data-grafiek="tijdlijn"]');
  const eind = Number(gouda.datums.einde.slice(0, 4)) - (gouda.datums.einde.endsWith('-01-01') ? 1 : 0);
  const periode = `${gouda.datums.begin.slice(0, 4)}–${eind}`;

  for (const c of gouda.casussen as { casus: number; niveau: 'PO' | 'VO' }[]) {
    if (c.casus > 2 && c.niveau === 'PO') continue; // one PO and all VO cases are enough
    await page.getByRole('button', { name: `Casus ${c.casus} (${c.niveau})` }).click();
    await expect(fig.locator('h3')).toContainText(`Gouda, casus ${c.casus} (${c.niveau}), ca. ${periode}`);
    // before dropout: not published (assumed); after dropout: in the text for PO, assumed for VO
    const aannames = [gouda.zorg_na_uitval.voor_uitval.uitleg, ...(c.niveau === 'VO' ? [gouda.zorg_na_uitval.VO.uitleg] : [])];
    await expect(fig.locator('[data-aanname]')).toHaveCount(aannames.length);
    await expect(fig.locator('.legenda-aanname')).toContainText('aanname (de bron noemt deze zorgvorm niet)');
    await expect(fig.locator('.beschrijving')).toContainText('Gearceerd en aangenomen, niet uit het document');
    await expect(fig.locator('.noten')).toContainText('gouda-zorgpaden-6');
    await expect(fig.locator('.noten')).toContainText(gouda.totalen.jeugdplek_tegenstrijdig);
    await fig.getByRole('button', { name: 'Tabel' }).click();
    const kop = await fig.locator('thead th').allInnerTexts();
    const kolom = kop.indexOf('Aanname');
    expect(kolom).toBeGreaterThan(0);
    const cellen = await fig.locator(`tbody tr > :nth-child(${kolom + 1})`).allInnerTexts();
    expect(cellen.map(norm).filter(Boolean)).toEqual(aannames.map(norm));
    await fig.getByRole('button', { name: 'Tabel' }).click();
  }
  await citeerbaar(fig, /001_825890019b7aede4\.txt, r\. \d+/);
  expect(fouten).toEqual([]);
});

test('Vergelijken (Zaltbommel): the text\'s "at least 20 % below" is contradicted at the chart by Buren and West Betuwe', async ({ page }) => {
  await page.goto('./?gemeente=GM0297');
  const fig = page.locator('[data-grafiek="studie-lasten_per_gebruiker"]');
  const feiten = readFileSync('data/feiten/seed-003.csv', 'utf8').split('\n');
  const waarde = (code: string) => Number(feiten.find((r) => r.startsWith(`${code};2019JJ00;lasten_per_gebruiker;`))!.split(';')[3]);
  const land = waarde('NL01');
  for (const [code, naam] of [['GM0214', 'Buren'], ['GM1960', 'West Betuwe']]) {
    const onder = ((1 - waarde(code) / land) * 100).toFixed(1).replace('.', ',');
    expect(Number(onder.replace(',', '.'))).toBeLessThan(20);
    await expect(fig.locator('.noten')).toContainText(`${naam} ligt ${onder} % onder`);
  }
  await expect(fig.locator('.noten')).toContainText('tenminste 20 %');
});
