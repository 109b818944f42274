// The importer's messages are codes of the one dictionary (src/lib/i18n/teksten-import.ts) with
// values (src/lib/import/melding.ts):
// (a) every message kind fills all its placeholders in both languages, and every kind is used;
// (b) real messages of the parsers read as before in Dutch and in English;
// (c) user text (file, column, value, cell) is carried verbatim, never interpreted.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_TEKSTEN, type ImportSleutel } from '../../../src/lib/i18n/teksten-import.ts';
import { tekst } from '../../../src/lib/i18n/teksten.ts';
import { afwijzing, bericht, berichtTekst, melding, meldingTekst, overKopregel, redenTekst } from '../../../src/lib/import/melding.ts';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { importeerStroom, inStukken } from '../../../src/lib/import/stroom.ts';
import { formatteerAfwijzing } from '../../../src/lib/import/berichten.ts';
import { afgewezenCsvInTaal, afgewezenNaarCsv } from '../../../src/lib/import/afgewezen-csv.ts';
import { voegCasusBestandenSamen } from '../../../src/lib/import/casus.ts';
import { testGemeenten } from './hulp.ts';

const gemeenten = testGemeenten();
const KOP = 'regio_code;periode;indicator;waarde;status;bron;noot';
const SLEUTELS = Object.keys(IMPORT_TEKSTEN.nl) as ImportSleutel[];
const plekken = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('(a) every message kind', () => {
  it('fills all its placeholders in nl and en', () => {
    for (const code of SLEUTELS) {
      const waarden = Object.fromEntries(plekken(IMPORT_TEKSTEN.nl[code]).map((p) => [p, 'W']));
      for (const taal of ['nl', 'en'] as const) {
        const uit = meldingTekst(taal, melding(code, waarden));
        expect(uit, `${taal} ${code}`).not.toMatch(/\{\w+\}/);
        // The worker reads the import block directly; it is the same text as in the one dictionary.
        expect(uit).toBe(tekst(taal, code, waarden));
      }
    }
  });

  it('is used by some source file (no dead keys)', () => {
    const bron: string[] = [];
    const lees = (map: string) => {
      for (const f of readdirSync(map)) {
        const p = join(map, f);
        if (statSync(p).isDirectory()) lees(p);
        else if (/\.(ts|svelte)$/.test(f) && !p.endsWith('teksten-import.ts')) bron.push(readFileSync(p, 'utf8'));
      }
    };
    lees('src');
    const alles = bron.join('\n');
    expect(SLEUTELS.filter((k) => !alles.includes(`'${k}'`))).toEqual([]);
  });
});

describe('(b) real messages of the parsers', () => {
  it('place, reason and value in both languages', () => {
    const r = parseTekst(`${KOP}\nGM9999;2022JJ00;x;1,5;definitief;;\nGM0150;2022JJ00;x;1,5;definitief;;\nGM0150;2022JJ00;x;1,7;definitief;;\n`, { bestand: 'code.csv', gemeenten });
    expect(r.afgewezen.map((a) => berichtTekst('nl', a))).toEqual(r.afgewezen.map(formatteerAfwijzing));
    expect(r.afgewezen.map((a) => formatteerAfwijzing(a))).toEqual([
      "code.csv, rij 2, kolom 'regio_code': onbekende gemeentecode (waarde 'GM9999')",
      "code.csv, rij 4, kolom 'waarde': dubbele sleutel GM0150 / 2022JJ00 / x: staat al in rij 3 (waarde '1.7')",
    ]);
    expect(r.afgewezen.map((a) => berichtTekst('en', a))).toEqual([
      "code.csv, row 2, column 'regio_code': unknown municipality code (value 'GM9999')",
      "code.csv, row 4, column 'waarde': duplicate key GM0150 / 2022JJ00 / x: already in row 3 (value '1.7')",
    ]);
  });

  it('refusals: delimiter, mixed decimal marks, header with expected columns', () => {
    const pipe = parseTekst('regio_code|periode|indicator|waarde\nGM0150|2022JJ00|x|1,5\n', { bestand: 'pipe.csv' });
    expect(pipe.fout).toBe("pipe.csv, rij 1: scheidingsteken '|' wordt niet ondersteund; gebruik ';' of ','");
    expect(berichtTekst('en', pipe.foutBericht!)).toBe("pipe.csv, row 1: delimiter '|' is not supported; use ';' or ','");
    const gemengd = parseTekst(`${KOP}\nGM0150;2022JJ00;x;1,5;definitief;;\nGM0513;2022JJ00;x;2.5;definitief;;\n`, { bestand: 'gemengd.csv', gemeenten });
    expect(gemengd.fout).toBe(
      "gemengd.csv, rij 3, kolom 'waarde': gemengde decimaaltekens in kolom 'waarde': rij 2 ('1,5') gebruikt een decimale komma, rij 3 ('2.5') een decimale punt. Het bestand is niet ingelezen; gebruik één notatie per kolom. (waarde '2.5')",
    );
    expect(berichtTekst('en', gemengd.foutBericht!)).toBe(
      "gemengd.csv, row 3, column 'waarde': mixed decimal marks in column 'waarde': row 2 ('1,5') uses a decimal comma, row 3 ('2.5') a decimal point. The file was not read; use one notation per column. (value '2.5')",
    );
    const lang = parseTekst('regio_code;periode;indicator;value\nGM0150;2022JJ00;x;1\n', { bestand: 'lang.csv' });
    expect(berichtTekst('en', lang.foutBericht!)).toBe(
      "lang.csv, row 1, column 'waarde': required column 'waarde' is missing (header row: 'regio_code', 'periode', 'indicator', 'value'); expected columns: regio_code, periode, indicator, waarde, status, bron, noot",
    );
  });

  it('warnings: Windows-1252 through the stream, HTML-like text', async () => {
    const latin = new Uint8Array([...new TextEncoder().encode(`${KOP}\nGM0150;2022JJ00;x;1;definitief;;caf`), 0xe9, 0x0a]);
    const r = await importeerStroom(inStukken(latin, 7), latin.length, { bestand: 'w.csv', gemeenten });
    expect(r.waarschuwingen.map((w) => berichtTekst('en', w))).toContain('w.csv: file is not valid UTF-8; read as Windows-1252 (Excel "CSV"). Check names with accents');
  });

  it('case files: every reason has its own English text', () => {
    const bestanden = [
      { naam: 'c.csv', tekst: 'casus_id;gemeente_code;geboortejaar;geslacht\na1;GM0513;2013;\na2;GM05;2012;\na3;GM0150;12;q\na3;GM0150;2012;\n' },
      { naam: 'e.csv', tekst: 'casus_id,domein,toestand,onderwijssoort,begin,einde,datum_kwaliteit\na1,onderwijs,VOLLEDIG_VERZUIM,PO,01-03-2021,,maand\nzz,zorg,AMBULANT,,2021-01-01,,maand\na1,zorg,THUIS,PO,2021-13-01,2020-01-01,\n' },
      { naam: 'k.csv', tekst: 'casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\na1;2019-10-01;2021-03-01;jeugdzorg;ambulant;12711,00;toegerekend\na1;2021-03-01;2019-02-01;jeugdzorg;kolb;10.5;toegerekend\n' },
    ];
    const r = voegCasusBestandenSamen(bestanden.map((b) => parseTekst(b.tekst, { bestand: b.naam, formaat: 'casus' })));
    expect(new Set(r.afgewezen.map((a) => a.reden)).size).toBeGreaterThanOrEqual(6);
    for (const a of r.afgewezen) {
      expect(a.reden).toBe(redenTekst('nl', a.redenen));
      expect(redenTekst('en', a.redenen), a.reden).not.toBe(a.reden);
    }
    expect(r.afgewezen.map((a) => a.reden)).toContain("geboortejaar '12' is geen jaartal (alleen het jaar, vier cijfers)");
    expect(r.afgewezen.map((a) => redenTekst('en', a.redenen))).toContain("birth year '12' is not a year (the year only, four digits)");
  });
});

describe('header refusals are recognised by code', () => {
  it('a case file with other headers, not a rejected row', () => {
    const kop = parseTekst('id;gemeente;jaar\na1;GM0150;2012\n', { bestand: 'x.csv', formaat: 'casus' });
    expect(kop.afgewezen.some(overKopregel)).toBe(true);
    const rij = parseTekst('casus_id;gemeente_code;geboortejaar;geslacht\na1;GM0150;12;\n', { bestand: 'c.csv', formaat: 'casus' });
    expect(rij.afgewezen.length).toBeGreaterThan(0);
    expect(rij.afgewezen.some(overKopregel)).toBe(false);
  });
});

describe('(c) user text is carried verbatim', () => {
  const kwaad = '<script>alert(1)</script> {waarde} {rij} $& $1';

  it('in the file name, the column, the value and a reason value', () => {
    const a = afwijzing(`naam${kwaad}.csv`, 4, `Regio ${kwaad}`, kwaad, melding('imp_m_html', { tekst: kwaad }));
    const reden = (t: string) => `'${kwaad}'${t}`;
    expect(berichtTekst('nl', a)).toBe(`naam${kwaad}.csv, rij 4, kolom 'Regio ${kwaad}': tekst lijkt op HTML of script (${reden('); wordt als platte tekst behandeld en nooit uitgevoerd (onschadelijk)')} (waarde '${kwaad}')`);
    expect(berichtTekst('en', a)).toBe(`naam${kwaad}.csv, row 4, column 'Regio ${kwaad}': text looks like HTML or script (${reden('); treated as plain text and never executed (harmless)')} (value '${kwaad}')`);
  });

  it('from a parsed file', () => {
    const html = '<img src=x onerror=alert(1)>';
    const r = parseTekst(`"T"\n"Regio's";"Perioden";"A"\n"${html}";"2022";"1"\n`, { bestand: '{bestand}.csv', gemeenten, koppeling: { A: 'a' } });
    expect(r.waarschuwingen.map((w) => berichtTekst('en', w))).toContain(
      `{bestand}.csv, row 3, column 'Regio's': text looks like HTML or script ('${html}'); treated as plain text and never executed (harmless)`,
    );
    expect(r.afgewezen.map((a) => berichtTekst('en', a))).toContain(`{bestand}.csv, row 3, column 'Regio's': unknown municipality (value '${html}')`);
  });

  it('an exception text is shown as it is', () => {
    expect(berichtTekst('en', bericht(null, melding('imp_m_los', { tekst: '{tekst} <b>x</b>' })))).toBe('{tekst} <b>x</b>');
  });
});

describe('rejected rows as CSV', () => {
  const r = parseTekst(`${KOP}\nGM9999;2022JJ00;x;1;definitief;;\nGM0150;2022JJ00;x;=1+1;definitief;;\n`, { bestand: 'c.csv', gemeenten });
  it('nl: exactly the Dutch download', () => {
    expect(afgewezenCsvInTaal(r.afgewezen, 'nl')).toBe(afgewezenNaarCsv(r.afgewezen));
  });
  it('en: the same columns plus reason_en, formulas made harmless', () => {
    const regels = afgewezenCsvInTaal(r.afgewezen, 'en').replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(regels[0]).toBe('bestand;rij;kolom;waarde;reden;reason_en');
    expect(regels[1]).toBe('c.csv;2;regio_code;GM9999;onbekende gemeentecode;unknown municipality code');
    expect(regels[2]).toBe("c.csv;3;waarde;'=1+1;geen getal;not a number");
  });
});
