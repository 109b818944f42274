import { describe, expect, it } from 'vitest';
import { bronregel, leesBronVerwijzing, regelVerwijzing, regelsTekst, type BronRij } from '../../src/lib/model/bron';

const bronnen = new Map<string, BronRij>([
  ['seed-003', { id: 'seed-003', titel: 'Studie', uitgever: 'X', jaar: '2021', tabel_id: null, document: '003.txt', regels: null, licentie: null, citatie: 'Studie beheersbare transformatie (2021)' }],
  ['cbs-85039NED', { id: 'cbs-85039NED', titel: 'Kerncijfers wijken en buurten 2021', uitgever: 'CBS', jaar: '2021', tabel_id: '85039NED', document: null, regels: null, licentie: 'CC BY 4.0', citatie: 'CBS, Kerncijfers wijken en buurten 2021' }],
]);

describe('source lines', () => {
  it('reads fact source references', () => {
    expect(leesBronVerwijzing('seed-003:L1409')).toEqual({ id: 'seed-003', regel: 1409 });
    expect(leesBronVerwijzing('cbs-85039NED')).toEqual({ id: 'cbs-85039NED', regel: null });
  });
  it('merges only true runs of lines', () => {
    expect(regelsTekst([1421, 1409, 1410, 1411, 1415])).toBe('1409–1411, 1415, 1421');
  });
  it('cites the publication, period and status of the shown facts; line numbers go to the details', () => {
    const feiten = [
      { bron: 'seed-003:L1415', periode: '2019JJ00', status: 'onbekend' },
      { bron: 'seed-003:L1409', periode: '2019JJ00', status: 'onbekend' },
      { bron: 'bewerking', periode: null, status: null },
    ];
    const s = bronregel(feiten, bronnen, { bewerking: true });
    expect(s).toBe('Bron: Studie beheersbare transformatie (2021) · 2019 · status onbekend · bewerking Jeugdzorg Verkenner');
    expect(s).not.toMatch(/r\. \d|\.txt/);
    expect(regelVerwijzing(feiten, bronnen)).toBe(`${bronnen.get('seed-003')!.document ?? 'seed-003'}, r. 1409, 1415`);
    expect(regelVerwijzing([{ bron: 'cbs-85039NED', periode: null, status: null }], bronnen)).toBe('');
  });
  it('adds the CBS table id and formats half-years', () => {
    const s = bronregel([{ bron: 'cbs-85039NED', periode: '2017HJ01', status: 'definitief' }], bronnen);
    expect(s).toBe('Bron: CBS, Kerncijfers wijken en buurten 2021 (85039NED) · 1e halfjaar 2017 · status definitief');
  });
});
