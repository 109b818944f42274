import { describe, expect, it } from 'vitest';
import { parseTekst, herkenFormaat, isCasusResultaat } from '../../../src/lib/import/importeer.ts';
import { parseDatum } from '../../../src/lib/model/casus/valideer.ts';
import { stelKoppelingVoor, normaliseerKop } from '../../../src/lib/import/koppeling.ts';
import { formatteerAfwijzing } from '../../../src/lib/import/berichten.ts';
import { fixture, testGemeenten } from './hulp.ts';
import { berichtTekst } from '../../../src/lib/import/melding.ts';

const gemeenten = testGemeenten();

describe('casusbestanden', () => {
  it('casus: code of naam van de gemeente, geboortejaar en geslacht', () => {
    const r = parseTekst(fixture('casus.csv'), { bestand: 'casus.csv', gemeenten });
    if (!isCasusResultaat(r)) throw new Error('geen casusresultaat');
    expect(r.tabel).toBe('casus');
    expect(r.rijen).toEqual([
      { casus_id: 'a1', gemeente_code: 'GM0513', geboortejaar: 2013, geslacht: null, rij: 2 },
      { casus_id: 'a2', gemeente_code: 'GM0150', geboortejaar: 2011, geslacht: 'v', rij: 3 },
      { casus_id: 'a3', gemeente_code: 'GM0150', geboortejaar: null, geslacht: 'm', rij: 4 },
    ]);
    expect(r.gevonden.gemeenten).toEqual(['GM0150', 'GM0513']);
  });

  it('casus: onbekende code of naam is een onbekende gemeente; een code van de verkeerde vorm noemt de vorm', () => {
    const t = 'casus_id;gemeente_code;geboortejaar\nc1;GM9999;2012\nc2;GM05;2012\nc3;Goudaa;2012\nc4;gm0513;2012\n';
    const r = parseTekst(t, { bestand: 'c.csv', gemeenten });
    expect(r.afgewezen.map(formatteerAfwijzing)).toEqual([
      "c.csv, rij 2, kolom 'gemeente_code': onbekende gemeente(code) (waarde 'GM9999')",
      "c.csv, rij 3, kolom 'gemeente_code': gemeentecode 'GM05' heeft niet de vorm GM + 4 cijfers (waarde 'GM05')",
      "c.csv, rij 4, kolom 'gemeente_code': onbekende gemeente(code) (waarde 'Goudaa')",
    ]);
    expect(r.rijen.map((x) => ('gemeente_code' in x ? x.gemeente_code : ''))).toEqual(['GM0513']);
  });

  it('episode: beide datumnotaties worden JJJJ-MM-DD, lopende episode heeft einde null', () => {
    const r = parseTekst(fixture('episode.csv'), { bestand: 'episode.csv', gemeenten });
    if (!isCasusResultaat(r)) throw new Error('geen casusresultaat');
    expect(r.tabel).toBe('episode');
    expect(r.rijen).toHaveLength(4);
    expect(r.rijen[3]).toEqual({ casus_id: 'a1', domein: 'zorg', toestand: 'DAGBESTEDING', onderwijssoort: null, begin: '2021-03-01', einde: null, datum_kwaliteit: 'maand', rij: 5 });
    expect(r.gevonden.indicatoren).toEqual(['AMBULANT', 'DAGBESTEDING', 'INGESCHREVEN', 'VOLLEDIG_VERZUIM']);
  });

  it('kosten: komma-gescheiden met decimale komma tussen aanhalingstekens', () => {
    const r = parseTekst(fixture('kosten.csv'), { bestand: 'kosten.csv', gemeenten });
    if (!isCasusResultaat(r)) throw new Error('geen casusresultaat');
    expect(r.tabel).toBe('kosten');
    expect(r.rijen.map((k) => ('bedrag_eur' in k ? k.bedrag_eur : NaN))).toEqual([12711, 100400.5, 7000]);
    expect(r.afgewezen).toEqual([]);
  });

  it('leest de echte contractregels en wijst fouten per cel af', () => {
    const t = [
      'casus_id;domein;toestand;onderwijssoort;begin;einde;datum_kwaliteit',
      'b1;zorg;AMBULANT;PO;2020-01-01;;exact',
      'b1;onderwijs;THUIS;PO;2020-01-01;;exact',
      'b1;onderwijs;INGESCHREVEN;PO;2020-02-30;;exact',
      'b1;onderwijs;INGESCHREVEN;PO;2020-03-01;2020-02-01;exact',
      'b2;zorg;GEEN;;2020-03-01;;exact',
      'b2;zorg;VERBLIJF;;2020-03-01;;exact',
    ].join('\n');
    const r = parseTekst(t, { bestand: 'e.csv' });
    const b = r.afgewezen.map(formatteerAfwijzing);
    expect(b).toEqual([
      "e.csv, rij 2, kolom 'onderwijssoort': onderwijssoort hoort alleen bij episodes in het domein onderwijs (waarde 'PO')",
      "e.csv, rij 3, kolom 'toestand': onbekende code 'THUIS' in kolom 'toestand'; toegestaan: INGESCHREVEN, GEDEELTELIJK_VERZUIM, VOLLEDIG_VERZUIM, NIET_INGESCHREVEN, VRIJSTELLING, OOV, STAGE_WERK, UITGESTROOMD (waarde 'THUIS')",
      "e.csv, rij 4, kolom 'begin': '2020-02-30' in kolom 'begin' is geen geldige datum (JJJJ-MM-DD of DD-MM-JJJJ) (waarde '2020-02-30')",
      "e.csv, rij 5, kolom 'einde': einde 2020-02-01 ligt niet na begin 2020-03-01 (einde telt niet mee) (waarde '2020-02-01')",
      "e.csv, rij 7, kolom 'begin': dubbele sleutel: staat al in rij 6 (waarde '2020-03-01')",
    ]);
    expect(r.rijen).toHaveLength(1);
  });

  it('kosten: dubbel is alleen dezelfde casus, begin, einde, domein en categorie; de eerste rij blijft', () => {
    const t = [
      'casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit',
      'k1;2020-01-01;2021-01-01;jeugdzorg;ambulant;10.00;exact',
      'k2;2020-01-01;2021-01-01;jeugdzorg;ambulant;10.00;exact',
      'k1;01-01-2020;2021-01-02;jeugdzorg;ambulant;10.00;exact',
      'k1;2020-01-02;2021-01-01;jeugdzorg;ambulant;10.00;exact',
      'k1;2020-01-01;2021-01-01;onderwijs;ambulant;10.00;exact',
      'k1;2020-01-01;2021-01-01;jeugdzorg;verblijf;10.00;exact',
      'k1;01-01-2020;01-01-2021;jeugdzorg;ambulant;20.00;geschat',
      'k2;2020-01-01;2021-01-01;jeugdzorg;ambulant;30.00;exact',
    ].join('\n');
    const r = parseTekst(t, { bestand: 'k.csv' });
    expect(r.afgewezen.map(formatteerAfwijzing)).toEqual([
      "k.csv, rij 8, kolom 'casus_id': dubbele sleutel: staat al in rij 2 (waarde 'k1')",
      "k.csv, rij 9, kolom 'casus_id': dubbele sleutel: staat al in rij 3 (waarde 'k2')",
    ]);
    expect(r.rijen).toHaveLength(6);
  });

  it('kosten: dubbel ook bij een casus met veel rijen (de sleutels van zo’n casus gaan van een lijst naar een Map)', () => {
    // 40 months of one case (rows 2–41: past 32 keys they move to a Map; the test above covers the
    // list), another case between, then repeats of month 3 (row 4) and month 38 (row 39) of the first
    const maand = (m: number) => `${2020 + Math.floor((m - 1) / 12)}-${String(((m - 1) % 12) + 1).padStart(2, '0')}-01`;
    const regel = (id: string, m: number) => `${id};${maand(m)};${maand(m + 1)};jeugdzorg;ambulant;10.00;exact`;
    const t = ['casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit', ...Array.from({ length: 40 }, (_, i) => regel('v1', i + 1)), regel('v2', 3), regel('v1', 3), regel('v1', 38), regel('v2', 3)].join('\n');
    const r = parseTekst(t, { bestand: 'k.csv' });
    expect(r.afgewezen.map(formatteerAfwijzing)).toEqual([
      "k.csv, rij 43, kolom 'casus_id': dubbele sleutel: staat al in rij 4 (waarde 'v1')",
      "k.csv, rij 44, kolom 'casus_id': dubbele sleutel: staat al in rij 39 (waarde 'v1')",
      "k.csv, rij 45, kolom 'casus_id': dubbele sleutel: staat al in rij 42 (waarde 'v2')",
    ]);
    expect(r.rijen).toHaveLength(41);
  });

  it('parseDatum', () => {
    expect(parseDatum('2021-03-01')).toBe('2021-03-01');
    expect(parseDatum('01-03-2021')).toBe('2021-03-01');
    expect(parseDatum('29-02-2023')).toBeNull();
    expect(parseDatum('2021/03/01')).toBeNull();
  });
});

describe('kolomkoppeling', () => {
  const koppen = fixture('episode-afwijkende-koppen.csv').split('\n')[0].split(';');

  it('stelt een koppeling voor uit afwijkende koppen', () => {
    expect(normaliseerKop('Bedrag (€)')).toBe('bedrag');
    const v = stelKoppelingVoor(koppen);
    expect(v.tabel).toBe('episode');
    expect(v.koppeling).toEqual({
      casus_id: 'Cliëntnummer',
      domein: 'Domein',
      toestand: 'Situatie',
      onderwijssoort: 'Schooltype',
      begin: 'Startdatum',
      einde: 'Einddatum',
      datum_kwaliteit: 'Nauwkeurigheid',
    });
    expect(v.overig).toEqual(['Opmerking']);
    expect(v.exact).toBe(false);
  });

  it('zonder bevestiging: bestand wacht op koppeling; met bevestiging: ingelezen', () => {
    const tekst = fixture('episode-afwijkende-koppen.csv');
    expect(herkenFormaat(tekst, 'x.csv').formaat).toBe('casus');
    const zonder = parseTekst(tekst, { bestand: 'x.csv' });
    if (!isCasusResultaat(zonder)) throw new Error('geen casusresultaat');
    expect(zonder.fout).toContain('bevestig de kolomkoppeling');
    expect(zonder.koppelingNodig?.tabel).toBe('episode');
    const met = parseTekst(tekst, { bestand: 'x.csv', tabel: 'episode', kolomkoppeling: zonder.koppelingNodig!.koppeling });
    expect(met.fout).toBeNull();
    expect(met.rijen).toEqual([
      { casus_id: 'k1', domein: 'onderwijs', toestand: 'INGESCHREVEN', onderwijssoort: 'VO', begin: '2020-08-17', einde: '2022-01-10', datum_kwaliteit: 'exact', rij: 2 },
      { casus_id: 'k1', domein: 'onderwijs', toestand: 'GEDEELTELIJK_VERZUIM', onderwijssoort: 'VO', begin: '2022-01-10', einde: null, datum_kwaliteit: 'exact', rij: 3 },
    ]);
    expect(met.waarschuwingen.map((w) => berichtTekst('nl', w)).some((w) => w.includes("'Opmerking'") && w.includes('genegeerd'))).toBe(true);
  });
});
