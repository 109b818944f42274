// Safe to publish: the published build has no debug doors and no host
// page, ships its Content-Security-Policy, no link or imported value reaches DuckDB as a URL, and a
// DuckDB that cannot start is reported in every section that needs it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test as kaleTest, type Page } from '@playwright/test';
import { test, expect, volgCsp, wachtOpDb } from './hulp';
import { CSP_APP, CSP_BASIS, CSP_EMBED, headersBestand } from '../../scripts/lib/csp.ts';

const DIST = process.env.E2E_DIST ?? 'dist';

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((n) => (statSync(join(map, n)).isDirectory() ? bestanden(join(map, n)) : [join(map, n)]));
}

test.describe('de gepubliceerde build', () => {
  test('bevat geen debug-haken (__jzv…) en geen voorbeeld-gastpagina', () => {
    const alle = bestanden(DIST);
    expect(alle.some((f) => f.endsWith('index.html'))).toBe(true);
    expect(alle.filter((f) => readFileSync(f).includes('__jzv'))).toEqual([]);
    expect(alle.filter((f) => /embed-host/.test(f))).toEqual([]);
  });

  test('draagt de CSP als meta-tag in index.html en embed.html, en _headers voor hosts', () => {
    for (const pagina of ['index.html', 'embed.html']) {
      const html = readFileSync(join(DIST, pagina), 'utf8');
      const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
      expect(meta?.[1], pagina).toBe(CSP_BASIS);
      expect(html, pagina).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle="/);
    }
    expect(CSP_BASIS).not.toMatch(/'unsafe-inline'|'unsafe-eval'|blob:|\*/);
    expect(readFileSync(join(DIST, '_headers'), 'utf8')).toBe(headersBestand());
  });

  test('de server stuurt de headers: de app alleen in een eigen frame, embed.html overal', async ({ request }) => {
    expect((await request.get('./')).headers()['content-security-policy']).toBe(CSP_APP);
    expect((await request.get('./embed.html?grafiek=strip')).headers()['content-security-policy']).toBe(CSP_EMBED);
    expect(CSP_APP).toContain("frame-ancestors 'self'");
    expect(CSP_EMBED).toContain('frame-ancestors *');
  });
});

// Without the shared fixture: this test must see violations.
kaleTest('de CSP-bewaking ziet een schending: inline stijl en inline script worden geweigerd', async ({ context, page }) => {
  const schendingen = await volgCsp(context);
  await page.goto('./');
  await page.evaluate(() => {
    document.body.setAttribute('style', 'outline: 3px solid red');
    const s = document.createElement('script');
    s.textContent = 'window.ingevoegd = 1';
    document.head.append(s);
  });
  await expect.poll(() => schendingen.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { ingevoegd?: number }).ingevoegd)).toBeUndefined();
  expect(await page.evaluate(() => getComputedStyle(document.body).outlineStyle)).not.toBe('solid');
});

/** Every request that leaves this origin, and every request naming the bait URL. */
function volgVreemdeVerzoeken(page: Page, basis: string): string[] {
  const uit: string[] = [];
  page.on('request', (r) => {
    if (r.isNavigationRequest() && r.url().startsWith(basis)) return; // the link under test itself
    if (!r.url().startsWith(basis) || r.url().includes('127.0.0.1:1/') || decodeURIComponent(r.url()).includes('read_csv')) uit.push(r.url());
  });
  return uit;
}

const AAS = 'http://127.0.0.1:1/x.csv';

test('een URL of read_csv(…) in de link of in een ingelezen bestand bereikt DuckDB nooit', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const vreemd = volgVreemdeVerzoeken(page, baseURL!);
  const q = (s: string) => encodeURIComponent(s);
  await page.goto(`./?pagina=kosten&ds=${q(AAS)}&indicator=${q(`read_csv('${AAS}')`)}&kf=${q(`x' UNION SELECT * FROM read_csv('${AAS}') --`)}&lang=xx`);
  // Refused at the door, in Dutch (an unknown language falls back to Dutch).
  await expect(page.locator('.meldingen')).toContainText('niet geldig');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await wachtOpDb(page);
  await expect(page.locator('.db-status')).toHaveAttribute('data-fase', 'klaar');
  await expect(page.locator('.casus-curves')).toHaveAttribute('data-dataset', /\S/, { timeout: 60_000 });

  // An imported file whose name and cells look like a URL read: stored and shown as text only.
  await page.goto('./?pagina=importeren');
  await wachtOpDb(page);
  const naam = `read_csv('http:__127.0.0.1:1_x').csv`;
  const csv = `regio_code;periode;indicator;waarde;status;bron;noot\nGM0150;2024JJ00;url_proef;4,5;definitief;${AAS};read_csv('${AAS}')\n`;
  await page.getByLabel('Kies een of meer bestanden om in te lezen (CSV of JSON)').setInputFiles({ name: naam, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Toevoegen', exact: true }).click({ timeout: 30_000 });
  await expect(page.locator('.lijst tbody td').first()).toHaveText(naam);
  await expect(page.locator('.lijst tbody tr .ind')).toContainText('url_proef');
  expect(vreemd).toEqual([]);
});

test.describe('als DuckDB niet kan starten', () => {
  test.describe.configure({ timeout: 150_000 });
  // A host without 'wasm-unsafe-eval' or a blocked download: DuckDB's wasm never arrives.
  test.beforeEach(async ({ context }) => {
    await context.route(/duckdb-(eh|mvp)-[^/]*\.wasm|duckdb-browser-(eh|mvp)\.worker-[^/]*\.js/, (r) => r.abort());
  });

  test('zeggen de casusgrafieken op Kosten en de Thuiszitters-pagina dat, in plaats van eeuwig te laden', async ({ page }) => {
    await page.goto('./?pagina=kosten');
    await expect(page.locator('.db-status')).toHaveAttribute('data-fase', 'fout', { timeout: 60_000 });
    await expect(page.locator('.db-status')).toContainText('kon niet starten');
    await expect(page.locator('.casus-curves [role="alert"]')).toContainText('kon niet starten');
    await expect(page.locator('.casus-curves .laden')).toHaveCount(0);
    // The baked answers still show the rest of the page.
    await expect(page.locator('[data-grafiek="kosten-spreiding"] h3')).toBeVisible();

    await page.getByRole('link', { name: 'Thuiszitters' }).click();
    await expect(page.locator('.thuiszitters')).toHaveAttribute('data-status', 'fout', { timeout: 30_000 });
    await expect(page.locator('.thuiszitters [role="alert"]')).toContainText('kon niet starten');
  });

  for (const grafiek of ['kosten-curve', 'stromen', 'duren']) {
    test(`zegt het ingesloten ${grafiek} dat, in plaats van eeuwig te laden`, async ({ page }) => {
      await page.goto(`./embed.html?grafiek=${grafiek}`);
      await expect(page.locator('#app')).toContainText('kon niet starten', { timeout: 60_000 });
      await expect(page.locator('[data-status="laden"], .laden')).toHaveCount(0);
    });
  }
});
