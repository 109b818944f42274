import { test, expect } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { feit, pct, volgFouten, wachtOpDb } from './hulp';

// Issue 13: plain answers, citable sources, honest titles — what a newcomer sees.

/** The text as a pattern in which any space may be a (narrow) no-break space. */
const tekst = (s: string) => new RegExp(s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s'));
test.describe('Helder', () => {
  test('landing: intro, "Kies uw gemeente" and a summary that can be copied as a paragraph', async ({ page, context }, info) => {
    const fouten = volgFouten(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await expect(page.getByRole('heading', { name: 'Kies uw gemeente' })).toBeVisible();
    await expect(page.locator('.intro')).toContainText('samenvatting');
    const alinea = page.getByTestId('samenvatting');
    await expect(alinea).toContainText('per gebruiker');
    await expect(alinea).toContainText(tekst(pct(feit(info, 'GM0150', 'kwb_pct_jongeren_jeugdzorg')!)));
    await page.getByRole('button', { name: 'Kopieer als alinea' }).click();
    await expect(page.locator('.samenvatting [role="status"]')).toHaveText('Gekopieerd.');
    const geplakt = await page.evaluate(() => navigator.clipboard.readText());
    expect(geplakt).toBe(await alinea.textContent());
    expect(fouten).toEqual([]);
  });

  test('a gemeente outside the study is compared with its peer group, and the summary says costs are not in the sources', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?gemeente=GM0513');
    const groep = page.getByTestId('peergroep');
    await expect(groep.locator('[data-grafiek="groep"] h3')).toContainText(/Gouda .*referentiegroep .*KWB 2021/);
    await expect(groep.getByTestId('rang-land')).toContainText(/^\d+( \(gedeeld\))? van \d+$/);
    await expect(page.getByTestId('samenvatting')).toContainText('niet in deze bronnen beschikbaar');
    await expect(page.getByTestId('samenvatting')).not.toContainText('€');
    expect(fouten).toEqual([]);
  });

  test('search finds "Den Haag" and a merged gemeente shows its predecessors own values', async ({ page }, info) => {
    test.setTimeout(60_000);
    await page.goto('./');
    const kiezer = page.getByRole('combobox', { name: 'Gemeente' });
    await kiezer.fill('Den Haag');
    await expect(page.getByRole('option').first()).toContainText("'s-Gravenhage");
    await expect(page.getByRole('listbox')).not.toContainText(/PV\d\d/);
    await page.keyboard.press('Enter');
    await expect(page.locator('.vergelijken')).toHaveAttribute('data-gemeente', 'GM0518');

    await kiezer.fill('Heerhugowaard');
    await page.keyboard.press('Enter');
    await expect(page.locator('.vergelijken')).toHaveAttribute('data-gemeente', 'GM1980');
    const eigen = feit(info, 'GM0398', 'kwb_pct_jongeren_jeugdzorg')!;
    await expect(page.getByTestId('samenvatting')).toContainText(tekst(`Heerhugowaard ${pct(eigen)}`));
  });

  test('the decile columns say which direction is which', async ({ page }) => {
    await page.goto('./?gemeente=GM0297');
    const tabel = page.locator('.studie');
    await expect(tabel).toContainText('SES-deciel (1 = laagste inkomen)');
    await expect(tabel).toContainText('Armoede-deciel (1 = meeste kinderen in armoede)');
  });

  test('in English the summary uses decimal points and English words', async ({ page }, info) => {
    await page.goto('./?lang=en&gemeente=GM0344');
    const alinea = page.getByTestId('samenvatting');
    const w = feit(info, 'GM0344', 'kwb_pct_jongeren_jeugdzorg')!;
    await expect(alinea).toContainText(`${w.toFixed(1)}%`);
    await expect(alinea).toContainText('per user');
    await expect(alinea).not.toContainText(/gemeenten|plaats|per gebruiker/);
  });

  test('Wat als: 25 months to a place (more than without the change) gets a message at the field and the result greys out', async ({ page }) => {
    await page.goto('./?pagina=kosten');
    const veld = page.locator('#wa-maandenTotPlek');
    const uitkomst = page.getByTestId('watals-uitkomst');
    await expect(uitkomst).not.toHaveAttribute('aria-disabled', 'true');
    const voor = await uitkomst.locator('.uitkomst-met').textContent();
    await veld.fill('25');
    await expect(veld).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#wa-maandenTotPlek-fout')).toContainText('maanden uit school');
    await expect(uitkomst).toHaveAttribute('aria-disabled', 'true');
    await expect(uitkomst).toContainText('Niet bijgewerkt');
    await expect(uitkomst.locator('.uitkomst-met')).toHaveText(voor!);
    for (const onzin of ['-3', 'twaalf']) {
      await veld.fill(onzin);
      await expect(page.locator('#wa-maandenTotPlek-fout')).toBeVisible();
      await expect(uitkomst).toHaveAttribute('aria-disabled', 'true');
    }
    await veld.fill('3');
    await expect(veld).not.toHaveAttribute('aria-invalid', 'true');
    await expect(uitkomst).not.toHaveAttribute('aria-disabled', 'true');
  });

  test('Eigen data: the downloaded template passes the upload; a wrong header lists the expected columns', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('./?pagina=importeren');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download sjabloon' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.zip$/);
    const zip = unzipSync(readFileSync((await download.path())!));
    expect(Object.keys(zip).sort()).toEqual(['LEESMIJ.txt', 'casus.csv', 'episode.csv', 'kosten.csv']);
    const kiezer = page.getByLabel('Kies een of meer bestanden om in te lezen (CSV of JSON)');
    await wachtOpDb(page);
    await kiezer.setInputFiles(['casus.csv', 'episode.csv', 'kosten.csv'].map((name) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(zip[name]) })));
    // reading case files starts the case engine (DuckDB) first: allow for a busy machine
    await expect(page.locator('.casus [role="status"]')).toContainText('2 casussen', { timeout: 45_000 });
    await expect(page.getByTestId('verwachte-kolommen')).toHaveCount(0);

    const fout = strFromU8(zip['casus.csv']).replace('gemeente_code', 'gemeente');
    await page.goto('./?pagina=importeren');
    await wachtOpDb(page);
    await kiezer.setInputFiles([{ name: 'casus.csv', mimeType: 'text/csv', buffer: Buffer.from(fout) }, { name: 'kosten.csv', mimeType: 'text/csv', buffer: Buffer.from(zip['kosten.csv']) }]);
    const verwacht = page.getByTestId('verwachte-kolommen');
    await expect(verwacht).toContainText('casus_id;gemeente_code;geboortejaar;geslacht', { timeout: 45_000 });
    await expect(verwacht).toContainText('casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit');
  });

  test('the embed footer credits the chart\'s own source: the study under a study chart, CBS under a KWB chart', async ({ page }) => {
    await page.goto('./embed.html?grafiek=studie-lasten_per_gebruiker');
    await expect(page.locator('.attributie')).toContainText('Sondeijker');
    await expect(page.locator('.attributie')).not.toContainText('CBS');
    await page.goto('./embed.html?grafiek=strip&gemeente=GM0344');
    await expect(page.locator('.attributie')).toContainText('CBS-gegevens onder CC BY 4.0');
  });

  test('English: no Dutch words left in the main text of Vergelijken and Kaart', async ({ page }) => {
    test.setTimeout(120_000);
    // words that only Dutch text uses (names of places and sources are not in this list)
    const NEDERLANDS = /\b(gemeenten|gemiddelde|gemiddeld|referentiegemeenten|plaats|jongeren|lasten|inwoners|gebruiker|geen waarde|hoger|lager|gedeeld|bewerking|periode|laden|niet|tegen|groei)\b/i;
    for (const pad of ['./?lang=en&gemeente=GM0344', './?lang=en&gemeente=GM0513', './?lang=en&pagina=kaart&gemeente=GM0513']) {
      await page.goto(pad);
      await wachtOpDb(page);
      await expect(page.locator('[data-grafiek]').first()).toBeVisible();
      await expect(page.locator('main .laden')).toHaveCount(0, { timeout: 30_000 });
      // headings, titles, subtitles, table heads, descriptions and buttons: the text the interface writes itself
      const teksten = await page.locator('main :is(h2, h3, .ondertitel, th, .beschrijving, button, label, .intro, [data-testid="samenvatting"])').allInnerTexts();
      const nl = teksten.filter((t) => NEDERLANDS.test(t));
      expect(nl, pad).toEqual([]);
    }
  });
});
