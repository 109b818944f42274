import { describe, expect, it } from 'vitest';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import type { ParsedFact } from '../../../src/lib/import/typen.ts';
import { fixture, testGemeenten } from './hulp.ts';

describe('eigen lang formaat', () => {
  const r = parseTekst(fixture('lang.csv'), { bestand: 'lang.csv', gemeenten: testGemeenten() });
  const rijen = r.rijen as ParsedFact[];
  it('leest alle rijen met status, bron en noot', () => {
    expect(r.formaat).toBe('lang');
    expect(r.fout).toBeNull();
    expect(rijen).toHaveLength(6);
    expect(rijen[0]).toEqual({ regio_code: 'GM0150', periode: '2022JJ00', indicator: 'jeugdhulp_pct', waarde: 11.2, status: 'definitief', bron: 'eigen import: lang.csv — testbestand', noot: 'verzonnen cijfer' });
    expect(rijen[3]).toMatchObject({ regio_code: 'GM0513', periode: '2020KW01', waarde: null, status: 'onbekend' });
    expect(rijen[4].periode).toBe('2021MM03');
    expect(rijen[5].noot).toContain('opgeheven gemeente Boxmeer');
    expect(r.gevonden.perioden).toEqual(['2020KW01', '2021JJ00', '2021MM03', '2022JJ00', '2023HJ01']);
  });
  it('komma als scheidingsteken en decimale punt werken ook', () => {
    const t = 'regio_code,periode,indicator,waarde,status\nGM0150,2019JJ00,x,3.25,definitief\nGM0513,2017HJ01,x,4,voorlopig\n';
    const z = parseTekst(t, { bestand: 'k.csv', gemeenten: testGemeenten() });
    expect((z.rijen as ParsedFact[]).map((f) => f.waarde)).toEqual([3.25, 4]);
    expect(z.afgewezen).toEqual([]);
  });
});
