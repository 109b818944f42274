// Issue 13, print: the table header prints once at the top of a table and never covers its rows,
// one chart can be printed on its own, and a gemeente's Vergelijken page fits on 3 A4 pages.
// Everything is measured on the page (print media) or in the PDF Chromium makes of it.
import type { Page } from '@playwright/test';
import { test, expect, norm, wachtTotGetekend } from './hulp';

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
const paginas = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

/** Rows of the study tables whose first cell names one of these gemeenten. */
async function rijenVan(page: Page, namen: string[]) {
  return page.locator('.studie table tbody tr').filter({ has: page.locator('th, td').first().filter({ hasText: new RegExp(namen.join('|')) }) });
}

test.describe('Afdrukken', () => {
  test.describe.configure({ timeout: 120_000 });

  test('Vergelijken (Zaltbommel): header rows never cover a row, and the page prints on at most 3 A4 pages', async ({ page }) => {
    await page.goto('./?gemeente=GM0297');
    await wachtTotGetekend(page);
    await page.emulateMedia({ media: 'print' });
    const rijen = await rijenVan(page, ['Maasdriel', 'West Betuwe']);
    expect(await rijen.count()).toBeGreaterThanOrEqual(4); // both, in both study tables
    for (let i = 0; i < (await rijen.count()); i++) {
      const rij = rijen.nth(i);
      // scroll the row to the very top of the viewport: a sticky header would now lie over it
      const bovenaan = await rij.evaluate((tr) => {
        window.scrollTo(0, window.scrollY + tr.getBoundingClientRect().top);
        const r = tr.getBoundingClientRect();
        const bovenop = document.elementFromPoint(r.left + 8, r.top + r.height / 2);
        return { ok: !!bovenop && tr.contains(bovenop), wat: bovenop?.closest('thead') ? 'thead' : bovenop?.tagName ?? 'niets', tekst: (tr.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40) };
      });
      expect(bovenaan.ok, `${bovenaan.tekst}: bedekt door ${bovenaan.wat}`).toBe(true);
    }
    // one header row per table, at its top
    for (const tabel of await page.locator('.studie table').all()) {
      await expect(tabel.locator('thead tr')).toHaveCount(1);
      const th = tabel.locator('thead th').first();
      expect(await th.evaluate((e) => getComputedStyle(e).position)).toBe('static');
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const n = paginas(pdf);
    expect(n).toBeGreaterThan(0);
    expect(n, `Vergelijken drukt af op ${n} A4-pagina's`).toBeLessThanOrEqual(3);

    // a gemeente outside the study (peer group instead of study tables) fits as well
    await page.emulateMedia({ media: 'screen' });
    await page.goto('./?gemeente=GM0513');
    await wachtTotGetekend(page);
    await page.emulateMedia({ media: 'print' });
    const gouda = paginas(await page.pdf({ format: 'A4', printBackground: true }));
    expect(gouda, `Gouda drukt af op ${gouda} A4-pagina's`).toBeLessThanOrEqual(3);
  });

  test('"Afdrukken" in a chart\'s menu prints only that chart, with its title, description and source line', async ({ page }) => {
    await page.goto('./?gemeente=GM0297');
    await wachtTotGetekend(page);
    // the browser's print dialog is not ours to test: record that it was asked for, nothing else
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-test-afgedrukt', '');
    });
    const fig = page.locator('figure[data-grafiek]').filter({ has: page.locator('.grafiek-lichaam svg') }).first();
    const id = await fig.getAttribute('data-grafiek');
    const titel = norm(await fig.locator('h3').textContent());
    await fig.getByRole('button', { name: /^Delen en downloaden/ }).click();
    await fig.getByRole('button', { name: 'Afdrukken', exact: true }).click();
    await expect(page.locator('body')).toHaveAttribute('data-test-afgedrukt', '');

    await page.emulateMedia({ media: 'print' });
    await expect(fig.locator('h3')).toBeVisible();
    await expect(fig.locator('.grafiek-lichaam svg')).toBeVisible();
    await expect(fig.locator('.beschrijving')).toBeVisible();
    await expect(fig.locator('.bronregel')).toBeVisible();
    // nothing else: no page heading, no chooser, no other chart or table
    await expect(page.locator('header, nav').first()).toBeHidden();
    await expect(page.locator('.keuze')).toBeHidden();
    await expect(page.locator(`figure[data-grafiek]:not([data-grafiek="${id}"])`).first()).toBeHidden();
    await expect(page.locator('.studie table').first()).toBeHidden();
    const pdf = await page.pdf({ format: 'A4' });
    expect(paginas(pdf)).toBe(1);
    expect(titel.length).toBeGreaterThan(10);

    // after printing the page is whole again
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.studie table').first()).toBeVisible();
    await expect(page.locator('[data-afdruk-doel]')).toHaveCount(0);
  });
});
