// Accessibility audit: axe-core over every page of the app and every embeddable chart,
// light and dark, at 1280 and 360 px, pages also in English; any violation fails. The lists come
// from their single sources (PAGINAS, INSLUITBARE_GRAFIEKEN), so a new page or chart is audited
// without touching this file. One page load per page/chart and language; the theme and width
// change within that load (both are CSS media features, so no reload is needed).
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { PAGINAS } from '../../src/lib/url/staat.ts';
import { INSLUITBARE_GRAFIEKEN } from '../../src/lib/embed/grafieken.ts';
import { test, expect, volgFouten, wachtTotGetekend } from './hulp';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

type Stand = { thema: 'light' | 'dark'; breedte: 1280 | 360 };
const STANDEN: Stand[] = [
  { thema: 'light', breedte: 1280 },
  { thema: 'dark', breedte: 1280 },
  { thema: 'dark', breedte: 360 },
  { thema: 'light', breedte: 360 },
];

/** Runs axe in each theme and width; returns readable lines "rule: target (summary)". */
async function audit(page: Page, standen: Stand[]): Promise<string[]> {
  const uit: string[] = [];
  for (const s of standen) {
    await page.emulateMedia({ colorScheme: s.thema, reducedMotion: 'reduce' });
    await page.setViewportSize({ width: s.breedte, height: 900 });
    // charts redraw on resize (ResizeObserver → next frame)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await wachtTotGetekend(page);
    const res = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    for (const v of res.violations)
      for (const n of v.nodes)
        uit.push(`[${s.thema} ${s.breedte}] ${v.id}: ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`);
  }
  // printed as they are found, so a long run shows its findings before it ends
  if (uit.length) console.log(uit.join('\n'));
  return uit;
}

test.describe('Toegankelijkheid (axe)', () => {
  // axe over the Kaart page (345 named map areas) in four states takes minutes on a loaded machine
  test.describe.configure({ timeout: 300_000 });

  for (const pagina of PAGINAS)
    for (const lang of ['nl', 'en'] as const) {
      test(`pagina ${pagina} (${lang})`, async ({ page }) => {
        const fouten = volgFouten(page);
        await page.goto(`./?pagina=${pagina}${lang === 'en' ? '&lang=en' : ''}`);
        await expect(page.locator('.db-status')).toHaveAttribute('data-fase', 'klaar', { timeout: 60_000 });
        await wachtTotGetekend(page);
        // English: two corners suffice (the markup does not depend on the language, the texts do)
        const standen = lang === 'nl' ? STANDEN : [STANDEN[0], STANDEN[2]];
        expect(await audit(page, standen)).toEqual([]);
        expect(fouten).toEqual([]);
      });
    }

  // Embeds in Dutch, all four states: their markup is the app's chart frame, whose English texts
  // the English page runs above already audit (one load per chart keeps the suite within CI time).
  for (const id of Object.keys(INSLUITBARE_GRAFIEKEN))
    for (const lang of ['nl'] as const) {
      test(`insluiten ${id} (${lang})`, async ({ page }) => {
        const fouten = volgFouten(page);
        await page.goto(`./embed.html?grafiek=${id}&lang=${lang}`);
        await expect(page.locator('figure.grafiek')).toHaveCount(1, { timeout: 60_000 });
        await wachtTotGetekend(page);
        expect(await audit(page, STANDEN)).toEqual([]);
        expect(fouten).toEqual([]);
      });
    }
});
