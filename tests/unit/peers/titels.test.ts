import { describe, expect, it } from 'vitest';
import { groepTitel, kaartMeta, type KaartInvoer } from '../../../src/views/kaart/titels';
import { samenvatting } from '../../../src/lib/model/peers/samenvatting';

const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const invoer = (waarde: number | null, peers: number[], land: number[], taal: 'nl' | 'en' = 'nl'): KaartInvoer => ({
  taal, gemeente: 'GM1', gemeenteNaam: 'Zaltbommel', indicatorNaam: 'Jongeren met jeugdzorg', eenheid: 'procent',
  som: samenvatting(waarde, peers, land), bronregel: 'Bron: CBS',
});

describe('Kaart titles', () => {
  it('the group title says above/below with both values and the year', () => {
    expect(sp(groepTitel(invoer(12.4, [10, 11], [10, 11])))).toBe('Zaltbommel (12,4 %) ligt boven het gemiddelde van de referentiegroep (10,5 %) in KWB 2021');
    expect(groepTitel(invoer(9, [10, 11], [10, 11], 'en'))).toBe('Zaltbommel (9.0%) is below the reference group mean (10.5%) in KWB 2021');
  });

  it('equal when the rounded values match; missing says missing', () => {
    expect(groepTitel(invoer(10.51, [10.5, 10.5], []))).toContain('ligt gelijk aan');
    expect(groepTitel(invoer(null, [10], []))).toBe('Zaltbommel: geen waarde voor jongeren met jeugdzorg (KWB 2021)');
  });

  it('the map title marks a shared national rank as shared', () => {
    const waarden = new Map<string, number | null>([['GM1', 12], ['GM2', 12], ['GM3', 14], ['GM4', null]]);
    const m = kaartMeta(invoer(12, [], [12, 14]), { waarden, naamVan: (c) => c, peers: new Set(), noten: [] });
    expect(sp(m.titel)).toBe('Zaltbommel: 12,0 %, plaats 2 (gedeeld) van 3 gemeenten (KWB 2021)');
    expect(m.noten.some((n) => n.startsWith('1 gemeenten op de kaart hebben geen waarde'))).toBe(true);
  });
});
