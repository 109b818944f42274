// The elftal page on the small dataset (project "klein"): the figures shown are the served
// bundle's (hulp.ts feit()), not literals — the KWB share of Deventer differs from the real data.
import { test, expect, feit, norm, pct } from './hulp.ts';

test('elftal en raadsinformatie tonen de cijfers van de geserveerde bundel', async ({ page }, info) => {
  const verd = feit(info, 'GM0150', 'lasten_per_inwoner', '2019JJ00')!;
  const kwb = feit(info, 'GM0150', 'kwb_pct_jongeren_jeugdzorg', '2021JJ00')!;
  await page.goto('./?pagina=elftal&gemeente=GM0150');
  await expect(page.locator('.elftal-pagina')).toHaveAttribute('data-status', 'klaar', { timeout: 30_000 });
  const titel = norm(await page.locator('figure[data-grafiek="elftal"] h3').textContent());
  expect(titel).toContain(norm(new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(verd)));
  expect(titel).toContain('aanval en middenveld ontbreken');
  const kwbRij = page.locator('figure[data-grafiek="raadsinformatie"] tbody tr').filter({ hasText: 'Jongeren met jeugdzorg' });
  await expect(kwbRij.locator('td').nth(1)).toHaveText(new RegExp(`^\\s*${norm(pct(kwb)).replace(' ', '\\s')}\\s*$`));
});
