// Keyboard only: pick a gemeente, open a table, share menu and downloads, go to the
// Kaart page, switch the peer method and pick a gemeente on the map, without a single mouse
// event, with a visible focus at every step and focus never dropped to <body>.
import type { Locator, Page } from '@playwright/test';
import { test, expect, regios, volgFouten, wachtOpDb } from './hulp';

/** Presses Tab (or Shift+Tab) until `doel` has focus; fails after `max` presses. */
async function tabNaar(page: Page, doel: Locator, toets: 'Tab' | 'Shift+Tab' = 'Tab', max = 80) {
  for (let i = 0; i < max; i++) {
    if (await doel.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(toets);
  }
  await expect(doel).toBeFocused();
}

/** The focused element shows a focus indicator: an outline, or the map's own focus ring. */
async function focusZichtbaar(page: Page) {
  const staat = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'focus op <body>';
    if (el.closest('.gemeentekaart')) return document.querySelector('.gemeentekaart .focusring') ? 'ja' : 'geen focusring op de kaart';
    const cs = getComputedStyle(el);
    const lijn = el.matches(':focus-visible') && cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    return lijn ? 'ja' : `${el.tagName.toLowerCase()}.${el.className}: outline ${cs.outlineStyle} ${cs.outlineWidth}`;
  });
  expect(staat).toBe('ja');
}

test('alles met het toetsenbord: gemeente, tabel, delen, downloads, referentiegroep en kaart', async ({ page }, info) => {
  test.setTimeout(150_000);
  const fouten = volgFouten(page);
  const zaltbommel = regios(info).find((r) => r.naam === 'Zaltbommel' && r.soort === 'gemeente')!;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('./');
  await wachtOpDb(page);

  // 1. gemeente kiezen in de zoekbox
  const zoek = page.getByRole('combobox', { name: 'Gemeente' });
  await tabNaar(page, zoek);
  await focusZichtbaar(page);
  await page.keyboard.type('Zaltbommel');
  await page.keyboard.press('Enter');
  await expect(page.locator('.vergelijken')).toHaveAttribute('data-gemeente', zaltbommel.code);
  await expect(page.locator('.vergelijken')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });

  // 2. Tabel openen
  const fig = page.locator('figure[data-grafiek="studie-lasten_per_gebruiker"]');
  await expect(fig.locator('h3')).toContainText('Zaltbommel');
  const tabelKnop = fig.getByRole('button', { name: 'Tabel' });
  await tabNaar(page, tabelKnop);
  await focusZichtbaar(page);
  await page.keyboard.press('Space');
  await expect(tabelKnop).toHaveAttribute('aria-pressed', 'true');
  await expect(fig.locator('table')).toBeVisible();
  await expect(tabelKnop).toBeFocused();

  // 3. menu Delen en downloaden: PNG en Raadsvraag-pakket; de focus blijft op de knop
  const menu = fig.getByRole('button', { name: /^Delen en downloaden/ });
  await tabNaar(page, menu);
  await page.keyboard.press('Enter');
  await expect(fig.getByRole('button', { name: 'Insluiten' })).toBeFocused();
  await focusZichtbaar(page);
  for (const naam of [/PNG/, /Raadsvraag-pakket/]) {
    const knop = fig.getByRole('group').getByRole('button', { name: naam });
    await tabNaar(page, knop);
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    await download;
    await expect(fig.locator('.acties-melding')).toContainText(/gedownload|Gedownload/);
    await expect(knop).toBeFocused();
    await focusZichtbaar(page);
  }
  await page.keyboard.press('Escape');
  await expect(menu).toBeFocused();

  // 4. naar de Kaart-pagina: de focus gaat naar de kop van de nieuwe pagina
  const navKaart = page.getByRole('navigation').getByRole('link', { name: 'Kaart en referentiegroepen' });
  await tabNaar(page, navKaart, 'Shift+Tab');
  await focusZichtbaar(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveTitle(/^Kaart en referentiegroepen – /);
  const kop = page.locator('main h1, main h2').first();
  await expect(kop).toBeFocused({ timeout: 30_000 });
  await expect(page.locator('.kaartpagina')).toHaveAttribute('data-status', 'klaar', { timeout: 60_000 });

  // 5. andere methode voor de referentiegroep (pijltjes in de keuzerondjes)
  const pagina = page.locator('.kaartpagina');
  const methodeVoor = await pagina.getAttribute('data-methode');
  const gekozenRadio = page.locator('input[name="peer-methode"]:checked');
  await tabNaar(page, gekozenRadio);
  await focusZichtbaar(page);
  await page.keyboard.press('ArrowDown');
  await expect(pagina).not.toHaveAttribute('data-methode', methodeVoor ?? '');
  await expect(page.locator('input[name="peer-methode"]:checked')).toBeFocused();

  // 6. een gemeente kiezen op de kaart: Tab naar de kaart, pijltje, Enter
  const vlak = page.locator('.gemeentekaart path[tabindex="0"]');
  await tabNaar(page, vlak);
  await focusZichtbaar(page);
  await page.keyboard.press('ArrowRight');
  const doel = await page.evaluate(() => (document.activeElement as Element).getAttribute('data-code'));
  expect(doel).toMatch(/^GM\d{4}$/);
  expect(doel).not.toBe(zaltbommel.code);
  await page.keyboard.press('Enter');
  await expect(pagina).toHaveAttribute('data-gemeente', doel!);
  await focusZichtbaar(page);
  expect(fouten).toEqual([]);
});
