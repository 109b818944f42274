import { describe, expect, it } from 'vitest';
import { afgewezenCsv, herkenDecimaal, herkenTabel, leesEigenBestanden } from '../../../src/lib/model/casus/eigen.ts';
import { leesSynthId, synthId } from '../../../src/lib/model/casus/bundel.ts';

const CASUS = 'casus_id;gemeente_code;geboortejaar\na1;GM0513;2013\na2;GM05;2012\n';
const EPISODE = 'casus_id,domein,toestand,onderwijssoort,begin,einde,datum_kwaliteit\na1,onderwijs,VOLLEDIG_VERZUIM,PO,01-03-2021,,maand\nzz,zorg,AMBULANT,,2021-01-01,,maand\n';
const KOSTEN = '\uFEFFcasus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\na1;2019-10-01;2021-03-01;jeugdzorg;ambulant;12711,00;toegerekend\na1;2021-03-01;2023-02-01;jeugdzorg;dagbesteding;100400,5;toegerekend\na1;2021-03-01;2023-02-01;jeugdzorg;kolb;10.5;toegerekend\n';

describe('eigen casusbestanden', () => {
  it('herkent tabel, scheidingsteken en decimaalteken per bestand', () => {
    const r = leesEigenBestanden([{ naam: 'c.csv', tekst: CASUS }, { naam: 'e.csv', tekst: EPISODE }, { naam: 'k.csv', tekst: KOSTEN }]);
    expect(r.bestanden.map((b) => [b.tabel, b.scheiding, b.decimaal])).toEqual([['casus', ';', '.'], ['episode', ',', '.'], ['kosten', ';', ',']]);
    expect(r.casus.map((c) => c.casus_id)).toEqual(['a1']);
    expect(r.episodes).toHaveLength(1);
    expect(r.episodes[0].begin).toBe('2021-03-01');
    expect(r.kosten.map((k) => k.bedrag_eur)).toEqual([12711, 100400.5]);
  });
  it('noemt bestand, rij, kolom en waarde van elke afgewezen rij', () => {
    const r = leesEigenBestanden([{ naam: 'c.csv', tekst: CASUS }, { naam: 'e.csv', tekst: EPISODE }, { naam: 'k.csv', tekst: KOSTEN }]);
    const f = (kolom: string) => r.afgewezen.find((x) => x.kolom === kolom);
    expect(r.afgewezen).toHaveLength(3);
    expect(r.afgewezen).toContainEqual(expect.objectContaining({ bestand: 'c.csv', rij: 2, kolom: 'gemeente_code', waarde: 'GM05' }));
    // a point amount in a decimal-comma file is rejected, not silently converted
    expect(r.afgewezen).toContainEqual(expect.objectContaining({ bestand: 'k.csv', rij: 3, kolom: 'bedrag_eur', waarde: '10.5' }));
    expect(r.afgewezen).toContainEqual(expect.objectContaining({ bestand: 'e.csv', rij: 2, kolom: 'casus_id', waarde: 'zz' }));
    expect(f('gemeente_code')!.melding).toMatch(/GM \+ 4 cijfers/);
    expect(afgewezenCsv(r.afgewezen).split('\n')[0]).toBe('bestand;rij;kolom;waarde;reden');
  });
  it('weigert een bestand met onbekende kolommen als geheel', () => {
    const r = leesEigenBestanden([{ naam: 'x.csv', tekst: 'a;b\n1;2\n' }]);
    expect(r.casus).toHaveLength(0);
    expect(r.afgewezen[0]).toMatchObject({ bestand: 'x.csv', kolom: '(kopregel)' });
  });
  it('hulpfuncties', () => {
    expect(herkenTabel(['casus_id', 'gemeente_code'])).toBe('casus');
    expect(herkenDecimaal(['1,50', '2,00', '3.25'])).toBe(',');
    expect(herkenDecimaal(['1', '2'])).toBe('.');
    expect(leesSynthId(synthId(42, 100000))).toEqual({ seed: 42, n: 100000 });
    expect(leesSynthId('synth-42-123')).toBeNull();
    expect(synthId(42, 1_000_000)).toMatch(/^[a-z0-9][a-z0-9_-]{0,60}$/);
  });
});
