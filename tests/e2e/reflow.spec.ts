// Reflow (WCAG 1.4.10): no page is wider than a 320 or 360 px screen. Wide tables
// scroll inside their own region instead. The page list comes from PAGINAS, so new pages are checked too.
import type { Page } from '@playwright/test';
import { PAGINAS } from '../../src/lib/url/staat.ts';
import { test, expect, wachtOpDb, wachtTotGetekend } from './hulp';

/** Elements sticking out to the right of the viewport, for a readable failure. */
async function tebreed(page: Page): Promise<{ scroll: number; scherm: number; uitsteek: string[] }> {
  return page.evaluate(() => {
    const scherm = window.innerWidth;
    const uitsteek: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right <= scherm + 0.5 || r.width === 0) continue;
      // only the outermost element that sticks out, not all its children, and not inside a scroll region
      let binnen = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ov = getComputedStyle(p).overflowX;
        if (ov === 'auto' || ov === 'scroll' || ov === 'hidden' || p.getBoundingClientRect().right > scherm + 0.5) { binnen = true; break; }
      }
      if (!binnen) uitsteek.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} (${Math.round(r.right)} px)`);
    }
    return { scroll: document.documentElement.scrollWidth, scherm, uitsteek };
  });
}

test.describe('Reflow op 320 en 360 px', () => {
  test.describe.configure({ timeout: 150_000 });
  for (const pagina of PAGINAS) {
    test(`pagina ${pagina}`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(`./?pagina=${pagina}`);
      // the layout is checked also when the database could not start (its error texts must fit too)
      await wachtOpDb(page);
      // without a database some sections keep saying "Laden…": measure what is there
      if ((await page.locator('.db-status').getAttribute('data-fase')) === 'klaar')
        await wachtTotGetekend(page);
      for (const breedte of [360, 320]) {
        await page.setViewportSize({ width: breedte, height: 800 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const m = await tebreed(page);
        expect(m.uitsteek, `${pagina} op ${breedte} px`).toEqual([]);
        expect(m.scroll, `${pagina} op ${breedte} px: scrollWidth`).toBeLessThanOrEqual(m.scherm);
      }
    });
  }
});
