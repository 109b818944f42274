// Insluiten for the charts of Kaart, Kosten and Thuiszitters: the embed code from the
// app's menu opens a chart-only page that shows the same chart as the app for the same link
// state (title, source line, table rows), synthetic data stays labelled, a chart that cannot be
// drawn for the state says why, and a user's own case data is never embeddable.
import type { Locator, Page } from '@playwright/test';
import { test, expect, norm, regios, volgFouten } from './hulp';
import { INSLUITBARE_GRAFIEKEN } from '../../src/lib/embed/grafieken.ts';

/** What a reader can compare: title, source line, and the rows of the table view. */
interface Weergave { titel: string; bron: string; rijen: string[][]; synthetisch: boolean }

async function leesFrame(g: Locator): Promise<Weergave> {
  await expect(g.locator('h3')).toBeVisible();
  const titel = norm(await g.locator('h3').textContent());
  const bron = norm(await g.locator('.bronregel').textContent());
  const synthetisch = (await g.locator('.badge-synthetisch').count()) > 0;
  // A figure that is itself a table (the worked example) has no Tabel toggle: its rows are read as shown.
  const knop = g.locator('.grafiek-kop button.schakel[aria-pressed]');
  const schakel = (await knop.count()) > 0;
  if (schakel) {
    await knop.click();
    await expect(knop).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(g.locator('tbody tr').first()).toBeVisible();
  const rijen = await g.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
  if (schakel) await knop.click(); // back to the chart
  return { titel, bron, rijen, synthetisch };
}

/** Delen en downloaden → Insluiten; the iframe's src from the generated code. */
async function insluitSrc(page: Page, id: string): Promise<string> {
  const g = page.locator(`figure[data-grafiek="${id}"]`);
  await g.getByRole('button', { name: /^Delen en downloaden/ }).click();
  await g.getByRole('button', { name: 'Insluiten' }).click();
  const code = await g.locator('textarea.insluitcode').inputValue();
  const m = /<iframe src="([^"]+)"/.exec(code);
  expect(m, `geen iframe in de insluitcode van ${id}`).not.toBeNull();
  const src = m![1].replace(/&amp;/g, '&');
  expect(new URL(src).pathname).toMatch(/\/embed\.html$/);
  expect(new URL(src).searchParams.get('grafiek')).toBe(id);
  await g.getByRole('button', { name: 'Sluiten', exact: true }).click();
  return src;
}

/** Opens the embed and waits until its single chart is drawn (or explained). */
async function openEmbed(page: Page, src: string, status: 'klaar' | 'leeg' = 'klaar') {
  await page.goto(src);
  await expect(page.locator('.embed-grafiek')).toHaveAttribute('data-status', status, { timeout: 90_000 });
}

/** App and embed show the same chart; the embed has no page chrome and no share menu. */
async function vergelijkMetEmbed(page: Page, id: string, app: Weergave, src: string) {
  await openEmbed(page, src);
  const g = page.locator(`figure[data-grafiek="${id}"]`);
  await expect(page.locator('figure.grafiek')).toHaveCount(1);
  await expect(page.locator('nav, header, select, input, .acties-knop, .keuze')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Bekijk in de Verkenner' })).toBeVisible();
  const embed = await leesFrame(g);
  expect(embed.titel).toBe(app.titel);
  expect(embed.bron).toBe(app.bron);
  expect(embed.bron).toMatch(/^Bron: /);
  expect(embed.rijen).toEqual(app.rijen);
  expect(embed.synthetisch).toBe(app.synthetisch);
  return g;
}

// The other charts of each page, each through its own menu, against the same app state.
const OVERIG: { pagina: string; app: string; klaar: string; ids: string[] }[] = [
  { pagina: 'kaart', app: './?pagina=kaart&gemeente=GM0344', klaar: '.kaartpagina', ids: ['trechter'] },
  { pagina: 'kosten', app: './?pagina=kosten&gemeente=GM1894', klaar: '.kosten', ids: ['kosten-spreiding', 'kosten-index', 'kosten-28'] },
  { pagina: 'kosten (casus, Gouda)', app: './?pagina=kosten', klaar: '.casus-curves[data-dataset="gouda-zorgpaden-6"][data-bezig="nee"]', ids: ['kosten-curve', 'kosten-verdeling', 'kosten-categorie'] },
  { pagina: 'thuiszitters', app: './?pagina=thuiszitters', klaar: '.thuiszitters', ids: ['duren', 'gouda-69', 'jaarkosten'] },
  { pagina: 'elftal', app: './?pagina=elftal&gemeente=GM0344', klaar: '.elftal-pagina', ids: ['elftal', 'elftal-scenario'] },
  {
    pagina: 'doorbraak', app: './?pagina=doorbraak', klaar: '.doorbraak',
    ids: ['doorbraak-zwolle', 'doorbraak-zwolle-opschaling', 'doorbraak-tilburg', 'doorbraak-nijmegen', 'doorbraak-nijkerk', 'doorbraak-nijkerk-investering', 'doorbraak-gouda', 'doorbraak-matrix', 'doorbraak-paradigma', 'doorbraak-budget'],
  },
];

test.describe('Insluiten: Kaart, Kosten en Thuiszitters', () => {
  // DuckDB start (twice: app and embed) and synthetic cohorts on a machine shared with other runs
  test.describe.configure({ timeout: 180_000 });

  test('Kaart: referentiegroep met een eigen recept (peers) en de kaart', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?pagina=kaart&gemeente=GM0193&indicator=kwb_pct_jongeren_jeugdzorg');
    await expect(page.locator('.kaartpagina')).toHaveAttribute('data-status', 'klaar', { timeout: 60_000 });
    // a recipe that differs from the default: 5 similar gemeenten instead of 10
    const k = page.getByRole('spinbutton', { name: 'Aantal referentiegemeenten' });
    await k.fill('5');
    await k.press('Enter');
    await expect(page.locator('.referentie')).toHaveAttribute('data-aantal', '5');
    await expect(page).toHaveURL(/peers=gelijkend\.k5/);
    const peers = new URL(page.url()).searchParams.get('peers');
    const leden = await page.locator('.referentie .leden .lid-naam').allTextContents();

    const groep = await leesFrame(page.locator('figure[data-grafiek="groep"]'));
    // the table lists the chosen gemeente, the 5 members, mean and median
    expect(groep.rijen.map((r) => r[0])).toEqual(expect.arrayContaining(leden));
    const kaart = await leesFrame(page.locator('figure[data-grafiek="kaart"]'));
    const srcGroep = await insluitSrc(page, 'groep');
    const srcKaart = await insluitSrc(page, 'kaart');
    expect(new URL(srcGroep).searchParams.get('peers')).toBe(peers);

    await vergelijkMetEmbed(page, 'groep', groep, srcGroep);
    await expect(page.locator('.embed-grafiek')).toHaveAttribute('data-methode', 'gelijkend');
    const g = await vergelijkMetEmbed(page, 'kaart', kaart, srcKaart);
    // the same peers outlined on the embedded map
    await expect(g.locator('.gemeentekaart .omlijning path.peer')).toHaveCount(leden.length);
    expect(fouten).toEqual([]);
  });

  test('Kosten: rekenhulp met eigen invoer (wa) en de ontleding van een casusgemeente', async ({ page }) => {
    const fouten = volgFouten(page);
    const verzoeken: string[] = [];
    page.on('request', (r) => verzoeken.push(r.url()));
    await page.goto('./?pagina=kosten&gemeente=GM0150');
    await expect(page.locator('.kosten')).toHaveAttribute('data-status', 'klaar');
    await page.locator('#wa-kinderen').fill('12');
    await expect(page).toHaveURL(/wa=/);
    const watals = await leesFrame(page.locator('figure[data-grafiek="kosten-watals"]'));
    expect(watals.titel).toContain('12 kinderen');
    const ontleding = await leesFrame(page.locator('figure[data-grafiek="kosten-ontleding"]'));
    const srcWatals = await insluitSrc(page, 'kosten-watals');
    const srcOntleding = await insluitSrc(page, 'kosten-ontleding');
    expect(new URL(srcWatals).searchParams.get('wa')).toBe(new URL(page.url()).searchParams.get('wa'));

    verzoeken.length = 0;
    await vergelijkMetEmbed(page, 'kosten-watals', watals, srcWatals);
    // the calculator needs no database: the embed does not download DuckDB
    expect(verzoeken.filter((u) => /duckdb|\.wasm/.test(u))).toEqual([]);
    const g = await vergelijkMetEmbed(page, 'kosten-ontleding', ontleding, srcOntleding);
    await expect(g.getByTestId('ontleding-som')).toBeVisible();
    expect(fouten).toEqual([]);
  });

  test('Kosten: ontleding voor een gemeente buiten de studie legt uit waarom er geen grafiek is', async ({ page }, info) => {
    const fouten = volgFouten(page);
    const amsterdam = regios(info).find((r) => r.code === 'GM0363')!.naam;
    // in the app this gemeente has no ontleding either
    await page.goto('./?pagina=kosten&gemeente=GM0363');
    await expect(page.getByTestId('geen-cijfers')).toBeVisible();
    await expect(page.locator('figure[data-grafiek="kosten-ontleding"]')).toHaveCount(0);
    await openEmbed(page, './embed.html?grafiek=kosten-ontleding&gemeente=GM0363', 'leeg');
    const uitleg = page.locator('.embed-grafiek .uitleg');
    await expect(uitleg).toContainText('alleen voor de vijf casusgemeenten');
    await expect(uitleg).toContainText(amsterdam);
    await expect(page.locator('figure')).toHaveCount(0);
    await openEmbed(page, './embed.html?grafiek=kosten-ontleding&gemeente=GM0363&lang=en', 'leeg');
    await expect(page.locator('.embed-grafiek .uitleg')).toContainText('only for the study’s five case municipalities');
    expect(fouten).toEqual([]);
  });

  test('Kosten: casusgrafiek op synthetische data met filter (ds, kf) houdt het label synthetisch', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?pagina=kosten&ds=synth-42-1000');
    const casus = page.locator('.casus-curves');
    await expect(casus).toHaveAttribute('data-dataset', 'synth-42-1000', { timeout: 90_000 });
    await expect(casus).toHaveAttribute('data-bezig', 'nee', { timeout: 90_000 });
    const soort = page.getByTestId('filter-onderwijssoort');
    const keuze = await soort.locator('option').nth(1).getAttribute('value');
    const sleutel = await casus.getAttribute('data-sleutel');
    await soort.selectOption(keuze!);
    await expect(casus).not.toHaveAttribute('data-sleutel', sleutel!);
    await expect(casus).toHaveAttribute('data-bezig', 'nee', { timeout: 60_000 });
    await expect(page).toHaveURL(/kf=/);

    const lorenz = await leesFrame(casus.locator('figure[data-grafiek="kosten-lorenz"]'));
    expect(lorenz.synthetisch).toBe(true);
    const src = await insluitSrc(page, 'kosten-lorenz');
    expect(new URL(src).searchParams.get('kf')).toBe(new URL(page.url()).searchParams.get('kf'));
    expect(new URL(src).searchParams.get('ds')).toBe('synth-42-1000');
    const g = await vergelijkMetEmbed(page, 'kosten-lorenz', lorenz, src);
    await expect(g.locator('.badge-synthetisch')).toBeVisible();
    await expect(g.locator('.synthetisch-regel')).toBeVisible();
    expect(fouten).toEqual([]);
  });

  test('Thuiszitters: stromen met filter (rf) op synthetische data, en een tijdlijn', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?pagina=thuiszitters&ds=synth-42-10000');
    const tz = page.locator('.thuiszitters');
    await expect(tz).toHaveAttribute('data-status', 'klaar', { timeout: 90_000 });
    const titelVoor = norm(await page.locator('figure[data-grafiek="stromen"] h3').textContent());
    await page.locator('input[data-soort="VO"]').check();
    await expect(page).toHaveURL(/rf=/);
    await expect(page.locator('figure[data-grafiek="stromen"] h3')).not.toHaveText(titelVoor, { timeout: 60_000 });
    await expect(tz).toHaveAttribute('data-status', 'klaar', { timeout: 60_000 });
    // a timeline other than the first
    const knoppen = page.locator('.tijdlijnen .keuzes button');
    await knoppen.nth(2).click();
    await expect(knoppen.nth(2)).toHaveAttribute('aria-pressed', 'true');

    const stromen = await leesFrame(page.locator('figure[data-grafiek="stromen"]'));
    expect(stromen.synthetisch).toBe(true);
    const tijdlijn = await leesFrame(page.locator('figure[data-grafiek="tijdlijn"]'));
    const srcStromen = await insluitSrc(page, 'stromen');
    const srcTijdlijn = await insluitSrc(page, 'tijdlijn');
    expect(new URL(srcStromen).searchParams.get('rf')).toBe(new URL(page.url()).searchParams.get('rf'));

    const g = await vergelijkMetEmbed(page, 'stromen', stromen, srcStromen);
    await expect(g.locator('.badge-synthetisch')).toBeVisible();
    await vergelijkMetEmbed(page, 'tijdlijn', tijdlijn, srcTijdlijn);
    expect(fouten).toEqual([]);
  });

  test('eigen casusbestand: geen insluitcode, wel de reden en de exports', async ({ page }) => {
    const fouten = volgFouten(page);
    await page.goto('./?pagina=kosten');
    const casus = page.locator('.casus-curves');
    await expect(casus).toHaveAttribute('data-bezig', 'nee', { timeout: 90_000 });
    const uniek = `ZQX${Date.now().toString(36)}`;
    await page.getByTestId('casus-upload').setInputFiles([
      { name: 'casus.csv', mimeType: 'text/csv', buffer: Buffer.from(`casus_id;gemeente_code;geboortejaar\n${uniek}-1;GM0513;2012\n${uniek}-2;GM0513;2010\n`) },
      { name: 'episode.csv', mimeType: 'text/csv', buffer: Buffer.from(`casus_id,domein,toestand,onderwijssoort,begin,einde,datum_kwaliteit\n${uniek}-1,onderwijs,VOLLEDIG_VERZUIM,PO,2022-03-01,,maand\n${uniek}-2,onderwijs,VOLLEDIG_VERZUIM,VO,2022-09-01,,exact\n`) },
      { name: 'kosten.csv', mimeType: 'text/csv', buffer: Buffer.from(`casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\n${uniek}-1;2021-03-01;2022-03-01;jeugdzorg;ambulant;12000,00;exact\n${uniek}-2;2022-09-01;2023-09-01;jeugdzorg;wijkteam;3000,50;exact\n`) },
    ]);
    await expect(casus).toHaveAttribute('data-dataset', /^eigen-/, { timeout: 60_000 });
    await expect(casus).toHaveAttribute('data-bezig', 'nee', { timeout: 60_000 });
    const g = casus.locator('figure[data-grafiek="kosten-categorie"]');
    await g.getByRole('button', { name: /^Delen en downloaden/ }).click();
    await g.getByRole('button', { name: 'Insluiten' }).click();
    await expect(g.locator('.niet-insluitbaar')).toContainText('browser');
    await expect(g.locator('textarea.insluitcode')).toHaveCount(0);
    await expect(g.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
    // a hand-made embed link to own data says why instead of showing other data
    await openEmbed(page, `./embed.html?grafiek=kosten-categorie&ds=${new URL(page.url()).searchParams.get('ds')}`, 'leeg');
    await expect(page.locator('.embed-grafiek .uitleg')).toContainText('eigen browser');
    await expect(page.locator('figure')).toHaveCount(0);
    expect(fouten).toEqual([]);
  });

  for (const o of OVERIG) {
    test(`${o.pagina}: ${o.ids.join(', ')} tonen in de embed hetzelfde als in de app`, async ({ page }) => {
      const fouten = volgFouten(page);
      await page.goto(o.app);
      const wacht = page.locator(o.klaar);
      if (o.klaar.startsWith('.casus')) await expect(wacht).toHaveCount(1, { timeout: 90_000 });
      else await expect(wacht).toHaveAttribute('data-status', 'klaar', { timeout: 90_000 });
      const gelezen: [string, Weergave, string][] = [];
      for (const id of o.ids) gelezen.push([id, await leesFrame(page.locator(`figure[data-grafiek="${id}"]`)), await insluitSrc(page, id)]);
      for (const [id, app, src] of gelezen) await vergelijkMetEmbed(page, id, app, src);
      expect(fouten).toEqual([]);
    });
  }
});

test('elke insluitbare grafiek van Kaart, Kosten, Thuiszitters en Elftal heeft hier een browsertest', () => {
  // the named tests above, and the parametrised ones
  const getest = new Set(['groep', 'kaart', 'kosten-watals', 'kosten-ontleding', 'kosten-lorenz', 'stromen', 'tijdlijn', ...OVERIG.flatMap((o) => o.ids)]);
  const teTesten = Object.entries(INSLUITBARE_GRAFIEKEN).filter(([, p]) => p !== 'vergelijken').map(([id]) => id);
  expect(teTesten.filter((id) => !getest.has(id))).toEqual([]);
});
