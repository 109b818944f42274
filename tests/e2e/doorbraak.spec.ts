// Doorbraak page: the report's figures with their source lines, the barrier matrix, and
// a gemeente's own ledger loaded on Eigen data — totals on screen, rejections listed, and no request
// carrying the ledger. Expected values come from the served bundle (doorbraak/doorbraak.json) and
// from running the same ledger parser in Node on the same file.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect, dataMap, euro, norm, volgFouten } from './hulp';
import type { DoorbraakBundel } from '../../src/lib/model/doorbraak/typen';
import { parseLogboek } from '../../src/lib/model/doorbraak/logboek';
import { vatSamen } from '../../src/lib/model/doorbraak/samenvatting';

const VOORBEELD = 'public/doorbraak/logboek-voorbeeld.csv';
const FOUT = 'tests/fixtures/import/doorbraak-logboek-fout.csv';
const bundel = (dir: string): DoorbraakBundel => JSON.parse(readFileSync(`${dir}/doorbraak/doorbraak.json`, 'utf8'));
const kg = (b: DoorbraakBundel, id: string) => b.kengetallen.find((k) => k.id === id)!;
const regel = (r: string) => r.replace(/^L/, '').replace(/ L/g, ', ').replace(/-/g, '–');

test.describe.configure({ timeout: 60_000 });

async function laadLogboek(page: Page, naam: string, tekst: string) {
  await page.goto('?pagina=importeren');
  await page.getByLabel('Kies een of meer bestanden om in te lezen (CSV of JSON)').setInputFiles({ name: naam, mimeType: 'text/csv', buffer: Buffer.from(tekst, 'utf8') });
  await expect(page.getByTestId('logboek-import')).toBeVisible();
}

test('Zwolle: € 323.005 voorkomen met de bronregel (regelnummer achter de knop), gedrukt en afgeleid gemarkeerd', async ({ page }, info) => {
  const fouten = volgFouten(page);
  const b = bundel(dataMap(info));
  const voorkomen = kg(b, 'zwolle:voorkomen');
  await page.goto('?pagina=doorbraak');
  const fig = page.locator('figure[data-grafiek="doorbraak-zwolle"]');
  await expect(fig.locator('h3')).toContainText(norm(euro(voorkomen.waarde)).replace(/\s/g, '\u00a0'));
  // the citation names the publication; its line numbers sit behind the "Regelnummers" toggle
  await expect(fig.locator('.bronregel')).toContainText('Toekomst van de jeugdbescherming');
  await expect(fig.locator('.bronregel')).not.toContainText('r. ');
  await expect(fig.locator('.bron-details')).toContainText(`r. ${regel(voorkomen.regel)}`);
  // the bar says where it comes from; the derived split is marked as such
  await expect(fig.locator(`[data-balk="${voorkomen.id}"] .sub`)).toHaveText(`gedrukt · r. ${regel(voorkomen.regel)}`);
  await expect(fig.locator('[data-balk="zwolle:voorkomen_jb"] .sub')).toContainText('afgeleid');
  await fig.getByRole('button', { name: 'Tabel' }).click();
  await expect(fig.locator('table tbody tr')).toHaveCount(4);
  await expect(fig.locator('table')).toContainText('afgeleid');
  // the report gives no count for Nijmegen and Nijkerk: its own word is shown
  await expect(page.locator('article[data-gemeente="Nijmegen"] .aantal')).toContainText('"enkele"');
  await expect(page.getByTestId('dbr-geen-disconto')).toContainText('implementatiekosten');
  // Nijkerk's contradiction is flagged
  await expect(page.locator('figure[data-grafiek="doorbraak-nijkerk"] .noten')).toContainText('Tegenstrijdig');
  expect(fouten).toEqual([]);
});

test('de belemmeringenmatrix telt elke belemmering uit de gegevens één keer', async ({ page }, info) => {
  const b = bundel(dataMap(info));
  await page.goto('?pagina=doorbraak');
  const fig = page.locator('figure[data-grafiek="doorbraak-matrix"]');
  const rijen = fig.locator('table tbody tr');
  await expect(rijen).toHaveCount(4);
  const totalen = await rijen.locator('td:last-child').allTextContents();
  expect(totalen.map(Number).reduce((a, x) => a + x, 0)).toBe(b.barrieres.length);
  const wetgeving = b.barrieres.filter((x) => x.instrument === 'wetgeving').length;
  await expect(rijen.filter({ hasText: 'Wetgeving' }).locator('td:last-child')).toHaveText(String(wetgeving));
  await expect(fig.locator('.noten')).toContainText('Jeugdzorg Verkenner (afgeleid)');
  await expect(page.locator('figure[data-grafiek="doorbraak-paradigma"] .noten')).toContainText('reconstructie');
});

test('voorbeeldlogboek laden: totalen op de pagina, "< 5" in de matrix, niet insluitbaar, geen verzoek met de inhoud', async ({ page }) => {
  const fouten = volgFouten(page);
  const verzoeken: string[] = [];
  page.on('request', (r) => verzoeken.push(`${r.method()} ${r.url()}\n${r.postData() ?? ''}`));
  const uniek = `Casus${Date.now().toString(36)}`;
  const tekst = readFileSync(VOORBEELD, 'utf8').replace(';V01;', `;${uniek};`);
  const s = vatSamen(parseLogboek(tekst, 'logboek.csv').rijen);
  await laadLogboek(page, 'logboek.csv', tekst);
  await expect(page.getByTestId('logboek-import')).toContainText(`${s.casussen} casussen gebruikt, 0 rijen afgewezen`);
  await page.getByRole('button', { name: 'Naar de pagina Doorbraak' }).click();
  const casussen = page.locator('figure[data-grafiek="doorbraak-logboek-casussen"]');
  await expect(casussen.locator('h3')).toContainText(norm(euro(s.totaalVermeden)).replace(/\s/g, '\u00a0'));
  await expect(casussen.locator(`[data-balk="Voorbeeldgemeente (synthetisch)-${uniek}"]`)).toBeVisible();
  const totaal = page.locator('figure[data-grafiek="doorbraak-logboek-totaal"]');
  await totaal.getByRole('button', { name: 'Tabel' }).click();
  await expect(totaal.locator('table')).toContainText(norm(euro(s.budgetGebruikt)).replace(/\s/g, '\u00a0'));
  // every cell of the own matrix is a small count: shown as "< 5", never as 0..4
  const cellen = await page.locator('figure[data-grafiek="doorbraak-logboek-matrix"] table tbody td').allTextContents();
  expect(cellen.length).toBeGreaterThan(0);
  expect(cellen.every((c) => c === '< 5' || Number(c) >= 5)).toBe(true);
  // own data: the share menu refuses to embed
  await casussen.getByRole('button', { name: /Delen en downloaden/ }).click();
  await casussen.getByRole('button', { name: 'Insluiten' }).click();
  await expect(casussen.locator('.niet-insluitbaar')).toBeVisible();
  expect(verzoeken.filter((v) => v.includes(uniek) || v.startsWith('POST'))).toEqual([]);
  expect(fouten).toEqual([]);
});

test('een fout logboek: de afwijzingslijst noemt bestand, rij en kolom, de goede rij wordt gebruikt', async ({ page }) => {
  const tekst = readFileSync(FOUT, 'utf8');
  const r = parseLogboek(tekst, 'fout.csv');
  await laadLogboek(page, 'fout.csv', tekst);
  const blok = page.getByTestId('logboek-import');
  await expect(blok).toContainText(`${r.rijen.length < 5 ? '< 5' : r.rijen.length} casussen gebruikt, ${r.afgewezen.length} rijen afgewezen`);
  const tabel = blok.locator('.afwijzingen table tbody tr');
  await expect(tabel).toHaveCount(r.afgewezen.length);
  await expect(tabel.filter({ hasText: 'kosten_huidig_jaar' }).first()).toContainText('geen bedrag in euro');
  await expect(tabel.filter({ hasText: 'legitimiteit' }).first()).toContainText('score moet een geheel getal van 1 tot en met 5 zijn');
});

test('Engels: de pagina en haar grafieken in het Engels', async ({ page }) => {
  await page.goto('?pagina=doorbraak&lang=en');
  await expect(page.locator('h2#dbr-titel')).toHaveText('Breakthrough: the action research on the future of youth protection');
  await expect(page.locator('figure[data-grafiek="doorbraak-zwolle"] .bronregel')).toContainText('Source:');
  await expect(page.locator('article[data-gemeente="Nijkerk"] .aantal')).toContainText('gives no number');
});
