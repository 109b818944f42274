// English scan: every page, and the case-cost and thuiszitters states, opened with
// ?lang=en must show no Dutch in labels, legends, notes, size classes, status, footer or table
// headers, and must write numbers with a decimal point. Not translated, and so taken out first:
// data proper names (gemeenten, publication titles, registers: EIGENNAMEN below), text the data
// bundle publishes in Dutch only (notes, definitions, dataset names: every multi-word text cell of
// dist/data), quotations (“…”), and elements marked lang="nl" (the switch to Dutch itself).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { PAGINAS } from '../../src/lib/url/staat.ts';
import { test, expect, dataMap, regios, wachtOpDb, wachtTotGetekend } from './hulp';

// Common Dutch words that have no English homograph a page would use.
const NEDERLANDS = [
  'de', 'het', 'een', 'van', 'en', 'niet', 'met', 'voor', 'zijn', 'wordt', 'bij', 'naar', 'ook', 'geen', 'dan', 'deze', 'dit',
  'gemeente', 'gemeenten', 'inwoners', 'inwoner', 'kosten', 'lasten', 'jaar', 'jaren', 'bron', 'tabel', 'grafiek', 'begroting',
  'halfjaar', 'kwartaal', 'onbekend', 'voorlopig', 'definitief', 'synthetisch', 'synthetische', 'kinderen', 'maanden', 'weken',
  'casussen', 'gebruikers', 'aandeel', 'totaal', 'laden', 'rekenmodule', 'referentiegemeenten', 'gemiddelde', 'waarde',
];

// Proper names that stay Dutch in English (publication titles, registers, organisations, terms the
// English text explains in brackets). Every entry is a literal phrase, never a single common word.
const EIGENNAMEN = [
  'Collectieve doorbraak Thuiszitters', 'Collectieve doorbraak thuiszitters', 'Tussen beleid en leefwereld',
  'Naar een beheersbare transformatie van de jeugdhulp', 'Toekomst van de jeugdbescherming', 'Instituut voor Publieke Waarden',
  'Veilig Thuis', 'Beleidsinformatie Jeugd', 'Kerncijfers wijken en buurten', 'Gemeentelijke lasten en baten',
  'Jeugdzorg Verkenner', 'synthetische voorbeelddata', 'jzv-synth',
];

/** Multi-word text in the data bundle (CSV cells, JSON strings): published in Dutch, shown as published. */
function dataTeksten(map: string): string[] {
  const uit: string[] = [];
  const neem = (v: unknown): void => {
    if (typeof v === 'string') { if (/\s/.test(v.trim())) uit.push(v.trim()); }
    else if (Array.isArray(v)) v.forEach(neem);
    else if (v && typeof v === 'object') Object.values(v).forEach(neem);
  };
  for (const naam of readdirSync(map)) {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) { uit.push(...dataTeksten(pad)); continue; }
    if (naam.endsWith('.json') && !naam.endsWith('.topo.json')) neem(JSON.parse(readFileSync(pad, 'utf8')));
    if (naam.endsWith('.csv')) {
      const [kop, ...regels] = readFileSync(pad, 'utf8').split('\n');
      const koppen = kop.split(';');
      // units as the source prints them ("EUR/jaar") and indicator codes ("inwoners") are shown as they are
      const letterlijk = ['eenheid', 'indicator', 'code'].map((k) => koppen.indexOf(k)).filter((i) => i >= 0);
      for (const regel of regels) {
        const cellen = regel.split(';');
        neem(cellen);
        for (const i of letterlijk) if (cellen[i]?.trim()) uit.push(cellen[i].trim());
      }
    }
  }
  return uit;
}

function allesTeSchrappen(info: TestInfo): string[] {
  // gemeente names (also of merged ones) and data text, longest first so "Peel en Maas" goes before "Maas"
  return [...new Set([...regios(info).map((r) => r.naam), ...EIGENNAMEN, ...dataTeksten(dataMap(info))])].sort((a, b) => b.length - a.length);
}

const zonderEigennamen = (tekst: string, namen: string[]) =>
  namen.reduce((s, n) => s.split(n).join(' · '), tekst)
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/“[^”]*”/g, ' · ')
    // file names (kosten.csv, LEESMIJ.txt) are what the user's files are called
    .replace(/[\w-]+\.(csv|txt|json|zip)\b/g, ' · ')
    // text the English page itself labels as Dutch: "(Dutch): …", "(note in Dutch): …"
    .replace(/\((?:note )?in Dutch\): [^\n]*|\(Dutch\): [^\n]*/g, ' · ')
    // codes, not words: column and indicator names (lasten_per_inwoner, regio_code;periode;waarde)
    .replace(/\b\w+(?:_\w+)+(?:;\w+)*\b|\b\w+(?:;\w+)+\b/g, ' · ');

/** Everything a reader or screen reader meets: visible text, table headers, SVG text, labels. */
async function leesTekst(page: Page): Promise<string> {
  return page.evaluate(() => {
    const delen: string[] = [];
    const loop = (el: Element) => {
      if (['SCRIPT', 'STYLE', 'CODE', 'TEXTAREA'].includes(el.tagName) || el.getAttribute('lang') === 'nl') return;
      for (const a of ['aria-label', 'title', 'alt', 'placeholder']) { const v = el.getAttribute(a); if (v) delen.push(v); }
      for (const k of el.childNodes) if (k.nodeType === Node.TEXT_NODE) delen.push(k.textContent ?? ''); else if (k.nodeType === Node.ELEMENT_NODE) loop(k as Element);
    };
    loop(document.body);
    return delen.join('\n');
  });
}

/** Open every table view so its headers and cells are scanned too. */
async function openTabellen(page: Page): Promise<void> {
  for (const knop of await page.locator('figure button.schakel[aria-pressed="false"]').all()) if (await knop.isVisible()) await knop.click();
}

async function scan(page: Page, namen: string[], waar: string): Promise<void> {
  await openTabellen(page);
  const tekst = zonderEigennamen(await leesTekst(page), namen);
  const woorden = new RegExp(`(?<![\\p{L}\\d'’-])(${NEDERLANDS.join('|')})(?![\\p{L}'’-])`, 'giu');
  const gevonden = new Set<string>();
  for (const regel of tekst.split('\n')) for (const m of regel.matchAll(woorden)) gevonden.add(`${m[1]}: «${regel.trim().slice(0, 140)}»`);
  expect([...gevonden], `${waar}: Nederlandse woorden in het Engels`).toEqual([]);
  // A decimal comma (1-2 digits after the comma) or a Dutch thousands dot ("1.000") in English.
  const komma = [...tekst.matchAll(/(?<![\d.,])\d+,\d{1,2}(?![\d])[^\n]{0,30}/g)].map((m) => m[0]);
  expect(komma, `${waar}: decimale komma in het Engels`).toEqual([]);
  const punt = [...tekst.matchAll(/(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d])[^\n]{0,30}/g)].map((m) => m[0]);
  expect(punt, `${waar}: duizendtal-punt in het Engels`).toEqual([]);
}

test.describe('English: geen Nederlands op het scherm', () => {
  test.describe.configure({ timeout: 180_000 });
  let namen: string[] = [];
  test.beforeEach(({}, info) => {
    namen = allesTeSchrappen(info);
  });

  for (const pagina of PAGINAS) {
    test(`pagina ${pagina}`, async ({ page }) => {
      await page.goto(`./?pagina=${pagina}&lang=en`);
      await wachtOpDb(page);
      await wachtTotGetekend(page);
      await scan(page, namen, pagina);
    });
  }

  test('Kosten per casus, synthetische data', async ({ page }) => {
    await page.goto('./?pagina=kosten&ds=synth-42-10000&lang=en');
    await expect(page.locator('.casus-curves')).toHaveAttribute('data-dataset', 'synth-42-10000', { timeout: 90_000 });
    await wachtTotGetekend(page);
    await scan(page, namen, 'kosten per casus');
  });

  test('Thuiszitters, synthetische data', async ({ page }) => {
    await page.goto('./?pagina=thuiszitters&ds=synth-42-10000&lang=en');
    await expect(page.locator('.thuiszitters')).toHaveAttribute('data-status', 'klaar', { timeout: 90_000 });
    await wachtTotGetekend(page);
    await scan(page, namen, 'thuiszitters');
  });
});
