import { test, expect, alsRegex, euro, feit, indicatorNaam, norm, pct, regios, volgFouten, wachtOpDb } from './hulp';

test.describe('Vergelijken', () => {
  test('kies Deventer met het toetsenbord en zie de lasten per gebruiker naast de referentiegemeenten', async ({ page }, info) => {
    const fouten = volgFouten(page);
    await page.goto('./?gemeente=GM0344');
    await expect(page.locator('.vergelijken')).toHaveAttribute('data-gemeente', 'GM0344');
    const kiezer = page.getByRole('combobox', { name: 'Gemeente' });
    await kiezer.focus();
    await page.keyboard.type('Deven');
    await expect(page.getByRole('option', { name: /^Deventer/ })).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('.vergelijken')).toHaveAttribute('data-gemeente', 'GM0150');
    // Deventer is the default gemeente, so the URL carries no parameter.
    expect(new URL(page.url()).search).toBe('');

    const grafiek = page.locator('[data-grafiek="studie-lasten_per_gebruiker"]');
    const verwacht = euro(feit(info, 'GM0150', 'lasten_per_gebruiker', '2019JJ00')!);
    await expect(grafiek.locator('.rol-gemeente .waarde-label')).toHaveText(alsRegex(verwacht));
    for (const naam of ['Apeldoorn', 'Arnhem', 'Zutphen', 'Zwolle']) {
      await expect(grafiek.locator('.rij-label', { hasText: naam })).toBeVisible();
    }
    const apeldoorn = euro(feit(info, 'GM0200', 'lasten_per_gebruiker', '2019JJ00')!);
    expect(norm(await grafiek.locator('.rol-referentie').filter({ hasText: 'Apeldoorn' }).locator('.waarde-label').textContent())).toBe(norm(apeldoorn));
    expect(fouten).toEqual([]);
  });

  test('opent ?gemeente=GM0150 direct en houdt de keuze bij herladen en terug', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?gemeente=GM0150');
    await expect(page.getByRole('combobox', { name: 'Gemeente' })).toHaveValue('Deventer');
    await expect(page.locator('[data-grafiek="studie-lasten_per_gebruiker"]')).toBeVisible();
    await page.goto('./?gemeente=GM1894');
    await expect(page.getByRole('combobox', { name: 'Gemeente' })).toHaveValue('Peel en Maas');
    await page.getByRole('button', { name: 'Roosendaal' }).count(); // not a case link on a case page
    const kiezer = page.getByRole('combobox', { name: 'Gemeente' });
    await kiezer.fill('Roosend');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/gemeente=GM1674/);
    await page.reload();
    await expect(kiezer).toHaveValue('Roosendaal');
    await page.goBack();
    await expect(kiezer).toHaveValue('Peel en Maas');
    await expect(page).toHaveURL(/gemeente=GM1894/);
    expect(fouten).toEqual([]);
  });

  test('de tabelweergave toont dezelfde getallen als de grafiek', async ({ page }) => {
    await page.goto('./');
    const grafiek = page.locator('[data-grafiek="studie-lasten_per_gebruiker"]');
    // allTextContents does not wait: first wait until the chart has drawn its rows.
    await expect(grafiek.locator('.rij .waarde-label').first()).toBeVisible();
    const labels = await grafiek.locator('.rij .waarde-label').allTextContents();
    const namen = await grafiek.locator('.rij .rij-label').allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(5);
    await grafiek.getByRole('button', { name: 'Tabel' }).click();
    const tabel = grafiek.locator('table');
    await expect(tabel).toBeVisible();
    for (const [i, naam] of namen.entries()) {
      const rij = tabel.locator('tbody tr').filter({ has: page.locator('th', { hasText: naam }) }).first();
      await expect(rij).toContainText(norm(labels[i]).replace('*', ''), { useInnerText: true });
    }
    // The table shows the reference mean too, which the chart draws as a line.
    await expect(tabel.locator('tbody th', { hasText: /Gemiddelde referentiegemeenten/ })).toBeVisible();
    await grafiek.getByRole('button', { name: 'Tabel', pressed: true }).click();
    await expect(grafiek.locator('svg')).toBeVisible();
  });

  test('elke studiegrafiek heeft titel, bronregel met periode en status, en een beschrijving', async ({ page }) => {
    await page.goto('./?gemeente=GM0297');
    const grafieken = page.locator('figure.grafiek[data-grafiek^="studie-"]');
    await expect(grafieken).toHaveCount(4);
    for (const g of await grafieken.all()) {
      await expect(g.locator('h3')).toContainText('Zaltbommel');
      // a citable publication, not a file name or line numbers; those are in the details toggle
      await expect(g.locator('.bronregel')).toContainText(/Bron: Sondeijker.*\(2021\).*hoofdstuk 6.* · .*20(19|17|20).* · status (onbekend|definitief|voorlopig)/);
      await expect(g.locator('.bronregel')).not.toContainText(/\.txt|r\. \d|titel niet overgeleverd/);
      await g.locator('.bron-details summary').click();
      await expect(g.locator('.bron-details p')).toContainText(/r\. \d+/);
      const id = await g.getAttribute('aria-describedby');
      await expect(page.locator(`#${id}`)).toContainText('Zaltbommel');
    }
  });

  test('alle gemeenten: rang en indicatorwissel via DuckDB', async ({ page }, info) => {
    const fouten = volgFouten(page);
    await page.goto('./?gemeente=GM0344');
    const strip = page.locator('[data-grafiek="strip"]');
    const utrecht = feit(info, 'GM0344', 'kwb_pct_jongeren_jeugdzorg')!;
    await expect(strip.locator('.gekozen-label')).toHaveText(alsRegex(`Utrecht: ${pct(utrecht)}`));
    await expect(strip.locator('h3')).toContainText(/Utrecht staat op plaats \d+( \(gedeeld\))? van \d+ gemeenten .*2021\)/);
    await expect(strip).toContainText('maar één periode');
    await wachtOpDb(page);
    await page.getByLabel('Indicator').selectOption('inwoners');
    await expect(page).toHaveURL(/indicator=inwoners/);
    const inwoners = feit(info, 'GM0344', 'inwoners', '2024JJ00') ?? feit(info, 'GM0344', 'inwoners');
    await expect(strip.locator('h3')).toContainText(indicatorNaam(info, 'inwoners'));
    await expect(strip.locator('.gekozen-label')).toHaveText(alsRegex(`Utrecht: ${new Intl.NumberFormat('nl-NL').format(inwoners!)}`));
    expect(fouten).toEqual([]);
  });

  test('een opgeheven gemeentecode landt op de opvolger, met een melding', async ({ page }, info) => {
    const opgeheven = regios(info).find((r) => r.soort === 'gemeente' && r.opvolger_code);
    test.skip(!opgeheven, 'deze dataset heeft geen opgeheven gemeente');
    await page.goto(`./?gemeente=${opgeheven!.code}`);
    await expect(page.locator('.vergelijken')).toHaveAttribute('data-gemeente', opgeheven!.opvolger_code);
    await expect(page.locator('.meldingen')).toContainText(opgeheven!.naam);
    await expect(page).toHaveURL(new RegExp(`gemeente=${opgeheven!.opvolger_code}`));
  });

  test('onzin in de URL geeft een melding en geen uitgevoerde code', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?gemeente=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&indicator=x%27%3B%20DROP%20TABLE%20feiten');
    await expect(page.locator('.meldingen')).toContainText('niet geldig');
    await expect(page.locator('.vergelijken')).toHaveAttribute('data-gemeente', 'GM0150');
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(fouten).toEqual([]);
  });
});
