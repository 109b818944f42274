// A case file read for DuckDB (CasusOpties.regels, what the import worker does): the reader hands on
// contract CSV instead of row objects, passing a line of the file on as it is when it already is the
// row's contract line. The CSV must be exactly the object path's rows written by the contract writer,
// whatever the chunk size or line ending, and every bad cell is still rejected by file, row and column.
import { describe, expect, it } from 'vitest';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { importeerStroom, inStukken } from '../../../src/lib/import/stroom.ts';
import { formatteerAfwijzing } from '../../../src/lib/import/berichten.ts';
import type { CasusBestandRij, CasusResultaat } from '../../../src/lib/import/casus.ts';
import { casusRegel, episodeRegel, kostenRegel } from '../../../src/lib/model/casus/synth/csv.ts';
import type { GemeenteInfo } from '../../../src/lib/import/typen.ts';
import { testGemeenten } from './hulp.ts';
import { naarUtf8 } from '../../../src/lib/import/batch-csv.ts';

/** The streamed read as the worker does it: the CSV batches joined, with their case ids and record numbers. */
async function alsCsv(tekst: string, bestand: string, stuk = 4096, gemeenten?: GemeenteInfo[]) {
  const bytes = new TextEncoder().encode(tekst);
  let csv = '';
  const ids: string[] = [];
  const rij: number[] = [];
  const r = (await importeerStroom(inStukken(bytes, stuk), bytes.length, { bestand, formaat: 'casus', regels: true, gemeenten }, {
    csv: (s) => {
      // the bytes the worker sends
      csv += new TextDecoder().decode(naarUtf8(s.delen));
      ids.push(...s.ids);
      rij.push(...s.rij);
    },
    rijen: (x) => {
      if (x.length) throw new Error('geen rij-objecten verwacht');
    },
  })) as CasusResultaat;
  return { r, csv, ids, rij };
}

/** What the object path gives, written by the contract writer (the CSV the worker used to make). */
function verwacht(tekst: string, bestand: string, gemeenten?: GemeenteInfo[]) {
  const r = parseTekst(tekst, { bestand, formaat: 'casus', gemeenten }) as CasusResultaat;
  const schrijf = (x: CasusBestandRij) => ('gemeente_code' in x ? casusRegel(x) : 'toestand' in x ? episodeRegel(x) : kostenRegel(x));
  return { r, csv: r.rijen.map(schrijf).join(''), ids: r.rijen.map((x) => x.casus_id), rij: r.rijen.map((x) => x.rij) };
}

const EPISODE = [
  'casus_id;domein;toestand;onderwijssoort;begin;einde;datum_kwaliteit',
  'a1;onderwijs;INGESCHREVEN;PO;2019-08-19;2021-03-01;maand',
  'a1;onderwijs;VOLLEDIG_VERZUIM;PO;01-03-2021;;maand', // DD-MM-YYYY: written anew
  ' a2 ;zorg;AMBULANT;;2019-10-01;2021-03-01;exact', // spaces around the id: written anew, trimmed
  '',
  'a2;zorg;THUIS;;2019-10-01;;exact', // bad code: rejected
  'a3;zorg;DAGBESTEDING;;2021-03-01;;geschat',
  'a3;zorg;DAGBESTEDING;;2021-03-01;;geschat', // repeated key: rejected
  'a4;zorg;AMBULANT;;2021-03-01;;exact',
].join('\n') + '\n';

describe('casusbestand als contract-CSV (import-worker)', () => {
  it('dezelfde CSV, sleutels en afwijzingen als het pad met rij-objecten, bij elke stukgrootte', async () => {
    const v = verwacht(EPISODE, 'e.csv');
    for (const stuk of [1, 7, 64, 4096]) {
      const s = await alsCsv(EPISODE, 'e.csv', stuk);
      expect(s.csv).toBe(v.csv);
      expect(s.ids).toEqual(v.ids);
      expect(s.rij).toEqual(v.rij);
      expect(s.r.afgewezen).toEqual(v.r.afgewezen);
      expect(s.r.rijen).toEqual([]);
    }
    expect(v.ids).toEqual(['a1', 'a1', 'a2', 'a3', 'a4']);
    expect(v.rij).toEqual([2, 3, 4, 7, 9]);
  });

  it('Windows-regeleinden (via Papa) en kolommen in een andere volgorde geven dezelfde CSV', async () => {
    const v = verwacht(EPISODE, 'e.csv');
    const crlf = await alsCsv(EPISODE.replace(/\n/g, '\r\n'), 'e.csv', 64);
    expect(crlf.csv).toBe(v.csv);
    expect(crlf.r.afgewezen).toEqual(v.r.afgewezen);
    // the same columns, the last two swapped: every line is written anew in the contract's order
    const gewisseld = EPISODE.split('\n')
      .map((l) => {
        const c = l.split(';');
        return c.length === 7 ? [...c.slice(0, 5), c[6], c[5]].join(';') : l;
      })
      .join('\n');
    const g = await alsCsv(gewisseld, 'e.csv');
    expect(g.csv).toBe(v.csv);
  });

  it('kosten: een bedrag zonder twee decimalen gaat ongewijzigd door, decimale komma en komma als scheidingsteken worden herschreven', async () => {
    const kop = 'casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit';
    const punt = `${kop}\nk1;2021-01-01;2022-01-01;jeugdzorg;ambulant;12.5;exact\nk1;2022-01-01;2023-01-01;jeugdzorg;ambulant;100;exact\n`;
    expect((await alsCsv(punt, 'k.csv')).csv).toBe('k1;2021-01-01;2022-01-01;jeugdzorg;ambulant;12.5;exact\nk1;2022-01-01;2023-01-01;jeugdzorg;ambulant;100;exact\n');
    const komma = `${kop}\nk1;2021-01-01;2022-01-01;jeugdzorg;ambulant;12,50;exact\n`;
    expect((await alsCsv(komma, 'k.csv')).csv).toBe('k1;2021-01-01;2022-01-01;jeugdzorg;ambulant;12.50;exact\n');
    const kommas = `${kop.replace(/;/g, ',')}\nk1,2021-01-01,2022-01-01,jeugdzorg,ambulant,12.50,exact\n`;
    expect((await alsCsv(kommas, 'k.csv')).csv).toBe('k1;2021-01-01;2022-01-01;jeugdzorg;ambulant;12.50;exact\n');
  });

  it('casus: een gemeente op naam wordt haar code, een id met ; blijft tussen aanhalingstekens', async () => {
    const tekst = 'casus_id;gemeente_code;geboortejaar;geslacht\nc1;GM0150;2012;v\n"c;2";GM0513;;\nc3;Deventer;2013;m\n';
    const gemeenten = testGemeenten();
    const v = verwacht(tekst, 'c.csv', gemeenten);
    const s = await alsCsv(tekst, 'c.csv', 4096, gemeenten);
    expect(s.csv).toBe(v.csv);
    expect(s.csv).toBe('c1;GM0150;2012;v\n"c;2";GM0513;;\nc3;GM0150;2013;m\n');
  });

  it('een slechte cel diep in een groot bestand: afgewezen met bestand, rij en kolom, de rest blijft', async () => {
    const n = 200_000;
    const regels = ['casus_id;domein;toestand;onderwijssoort;begin;einde;datum_kwaliteit'];
    for (let i = 1; i <= n; i++) regels.push(`s${i};zorg;AMBULANT;;2020-01-01;2021-01-01;maand`);
    // record numbers count the header as row 1: case s150000 is row 150001
    regels[150_000] = 's150000;zorg;AMBULANT;;2020-02-30;2021-01-01;maand';
    regels[199_999] = 's199999;zorg;AMBULANT;;2020-01-01;2021-01-01;ongeveer';
    const tekst = regels.join('\n') + '\n';
    const s = await alsCsv(tekst, 'groot.csv', 1024 * 1024);
    expect(s.r.fout).toBeNull();
    expect(s.r.afgewezen.map(formatteerAfwijzing)).toEqual([
      "groot.csv, rij 150001, kolom 'begin': '2020-02-30' in kolom 'begin' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ) (waarde '2020-02-30')",
      "groot.csv, rij 200000, kolom 'datum_kwaliteit': onbekende code 'ongeveer' in kolom 'datum_kwaliteit'; toegestaan: exact, maand, geschat (waarde 'ongeveer')",
    ]);
    expect(s.ids).toHaveLength(n - 2);
    expect(s.rij[149_998]).toBe(150_000);
    expect(s.rij[149_999]).toBe(150_002);
    const uit = s.csv.split('\n');
    expect(uit).toHaveLength(n - 2 + 1);
    expect(uit[149_998]).toBe('s149999;zorg;AMBULANT;;2020-01-01;2021-01-01;maand');
    expect(uit[149_999]).toBe('s150001;zorg;AMBULANT;;2020-01-01;2021-01-01;maand');
    expect(s.csv).toBe(regels.filter((_, i) => i > 0 && i !== 150_000 && i !== 199_999).join('\n') + '\n');
  });
});

describe('naarUtf8 (de bytes die de worker naar DuckDB stuurt)', () => {
  it('geeft dezelfde bytes als TextEncoder, ook voor tekst buiten ASCII', () => {
    const enc = new TextEncoder();
    for (const t of ['', 'a1;GM0150;2012;v\n', 'zoë;GM0150;;\n', 'x'.repeat(5000) + 'é', '€ 10;😀\n', 'a\u007f\u0080b']) expect(naarUtf8(t)).toEqual(enc.encode(t));
    // parts are written as if joined, also when only a later part is not ASCII
    expect(naarUtf8(['a;b', '\n', 'zoë\n'])).toEqual(enc.encode('a;b\nzoë\n'));
    expect(naarUtf8(['a;b', '\n'])).toEqual(enc.encode('a;b\n'));
  });
});
