// Case-level cost curves on the Kosten page: bundled Gouda data, synthetic data with
// filters, and a user's own case file that must never leave the browser.
import { readFileSync } from 'node:fs';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { test, expect, dataMap, euro, houdTegen, indicatorNaam, norm, volgFouten } from './hulp';

const casus = (page: Page) => page.locator('.casus-curves');
const klaar = (page: Page, ds: string) => expect(casus(page)).toHaveAttribute('data-dataset', ds, { timeout: 60_000 }).then(() =>
  expect(casus(page)).toHaveAttribute('data-bezig', 'nee', { timeout: 60_000 }));
const grafiek = (page: Page, id: string) => casus(page).locator(`[data-grafiek="${id}"]`);
const GRAFIEKEN = ['kosten-curve', 'kosten-verdeling', 'kosten-lorenz', 'kosten-categorie'];

async function tabel(g: Locator): Promise<string[][]> {
  const knop = g.locator('.grafiek-kop button.schakel[aria-pressed]');
  if ((await knop.getAttribute('aria-pressed')) !== 'true') await knop.click();
  await expect(g.locator('.tabel-wrap')).toBeVisible();
  const rijen = await g.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim())));
  await knop.click(); // back to the chart
  return rijen;
}
const getal = (s: string) => Number(s.replace(/[^\d,]/g, '').replace(',', '.'));

/** The category chart adds up what a bundle publishes (cells under 5 left out by casus:aggregeer), to the euro per row. */
async function verwachtGepubliceerdeCategorieen(page: Page, info: TestInfo, pad: string) {
  const regels = readFileSync(`${dataMap(info)}/${pad}pa_kube_cat.csv`, 'utf8').trim().split('\n');
  const kol = regels[0].split(';').indexOf('bedrag');
  const gepubliceerd = regels.slice(1).reduce((s, r) => s + Number(r.split(';')[kol]), 0);
  const cat = await tabel(grafiek(page, 'kosten-categorie'));
  expect(cat.length).toBeGreaterThan(1);
  expect(Math.abs(cat.reduce((s, r) => s + getal(r[1]), 0) - gepubliceerd)).toBeLessThanOrEqual(cat.length);
}

test.describe('Kosten per casus', () => {
  test('Gouda: zes zorgpaden met het gedrukte totaal en de melding over geschatte datums', async ({ page }, info) => {
    const fouten = volgFouten(page);
    const index = JSON.parse(readFileSync(`${dataMap(info)}/casus/index.json`, 'utf8'));
    const gouda = index.datasets.find((d: { dataset_id: string }) => d.dataset_id === 'gouda-zorgpaden-6');
    await page.goto('./?pagina=kosten');
    await klaar(page, 'gouda-zorgpaden-6');
    await expect(page.getByTestId('casus-dataset')).toHaveValue('gouda-zorgpaden-6');
    const totaal = norm(await page.getByTestId('casus-totaal').textContent());
    expect(totaal).toContain(`${gouda.aantallen.casus} casussen`);
    expect(totaal).toContain(norm(euro(gouda.totaal_eur)));
    // the printed total stays visible next to the sum of the rows (the source contradicts itself)
    const gedrukt = norm(await page.getByTestId('casus-gedrukt').textContent());
    expect(gedrukt).toContain(norm(euro(gouda.gedrukt_totaal.waarde)));
    expect(gedrukt).toContain(norm(euro(gouda.totaal_eur - gouda.gedrukt_totaal.waarde)));
    await expect(casus(page).getByText(/^Geschatte datums:/).first()).toBeVisible();
    await expect(casus(page).getByText(/gelijkmatig over hun periode verdeeld/).first()).toBeVisible();
    for (const id of GRAFIEKEN) await expect(grafiek(page, id)).toBeVisible();
    // the category table adds up to the dataset total
    const cat = await tabel(grafiek(page, 'kosten-categorie'));
    expect(Math.abs(cat.reduce((s, r) => s + getal(r[1]), 0) - gouda.totaal_eur)).toBeLessThanOrEqual(cat.length);
    await expect(grafiek(page, 'kosten-curve').locator('.badge-synthetisch')).toHaveCount(0);
    // six cases: every chart says it is too thin to read a pattern from
    for (const id of GRAFIEKEN) await expect(grafiek(page, id).locator('.noten')).toContainText('Te weinig kinderen');
    expect(fouten).toEqual([]);
  });

  test('de casuspagina laadt de CBS-tabellen niet; een indicatorwissel op Vergelijken laadt ze alsnog', async ({ page }, info) => {
    const fouten = volgFouten(page);
    const cbs: string[] = [];
    page.on('request', (r) => {
      if (/\/data\/(feiten|regios|indicatoren)\.csv/.test(r.url())) cbs.push(r.url());
    });
    await page.goto('./?pagina=kosten');
    await klaar(page, 'gouda-zorgpaden-6');
    await expect(page.locator('.db-status')).toHaveAttribute('data-fase', 'klaar', { timeout: 60_000 });
    // a filter change is answered without them too
    const voor = await casus(page).getAttribute('data-sleutel');
    await page.getByTestId('filter-jaarvan').selectOption({ index: 1 });
    await expect.poll(async () => { const s = await casus(page).getAttribute('data-sleutel'); return !!s && s !== voor; }, { timeout: 30_000 }).toBe(true);
    expect(cbs).toEqual([]);
    // the baked answers draw Vergelijken; another indicator is asked of DuckDB, which then loads them
    await page.getByRole('navigation').getByRole('link', { name: 'Vergelijken' }).click();
    await page.getByLabel('Indicator').selectOption('inwoners');
    await expect(page.locator('[data-grafiek="strip"] h3')).toContainText(indicatorNaam(info, 'inwoners'), { timeout: 30_000 });
    expect(cbs.length).toBeGreaterThanOrEqual(3);
    expect(fouten).toEqual([]);
  });

  test('een casus:aggregeer-bundel (alleen kubussen) is een dataset, met de herkomst uit zijn manifest', async ({ page }, info) => {
    test.setTimeout(120_000);
    const fouten = volgFouten(page);
    const index = JSON.parse(readFileSync(`${dataMap(info)}/casus/index.json`, 'utf8'));
    const b = index.kubusbundels[0];
    const manifest = JSON.parse(readFileSync(`${dataMap(info)}/${b.pad}manifest.json`, 'utf8'));
    await page.goto('./?pagina=kosten');
    await klaar(page, 'gouda-zorgpaden-6');
    await page.getByTestId('casus-dataset').selectOption(b.dataset_id);
    await klaar(page, b.dataset_id);
    await expect(page).toHaveURL(new RegExp(`ds=${b.dataset_id}`));
    // totals come from the manifest: the bundle has no case rows to count
    await expect(page.getByTestId('casus-totaal')).toContainText(`${manifest.totalen.casussen.toLocaleString('nl-NL')} casussen`);
    await expect(page.getByTestId('casus-totaal')).toContainText(norm(euro(manifest.totalen.totaal_eur)));
    for (const id of GRAFIEKEN) {
      await expect(grafiek(page, id).locator('.bronregel')).toContainText(manifest.bron);
      if (manifest.herkomst === 'synthetisch') await expect(grafiek(page, id).locator('.badge-synthetisch')).toBeVisible();
    }
    await verwachtGepubliceerdeCategorieen(page, info, b.pad);
    // a filter answers from the bundle's own choices
    const gm = await page.locator('[data-testid="filter-gemeente"] option').nth(1).getAttribute('value');
    expect(gm).toBeTruthy();
    await page.getByTestId('filter-gemeente').selectOption(gm!);
    await expect(casus(page)).toHaveAttribute('data-sleutel', new RegExp(`${b.dataset_id}\\|.*${gm}`), { timeout: 30_000 });
    expect(fouten).toEqual([]);
  });

  test('een bundel tekent zijn eerste grafieken uit voorberekende antwoorden vóór DuckDB; een filterkeuze wacht op de kubussen', async ({ page }, info) => {
    test.setTimeout(120_000);
    const fouten = volgFouten(page);
    const b = JSON.parse(readFileSync(`${dataMap(info)}/casus/index.json`, 'utf8')).kubusbundels[0];
    // DuckDB's wasm is held back until the test lets it go: nothing can be asked of DuckDB before
    const laatGaan = await houdTegen(page, '**/*.wasm*');
    await page.goto(`./?pagina=kosten&ds=${b.dataset_id}`);
    await expect(casus(page)).toHaveAttribute('data-dataset', b.dataset_id, { timeout: 30_000 });
    for (const id of GRAFIEKEN) await expect(grafiek(page, id).locator('svg').first()).toBeVisible();
    await expect(casus(page)).toHaveAttribute('data-geladen', 'nee');
    await expect(page.getByTestId('casus-voorberekend')).toBeVisible();
    await verwachtGepubliceerdeCategorieen(page, info, b.pad);
    // the filter choices are there (baked too); a choice waits for the cubes, with the charts kept
    const gm = await page.locator('[data-testid="filter-gemeente"] option').nth(1).getAttribute('value');
    await page.getByTestId('filter-gemeente').selectOption(gm!);
    await expect(casus(page)).toHaveAttribute('data-bezig', 'ja');
    await expect(casus(page)).toHaveAttribute('data-sleutel', '');
    await expect(grafiek(page, 'kosten-categorie').locator('svg').first()).toBeVisible();
    laatGaan();
    await expect(casus(page)).toHaveAttribute('data-sleutel', new RegExp(`${b.dataset_id}\\|.*${gm}`), { timeout: 60_000 });
    await expect(casus(page)).toHaveAttribute('data-geladen', 'ja');
    await expect(page.getByTestId('casus-voorberekend')).toHaveCount(0);
    expect(fouten).toEqual([]);
  });

  test('vooraf beantwoord: na het lezen van een antwoord en na het openen van een filter tekent de keuze zonder op DuckDB te wachten, met dezelfde cijfers', async ({ page, browser }, info) => {
    test.setTimeout(120_000);
    const fouten = volgFouten(page);
    const b = JSON.parse(readFileSync(`${dataMap(info)}/casus/index.json`, 'utf8')).kubusbundels[0];
    await page.goto(`./?pagina=kosten&ds=${b.dataset_id}`);
    await expect(casus(page)).toHaveAttribute('data-intervalkubus', 'klaar', { timeout: 60_000 });
    await klaar(page, b.dataset_id);
    // every value data-bezig ('ja': the charts wait for DuckDB) and data-vooraf takes from here on
    await casus(page).evaluate((el) => {
      const w = window as unknown as { bezig: string[]; vooraf: string[] };
      w.bezig = [];
      w.vooraf = [];
      new MutationObserver(() => w.bezig.push(el.dataset.bezig ?? '')).observe(el, { attributes: true, attributeFilter: ['data-bezig'] });
      new MutationObserver(() => w.vooraf.push(el.dataset.vooraf ?? '')).observe(el, { attributes: true, attributeFilter: ['data-vooraf'] });
    });
    const bezig = () => page.evaluate(() => (window as unknown as { bezig: string[] }).bezig.splice(0));
    const kiesPerScript = (id: string, v: string) =>
      page.getByTestId(id).evaluate((sel: HTMLSelectElement, v) => {
        sel.value = v;
        sel.dispatchEvent(new Event('change', { bubbles: true }));
      }, v);
    const optie = async (id: string, i: number) => (await page.locator(`[data-testid="${id}"] option`).nth(i).getAttribute('value'))!;
    // 1. a state two choices away (two selects set by script at once) was not asked ahead: it waits
    const [soort1, band] = [await optie('filter-onderwijssoort', 2), await optie('filter-leeftijdsband', 1)];
    await kiesPerScript('filter-onderwijssoort', soort1);
    await kiesPerScript('filter-leeftijdsband', band);
    await expect(casus(page)).toHaveAttribute('data-sleutel', new RegExp(`\\|.*${soort1}.*${band.replace('+', '\\+')}`), { timeout: 30_000 });
    expect(await bezig()).toContain('ja');
    // 2. the answer has been on screen a moment (read): every state one choice away is asked ahead
    // (from 250 ms on; the earlier list was dropped with the change), so a choice by script (no
    // focus) draws from the cache
    await page.evaluate(() => ((window as unknown as { vooraf: string[] }).vooraf = []));
    await expect.poll(() => page.evaluate(() => (window as unknown as { vooraf: string[] }).vooraf.join(',')), { timeout: 30_000 }).toMatch(/bezig,$/);
    await expect(casus(page)).toHaveAttribute('data-vooraf', '', { timeout: 60_000 });
    await kiesPerScript('filter-onderwijssoort', '');
    await expect(casus(page)).toHaveAttribute('data-sleutel', new RegExp(`^${b.dataset_id}\\|l:${band.replace('+', '\\+')}$`));
    expect(await bezig()).not.toContain('ja');
    // 3. opened first (focus), chosen a moment later: answered in advance
    const gm = await optie('filter-gemeente', 1);
    await page.getByTestId('filter-gemeente').focus();
    await expect(casus(page)).toHaveAttribute('data-vooraf', '', { timeout: 30_000 });
    await page.getByTestId('filter-gemeente').selectOption(gm);
    await expect(casus(page)).toHaveAttribute('data-sleutel', new RegExp(`\\|.*${gm}`));
    expect(await bezig()).not.toContain('ja');
    // titles and descriptions carry the key figures; the tables all of them
    const cijfers = async (p: Page) => {
      const uit: string[][][] = [];
      for (const id of GRAFIEKEN) uit.push([await grafiek(p, id).locator('.grafiek-kop h3, .beschrijving').allInnerTexts(), ...(await tabel(grafiek(p, id)))]);
      return uit;
    };
    const vooraf = await cijfers(page);
    // the same state in a fresh page, asked of DuckDB: the same figures
    const vers = await browser.newPage();
    await vers.goto(page.url());
    // (with an age band the Lorenz reads the interval cube, which a bundle loads after its first charts)
    await expect(casus(vers)).toHaveAttribute('data-intervalkubus', 'klaar', { timeout: 60_000 });
    await expect(casus(vers)).toHaveAttribute('data-sleutel', new RegExp(`${b.dataset_id}\\|.*${gm}`), { timeout: 60_000 });
    await expect(vers.getByTestId('lorenz-wacht')).toHaveCount(0);
    expect(await cijfers(vers)).toEqual(vooraf);
    await vers.close();
    expect(fouten).toEqual([]);
  });

  test('een bundel tekent zonder zijn intervalkubus; de Lorenz op een periode zegt dat hij nog laadt tot die binnen is', async ({ page }, info) => {
    test.setTimeout(120_000);
    const fouten = volgFouten(page);
    const b = JSON.parse(readFileSync(`${dataMap(info)}/casus/index.json`, 'utf8')).kubusbundels[0];
    // the interval cube's file is held back until the test lets it go
    const laatGaan = await houdTegen(page, '**/pa_lorenz_iv.csv*');
    await page.goto(`./?pagina=kosten&ds=${b.dataset_id}`);
    await klaar(page, b.dataset_id);
    for (const id of GRAFIEKEN) await expect(grafiek(page, id)).toBeVisible();
    await expect(casus(page)).toHaveAttribute('data-intervalkubus', 'bezig');
    // without a period the Lorenz reads pa_lorenz_bin: drawn already
    await expect(grafiek(page, 'kosten-lorenz').locator('.lorenz svg')).toBeVisible();
    const jaar = await page.locator('[data-testid="filter-jaarvan"] option').nth(2).getAttribute('value');
    await page.getByTestId('filter-jaarvan').selectOption(jaar!);
    await expect(casus(page)).toHaveAttribute('data-sleutel', `${b.dataset_id}|j:${jaar}~`, { timeout: 30_000 });
    await expect(casus(page).getByTestId('lorenz-wacht')).toBeVisible();
    await expect(grafiek(page, 'kosten-lorenz')).not.toContainText('Geen casussen met kosten');
    laatGaan();
    await expect(casus(page)).toHaveAttribute('data-intervalkubus', 'klaar', { timeout: 30_000 });
    await expect(casus(page).getByTestId('lorenz-wacht')).toHaveCount(0, { timeout: 30_000 });
    await expect(grafiek(page, 'kosten-lorenz').locator('.lorenz svg')).toBeVisible();
    // the same period from a link, in a fresh page: no answer read before the cube was in (empty) is kept
    const vers = await page.context().newPage();
    await vers.goto(page.url());
    await expect(casus(vers)).toHaveAttribute('data-intervalkubus', 'klaar', { timeout: 60_000 });
    await expect(casus(vers)).toHaveAttribute('data-sleutel', `${b.dataset_id}|j:${jaar}~`, { timeout: 30_000 });
    await expect(grafiek(vers, 'kosten-lorenz').locator('.lorenz svg')).toBeVisible();
    await expect(grafiek(vers, 'kosten-lorenz')).not.toContainText('Geen casussen met kosten');
    await vers.close();
    expect(fouten).toEqual([]);
  });

  test('een lange lading toont stap en voortgang en kan worden geannuleerd; de rest van de pagina blijft bruikbaar', async ({ page }) => {
    test.setTimeout(120_000);
    const fouten = volgFouten(page);
    // the page with its published data first (warm cache), so the wait below is for the synthetic load alone
    await page.goto('./?pagina=kosten');
    await klaar(page, 'gouda-zorgpaden-6');
    await page.goto('./?pagina=kosten&ds=synth-42-1000000');
    const voortgang = page.getByTestId('laadvoortgang');
    await expect(voortgang).toHaveAttribute('data-stap', 'genereren', { timeout: 30_000 });
    await expect(voortgang).toContainText('Stap 1 van 2');
    await expect(voortgang.locator('progress')).toHaveAttribute('max', '1000000');
    // meanwhile the rest of the page answers: a published chart above switches to its table and back
    await expect(casus(page).locator('button.schakel')).toHaveCount(0);
    const schakel = page.locator('button.schakel[aria-pressed]').first();
    await schakel.click();
    await expect(schakel).toHaveAttribute('aria-pressed', 'true');
    await schakel.click();
    await expect(voortgang).toBeVisible();
    await page.getByTestId('laden-annuleren').click();
    await expect(voortgang).toHaveCount(0, { timeout: 30_000 });
    await klaar(page, 'gouda-zorgpaden-6');
    await expect(page.getByTestId('laden-geannuleerd')).toBeVisible();
    await expect(page.getByTestId('casus-dataset')).toHaveValue('gouda-zorgpaden-6');
    expect(fouten).toEqual([]);
  });

  test('synthetisch: een filter werkt alle grafieken tegelijk bij, elk in lijn met zijn tabel', async ({ page }) => {
    test.setTimeout(120_000);
    const fouten = volgFouten(page);
    await page.goto('./?pagina=kosten');
    await klaar(page, 'gouda-zorgpaden-6');
    await page.getByTestId('casus-dataset').selectOption('synth');
    await klaar(page, 'synth-42-10000');
    await expect(page).toHaveURL(/ds=synth-42-10000/);
    for (const id of GRAFIEKEN) await expect(grafiek(page, id).locator('.badge-synthetisch')).toBeVisible();
    await expect(grafiek(page, 'kosten-lorenz').locator('.noten')).not.toContainText('Te weinig kinderen');
    await expect(page.getByTestId('casus-totaal')).toContainText('synthetische voorbeelddata');

    const controle = async () => {
      const titels: Record<string, string> = {};
      for (const id of GRAFIEKEN) titels[id] = norm(await grafiek(page, id).locator('h3').textContent());
      // category: the title names the first table row and its share
      const cat = await tabel(grafiek(page, 'kosten-categorie'));
      expect(titels['kosten-categorie']).toContain(`${cat[0][0]} (${cat[0][2]} van het geld)`);
      // distribution: the title's number of case-years is the table's sum
      const verd = await tabel(grafiek(page, 'kosten-verdeling'));
      const n = verd.reduce((s, r) => s + getal(r[1]), 0);
      // the title names the total as "(… van N casusjaren)" or "(N casusjaren)"
      expect(titels['kosten-verdeling']).toMatch(new RegExp(`[ (]${n.toLocaleString('nl-NL').replaceAll('.', '\\.')} casusjaren\\)`));
      // curve: 49 months from t = −24 to 24; the description ends where the table ends
      const curve = await tabel(grafiek(page, 'kosten-curve'));
      expect(curve).toHaveLength(49);
      expect(curve[0][0]).toBe('-24');
      expect(norm(await grafiek(page, 'kosten-curve').locator('.beschrijving').textContent())).toContain(curve[48][2]);
      // Lorenz: the title's share is also in the description; the last table row is 100 %
      const pct = /neemt (\d+,\d\s%)/.exec(titels['kosten-lorenz'])![1];
      expect(norm(await grafiek(page, 'kosten-lorenz').locator('.beschrijving').textContent())).toContain(pct);
      const lor = await tabel(grafiek(page, 'kosten-lorenz'));
      expect(lor.at(-1)).toEqual(['100,0 %', '100,0 %']);
      return { titels, n };
    };
    const voor = await controle();

    await page.getByTestId('filter-onderwijssoort').selectOption('PO');
    await expect(casus(page)).toHaveAttribute('data-sleutel', 'synth-42-10000|s:PO');
    await expect(page).toHaveURL(/kf=s%3APO|kf=s:PO/);
    const na = await controle();
    expect(na.n).toBeLessThan(voor.n);
    for (const id of GRAFIEKEN.filter((x) => x !== 'kosten-categorie')) expect(na.titels[id]).not.toBe(voor.titels[id]);
    expect(fouten).toEqual([]);
  });

  test('eigen casusbestand: grafieken veranderen, afgewezen rijen in het Nederlands, geen verzoek bevat de gegevens', async ({ page }) => {
    const fouten = volgFouten(page);
    const uniek = `ZQX${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
    const verzoeken: string[] = [];
    page.on('request', (r) => verzoeken.push([r.url(), r.method(), JSON.stringify(r.headers()), r.postData() ?? ''].join('\n')));
    page.on('websocket', (ws) => ws.on('framesent', (f) => verzoeken.push(String(f.payload))));
    await page.goto('./?pagina=kosten');
    await klaar(page, 'gouda-zorgpaden-6');
    const titelVoor = norm(await grafiek(page, 'kosten-categorie').locator('h3').textContent());

    const bestanden = [
      { name: 'casus.csv', mimeType: 'text/csv', buffer: Buffer.from(`casus_id;gemeente_code;geboortejaar\n${uniek}-1;GM0513;2012\n${uniek}-2;GM0513;2010\n${uniek}-3;GM05;2011\n${uniek}-4;GM9999;2011\n`) },
      { name: 'episode.csv', mimeType: 'text/csv', buffer: Buffer.from(`casus_id,domein,toestand,onderwijssoort,begin,einde,datum_kwaliteit\n${uniek}-1,onderwijs,VOLLEDIG_VERZUIM,PO,01-03-2022,,maand\n${uniek}-2,onderwijs,VOLLEDIG_VERZUIM,VO,2022-09-01,,exact\n`) },
      { name: 'kosten.csv', mimeType: 'text/csv', buffer: Buffer.from(`casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\n${uniek}-1;2021-03-01;2022-03-01;jeugdzorg;ambulant;12000,00;exact\n${uniek}-1;2022-03-01;2023-03-01;jeugdzorg;verblijf;90000,00;exact\n${uniek}-2;2022-09-01;2023-09-01;jeugdzorg;wijkteam;3000,50;exact\n${uniek}-2;2022-09-01;2023-09-01;jeugdzorg;wijkteam;12.5;exact\n`) },
    ];
    await page.getByTestId('casus-upload').setInputFiles(bestanden);
    await klaar(page, 'eigen-1');
    await expect(page.getByTestId('upload-resultaat')).toHaveText(/2 casussen ingelezen; 3 rijen afgewezen\./);
    const afgewezen = page.getByTestId('afgewezen');
    await expect(afgewezen.locator('tr', { hasText: 'GM05' })).toContainText('GM + 4 cijfers');
    // a well-formed code that is no gemeente is refused against the gemeente list, as on Eigen data
    await expect(afgewezen.locator('tr', { hasText: 'GM9999' })).toContainText('onbekende gemeente');
    await expect(afgewezen.locator('tr', { hasText: 'bedrag_eur' })).toContainText('kosten.csv');
    await expect(page.getByTestId('casus-totaal')).toContainText('2 casussen, waarvan 2 met een uitvalmoment');
    expect(norm(await page.getByTestId('casus-totaal').textContent())).toContain(norm(euro(105000.5)));
    const titelNa = norm(await grafiek(page, 'kosten-categorie').locator('h3').textContent());
    expect(titelNa).not.toBe(titelVoor);
    expect(titelNa).toContain('verblijf');
    await expect(grafiek(page, 'kosten-categorie').locator('.noten')).toContainText('blijven in deze browser');

    expect(verzoeken.length).toBeGreaterThan(0);
    const lek = verzoeken.filter((v) => v.includes(uniek) || v.includes(encodeURIComponent(uniek)));
    expect(lek).toEqual([]);
    expect(fouten).toEqual([]);
  });
});
