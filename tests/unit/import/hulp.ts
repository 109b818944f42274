// Shared helpers for the import tests: fixture loading and the test gemeente list.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bouwGemeenteLijst, leesHerindelingen } from '../../../src/lib/import/gemeenten.ts';
import type { GemeenteInfo } from '../../../src/lib/import/typen.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url));

export function fixture(naam: string): string {
  return readFileSync(FIXTURES + naam, 'utf8');
}

/** Small real list + real mergers fragment (Boxmeer, Cuijk, Weesp, Brielle). */
export function testGemeenten(): GemeenteInfo[] {
  const huidige = fixture('gemeenten.csv')
    .trim()
    .split('\n')
    .slice(1)
    .map((r) => {
      const [code, naam] = r.split(';');
      return { code, naam };
    });
  return bouwGemeenteLijst(huidige, leesHerindelingen(fixture('herindelingen-fragment.csv')));
}
