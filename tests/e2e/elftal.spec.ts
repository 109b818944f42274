// Het elftal en de raadsvragen, projects "echt" and "klein". Expected amounts come
// from the data bundle the server serves (hulp.ts feit()); the case-file measures from a file
// built here whose counts follow from its dates (see the comment at KINDEREN).
import type { Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { test, expect, alsRegex, feit, norm, volgFouten } from './hulp.ts';

// a machine shared with other test runs: page loads can take a while
test.describe.configure({ timeout: 90_000 });

const nlPct = (v: number, d = 0) => `${v.toLocaleString('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d })} %`;
const nlEuro = (v: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: Number.isInteger(v) ? 0 : 2, minimumFractionDigits: Number.isInteger(v) ? 0 : 2 }).format(v);

async function open(page: Page, query: string) {
  await page.goto(`./?pagina=elftal${query}`);
  await expect(page.locator('.elftal-pagina')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
}
const titel = (page: Page) => page.locator('figure[data-grafiek="elftal"] h3');

test('Deventer: alleen de verdediging, met wat er ontbreekt; invullen geeft opstelling en tabel; herladen herstelt uit de URL', async ({ page }, info) => {
  const fouten = volgFouten(page);
  const verd = feit(info, 'GM0150', 'lasten_per_inwoner', '2019JJ00')!;
  await open(page, '&gemeente=GM0150');
  await expect(titel(page)).toContainText('alleen de verdediging is bekend');
  expect(norm(await titel(page).textContent())).toContain(norm(nlEuro(verd)));
  const figuur = page.locator('figure[data-grafiek="elftal"]');
  await expect(figuur.locator('.noten')).toContainText('Ontbreekt, niet geschat: Aanval (6.1), Middenveld (6.2)');
  await expect(figuur.getByTestId('onvolledig')).toBeVisible();
  await expect(figuur.locator('.opstelling')).toHaveCount(0);
  await expect(page.getByTestId('referenties')).toContainText('Apeldoorn');

  // fill in the two missing lines (Dutch decimal comma)
  await page.locator('[data-bedrag="6.1"]').fill('45,50');
  await page.locator('[data-bedrag="6.1"]').press('Tab');
  await page.locator('[data-bedrag="6.2"]').fill('120');
  await page.locator('[data-bedrag="6.2"]').press('Tab');
  const totaal = 45.5 + 120 + verd;
  const aandeel = (v: number) => nlPct((v / totaal) * 100);
  const volledig = `Deventer: aanval ${aandeel(45.5)}, middenveld ${aandeel(120)}, verdediging ${aandeel(verd)} van het jeugdbudget`;
  await expect(titel(page)).toHaveText(alsRegex(volledig));
  // the line-up: 11 players, decoration only
  await expect(figuur.locator('.opstelling')).toHaveAttribute('aria-hidden', 'true');
  await expect(figuur.locator('.opstelling circle')).toHaveCount(11);
  // the table holds the same numbers
  await figuur.getByRole('button', { name: 'Tabel' }).click();
  const rij = (n: number) => figuur.locator('tbody tr').nth(n);
  await expect(rij(0)).toContainText(norm(nlEuro(45.5)));
  await expect(rij(1)).toContainText(norm(nlEuro(120)));
  await expect(rij(2)).toContainText(norm(nlEuro(verd)));
  expect(norm(await rij(0).locator('td').nth(2).textContent())).toBe(norm(nlPct((45.5 / totaal) * 100, 1)));
  await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toContain('el=w:6.1~45.5+6.2~120');
  // typed amounts stay in this browser: no embed code, the reason instead
  await figuur.getByRole('button', { name: /^Delen en downloaden/ }).click();
  await figuur.getByRole('button', { name: 'Insluiten' }).click();
  await expect(figuur.locator('.niet-insluitbaar')).toContainText('browser');
  await expect(figuur.locator('textarea.insluitcode')).toHaveCount(0);
  await figuur.getByRole('button', { name: 'Sluiten', exact: true }).click();

  await page.reload();
  await expect(page.locator('.elftal-pagina')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
  await expect(titel(page)).toHaveText(alsRegex(volledig));
  await expect(page.locator('[data-bedrag="6.1"]')).toHaveValue('45,50');
  expect(fouten).toEqual([]);
});

test('een ongeldig bedrag wordt geweigerd met de reden; een andere indeling splitst het gebundelde bedrag niet', async ({ page }) => {
  await open(page, '&gemeente=GM0150');
  const voor = page.url();
  await page.locator('[data-bedrag="6.1"]').fill('12,3,4');
  await page.locator('[data-bedrag="6.1"]').press('Tab');
  await expect(page.getByRole('alert').filter({ hasText: '6.1:' })).toContainText("'12,3,4' is geen bedrag");
  expect(page.url()).toBe(voor);
  await page.locator('[data-linie="6.72"]').selectOption('middenveld');
  await expect(page).toHaveURL(/el=k/);
  const figuur = page.locator('figure[data-grafiek="elftal"]');
  await expect(figuur.locator('.noten')).toContainText('het wordt niet gesplitst');
  await expect(titel(page)).toContainText('onvolledig');
});

// Cases of Deventer (GM0150) out of school with care (thuiszitter smal), peildatum = the last date
// in the file, 2024-06-01 (case "einde" leaves school then). Days out of school at the peildatum:
// 12, 31 (≤ 6 weeks); 61, 92 (> 6 weeks, ≤ 3 months: 2024-03-01 + 3 months = the peildatum);
// and five over 3 months. So 9 children, 7 over 6 weeks (78 %), 5 over 3 months (56 %).
const KINDEREN = ['2024-05-20', '2024-05-01', '2024-04-01', '2024-03-01', '2024-02-01', '2023-06-01', '2023-01-01', '2022-06-01', '2021-09-01'];
const casusCsv = ['casus_id;gemeente_code;geboortejaar;geslacht', ...KINDEREN.map((_, i) => `k${i};GM0150;2010;`), 'einde;GM0150;2010;'].join('\n') + '\n';
const episodeCsv = ['casus_id;domein;toestand;onderwijssoort;begin;einde;datum_kwaliteit',
  ...KINDEREN.flatMap((d, i) => [`k${i};onderwijs;VOLLEDIG_VERZUIM;VO;${d};;exact`, `k${i};zorg;AMBULANT;;2021-01-01;;exact`]),
  'einde;onderwijs;INGESCHREVEN;VO;2020-08-01;2024-06-01;exact'].join('\n') + '\n';

test('raadsvragen: "niet beschikbaar" vóór een casusbestand, berekende waarden erna, per definitie', async ({ page }) => {
  const fouten = volgFouten(page);
  await open(page, '&gemeente=GM0150');
  const vraag = (id: string) => page.locator(`[data-vraag="${id}"]`);
  for (const id of ['tz_aantal', 'tz_6w', 'tz_3m', 'tg_eerste_gesprek']) await expect(vraag(id)).toContainText('niet beschikbaar');
  await expect(vraag('tz_aantal')).toContainText('leerplichtadministratie');
  await expect(vraag('tz_aantal')).toContainText('r. 1203–1205');
  // the bundled defence figure is a value, with its source
  await expect(vraag('bl_achterkant').getByTestId('waarde')).toContainText('6.72 + 6.82');

  await page.getByTestId('raadsvragen-upload').setInputFiles([
    { name: 'casus.csv', mimeType: 'text/csv', buffer: Buffer.from(casusCsv) },
    { name: 'episode.csv', mimeType: 'text/csv', buffer: Buffer.from(episodeCsv) },
  ]);
  await expect(vraag('tz_aantal').getByTestId('waarde')).toHaveText(/^9\b/, { timeout: 45_000 });
  await expect(vraag('tz_6w').getByTestId('waarde')).toContainText('7 (78 %)');
  await expect(vraag('tz_3m').getByTestId('waarde')).toContainText('5 (56 %)');
  await expect(vraag('tz_aantal')).toContainText('1 juni 2024');
  await expect(vraag('tz_regisseur')).toContainText('niet beschikbaar');
  // another definition: nobody is "not enrolled"
  await page.getByTestId('raadsvragen-definitie').selectOption('absoluut_verzuim');
  await expect(vraag('tz_aantal').getByTestId('waarde')).toHaveText(/^0\b/);
  await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toContain('rf=d:av');
  expect(fouten).toEqual([]);
});

test('raadsvragen uit een casusbestand dat op Kosten per casus is geladen (teruggelezen uit DuckDB)', async ({ page }) => {
  const fouten = volgFouten(page);
  await page.goto('./?pagina=kosten&gemeente=GM0150');
  await page.getByTestId('casus-upload').setInputFiles([
    { name: 'casus.csv', mimeType: 'text/csv', buffer: Buffer.from(casusCsv) },
    { name: 'episode.csv', mimeType: 'text/csv', buffer: Buffer.from(episodeCsv) },
  ]);
  await expect(page.locator('.casus-curves[data-dataset="eigen-1"][data-bezig="nee"]')).toBeVisible({ timeout: 60_000 });
  // within the same tab (the own dataset lives in this tab's DuckDB only)
  await page.getByRole('link', { name: 'Elftal en raadsvragen' }).click();
  const vraag = (id: string) => page.locator(`[data-vraag="${id}"]`);
  await expect(vraag('tz_aantal').getByTestId('waarde')).toHaveText(/^9\b/, { timeout: 45_000 });
  await expect(vraag('tz_6w').getByTestId('waarde')).toContainText('7 (78 %)');
  await expect(vraag('tz_3m').getByTestId('waarde')).toContainText('5 (56 %)');
  expect(fouten).toEqual([]);
});

async function paginas(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
  await page.emulateMedia({ media: 'screen' });
  return (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('raadsinformatie: één A4 per gemeente, met elftal en raadsvragen, en als Raadsvraag-pakket', async ({ page }) => {
  for (const code of ['GM0150', 'GM0344', 'GM0363']) {
    await open(page, `&gemeente=${code}&el=w:6.1~30+6.2~90`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('figure[data-grafiek="elftal"]')).toBeVisible();
    await expect(page.locator('figure[data-grafiek="raadsinformatie"]')).toBeVisible();
    await expect(page.locator('.kop')).toBeHidden();
    await expect(page.getByTestId('raadsvragen')).toBeHidden();
    expect(await paginas(page), code).toBe(1);
  }
  const frame = page.locator('figure[data-grafiek="raadsinformatie"]');
  await frame.getByRole('button', { name: /Delen en downloaden/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /Raadsvraag-pakket/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/-raadsvraag\.zip$/);
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  const csv = strFromU8(Object.entries(zip).find(([n]) => n.endsWith('.csv'))![1]);
  expect(csv).toContain('Hoeveel thuiszitters zijn er?');
  expect(csv).toContain('niet beschikbaar');
  expect(Object.keys(zip)).toContain('README.txt');
});

test('English: the page and the questions switch language', async ({ page }) => {
  await open(page, '&gemeente=GM0150&lang=en');
  await expect(page.getByRole('heading', { name: 'Your municipality’s team line-up' })).toBeVisible();
  await expect(titel(page)).toContainText('only the defence is known');
  await expect(page.locator('[data-vraag="tz_aantal"]')).toContainText('not available');
});
