// Exported images must be publishable on their own: the legend a chart draws as HTML,
// the title, subtitle, source line with period and status, the peer recipe and the "synthetisch" /
// "eigen import" labels are all in the SVG (and so in the PNG made from it), and no text is cut
// off at the edge. Every expectation is read from the page under test, never typed in here.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, norm, volgFouten } from './hulp';

test.describe.configure({ timeout: 120_000 });

/** Opens the chart's "Delen en downloaden" menu and downloads one export. */
async function download(g: Locator, knop: 'Download SVG' | 'Download PNG'): Promise<Buffer> {
  const page = g.page();
  const menu = g.getByRole('button', { name: /^Delen en downloaden/ });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const [dl] = await Promise.all([page.waitForEvent('download'), g.getByRole('button', { name: knop }).click()]);
  const bytes = readFileSync((await dl.path())!);
  await g.getByRole('button', { name: 'Sluiten', exact: true }).click();
  return bytes;
}

/** All visible text of an SVG file, lines joined by a space (titles/desc left out). */
function svgTekst(svg: string): string {
  return norm(
    svg.replace(/<title>[^<]*<\/title>|<desc>[^<]*<\/desc>/g, ' ').replace(/<[^>]+>/g, ' ')
      .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
  );
}

/** What the frame shows around the chart, read from the page. */
async function frameTekst(g: Locator) {
  const tekst = async (sel: string) => ((await g.locator(sel).count()) ? norm(await g.locator(sel).first().innerText()) : '');
  return {
    titel: await tekst('h3'),
    // The subtitle without the badge the frame puts inside it.
    ondertitel: norm(await g.locator('.ondertitel').evaluate((p) => Array.from(p.childNodes).filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' '))),
    bronregel: await tekst('.bronregel'),
    synthetisch: (await g.locator('.badge-synthetisch').count()) > 0,
  };
}

/** Legend texts as the reader sees them next to the chart (HTML list items in the chart body). */
async function legendaOpPagina(g: Locator): Promise<string[]> {
  const items = await g.locator('.grafiek-lichaam li:visible').allInnerTexts();
  return items.map((t) => norm(t.replace(/\n+/g, ' · '))).filter(Boolean);
}

/**
 * Lays the downloaded SVG out in the page (inside a shadow root, away from the page's CSS) and
 * lists every text that lies outside the box that shows it: the document's viewBox, or the
 * chart's own <svg> viewport for text inside it. Also returns the document's size.
 */
async function buitenBeeld(page: Page, svg: string) {
  return page.evaluate((bron) => {
    // The page's CSP refuses parsed style attributes: parse them under another name, set them through the CSSOM.
    const doc = new DOMParser().parseFromString(bron.replace(/ style="/g, ' data-stijl-kopie="'), 'image/svg+xml');
    const houder = document.createElement('div');
    houder.style.cssText = 'position:absolute;left:0;top:0;';
    const schaduw = houder.attachShadow({ mode: 'open' });
    const wortel = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
    for (const e of Array.from(wortel.querySelectorAll('[data-stijl-kopie]'))) {
      (e as SVGElement).style.cssText = e.getAttribute('data-stijl-kopie') ?? '';
      e.removeAttribute('data-stijl-kopie');
    }
    schaduw.appendChild(wortel);
    document.body.appendChild(houder);
    try {
      const buiten: string[] = [];
      const binnen = (a: DOMRect, b: DOMRect) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
      const teksten = Array.from(wortel.querySelectorAll('text'));
      for (const t of teksten) {
        if (!(t.textContent ?? '').trim()) continue;
        const r = t.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        // Every enclosing viewport: the nested chart <svg> (which clips) and the document.
        for (let v: Element | null = t.closest('svg'); v; v = v.parentElement?.closest('svg') ?? null) {
          const kader = v.getBoundingClientRect();
          if (!binnen(r, kader)) {
            buiten.push(`${(t.textContent ?? '').trim()} [${Math.round(r.left)},${Math.round(r.top)},${Math.round(r.right)},${Math.round(r.bottom)}] buiten [${Math.round(kader.left)},${Math.round(kader.top)},${Math.round(kader.right)},${Math.round(kader.bottom)}]`);
            break;
          }
        }
      }
      return { buiten, teksten: teksten.length, breedte: Number(wortel.getAttribute('width')), hoogte: Number(wortel.getAttribute('height')) };
    } finally {
      houder.remove();
    }
  }, svg);
}

/** Ids of the charts on the page that have the export menu (some figures are plain tables). */
/** Framed charts with a drawing (a figure that is itself a table has no image to export). */
function grafiekIds(page: Page): Promise<string[]> {
  return page.locator('figure[data-grafiek]:has(.acties-knop):has(.grafiek-lichaam svg)').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-grafiek')!));
}

/** Export one chart as SVG and check everything a reader needs is in it and inside the image. */
async function controleerSvg(g: Locator): Promise<{ svg: string; legenda: string[] }> {
  const frame = await frameTekst(g);
  const legenda = await legendaOpPagina(g);
  const svg = (await download(g, 'Download SVG')).toString('utf8');
  const tekst = svgTekst(svg);
  const id = await g.getAttribute('data-grafiek');
  expect(svg, id!).toMatch(/^<\?xml/);
  expect(svg).not.toMatch(/<script|\son\w+=|<foreignObject/i);
  expect(tekst, `${id}: titel`).toContain(frame.titel);
  if (frame.ondertitel) expect(tekst, `${id}: ondertitel`).toContain(frame.ondertitel);
  expect(tekst, `${id}: bronregel`).toContain(frame.bronregel);
  for (const l of legenda) expect(tekst, `${id}: legenda "${l}"`).toContain(l);
  expect(svg.includes('data-label="synthetisch"'), `${id}: label synthetisch`).toBe(frame.synthetisch);
  const meting = await buitenBeeld(g.page(), svg);
  expect(meting.teksten).toBeGreaterThan(0);
  expect(meting.buiten, `${id}: tekst buiten het beeld`).toEqual([]);
  return { svg, legenda };
}

/** Period and status as the CSV of the same chart states them (the same export description). */
async function periodeEnStatus(g: Locator): Promise<{ periode: string; status: string }> {
  const page = g.page();
  const menu = g.getByRole('button', { name: /^Delen en downloaden/ });
  await menu.click();
  const [dl] = await Promise.all([page.waitForEvent('download'), g.getByRole('button', { name: 'Download CSV' }).click()]);
  const regels = readFileSync((await dl.path())!, 'utf8').split('\r\n');
  await g.getByRole('button', { name: 'Sluiten', exact: true }).click();
  const waarde = (k: string) => regels.find((r) => r.startsWith(`# ${k}: `))?.slice(k.length + 4) ?? '';
  return { periode: waarde('Periode'), status: waarde('Status') };
}

test.describe('Geëxporteerde beelden', () => {
  test('Vergelijken: de strip heeft zijn legenda, bron, periode, status en referentiegroep in SVG; PNG is 2×', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto('./');
    const strip = page.locator('[data-grafiek="strip"]');
    await expect(strip.locator('.legenda-lijnen li').first()).toBeVisible();
    const { svg, legenda } = await controleerSvg(strip);
    expect(legenda.length).toBeGreaterThanOrEqual(3);
    // The legend is drawn with swatches: one per item that shows one on the page.
    const stalen = await strip.locator('.legenda-lijnen li .staal').count();
    const legendaBlok = /<g data-legenda="">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect((legendaBlok.match(/<(circle|line|rect) /g) ?? []).length).toBe(stalen);
    const { periode, status } = await periodeEnStatus(strip);
    expect(periode).not.toBe('');
    expect(svgTekst(svg)).toContain(periode);
    expect(svgTekst(svg)).toContain(status);

    // A study chart: its dot-plot legend and the peer recipe line.
    const studie = page.locator('[data-grafiek="studie-lasten_per_gebruiker"]');
    const s = await controleerSvg(studie);
    expect(svgTekst(s.svg)).toMatch(/Referentiegroep: \d+ referentiegemeenten/);

    // PNG at 2× the exported image's CSS size, and the image at least as wide as the chart.
    const cssBreedte = await strip.locator('.grafiek-lichaam svg').evaluate((e) => e.getBoundingClientRect().width);
    const meting = await buitenBeeld(page, svg);
    expect(meting.breedte).toBeGreaterThanOrEqual(Math.floor(cssBreedte));
    const png = await download(strip, 'Download PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // Same chart, same state: the PNG is the SVG document rasterised at 2×.
    expect(png.readUInt32BE(16)).toBe(2 * meting.breedte);
    expect(png.readUInt32BE(20)).toBe(2 * meting.hoogte);
    expect(fouten).toEqual([]);
  });

  test('Vergelijken op 360 px: index chart with its hollow size-class mark hollow in the legend, the link to the chart in the footer, no label outside, PNG = the SVG at 2×', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto('./?gemeente=GM0297');
    const index = page.locator('[data-grafiek="studie-index_lasten_per_inwoner"]');
    await expect(index.locator('.legenda-lijnen li').first()).toBeVisible();
    // the share link as the menu gives it
    await index.getByRole('button', { name: /^Delen en downloaden/ }).click();
    await index.getByRole('button', { name: 'Kopieer link' }).click();
    const link = await index.locator('input.deel-link').inputValue();
    await index.getByRole('button', { name: 'Sluiten', exact: true }).click();
    expect(link).toMatch(/^http.*gemeente=GM0297/);

    const { svg } = await controleerSvg(index); // every text inside the image, legend and source line included
    const tekst = svgTekst(svg);
    expect(tekst).toContain('Bekijk in de Verkenner:');
    // the address may be broken over lines, never cut
    expect(tekst.replace(/\s+/g, '')).toContain(link);
    // the size-class row is drawn as a hollow square: its legend swatch is an outline without fill
    const land = norm(await index.locator('.legenda-lijnen li.merk-hol').innerText());
    expect(land.length).toBeGreaterThan(0);
    const legendaBlok = /<g data-legenda="">(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    expect(legendaBlok).toMatch(/<rect [^>]*fill="none" stroke="[^"]+"/);
    expect(legendaBlok).toContain(land);

    const meting = await buitenBeeld(page, svg);
    const png = await download(index, 'Download PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2 * meting.breedte);
    expect(png.readUInt32BE(20)).toBe(2 * meting.hoogte);
    expect(fouten).toEqual([]);
  });

  test('Kaart: de kaartlegenda (klassen, geen gegevens, omlijning) staat in de SVG; trechter en groepstrip ook', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto('./?pagina=kaart&gemeente=GM0150');
    await expect(page.locator('.kaartpagina')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
    const kaart = page.locator('[data-grafiek="kaart"]');
    await expect(kaart.locator('.gemeentekaart path[data-code]').first()).toBeVisible();
    const { svg, legenda } = await controleerSvg(kaart);
    expect(legenda.length).toBeGreaterThanOrEqual(5);
    // The class swatches carry the colours the map uses.
    const kleuren = await kaart.locator('.legenda li .staal').evaluateAll((els) => els.filter((e) => e.tagName === 'SPAN').map((e) => getComputedStyle(e).backgroundColor).filter((k) => k !== 'rgba(0, 0, 0, 0)'));
    expect(kleuren.length).toBeGreaterThanOrEqual(5);
    for (const k of kleuren) expect(svg).toContain(`fill="${k}"`);
    // The hatched "no data" swatch points at the pattern that travels with the map.
    const patroon = /<pattern[^>]* id="([^"]+)"/.exec(svg)?.[1];
    expect(patroon).toBeTruthy();
    expect(svg).toContain(`fill="url(#${patroon})"`);

    for (const id of await grafiekIds(page)) {
      if (id === 'kaart') continue;
      await controleerSvg(page.locator(`[data-grafiek="${id}"]`));
    }
    expect(fouten).toEqual([]);
  });

  test('Kosten en Thuiszitters: elke grafiek exporteert volledig; synthetische grafieken dragen het label', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto('./?pagina=kosten&gemeente=GM0150');
    await expect(page.locator('.kosten')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
    await page.getByTestId('casus-dataset').selectOption('synth');
    await expect(page.locator('.casus-curves')).toHaveAttribute('data-bezig', 'nee', { timeout: 60_000 });
    await expect(page.locator('[data-grafiek="kosten-curve"] .badge-synthetisch')).toBeVisible();
    let synthetisch = 0;
    for (const id of await grafiekIds(page)) {
      const g = page.locator(`[data-grafiek="${id}"]`);
      const { svg } = await controleerSvg(g);
      if (await g.locator('.badge-synthetisch').count()) {
        synthetisch++;
        expect(svgTekst(svg)).toContain('Synthetische voorbeelddata');
      }
    }
    expect(synthetisch).toBeGreaterThanOrEqual(4);

    await page.goto('./?pagina=thuiszitters');
    await expect(page.locator('.thuiszitters')).toHaveAttribute('data-status', 'klaar', { timeout: 90_000 });
    const tijdlijn = page.locator('[data-grafiek="tijdlijn"]');
    await expect(tijdlijn.locator('svg').first()).toBeVisible();
    for (const id of await grafiekIds(page)) {
      const g = page.locator(`[data-grafiek="${id}"]`);
      const { svg } = await controleerSvg(g);
      // Period and status are in the image even where the source line does not name them.
      const ps = await periodeEnStatus(g);
      expect(svgTekst(svg), `${id}: periode`).toContain(ps.periode);
      expect(svgTekst(svg), `${id}: status`).toContain(ps.status);
    }
    expect(fouten).toEqual([]);
  });

  test('eigen import: het beeld zegt "eigen import"', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?pagina=kosten');
    const casus = page.locator('.casus-curves');
    await expect(casus).toHaveAttribute('data-bezig', 'nee', { timeout: 60_000 });
    await page.getByTestId('casus-upload').setInputFiles([
      { name: 'casus.csv', mimeType: 'text/csv', buffer: Buffer.from('casus_id;gemeente_code;geboortejaar\nA-1;GM0513;2012\nA-2;GM0513;2010\n') },
      { name: 'episode.csv', mimeType: 'text/csv', buffer: Buffer.from('casus_id,domein,toestand,onderwijssoort,begin,einde,datum_kwaliteit\nA-1,onderwijs,VOLLEDIG_VERZUIM,PO,2022-03-01,,maand\nA-2,onderwijs,VOLLEDIG_VERZUIM,VO,2022-09-01,,exact\n') },
      { name: 'kosten.csv', mimeType: 'text/csv', buffer: Buffer.from('casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\nA-1;2021-03-01;2022-03-01;jeugdzorg;ambulant;12000,00;exact\nA-2;2022-09-01;2023-09-01;jeugdzorg;wijkteam;3000,50;exact\n') },
    ]);
    await expect(casus).toHaveAttribute('data-dataset', 'eigen-1', { timeout: 60_000 });
    await expect(casus).toHaveAttribute('data-bezig', 'nee', { timeout: 60_000 });
    const g = page.locator('[data-grafiek="kosten-categorie"]');
    const { svg } = await controleerSvg(g);
    expect(svgTekst(svg)).toMatch(/Eigen import: gebaseerd op een bestand/);
    // And a bundled-data chart on the same page does not say so.
    const { svg: ander } = await controleerSvg(page.locator('[data-grafiek="kosten-spreiding"]'));
    expect(svgTekst(ander)).not.toMatch(/Eigen import/);
    expect(fouten).toEqual([]);
  });
});
