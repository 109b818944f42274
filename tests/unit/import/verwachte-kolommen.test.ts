// Issue 13: a rejected header names the columns the format expects, in every import format, and
// the English UI shows the same list with English words around the (untranslated) column names.
import { describe, expect, it } from 'vitest';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { formatteerAfwijzing } from '../../../src/lib/import/berichten.ts';
import { berichtTekst } from '../../../src/lib/import/melding.ts';
import { LOGBOEK_KOLOMMEN, parseLogboek } from '../../../src/lib/model/doorbraak/logboek.ts';

const weigering = (tekst: string, bestand: string, formaat?: 'statline' | 'odata-csv' | 'odata-json' | 'lang') => {
  const r = parseTekst(tekst, { bestand, ...(formaat ? { formaat } : {}) });
  expect(r.rijen).toEqual([]);
  expect(r.fout).not.toBeNull();
  const a = r.afgewezen[0];
  return { m: formatteerAfwijzing(a), en: berichtTekst('en', a) };
};

describe('a rejected header lists the expected columns', () => {
  it('StatLine CSV', () => {
    const { m, en } = weigering(`"Titel"\n"Regio's";"Jaar";"Jongeren met jeugdhulp"\n"Deventer";"2023";"9,4"\n`, 'sl.csv', 'statline');
    expect(m).toMatch(/; verwachte kolommen: Regio's, Perioden \+ kolommen met cijfers$/);
    expect(en).toBe(
      "sl.csv, row 2, column 'Perioden': column 'Perioden' is missing from the header row (found: 'Regio's', 'Jaar', 'Jongeren met jeugdhulp'); expected columns: Regio's, Perioden + columns with figures",
    );
  });

  it('StatLine CSV without any header row', () => {
    const { m, en } = weigering('"a";"b"\n"1";"2"\n', 'leeg.csv', 'statline');
    expect(m).toMatch(/is dit een StatLine-download\?; verwachte kolommen: Regio's, Perioden \+ kolommen met cijfers$/);
    expect(en).toMatch(/is this a StatLine download\?; expected columns: Regio's, Perioden \+ columns with figures$/);
  });

  it('OData CSV', () => {
    const { m, en } = weigering('ID;Perioden;Jongeren_1\n0;2020JJ00;5\n', 'od.csv', 'odata-csv');
    expect(m).toMatch(/kolom 'RegioS' \(of 'WijkenEnBuurten'\) ontbreekt; gevonden: 'ID', 'Perioden', 'Jongeren_1'; verwachte kolommen: RegioS, Perioden \+ kolommen met cijfers$/);
    expect(en).toMatch(/column 'RegioS' \(or 'WijkenEnBuurten'\) is missing; found: .*; expected columns: RegioS, Perioden \+ columns with figures$/);
  });

  it('OData JSON', () => {
    const { m, en } = weigering(JSON.stringify({ value: [{ RegioS: 'GM0150', Jongeren_1: 5 }] }), 'od.json', 'odata-json');
    expect(m).toContain("kolom 'Perioden' ontbreekt en er is geen vaste periode opgegeven; verwachte kolommen: RegioS, Perioden + kolommen met cijfers");
    expect(en).toContain("column 'Perioden' is missing and no fixed period was given; expected columns: RegioS, Perioden + columns with figures");
  });

  it('long format', () => {
    const { m, en } = weigering('regio_code;periode;indicator;value\nGM0150;2022JJ00;x;1\n', 'lang.csv', 'lang');
    expect(m).toMatch(/; verwachte kolommen: regio_code, periode, indicator, waarde, status, bron, noot$/);
    expect(en).toMatch(/^lang\.csv, row 1, column 'waarde': required column 'waarde' is missing \(header row: .*\); expected columns: regio_code, periode, indicator, waarde, status, bron, noot$/);
  });

  it('Doorbraak ledger', () => {
    const kop = LOGBOEK_KOLOMMEN.filter((k) => k !== 'casus').join(';');
    const r = parseLogboek(`${kop}\n`, 'logboek.csv');
    expect(r.rijen).toEqual([]);
    expect(r.fout).toBe(`logboek.csv, rij 1: kolom(men) ontbreken in de kopregel: casus; verwachte kolommen: ${LOGBOEK_KOLOMMEN.join(', ')}`);
    expect(berichtTekst('en', r.afgewezen[0])).toBe(`logboek.csv, row 1: column(s) missing from the header row: casus; expected columns: ${LOGBOEK_KOLOMMEN.join(', ')}`);
  });
});
