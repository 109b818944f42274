// Shared helpers for the browser tests: expected values are read from the dataset the server
// under test serves (dist/ or dist-klein/), so a test can never pass on a literal in the page.
import { readFileSync } from 'node:fs';
import { test as basis, expect, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import { parseCsv } from '../../scripts/lib/csv.ts';

export { expect };

/**
 * Records every Content-Security-Policy violation in a context: `securitypolicyviolation` events in
 * any page or frame, and Chromium's console lines about the policy. The build ships the policy
 * (scripts/lib/csp.ts), so a style attribute or a foreign request in any flow shows up here.
 */
export async function volgCsp(context: BrowserContext): Promise<string[]> {
  const schendingen: string[] = [];
  await context.exposeBinding('__meldCspSchending', (_bron, tekst: string) => void schendingen.push(tekst));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const melding = `${e.effectiveDirective} blokkeerde ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) op ${location.pathname}`;
      (window as unknown as { __meldCspSchending: (t: string) => void }).__meldCspSchending(melding);
    });
  });
  context.on('console', (m) => {
    if (/Content[ -]Security[ -]Policy/i.test(m.text())) schendingen.push(m.text());
  });
  return schendingen;
}

/** Playwright's `test`, with every test failing on a CSP violation in its browser context. */
export const test = basis.extend<{ cspBewaking: void }>({
  cspBewaking: [
    async ({ context }, use) => {
      const schendingen = await volgCsp(context);
      await use();
      expect(schendingen, 'Content-Security-Policy-schendingen').toEqual([]);
    },
    { auto: true },
  ],
});

export function dataMap(info: TestInfo): string {
  const dist = process.env.E2E_DIST ?? 'dist';
  return info.project.name === 'klein' ? `${dist}-klein/data` : `${dist}/data`;
}

export function feit(info: TestInfo, regio: string, indicator: string, periode?: string): number | null {
  const t = parseCsv(readFileSync(`${dataMap(info)}/feiten.csv`, 'utf8'), 'feiten.csv');
  const r = t.rijen.find((x) => x.waarden.regio_code === regio && x.waarden.indicator === indicator && (!periode || x.waarden.periode === periode));
  if (!r) throw new Error(`geen feit ${regio} ${indicator} ${periode ?? ''}`);
  return r.waarden.waarde === '' ? null : Number(r.waarden.waarde);
}

export function regios(info: TestInfo): { code: string; naam: string; soort: string; opvolger_code: string }[] {
  const t = parseCsv(readFileSync(`${dataMap(info)}/regios.csv`, 'utf8'), 'regios.csv');
  return t.rijen.map((r) => r.waarden as never);
}

export function indicatorNaam(info: TestInfo, code: string): string {
  const t = parseCsv(readFileSync(`${dataMap(info)}/indicatoren.csv`, 'utf8'), 'indicatoren.csv');
  const r = t.rijen.find((x) => x.waarden.code === code);
  if (!r) throw new Error(`geen indicator ${code}`);
  return r.waarden.naam_nl;
}

export const euro = (v: number) => new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(v);
export const pct = (v: number) => `${new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(v)} %`;
/** Intl uses non-breaking spaces: compare with whitespace normalised, never with a looser value. */
export const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Exact text, with any whitespace (Intl's non-breaking spaces) matching any whitespace. */
export function alsRegex(tekst: string): RegExp {
  const veilig = norm(tekst).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s');
  return new RegExp(`^\\s*${veilig}\\s*$`);
}

/** Collects console errors and page errors; assert it is empty at the end of a test. */
export function volgFouten(page: Page): string[] {
  const fouten: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') fouten.push(m.text()); });
  page.on('pageerror', (e) => fouten.push(e.message));
  return fouten;
}

export async function wachtOpDb(page: Page): Promise<void> {
  await expect(page.locator('.db-status')).toHaveAttribute('data-fase', /klaar|fout/, { timeout: 30_000 });
}

/** Nothing on the page says "still loading" any more: views are mounted and their charts drawn. */
export async function wachtTotGetekend(page: Page, timeout = 90_000): Promise<void> {
  await expect(page.locator('.laden-start')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[data-status="laden"], [data-bezig="ja"], .laden')).toHaveCount(0, { timeout });
}

/** Holds back requests matching `patroon` (also from workers) until the returned function is called. */
export async function houdTegen(page: Page, patroon: string): Promise<() => void> {
  let laatGaan = () => {};
  const vrij = new Promise<void>((r) => (laatGaan = r));
  await page.context().route(patroon, async (route) => {
    await vrij;
    await route.continue();
  });
  return laatGaan;
}
