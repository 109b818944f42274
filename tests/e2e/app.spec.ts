import { test, expect, norm, volgFouten, wachtOpDb } from './hulp';

test('toont op de echte data € 10.143 per gebruiker voor Deventer', async ({ page }) => {
  await page.goto('./?gemeente=GM0150');
  const label = page.locator('[data-grafiek="studie-lasten_per_gebruiker"] .rol-gemeente .waarde-label');
  expect(norm(await label.textContent())).toBe('€ 10.143');
  await expect(page.locator('#tabel-kosten-titel')).toBeVisible();
  await expect(page.locator('table[data-tabel="tabel-kosten"]')).toContainText('Apeldoorn');
});

test('Peel en Maas: de gedrukte index staat er, met de noot over de afwijking', async ({ page }) => {
  await page.goto('./?gemeente=GM1894');
  const tabel = page.locator('table[data-tabel="tabel-gebruik"]');
  await expect(tabel.locator('tr.rol-gemeente')).toContainText('102');
  await page.getByRole('link', { name: 'Over de data' }).click();
  await expect(page.locator('table[data-tabel="vlaggen"]')).toContainText('Peel en Maas');
});

test('Engelse weergave en terug', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Youth Care Explorer');
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Municipality' })).toBeVisible();
  await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jeugdzorg Verkenner');
});

test('werkt op 360 px zonder horizontaal scrollen van de pagina', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto('./?gemeente=GM0344');
  await expect(page.locator('[data-grafiek="strip"]')).toBeVisible();
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(breedte).toBeLessThanOrEqual(360);
});

test('Over de data: versie, bronnen, afwijkingen en download', async ({ page }) => {
  const fouten = volgFouten(page);
  await page.goto('./?pagina=data');
  await expect(page.getByTestId('dataversie')).toHaveText(/^[0-9a-f]{8,}$/);
  await expect(page.locator('.bronnenlijst')).toContainText('85039NED');
  await expect(page.locator('.bronnenlijst')).toContainText('CC BY 4.0');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /Download alle cijfers/ }).click(),
  ]);
  const pad = await download.path();
  const tekst = (await import('node:fs')).readFileSync(pad!, 'utf8');
  expect(tekst.split('\n')[0]).toBe('regio_code;periode;indicator;waarde;status;bron;noot');
  expect(tekst).toContain('GM0150;2019JJ00;lasten_per_gebruiker;10143;onbekend;seed-003:L1409');
  expect(fouten).toEqual([]);
});

test('zonder rekenmodule blijft de eerste weergave zichtbaar met een duidelijke melding', async ({ page }) => {
  await page.route('**/*.wasm', (r) => r.abort());
  await page.goto('./');
  await expect(page.locator('[data-grafiek="studie-lasten_per_gebruiker"]')).toBeVisible();
  await wachtOpDb(page);
  await expect(page.locator('.db-status')).toHaveAttribute('data-fase', 'fout');
  await expect(page.locator('.db-status')).toContainText('kon niet starten');
  await page.getByLabel('Indicator').selectOption('inwoners');
  await expect(page.locator('.alle .fout')).toContainText('kon niet starten');
});
