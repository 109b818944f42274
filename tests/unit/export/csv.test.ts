import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvGetal, maakCsv } from '../../../src/lib/export/csv.ts';
import { neutraliseerFormule } from '../../../src/lib/model/csvVeld.ts';
import { onderdrukKleineAantallen } from '../../../src/lib/export/onderdrukking.ts';
import { voorbeeldData } from './fixture.ts';

/** Parse with an independent CSV parser: drop the BOM, split preamble (# lines) from the table. */
function ontleed(csv: string, sep = ';') {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const zonderBom = csv.slice(1);
  const regels = zonderBom.split('\r\n');
  const preambule = regels.filter((r) => r.startsWith('#'));
  const tabel = Papa.parse<string[]>(zonderBom, { delimiter: sep, comments: '#', skipEmptyLines: true });
  expect(tabel.errors).toEqual([]);
  return { preambule, kop: tabel.data[0], rijen: tabel.data.slice(1) };
}

describe('maakCsv', () => {
  it('writes exactly the rows and columns given, with units in the header', () => {
    const data = voorbeeldData();
    const { kop, rijen } = ontleed(maakCsv(data));
    expect(kop).toEqual(['Gemeente', 'Lasten per gebruiker (euro)', 'Aandeel (%)']);
    expect(rijen).toHaveLength(data.rijen.length);
    expect(rijen[0]).toEqual(['Voorbeeldstad', '10143', '9,4']);
    // decimal comma, missing stays empty (never 0)
    expect(rijen[1]).toEqual(['Proefdorp', '13098,5', '']);
    expect(rijen[2]).toEqual(['Testwijk', '', '12']);
  });

  it('round-trips numbers: nl decimal comma back to the same values', () => {
    const data = voorbeeldData({ rijen: [{ gemeente: 'A', lasten: 0.000001, aandeel: -1234567.25 }] });
    const { rijen } = ontleed(maakCsv(data));
    expect(Number(rijen[0][1].replace(',', '.'))).toBe(0.000001);
    expect(Number(rijen[0][2].replace(',', '.'))).toBe(-1234567.25);
    expect(rijen[0][1]).not.toMatch(/e/i);
  });

  it('uses comma separator and decimal point for lang=en', () => {
    const csv = maakCsv(voorbeeldData(), { lang: 'en' });
    const { kop, rijen, preambule } = ontleed(csv, ',');
    expect(kop[1]).toBe('Lasten per gebruiker (euro)');
    expect(rijen[1]).toEqual(['Proefdorp', '13098.5', '']);
    expect(preambule[0]).toMatch(/^# Title: /);
  });

  it('quotes a decimal comma when the separator is a comma', () => {
    const csv = maakCsv(voorbeeldData(), { lang: 'nl', scheidingsteken: ',' });
    const { rijen } = ontleed(csv, ',');
    expect(rijen[0]).toEqual(['Voorbeeldstad', '10143', '9,4']);
  });

  it('has a preamble with title, source, period, status, recipe and the synthetic label', () => {
    const data = voorbeeldData();
    const { preambule } = ontleed(maakCsv(data));
    expect(preambule).toContain(`# Titel: ${data.titel}`);
    expect(preambule).toContain(`# Ondertitel: ${data.ondertitel}`);
    expect(preambule).toContain('# Bron: synthetisch voorbeeld, bewerking Jeugdzorg Verkenner · 2019 · definitief');
    expect(preambule).toContain('# Periode: 2019');
    expect(preambule).toContain('# Status: definitief');
    expect(preambule).toContain(`# Referentiegroep: ${data.recept}`);
    expect(preambule.some((r) => /^# Synthetische voorbeelddata/.test(r))).toBe(true);
    expect(preambule.some((r) => /^# Eigen import/.test(r))).toBe(false);
  });

  it('omits the synthetic label for real data and adds the own-import label when set', () => {
    const { preambule } = ontleed(maakCsv(voorbeeldData({ synthetisch: false, eigenImport: true })));
    expect(preambule.some((r) => /ynthetisch/.test(r) && !r.startsWith('# Bron'))).toBe(false);
    expect(preambule.some((r) => /^# Eigen import/.test(r))).toBe(true);
  });

  it('keeps a multi-line title on one comment line', () => {
    const { preambule } = ontleed(maakCsv(voorbeeldData({ titel: 'Regel een\nregel twee' })));
    expect(preambule[0]).toBe('# Titel: Regel een regel twee');
  });

  it('shows case counts below 5 as "< 5" only in count columns, and only for case data', () => {
    const basis = voorbeeldData({
      kolommen: [
        { sleutel: 'gemeente', label: 'Gemeente' },
        { sleutel: 'n', label: 'Aantal trajecten', aantal: true },
        { sleutel: 'p', label: 'Aandeel' },
      ],
      rijen: [
        { gemeente: 'A', n: 0, p: 2 },
        { gemeente: 'B', n: 4, p: 3 },
        { gemeente: 'C', n: 5, p: 4 },
        { gemeente: 'D', n: null, p: 1 },
      ],
    });
    const met = ontleed(maakCsv({ ...basis, casusAantallen: true }));
    expect(met.rijen.map((r) => r[1])).toEqual(['< 5', '< 5', '5', '']);
    expect(met.rijen.map((r) => r[2])).toEqual(['2', '3', '4', '1']); // not a count column
    expect(met.preambule.some((r) => r.includes('weergegeven als < 5'))).toBe(true);
    const zonder = ontleed(maakCsv(basis));
    expect(zonder.rijen.map((r) => r[1])).toEqual(['0', '4', '5', '']);
  });
});

describe('onderdrukKleineAantallen', () => {
  it('replaces 0–4 by "< 5", keeps 5+, null and text, and does not mutate input', () => {
    const rijen = [{ a: 1, b: 4.9 }, { a: 5, b: null }, { a: 'x', b: -1 }];
    const kopie = JSON.parse(JSON.stringify(rijen));
    const uit = onderdrukKleineAantallen(rijen, ['a', 'b']);
    expect(uit).toEqual([{ a: '< 5', b: '< 5' }, { a: 5, b: null }, { a: 'x', b: -1 }]);
    expect(rijen).toEqual(kopie);
  });
  it('takes another threshold', () => {
    expect(onderdrukKleineAantallen([{ a: 9 }, { a: 10 }], ['a'], 10)).toEqual([{ a: '< 10' }, { a: 10 }]);
  });
});

describe('formula injection', () => {
  it('prefixes cells starting with = + - @ tab or CR with an apostrophe', () => {
    for (const s of ['=1+1', '+31', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseerFormule(s)).toBe(`'${s}`);
    }
    expect(neutraliseerFormule('Deventer')).toBe('Deventer');
    expect(neutraliseerFormule('< 5')).toBe('< 5');
  });

  it('neutralises text cells, labels and preamble lines in the CSV', () => {
    const data = voorbeeldData({
      titel: 'x;=HYPERLINK("http://kwaad")',
      kolommen: [
        { sleutel: 'gemeente', label: '=Gemeente' },
        { sleutel: 'lasten', label: 'Lasten' },
      ],
      rijen: [
        { gemeente: '=cmd|"/c calc"!A0', lasten: -5 },
        { gemeente: '@evil', lasten: 1 },
      ],
    });
    const csv = maakCsv(data);
    // The title line stays a comment; after its ";" comes a space, so Excel's second cell is inert.
    const titelRegel = csv.slice(1).split('\r\n')[0];
    expect(titelRegel).toBe('# Titel: x; =HYPERLINK("http://kwaad")');
    const tabel = Papa.parse<string[]>(csv.slice(1).split('\r\n\r\n')[1], { delimiter: ';', skipEmptyLines: true });
    expect(tabel.data[0][0]).toBe("'=Gemeente");
    expect(tabel.data[1]).toEqual(["'=cmd|\"/c calc\"!A0", '-5']); // a real negative number stays a number
    expect(tabel.data[2][0]).toBe("'@evil");
    // No field anywhere starts with a formula character.
    for (const rij of Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data) {
      for (const veld of rij) if (veld && !/^-\d/.test(veld)) expect(veld).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe('csvGetal', () => {
  it('formats without thousands separators', () => {
    expect(csvGetal(1234567.5, 'nl')).toBe('1234567,5');
    expect(csvGetal(1234567.5, 'en')).toBe('1234567.5');
    expect(csvGetal(Number.NaN, 'nl')).toBe('');
  });
});
