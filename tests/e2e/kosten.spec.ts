// Kosten page on the real data: the scatter, the decomposition and the "Wat als" calculator,
// checked against values read from the served data and against our own arithmetic here.
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { test, expect, alsRegex, dataMap, euro, feit, norm, regios, volgFouten } from './hulp';

const P = '2019JJ00';

function referentieset(info: Parameters<typeof dataMap>[0], focus: string) {
  const t = parseCsv(readFileSync(`${dataMap(info)}/referentiesets.csv`, 'utf8'), 'referentiesets.csv');
  return t.rijen.map((r) => r.waarden).filter((r) => r.focus_code === focus);
}

/** "− € 124,5" / "+ € 67,6" / "€ 240,0" → number */
function leesEuro(s: string | null): number {
  const t = norm(s);
  const neg = /^[−-]/.test(t);
  const n = Number(t.replace(/[^\d,]/g, '').replace(',', '.'));
  return neg ? -n : n;
}

async function open(page: Page, gemeente: string, extra = '') {
  await page.goto(`./?pagina=kosten&gemeente=${gemeente}${extra}`);
  await expect(page.locator('.kosten')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
}

async function tabel(fig: Locator) {
  await fig.getByRole('button', { name: 'Tabel' }).click();
  return fig.locator('table');
}

test.describe('Kosten', () => {
  test('spreidingsdiagram toont Deventer en haar 4 referentiegemeenten met de cijfers uit de data', async ({ page }, info) => {
    const fouten = volgFouten(page);
    await open(page, 'GM0150');
    const fig = page.locator('[data-grafiek="kosten-spreiding"]');
    await expect(fig.locator('.punt.groep-gekozen')).toHaveCount(1);
    const peers = referentieset(info, 'GM0150').filter((r) => r.rol === 'referentie').map((r) => r.lid_code);
    expect(peers).toHaveLength(4);
    await expect(fig.locator('.punt.groep-referentie')).toHaveCount(4);
    await expect(fig.getByText(/Iv3-taakvelden 6\.72/)).toBeVisible();

    const t = await tabel(fig);
    const namen = new Map(regios(info).map((r) => [r.code, r.naam]));
    for (const code of ['GM0150', ...peers]) {
      const rij = t.locator('tbody tr').filter({ has: page.locator('th', { hasText: alsRegex(namen.get(code)!) }) });
      await expect(rij).toHaveCount(1);
      const cellen = (await rij.locator('td').allTextContents()).map(norm);
      const p = feit(info, code, 'lasten_per_gebruiker', P)!;
      const l = feit(info, code, 'lasten_per_inwoner', P)!;
      expect(cellen[0]).toBe(code === 'GM0150' ? 'gekozen gemeente' : 'referentiegemeente');
      expect(cellen[1]).toBe(norm(euro(p)));
      expect(cellen[2]).toBe(norm(euro(l)));
      // users per 1.000 inhabitants, derived as L / P × 1000, one decimal
      expect(cellen[3]).toBe(new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((1000 * l) / p));
    }
    expect(fouten).toEqual([]);
  });

  test('de ontleding telt op het scherm op tot het getoonde verschil', async ({ page }, info) => {
    const fouten = volgFouten(page);
    for (const focus of ['GM0150', 'GM0344']) {
      await open(page, focus);
      const fig = page.locator('[data-grafiek="kosten-ontleding"]');
      const som = fig.getByTestId('ontleding-som');
      const verschil = leesEuro(await som.locator('.deel-verschil').textContent());
      const volume = leesEuro(await som.locator('.deel-volume').textContent());
      const prijs = leesEuro(await som.locator('.deel-prijs').textContent());
      expect(Math.round((volume + prijs) * 10)).toBe(Math.round(verschil * 10));
      // the difference itself, from the data: gemeente minus the unweighted mean of peers with a value
      const refL = referentieset(info, focus).filter((r) => r.rol === 'referentie')
        .map((r) => feit(info, r.lid_code, 'lasten_per_inwoner', P)).filter((v): v is number => v !== null);
      const eigen = feit(info, focus, 'lasten_per_inwoner', P)!;
      const gem = refL.reduce((a, b) => a + b, 0) / refL.length;
      expect(verschil).toBeCloseTo(Math.round(eigen * 10) / 10 - Math.round(gem * 10) / 10, 6);
      if (focus === 'GM0344') await expect(fig.getByText(/Amersfoort is niet meegeteld/)).toBeVisible();
    }
    expect(fouten).toEqual([]);
  });

  test('rekenhulp: invoer veranderen, eigen berekening, herladen houdt de invoer', async ({ page }) => {
    const fouten = volgFouten(page);
    await open(page, 'GM0150');
    const invoer = { kinderen: '12', maandenUitSchool: '24', maandenTotPlek: '4', jeugdzorgNaPerJaar: '50.000', horizonMaanden: '30' };
    for (const [k, v] of Object.entries(invoer)) await page.locator(`#wa-${k}`).fill(v);
    // own computation: n children, months at home at (after-dropout care + regular school), then (before-dropout care + special school)
    const n = 12, h = 30, jv = 23000, jn = 50000, or = 7000, os = 14000;
    const kosten = (thuis: number) => (n * (Math.min(thuis, h) * (jn + or) + (h - Math.min(thuis, h)) * (jv + os))) / 12;
    const zonder = kosten(24), met = kosten(4);
    const controleer = async () => {
      await expect(page.locator('.uitkomst-zonder')).toHaveText(alsRegex(euro(zonder)));
      await expect(page.locator('.uitkomst-met')).toHaveText(alsRegex(euro(met)));
      await expect(page.locator('.uitkomst-verschil')).toHaveText(alsRegex(euro(zonder - met)));
      await expect(page.locator('[data-grafiek="kosten-watals"] h3')).toContainText(norm(euro(zonder - met)).replace(/\s/g, '\u00a0'));
    };
    await controleer();
    expect(new URL(page.url()).searchParams.get('wa')).toBe('k12,mu24,mp4,jn50000,h30');

    // invalid input: Dutch message, last valid result stays
    await page.locator('#wa-kinderen').fill('twaalf');
    await expect(page.locator('#wa-kinderen-fout')).toHaveText(/Vul een getal in/);
    await expect(page.locator('#wa-kinderen')).toHaveAttribute('aria-invalid', 'true');
    await controleer();
    await page.locator('#wa-maandenTotPlek').fill('40');
    await page.locator('#wa-kinderen').fill('12');
    await expect(page.getByText(/maanden tot een passende plek zijn meer dan de maanden uit school/)).toBeVisible();
    await controleer();
    await page.locator('#wa-maandenTotPlek').fill('4');

    await page.reload();
    await expect(page.locator('.kosten')).toHaveAttribute('data-status', 'klaar');
    await expect(page.locator('#wa-kinderen')).toHaveValue('12');
    await expect(page.locator('#wa-jeugdzorgNaPerJaar')).toHaveValue('50.000');
    await controleer();
    expect(fouten).toEqual([]);
  });

  test('rekenvoorbeeld 28 kinderen: afgeleide prijs per kindjaar en gedrukte rijen kloppen', async ({ page }) => {
    await open(page, 'GM0150');
    const rij = page.locator('[data-grafiek="kosten-28"] tbody tr', { has: page.locator('th', { hasText: /^Gemiddeld$/ }) });
    // columns: scenario (th), total, price per child-year (derived), …
    await expect(rij.locator('td').nth(1)).toHaveText(alsRegex(euro(2668747 / 44.5)));
    await expect(rij).toContainText('✓ gelijk / ✓ gelijk');
  });

  test('360 px: de namen bij de punten en de labels van de isokostenlijnen overlappen elkaar niet', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const gemeente of ['GM0150', 'GM0344', 'GM0297']) {
      await open(page, gemeente);
      const labels = page.locator('[data-grafiek="kosten-spreiding"] svg').locator('text.punt-label, text.curve-label');
      await expect(labels.first()).toBeVisible();
      const vakken = await labels.evaluateAll((els) => els.map((e) => ({ t: e.textContent, ...e.getBoundingClientRect().toJSON() })));
      expect(vakken.filter((v) => /per inwoner/.test(v.t ?? '')).length).toBeGreaterThan(0);
      const botsingen: string[] = [];
      for (let i = 0; i < vakken.length; i++)
        for (let j = i + 1; j < vakken.length; j++) {
          const a = vakken[i];
          const b = vakken[j];
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) botsingen.push(`${a.t} / ${b.t}`);
        }
      expect(botsingen, gemeente).toEqual([]);
    }
  });

  test('ongeldige wa in de link: standaardwaarden en een melding', async ({ page }) => {
    const fouten = volgFouten(page);
    await open(page, 'GM0150', '&wa=k12,k13');
    await expect(page.locator('#wa-kinderen')).toHaveValue('28');
    await expect(page.getByText(/scenario-invoer in de link/)).toBeVisible();
    expect(new URL(page.url()).searchParams.get('wa')).toBeNull();
    expect(fouten).toEqual([]);
  });

  test('een gemeente buiten de studie krijgt de melding dat er geen kostencijfers zijn', async ({ page }, info) => {
    const fouten = volgFouten(page);
    const inStudie = new Set(parseCsv(readFileSync(`${dataMap(info)}/referentiesets.csv`, 'utf8'), 'r').rijen.map((r) => r.waarden.lid_code));
    const buiten = regios(info).find((r) => r.soort === 'gemeente' && !r.opvolger_code && !inStudie.has(r.code))!;
    await open(page, buiten.code);
    const m = page.getByTestId('geen-cijfers');
    await expect(m).toContainText(`Voor ${buiten.naam} zijn er geen kostencijfers`);
    await expect(m).toContainText('83454NED');
    await expect(page.locator('[data-grafiek="kosten-ontleding"]')).toHaveCount(0);
    await expect(page.locator('[data-grafiek="kosten-spreiding"] .punt.groep-gekozen')).toHaveCount(0);
    expect(fouten).toEqual([]);
  });
});
