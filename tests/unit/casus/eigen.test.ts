// A user's own case files: read one by one by the import's case reader (the same one the worker
// runs), then checked against each other.
import { describe, expect, it } from 'vitest';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { herkenDecimaal, voegCasusBestandenSamen } from '../../../src/lib/import/casus.ts';
import { afgewezenNaarCsv } from '../../../src/lib/import/afgewezen-csv.ts';
import { leesSynthId, synthId } from '../../../src/lib/model/casus/bundel.ts';

const CASUS = 'casus_id;gemeente_code;geboortejaar\na1;GM0513;2013\na2;GM05;2012\n';
const EPISODE = 'casus_id,domein,toestand,onderwijssoort,begin,einde,datum_kwaliteit\na1,onderwijs,VOLLEDIG_VERZUIM,PO,01-03-2021,,maand\nzz,zorg,AMBULANT,,2021-01-01,,maand\n';
const KOSTEN = '\uFEFFcasus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\na1;2019-10-01;2021-03-01;jeugdzorg;ambulant;12711,00;toegerekend\na1;2021-03-01;2023-02-01;jeugdzorg;dagbesteding;100400,5;toegerekend\na1;2021-03-01;2023-02-01;jeugdzorg;kolb;10.5;toegerekend\n';

const lees = (bestanden: { naam: string; tekst: string }[]) => voegCasusBestandenSamen(bestanden.map((b) => parseTekst(b.tekst, { bestand: b.naam, formaat: 'casus' })));

describe('eigen casusbestanden', () => {
  it('herkent tabel, scheidingsteken en decimaalteken per bestand', () => {
    const r = lees([{ naam: 'c.csv', tekst: CASUS }, { naam: 'e.csv', tekst: EPISODE }, { naam: 'k.csv', tekst: KOSTEN }]);
    expect(r.casus.map((c) => c.casus_id)).toEqual(['a1']);
    expect(r.episodes).toHaveLength(1);
    expect(r.episodes[0].begin).toBe('2021-03-01');
    expect(r.kosten.map((k) => k.bedrag_eur)).toEqual([12711, 100400.5]);
  });
  it('noemt bestand, rij (regel in het bestand), kolom en waarde van elke afgewezen rij', () => {
    const r = lees([{ naam: 'c.csv', tekst: CASUS }, { naam: 'e.csv', tekst: EPISODE }, { naam: 'k.csv', tekst: KOSTEN }]);
    expect(r.afgewezen).toHaveLength(3);
    expect(r.afgewezen).toContainEqual(expect.objectContaining({ bestand: 'c.csv', rij: 3, kolom: 'gemeente_code', waarde: 'GM05' }));
    // a point amount in a decimal-comma file is rejected, not silently converted
    expect(r.afgewezen).toContainEqual(expect.objectContaining({ bestand: 'k.csv', rij: 4, kolom: 'bedrag_eur', waarde: '10.5' }));
    expect(r.afgewezen).toContainEqual(expect.objectContaining({ bestand: 'e.csv', rij: 3, kolom: 'casus_id', waarde: 'zz' }));
    expect(r.afgewezen.find((x) => x.kolom === 'gemeente_code')!.reden).toMatch(/GM \+ 4 cijfers/);
    expect(afgewezenNaarCsv(r.afgewezen).split('\r\n')[0]).toBe('\ufeffbestand;rij;kolom;waarde;reden');
  });
  it('dezelfde casus in twee casusbestanden: de casus en haar rijen worden afgewezen', () => {
    const r = lees([{ naam: 'c1.csv', tekst: CASUS }, { naam: 'c2.csv', tekst: 'casus_id;gemeente_code\na1;GM0150\n' }, { naam: 'e.csv', tekst: EPISODE }]);
    expect(r.casus).toEqual([]);
    expect(r.afgewezen).toContainEqual(expect.objectContaining({ bestand: 'c2.csv', rij: 2, kolom: 'casus_id', reden: "casus_id 'a1' komt meer dan eens voor in het casusbestand" }));
    expect(r.afgewezen).toContainEqual(expect.objectContaining({ bestand: 'e.csv', rij: 2, waarde: 'a1' }));
  });
  it('weigert een bestand met onbekende kolommen als geheel', () => {
    const r = lees([{ naam: 'x.csv', tekst: 'a;b\n1;2\n' }]);
    expect(r.casus).toHaveLength(0);
    expect(r.afgewezen[0]).toMatchObject({ bestand: 'x.csv', rij: 1 });
  });
  it('het decimaalteken volgt de meerderheid van de bedragen', () => {
    const rij = (b: string, i: number) => `a1;2019-01-${String(i + 1).padStart(2, '0')};2019-02-01;jeugdzorg;ambulant;${b};exact`;
    const kop = 'casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\n';
    const r = parseTekst(kop + ['1.50', '2,00', '3,25'].map(rij).join('\n'), { bestand: 'k.csv' });
    expect(r.afgewezen.map((a) => [a.rij, a.waarde])).toEqual([[2, '1.50']]);
    expect(herkenDecimaal(['1', '2'])).toBe('.');
    expect(leesSynthId(synthId(42, 100000))).toEqual({ seed: 42, n: 100000 });
    expect(leesSynthId('synth-42-123')).toBeNull();
    expect(synthId(42, 1_000_000)).toMatch(/^[a-z0-9][a-z0-9_-]{0,60}$/);
  });
});
