import { describe, expect, it } from 'vitest';
import { parseCsv, schrijfCsv, csvVeld, getalNaarTekst, CsvFormaatFout } from '../../../scripts/lib/csv.ts';

describe('CSV lezen en schrijven', () => {
  it('leest ;-gescheiden velden met quotes en telt regels, ook over een regeleinde in een veld', () => {
    const t = parseCsv('a;b\n1;"x;y"\n"meer\nregels";"zei ""hoi"""\n3;\n', 'test.csv');
    expect(t.kolommen).toEqual(['a', 'b']);
    expect(t.rijen.map((r) => r.regel)).toEqual([2, 3, 5]);
    expect(t.rijen[0].waarden).toEqual({ a: '1', b: 'x;y' });
    expect(t.rijen[1].waarden).toEqual({ a: 'meer\nregels', b: 'zei "hoi"' });
    expect(t.rijen[2].waarden).toEqual({ a: '3', b: '' });
  });

  it('meldt een rij met het verkeerde aantal velden met bestand en regel', () => {
    expect(() => parseCsv('a;b\n1;2\n1;2;3\n', 'x.csv')).toThrow(CsvFormaatFout);
    expect(() => parseCsv('a;b\n1;2\n1;2;3\n', 'x.csv')).toThrow(/x\.csv, regel 3/);
  });

  it('quoteert alleen waar nodig en schrijft decimale punt zonder float-ruis', () => {
    expect(csvVeld('gewoon')).toBe('gewoon');
    expect(csvVeld('a;b')).toBe('"a;b"');
    expect(csvVeld('zei "x"')).toBe('"zei ""x"""');
    expect(csvVeld(null)).toBe('');
    expect(getalNaarTekst(0.1 + 0.2)).toBe('0.3');
    expect(getalNaarTekst(17475415)).toBe('17475415');
    expect(getalNaarTekst(7.8)).toBe('7.8');
  });

  it('schrijven en teruglezen geeft dezelfde waarden (round-trip)', () => {
    const rijen = [
      { code: 'GM0150', noot: "niet gepubliceerd ('–'); zie \"bron\"", waarde: 10143 },
      { code: 'NL01', noot: 'twee\nregels', waarde: 7.1 },
    ];
    const tekst = schrijfCsv(['code', 'noot', 'waarde'], rijen);
    expect(tekst.startsWith('\ufeff')).toBe(false);
    const t = parseCsv(tekst, 'r.csv');
    expect(t.rijen.map((r) => r.waarden)).toEqual(rijen.map((r) => ({ ...r, waarde: String(r.waarde) })));
  });
});
