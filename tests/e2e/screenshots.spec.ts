// Screenshot regression per chart: each chart light and dark, at 360 px and desktop
// width, on the embed page (the same view component and frame as the app, without page chrome).
// Vergelijken, Kaart and the Kosten study charts use baked data only; the case-level charts and the
// flow diagram wait for DuckDB and the bundled (synthetic or Gouda) case data, which is fixed. Baselines live next to this file; CI never updates them (playwright.config.ts).
// Create/refresh locally with: E2E_DIST=… E2E_PORT=… npx playwright test tests/e2e/screenshots.spec.ts --update-snapshots
import type { Page } from '@playwright/test';
import { test, expect, volgFouten } from './hulp';

// DejaVu Sans is what the CI installs (fonts-dejavu-core); forcing it keeps glyph widths identical
// between machines whatever system-ui resolves to.
const VAST_LETTERTYPE = `*, *::before, *::after, svg text { font-family: 'DejaVu Sans', sans-serif !important; }
  *, *::before, *::after { transition: none !important; animation: none !important; caret-color: transparent !important; }`;

const GRAFIEKEN = [
  'studie-lasten_per_gebruiker',
  'studie-lasten_per_inwoner',
  'studie-index_lasten_per_inwoner',
  'studie-index_jeugdhulp_zonder_verblijf',
  'strip',
  // the other pages (src/lib/embed/grafieken.ts)
  'kaart',
  'groep',
  'trechter',
  'kosten-spreiding',
  'kosten-ontleding',
  'kosten-index',
  'kosten-watals',
  'kosten-28',
  'kosten-lorenz',
  'stromen',
  'duren',
  'gouda-69',
  'tijdlijn',
  'jaarkosten',
  // Het elftal: Deventer, defence only (the bundled figure), and the scenario
  'elftal',
  'elftal-scenario',
  // Doorbraak (bundled seed-000 figures; no DuckDB)
  'doorbraak-zwolle',
  'doorbraak-zwolle-opschaling',
  'doorbraak-tilburg',
  'doorbraak-nijmegen',
  'doorbraak-nijkerk',
  'doorbraak-nijkerk-investering',
  'doorbraak-gouda',
  'doorbraak-matrix',
  'doorbraak-paradigma',
  'doorbraak-budget',
] as const;

// The flow and duration charts open on Gouda's six published cases; the baselines
// keep the larger synthetic cohort, named in the link, so the picture shows a real distribution.
const DATASET: Partial<Record<string, string>> = { stromen: '&ds=synth-42-10000', duren: '&ds=synth-42-10000' };

type Geval = { grafiek: string; thema: 'licht' | 'donker'; breedte: 360 | 1000; via: 'flag' | 'systeem' };
const GEVALLEN: Geval[] = [
  ...GRAFIEKEN.map((grafiek): Geval => ({ grafiek, thema: 'licht', breedte: 1000, via: 'systeem' })),
  // Dark through the system setting (dark=auto, the default) at phone width.
  ...GRAFIEKEN.map((grafiek): Geval => ({ grafiek, thema: 'donker', breedte: 360, via: 'systeem' })),
  // The other two corners, once each, with the embed flag forcing the theme.
  { grafiek: 'strip', thema: 'licht', breedte: 360, via: 'flag' },
  { grafiek: 'studie-lasten_per_gebruiker', thema: 'donker', breedte: 1000, via: 'flag' },
];

async function stabiel(page: Page) {
  // A same-origin stylesheet, not an inline <style>: the build's CSP (style-src 'self') refuses inline styles.
  await page.route('**/__test-vast-lettertype.css', (r) => r.fulfill({ contentType: 'text/css', body: VAST_LETTERTYPE }));
  await page.addStyleTag({ url: './__test-vast-lettertype.css' });
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0); // no hover tooltip
  await expect(page.locator('.embed-grafiek, .vergelijken').first()).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
}

for (const g of GEVALLEN) {
  test(`${g.grafiek} ${g.thema} ${g.breedte}px`, async ({ page }) => {
    test.setTimeout(60_000); // case-level charts wait for DuckDB and the case data
    const fouten = volgFouten(page);
    await page.setViewportSize({ width: g.breedte, height: 900 });
    await page.emulateMedia({ colorScheme: g.via === 'systeem' && g.thema === 'donker' ? 'dark' : 'light' });
    const vlag = g.via === 'flag' ? `&dark=${g.thema === 'donker'}` : '';
    await page.goto(`./embed.html?grafiek=${g.grafiek}${vlag}${DATASET[g.grafiek] ?? ''}`);
    await expect(page.locator('.embed-grafiek, .vergelijken').first()).toHaveAttribute('data-status', 'klaar', { timeout: 45_000 });
    const figuur = page.locator(`figure[data-grafiek="${g.grafiek}"]`);
    await expect(figuur.locator('svg, ol, table').first()).toBeVisible();
    await stabiel(page);
    // No chart text is cut off by the edge of its SVG (a pixel comparison misses a clipped label
    // that was already clipped in the baseline).
    const afgesneden = await figuur.locator('svg text').evaluateAll((els) =>
      els.flatMap((e) => {
        const svg = (e as SVGElement).ownerSVGElement;
        const t = (e.textContent ?? '').trim();
        if (!svg || !t || getComputedStyle(e).display === 'none') return [];
        const a = e.getBoundingClientRect();
        const b = svg.getBoundingClientRect();
        return a.left < b.left - 1 || a.right > b.right + 1 || a.top < b.top - 1 || a.bottom > b.bottom + 1 ? [t] : [];
      }),
    );
    expect(afgesneden).toEqual([]);
    // ...and no two chart texts cover each other (more than 2 px each way: glyph boxes include
    // some air). Spreiding has its own, stricter check in kosten.spec.ts.
    const overlappend = await figuur.locator('svg text').evaluateAll((els) => {
      const v = els
        .filter((e) => (e.textContent ?? '').trim() && getComputedStyle(e).display !== 'none')
        .map((e) => ({ t: (e.textContent ?? '').trim(), r: e.getBoundingClientRect() }));
      const uit: string[] = [];
      for (let i = 0; i < v.length; i++)
        for (let j = i + 1; j < v.length; j++) {
          const [a, b] = [v[i].r, v[j].r];
          const ox = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const oy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (ox > 2 && oy > 2) uit.push(`${v[i].t} / ${v[j].t}`);
        }
      return uit;
    });
    expect(overlappend).toEqual([]);
    // The theme really is the one named (guards against a baseline taken in the wrong theme).
    const achtergrond = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(achtergrond).toBe(g.thema === 'donker' ? 'rgb(17, 24, 39)' : 'rgb(255, 255, 255)');
    await expect(page.locator('.embed')).toHaveScreenshot(`${g.grafiek}-${g.thema}-${g.breedte}.png`, {
      animations: 'disabled',
      caret: 'hide',
      maxDiffPixelRatio: 0.01,
    });
    expect(fouten).toEqual([]);
  });
}

test('in de app: grafiekframe met menuknop, licht, desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const figuur = page.locator('figure[data-grafiek="studie-lasten_per_gebruiker"]');
  await expect(figuur.locator('svg').first()).toBeVisible();
  await stabiel(page);
  await expect(figuur).toHaveScreenshot('app-studie-lasten_per_gebruiker-licht-1280.png', { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01 });
});

// The elftal with every line filled in (typed amounts in the link): the bars and the decorative line-up of 11.
for (const [thema, breedte] of [['licht', 1000], ['donker', 360]] as const) {
  test(`elftal volledige opstelling ${thema} ${breedte}px`, async ({ page }) => {
    const fouten = volgFouten(page);
    await page.setViewportSize({ width: breedte, height: 900 });
    await page.emulateMedia({ colorScheme: thema === 'donker' ? 'dark' : 'light' });
    await page.goto('./embed.html?grafiek=elftal&el=w:6.1~30%2B6.2~90');
    await expect(page.locator('.embed-grafiek').first()).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
    await expect(page.locator('figure[data-grafiek="elftal"] .opstelling circle')).toHaveCount(11);
    await stabiel(page);
    await expect(page.locator('.embed')).toHaveScreenshot(`elftal-opstelling-${thema}-${breedte}.png`, { animations: 'disabled', caret: 'hide', maxDiffPixelRatio: 0.01 });
    expect(fouten).toEqual([]);
  });
}
