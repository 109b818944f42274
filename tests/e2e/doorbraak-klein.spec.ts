// The Doorbraak page on the small fixture set (tests/fixtures/data-small, Zwolle's avoided costs
// deliberately changed): the page shows the bundle's figure, not a literal from the code.
import { readFileSync } from 'node:fs';
import { test, expect, dataMap, euro, norm } from './hulp';
import type { DoorbraakBundel } from '../../src/lib/model/doorbraak/typen';

test('Zwolle: de pagina toont het bedrag uit de gebundelde gegevens', async ({ page }, info) => {
  const b: DoorbraakBundel = JSON.parse(readFileSync(`${dataMap(info)}/doorbraak/doorbraak.json`, 'utf8'));
  const voorkomen = b.kengetallen.find((k) => k.id === 'zwolle:voorkomen')!.waarde;
  await page.goto('?pagina=doorbraak');
  const fig = page.locator('figure[data-grafiek="doorbraak-zwolle"]');
  await expect(fig.locator('h3')).toContainText(norm(euro(voorkomen)).replace(/\s/g, '\u00a0'));
  await expect(page.locator('figure[data-grafiek="doorbraak-matrix"] table tbody tr')).toHaveCount(4);
});
