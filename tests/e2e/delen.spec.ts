// Share, embed and export: a host page on another port embeds charts, downloads arrive
// and match the table view, a shared link reproduces the chart, dark mode and print render.
import type { Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect, alsRegex, euro, feit, norm, volgFouten } from './hulp';

const DIST = process.env.E2E_DIST ?? 'dist';
const APP = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4321)}`;
const dataVersie = (): string => JSON.parse(readFileSync(`${DIST}/data/manifest.json`, 'utf8')).dataVersion;

// A second static server on another port plays the newspaper site. Its example host page is a test
// fixture, not part of the published build (it frames any ?src=).
let host: Server;
let HOST = '';
let artikel = '<p>nog geen code</p>';
test.beforeAll(async () => {
  host = createServer((req, res) => {
    const pad = new URL(req.url ?? '/', 'http://x').pathname;
    if (pad === '/embed-host-voorbeeld.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFileSync('tests/fixtures/embed-host-voorbeeld.html'));
    } else if (pad === '/artikel.html') {
      // The embed code exactly as the app generated it, pasted into an article.
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Artikel</title></head><body style="margin:0;padding:16px"><h1>Artikel</h1>${artikel}<p>Einde.</p></body></html>`);
    } else if (pad === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  HOST = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((ok) => host.close(() => ok())));

/** The iframe's applied height equals its document's height (so no scrollbar and no gap). */
async function hoogtes(page: Page, selector: string): Promise<{ iframe: number; inhoud: number }> {
  const iframe = await page.locator(selector).evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);
  const frame = await (await page.locator(selector).elementHandle())!.contentFrame();
  const inhoud = await frame!.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { iframe, inhoud };
}

async function openMenu(page: Page, id: string) {
  const g = page.locator(`[data-grafiek="${id}"]`);
  await g.getByRole('button', { name: /^Delen en downloaden/ }).click();
  return g;
}

test.describe('Insluiten', () => {
  test('een gastpagina op een andere poort sluit twee grafieken in; de hoogte volgt de breedte', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.setViewportSize({ width: 1000, height: 900 });
    const pad1 = encodeURIComponent('embed.html?grafiek=studie-lasten_per_gebruiker');
    const pad2 = encodeURIComponent('embed.html?grafiek=strip&gemeente=GM0344');
    await page.goto(`${HOST}/embed-host-voorbeeld.html?src=${encodeURIComponent(APP + '/')}&pad=${pad1}&pad=${pad2}`);
    expect(new URL(page.url()).port).not.toBe(new URL(APP).port);

    const f1 = page.frameLocator('#vak-1 iframe');
    const f2 = page.frameLocator('#vak-2 iframe');
    // Chart + title + source line + link back; no navigation.
    await expect(f1.locator('[data-grafiek="studie-lasten_per_gebruiker"] h3')).toContainText('Deventer');
    await expect(f1.locator('.bronregel')).toContainText(/^Bron: .* · 2019 · status/);
    await expect(f1.locator('.rol-gemeente .waarde-label')).toHaveText(alsRegex(euro(feit(test.info(), 'GM0150', 'lasten_per_gebruiker', '2019JJ00')!)));
    await expect(f1.locator('nav, header, .keuze, .acties-knop')).toHaveCount(0);
    const terug = f1.getByRole('link', { name: 'Bekijk in de Verkenner' });
    await expect(terug).toHaveAttribute('target', '_blank');
    expect(new URL((await terug.getAttribute('href'))!).origin).toBe(APP);
    await expect(f2.locator('[data-grafiek="strip"] h3')).toContainText('Utrecht staat op plaats');
    await expect(f2.locator('.bronregel')).toContainText('CBS');

    // The host script applied the reported heights: no longer the initial 500 px.
    for (const sel of ['#vak-1 iframe', '#vak-2 iframe']) {
      await expect.poll(async () => { const h = await hoogtes(page, sel); return Math.abs(h.iframe - h.inhoud); }).toBeLessThanOrEqual(1);
    }
    const breed = await hoogtes(page, '#vak-1 iframe');
    expect(breed.iframe).not.toBe(500);

    // Narrower host → text wraps → the embed reports a larger height and the iframe follows.
    await page.setViewportSize({ width: 360, height: 900 });
    await expect.poll(async () => (await hoogtes(page, '#vak-1 iframe')).iframe).toBeGreaterThan(breed.iframe + 20);
    await expect.poll(async () => { const h = await hoogtes(page, '#vak-1 iframe'); return Math.abs(h.iframe - h.inhoud); }).toBeLessThanOrEqual(1);
    expect(fouten).toEqual([]);
  });

  test('de insluitcode uit het menu werkt letterlijk geplakt in een artikel', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?gemeente=GM1894');
    const g = await openMenu(page, 'studie-lasten_per_inwoner');
    await g.getByRole('button', { name: 'Insluiten' }).click();
    const code = await g.locator('textarea.insluitcode').inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?grafiek=studie-lasten_per_inwoner&amp;gemeente=GM1894&amp;v=[0-9a-f]+"/);
    expect(code).toContain(`v=${dataVersie()}`);
    expect(code).toContain('jeugdzorg-verkenner:hoogte');
    artikel = code;

    await page.goto(`${HOST}/artikel.html`);
    const f = page.frameLocator('iframe[data-jzv-embed]');
    await expect(f.locator('h3')).toContainText('Peel en Maas');
    await expect(f.locator('.bronregel')).toBeVisible();
    await expect.poll(async () => { const h = await hoogtes(page, 'iframe[data-jzv-embed]'); return Math.abs(h.iframe - h.inhoud); }).toBeLessThanOrEqual(1);
    expect(fouten).toEqual([]);
  });

  test('vlaggen: dark, lang=en, plain, en een onbekende grafiek', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./embed.html?grafiek=studie-lasten_per_gebruiker&dark=true&lang=en');
    await expect(page.locator('html')).toHaveAttribute('data-thema', 'donker');
    await expect(page.locator('h3')).toContainText(/Deventer: .* (lower|higher) than the reference mean/);
    await expect(page.getByRole('link', { name: 'View in the Verkenner' })).toHaveAttribute('href', /lang=en/);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 24, 39)');

    await page.goto('./embed.html?grafiek=studie-lasten_per_gebruiker&dark=false&plain');
    await expect(page.locator('html')).toHaveAttribute('data-thema', 'licht');
    await expect(page.locator('.bronregel')).toBeVisible();
    await expect(page.locator('h3')).toBeHidden();
    await expect(page.locator('.rol-gemeente .waarde-label')).toBeVisible();

    await page.goto('./embed.html?grafiek=bestaat-niet');
    await expect(page.getByRole('alert')).toContainText('bestaat-niet');
    expect(fouten).toEqual([]);
  });

  test('studiegrafiek voor een gemeente buiten de studie zegt dat, in plaats van niets te tonen', async ({ page }) => {
    await page.goto('./embed.html?grafiek=studie-lasten_per_gebruiker&gemeente=GM0363');
    await expect(page.locator('.vergelijken')).toHaveAttribute('data-status', 'leeg');
    await expect(page.locator('.uitleg')).toContainText('De studie vergeleek alleen');
  });
});

test.describe('Exporteren en delen', () => {
  test('menu is met het toetsenbord te bedienen', async ({ page }) => {
    await page.goto('./');
    const knop = page.locator('[data-grafiek="strip"]').getByRole('button', { name: /^Delen en downloaden/ });
    await knop.focus();
    await page.keyboard.press('Enter');
    await expect(knop).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('button', { name: 'Insluiten' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Download PNG' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(knop).toHaveAttribute('aria-expanded', 'false');
    await expect(knop).toBeFocused();
  });

  test('PNG (2×), SVG, CSV en raadsvraag-pakket komen binnen; de CSV is de tabelweergave', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./');
    const id = 'studie-lasten_per_gebruiker';
    const g = await openMenu(page, id);
    const svgBreedte = await g.locator('.grafiek-lichaam svg').evaluate((s) => s.getBoundingClientRect().width);
    const download = async (naam: string) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), g.getByRole('button', { name: naam }).click()]);
      return { naam: dl.suggestedFilename(), bytes: readFileSync((await dl.path())!) };
    };

    const png = await download('Download PNG');
    expect(png.naam).toMatch(/^deventer-lasten-jeugdzorg-per-gebruiker.*\.png$/);
    expect(png.bytes.subarray(1, 4).toString()).toBe('PNG');

    const svg = (await download('Download SVG')).bytes.toString('utf8');
    expect(svg).toMatch(/^<\?xml/);
    // The PNG is the SVG document at 2× (print); the document is at least as wide as the chart
    // (wider only when a label sticks out of the chart's box and the export makes room for it).
    const [docBreedte, docHoogte] = [/ width="(\d+)"/, / height="(\d+)"/].map((r) => Number(r.exec(svg)![1]));
    expect(docBreedte).toBeGreaterThanOrEqual(Math.max(320, Math.floor(svgBreedte)));
    expect(png.bytes.readUInt32BE(16)).toBe(2 * docBreedte); // IHDR width
    expect(png.bytes.readUInt32BE(20)).toBe(2 * docHoogte); // IHDR height
    expect(svg).toContain('Deventer: lasten jeugdzorg per gebruiker');
    expect(svg).toContain('Bron: ');
    // SVG text is wrapped into <text> lines: compare the text content.
    const svgTekst = svg.replace(/<title>[^<]*<\/title>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(svgTekst).toContain('Referentiegroep: 4 referentiegemeenten uit de studie: Apeldoorn, Arnhem, Zutphen, Zwolle');
    expect(svgTekst).toContain('€ 10.143');
    expect(svg).not.toMatch(/<script|on\w+=/i);

    const csvBestand = await download('Download CSV');
    expect(csvBestand.naam).toMatch(/\.csv$/);
    const csv = csvBestand.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const regels = csv.split('\r\n');
    expect(regels).toContain('# Periode: 2019');
    expect(regels.some((r) => /^# Status: (definitief|voorlopig|onbekend)/.test(r))).toBe(true);
    expect(regels.some((r) => r.startsWith('# Bron: '))).toBe(true);
    expect(regels.some((r) => r.startsWith('# Referentiegroep: 4 referentiegemeenten'))).toBe(true);
    const data = regels.filter((r) => r && !r.startsWith('#'));
    const [kop, ...rijen] = data.map((r) => r.split(';'));
    expect(kop[0]).toBe('Eenheid');

    // Table view of the same chart: same rows, same order, same numbers.
    await g.getByRole('button', { name: 'Tabel' }).click();
    const tabel = await g.locator('table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    expect(rijen.length).toBe(tabel.length);
    const getoond = (cel: string) => (cel === '' ? '–' : euro(Number(cel.replace(',', '.'))));
    for (const [i, r] of rijen.entries()) {
      expect(r[0]).toBe(tabel[i][0]);
      expect(norm(getoond(r[1]))).toBe(norm(tabel[i][1]));
    }
    expect(rijen.find((r) => r[0] === 'Deventer')?.[1]).toBe(String(feit(test.info(), 'GM0150', 'lasten_per_gebruiker', '2019JJ00')));

    // The package: PNG, SVG, CSV and README with sources, recipe, status and citation.
    const zip = await download('Raadsvraag-pakket (zip)');
    expect(zip.naam).toMatch(/-raadsvraag\.zip$/);
    const bestanden = unzipSync(new Uint8Array(zip.bytes));
    const namen = Object.keys(bestanden).sort();
    expect(namen.filter((n) => /\.(png|svg|csv)$/.test(n))).toHaveLength(3);
    const readme = strFromU8(bestanden['README.txt']);
    expect(readme).toContain('RAADSVRAAG-PAKKET');
    expect(readme).toContain('Referentiegroep');
    expect(readme).toMatch(/Status: /);
    expect(readme).toContain(`v=${dataVersie()}`);
    // Same CSV in the zip (TextDecoder drops the BOM, so compare without it).
    expect(strFromU8(bestanden[namen.find((n) => n.endsWith('.csv'))!]).replace(/^\uFEFF/, '')).toBe(csv);
    expect(fouten).toEqual([]);
  });

  test('een figuur die zelf een tabel is (rekenvoorbeeld 28): CSV, pakket zonder beelden en insluitcode, geen PNG/SVG', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?pagina=kosten&gemeente=GM0150');
    const g = await openMenu(page, 'kosten-28');
    await expect(g.getByRole('button', { name: 'Download CSV' })).toBeVisible();
    await expect(g.getByRole('button', { name: 'Download PNG' })).toHaveCount(0);
    await expect(g.getByRole('button', { name: 'Download SVG' })).toHaveCount(0);
    await expect(g.locator('.grafiek-kop button.schakel[aria-pressed]')).toHaveCount(0);
    const [dl] = await Promise.all([page.waitForEvent('download'), g.getByRole('button', { name: 'Raadsvraag-pakket (zip)' }).click()]);
    const bestanden = unzipSync(new Uint8Array(readFileSync((await dl.path())!)));
    const namen = Object.keys(bestanden);
    expect(namen.filter((n) => n.endsWith('.csv'))).toHaveLength(1);
    expect(namen.filter((n) => /\.(png|svg)$/.test(n))).toEqual([]);
    const csv = strFromU8(bestanden[namen.find((n) => n.endsWith('.csv'))!]);
    // the derived price per child-year, unformatted, to the cent: total ÷ 44,5 child-years
    expect(csv).toContain(String(Math.round((2668747 / 44.5) * 100) / 100).replace('.', ','));
    expect(strFromU8(bestanden['README.txt'])).toContain('Status: onbekend');
    await g.getByRole('button', { name: 'Insluiten' }).click();
    await expect(g.locator('textarea.insluitcode')).toHaveValue(/embed\.html\?grafiek=kosten-28/);
    expect(fouten).toEqual([]);
  });

  test('een gedeelde link geeft dezelfde grafiek', async ({ page, context }) => {
    const fouten = volgFouten(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP });
    await page.goto('./?gemeente=GM1674&lang=en');
    const g = await page.locator('[data-grafiek="strip"]').getByRole('button', { name: /^Share and download/ }).click().then(() => page.locator('[data-grafiek="strip"]'));
    await g.getByRole('button', { name: 'Copy link' }).click();
    const link = await g.locator('input.deel-link').inputValue();
    await expect(g.locator('.acties-melding')).toHaveText(/Copied|Copying failed/);
    expect(new URL(link).searchParams.get('v')).toBe(dataVersie());
    expect(new URL(link).searchParams.get('gemeente')).toBe('GM1674');
    const titel = await g.locator('h3').textContent();
    const label = await g.locator('.gekozen-label').textContent();
    const tabel = await (async () => {
      await g.getByRole('button', { name: 'Table' }).click();
      return g.locator('table').innerText();
    })();

    const tweede = await context.newPage();
    const fouten2 = volgFouten(tweede);
    await tweede.goto(link);
    const g2 = tweede.locator('[data-grafiek="strip"]');
    await expect(g2.locator('h3')).toHaveText(titel!);
    await expect(g2.locator('.gekozen-label')).toHaveText(label!);
    await g2.getByRole('button', { name: 'Table' }).click();
    expect(await g2.locator('table').innerText()).toBe(tabel);
    // Same data version: no "newer figures" note.
    await expect(tweede.locator('.meldingen')).toHaveCount(0);
    expect([...fouten, ...fouten2]).toEqual([]);
  });

  test('een link met een oudere dataversie zegt dat de cijfers nieuwer zijn', async ({ page }) => {
    await page.goto('./?gemeente=GM1674&v=abcdef0');
    await expect(page.locator('.meldingen')).toContainText('gegevensversie abcdef0');
  });
});

test.describe('Thema en print', () => {
  test('donkere modus volgt het systeem', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    const merk = page.locator('[data-grafiek="studie-lasten_per_gebruiker"] .rol-gemeente .merk');
    await expect(merk).toBeVisible();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 24, 39)');
    expect(await merk.evaluate((e) => getComputedStyle(e).fill)).toBe('rgb(251, 146, 60)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await merk.evaluate((e) => getComputedStyle(e).fill)).toBe('rgb(194, 65, 12)');
    expect(fouten).toEqual([]);
  });

  test('print: A4, zonder navigatie en knoppen, licht ook bij een donker systeem, met bronnen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await page.goto('./?gemeente=GM0150');
    await expect(page.locator('[data-grafiek="strip"]')).toBeVisible();
    await expect(page.locator('.kop nav')).toBeHidden();
    await expect(page.locator('.grafiek-knoppen').first()).toBeHidden();
    await expect(page.locator('.bronregel').first()).toBeVisible();
    await expect(page.locator('.voet')).toContainText('Bronnen');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await page.locator('.bronregel').first().evaluate((e) => getComputedStyle(e).color)).toBe('rgb(0, 0, 0)');
    // Nothing wider than the A4 text width (210 mm − 2 × 15 mm ≈ 680 CSS px).
    await page.setViewportSize({ width: 680, height: 1000 });
    const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(breedte).toBeLessThanOrEqual(680);

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const paginas = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(paginas).toBeGreaterThanOrEqual(1);
    expect(paginas).toBeLessThanOrEqual(8);
    const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Math.abs(Number(mediaBox![1]) - 595.3)).toBeLessThan(2); // A4 = 595 × 842 pt
    expect(Math.abs(Number(mediaBox![2]) - 841.9)).toBeLessThan(2);
  });
});
