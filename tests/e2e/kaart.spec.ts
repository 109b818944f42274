// Kaart en referentiegroepen: real flows on the real bundled data. Expected peer sets
// are read from the served files (buren-2022.csv, regios.csv), never typed into the test.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, dataMap, norm, regios, volgFouten } from './hulp';

async function open(page: Page, query: string) {
  await page.goto(`./?pagina=kaart&${query}`);
  await expect(page.locator('.kaartpagina')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
  await expect(page.locator('.gemeentekaart path[data-code]').first()).toBeVisible();
}

const ledenNamen = (page: Page) => page.locator('.referentie .leden .lid-naam').allTextContents();
const uitleg = (page: Page) => page.getByTestId('peer-uitleg');

test.describe('Kaart en referentiegroepen', () => {
  // DuckDB start + several peer switches; the machine may be shared with other test runs.
  test.describe.configure({ timeout: 60_000 });
  test('kiest een gemeente op de kaart met het toetsenbord', async ({ page }) => {
    const fouten = volgFouten(page);
    await open(page, 'gemeente=GM0193');
    // The chosen gemeente holds the map's single tab stop (roving tabindex).
    const zwolle = page.locator('.gemeentekaart path[data-code="GM0193"]');
    await expect(zwolle).toHaveAttribute('tabindex', '0');
    await zwolle.focus();
    await page.keyboard.press('ArrowRight');
    const doel = await page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    expect(doel).toMatch(/^GM\d{4}$/);
    expect(doel).not.toBe('GM0193');
    const naam = regios(test.info()).find((r) => r.code === doel)!.naam;
    // Focus shows name and value in the tooltip before choosing.
    await expect(page.locator('.gemeentekaart .tooltip strong')).toHaveText(naam);
    await page.keyboard.press('Enter');
    await expect(page.locator('.kaartpagina')).toHaveAttribute('data-gemeente', doel!);
    await expect(page).toHaveURL(new RegExp(`gemeente=${doel}`));
    await expect(page.locator('#groep-kop')).toContainText(naam);
    await expect(page.locator('.gemeentekaart path[data-code="' + doel + '"]')).toHaveAttribute('aria-selected', 'true');
    expect(fouten).toEqual([]);
  });

  test('wisselt van methode: andere groep en andere uitleg; buren van Zwolle komen uit de grenzenlijst', async ({ page }, info) => {
    const fouten = volgFouten(page);
    await open(page, 'gemeente=GM0193');
    await expect(page.locator('.referentie')).toHaveAttribute('data-methode', 'gelijkend');
    await expect(uitleg(page)).toContainText('meest op Zwolle lijken');
    const voor = await ledenNamen(page);
    expect(voor).toHaveLength(10);

    await page.getByRole('radio', { name: 'buurgemeenten' }).check();
    await expect(page.locator('.referentie')).toHaveAttribute('data-methode', 'buren');
    await expect(page).toHaveURL(/peers=buren/);
    await expect(uitleg(page)).toContainText('gemeenten die eraan grenzen');
    const csv = readFileSync(`${dataMap(info)}/buren-2022.csv`, 'utf8').trim().split('\n').slice(1).map((r) => r.split(';'));
    const codes = new Set(csv.flatMap(([a, b]) => (a === 'GM0193' ? [b] : b === 'GM0193' ? [a] : [])));
    const namen = regios(info).filter((r) => codes.has(r.code)).map((r) => r.naam).sort();
    const na = await ledenNamen(page);
    expect([...na].sort()).toEqual(namen);
    expect(na).not.toEqual(voor);
    for (const n of ['Kampen', 'Dalfsen', 'Raalte']) expect(na).toContain(n);
    // Peers are outlined on the map.
    await expect(page.locator('.gemeentekaart .omlijning path.peer')).toHaveCount(codes.size);

    await page.getByRole('radio', { name: 'zelfde grootteklasse' }).check();
    await expect(uitleg(page)).toContainText('100.000 tot 150.000 inwoners');
    expect(fouten).toEqual([]);
  });

  test('herladen van de link geeft precies dezelfde referentiegroep', async ({ page }) => {
    const fouten = volgFouten(page);
    await open(page, 'gemeente=GM0200');
    await page.getByRole('checkbox', { name: 'aandeel onder 15 jaar' }).uncheck();
    const k = page.getByRole('spinbutton', { name: 'Aantal referentiegemeenten' });
    await k.fill('6');
    await k.press('Enter');
    await expect(page.locator('.referentie')).toHaveAttribute('data-aantal', '6');
    // Remove one member by hand: the recipe becomes "handmatig" on top of the similarity set.
    const eerste = (await ledenNamen(page))[0];
    await page.getByRole('button', { name: `Verwijder ${eerste}` }).click();
    await expect(page.locator('.referentie')).toHaveAttribute('data-methode', 'handmatig');
    const leden = await ledenNamen(page);
    expect(leden).toHaveLength(5);
    expect(leden).not.toContain(eerste);
    const uitlegVoor = norm(await uitleg(page).textContent());
    const rang = await page.getByTestId('rang-groep').textContent();
    const url = page.url();
    expect(url).toMatch(/peers=handmatig\.bgelijkend\.k6\./);

    await page.reload();
    await expect(page.locator('.kaartpagina')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
    expect(page.url()).toBe(url);
    expect(await ledenNamen(page)).toEqual(leden);
    expect(norm(await uitleg(page).textContent())).toBe(uitlegVoor);
    await expect(page.getByTestId('rang-groep')).toHaveText(rang!);
    expect(fouten).toEqual([]);
  });

  test('Texel heeft geen buurgemeenten en krijgt een andere methode voorgesteld', async ({ page }) => {
    const fouten = volgFouten(page);
    await open(page, 'gemeente=GM0448');
    await page.getByRole('radio', { name: 'buurgemeenten' }).check();
    await expect(page.locator('.referentie .waarschuwing')).toContainText('geen buurgemeenten');
    await expect(uitleg(page)).toContainText('Texel heeft geen buurgemeenten');
    await expect(page.locator('.referentie .leden li')).toHaveCount(0);
    await page.locator('.referentie .waarschuwing').getByRole('button', { name: 'meest gelijkende gemeenten' }).click();
    await expect(page.locator('.referentie')).toHaveAttribute('data-methode', 'gelijkend');
    expect(await ledenNamen(page)).toHaveLength(10);
    expect(fouten).toEqual([]);
  });

  test('trechterplot met 95 %- en 99,8 %-grenzen en het aantal gemeenten erbuiten', async ({ page }) => {
    const fouten = volgFouten(page);
    await open(page, 'gemeente=GM0150');
    const fig = page.locator('[data-grafiek="trechter"]');
    await expect(fig.locator('path.g95')).toHaveCount(2);
    await expect(fig.locator('path.g998')).toHaveCount(2);
    await expect(fig.locator('circle.rol-gekozen')).toHaveCount(1);
    await expect(fig.locator('circle.rol-peer')).toHaveCount(4); // Deventer's study set: 4 gemeenten
    await expect(fig.getByText('geschat aantal jeugdigen', { exact: false }).first()).toBeVisible();
    const zin = norm(await fig.locator('.beschrijving').textContent());
    const m = /(\d+) van (\d+) gemeenten vallen buiten de 95 %-grenzen en (\d+) buiten de 99,8 %-grenzen/.exec(zin);
    expect(m, zin).not.toBeNull();
    const [, buiten95, totaal, buiten998] = m!.map(Number);
    // The counts in the sentence match the table view row by row.
    await fig.getByRole('button', { name: 'Tabel' }).click();
    const rijen = fig.locator('tbody tr');
    await expect(rijen).toHaveCount(totaal);
    const p95 = await rijen.locator('td:nth-child(4)').allTextContents();
    const p998 = await rijen.locator('td:nth-child(5)').allTextContents();
    expect(p95.filter((x) => x !== 'binnen').length).toBe(buiten95);
    expect(p998.filter((x) => x !== 'binnen').length).toBe(buiten998);
    // Over-dispersion keeps the flagged share well below "about half".
    expect(buiten95).toBeLessThan(totaal / 4);
    expect(fouten).toEqual([]);
  });

  test('werkt in het Engels en op 360 px breed', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page, 'gemeente=GM0193&lang=en&peers=buren');
    await expect(uitleg(page)).toContainText(/Zwolle is compared with the \d+ municipalities that border it/);
    await expect(page.getByRole('radio', { name: 'neighbouring municipalities' })).toBeChecked();
    const breed = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(breed).toBeLessThanOrEqual(362);
    expect(fouten).toEqual([]);
  });
});
