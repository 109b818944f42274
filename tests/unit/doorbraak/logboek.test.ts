import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { leesBedrag, LOGBOEK_KOLOMMEN, parseLogboek } from '../../../src/lib/model/doorbraak/logboek';
import { herkenFormaat } from '../../../src/lib/import/importeer';

const fout = readFileSync('tests/fixtures/import/doorbraak-logboek-fout.csv', 'utf8');
const voorbeeld = readFileSync('public/doorbraak/logboek-voorbeeld.csv', 'utf8');
const kop = LOGBOEK_KOLOMMEN.join(';');

describe('leesBedrag', () => {
  it('reads plain, decimal and Dutch amounts', () => {
    expect(leesBedrag('12500')).toBe(12500);
    expect(leesBedrag('12500,50')).toBe(12500.5);
    expect(leesBedrag('12500.5')).toBe(12500.5);
    expect(leesBedrag('€ 12.500,50')).toBe(12500.5);
    expect(leesBedrag('12.500')).toBe(12500);
    expect(leesBedrag('')).toBeNull();
    expect(leesBedrag('veel')).toBeNaN();
    expect(leesBedrag('12,500.50')).toBeNaN();
  });
});

describe('parseLogboek', () => {
  it('accepts every row of the example ledger', () => {
    const r = parseLogboek(voorbeeld, 'logboek-voorbeeld.csv');
    expect(r.fout).toBeNull();
    expect(r.afgewezen).toEqual([]);
    expect(r.rijen.length).toBe(voorbeeld.trim().split('\n').length - 1);
    const v01 = r.rijen.find((x) => x.casus === 'V01')!;
    expect(v01.barrieres).toEqual([
      { instrument: 'wetgeving', domein: 'jeugdketen', tekst: 'machtiging alleen via de rechter' },
      { instrument: 'governance', domein: 'wonen', tekst: 'woonplek via het wijkteam' },
    ]);
    expect(v01.waarden).toMatchObject({ legitimiteit: 4, betrokkenheid: 5, rendement: 5 });
  });

  it('rejects each bad row kind with its own Dutch message, naming file, row and column', () => {
    const r = parseLogboek(fout, 'fout.csv');
    const bij = (rij: number) => r.afgewezen.filter((a) => a.rij === rij).map((a) => `${a.kolom}: ${a.reden}`);
    expect(r.afgewezen.every((a) => a.bestand === 'fout.csv')).toBe(true);
    expect(bij(2)).toEqual(['kosten_huidig_jaar: geen bedrag in euro (bijv. 12500 of 12.500,50)']);
    expect(bij(3)).toEqual(['doorbraak: verplicht veld is leeg']);
    expect(bij(4)[0]).toMatch(/^legitimiteit: score moet een geheel getal van 1 tot en met 5/);
    expect(bij(5)[0]).toMatch(/^barriere_instrument: onbekend sturingsinstrument; toegestaan: wetgeving, financiering/);
    expect(bij(6)[0]).toMatch(/^barriere_domein: onbekend domein; toegestaan: bestaanszekerheid/);
    expect(bij(7)[0]).toMatch(/^barriere_instrument: aantal belemmeringen verschilt per kolom \(instrument 2, domein 1, tekst 1\)/);
    expect(bij(8)).toEqual(['kosten_doorbraak_jaar: bedrag is negatief']);
    expect(bij(9)).toEqual([]);
    expect(bij(10)).toEqual(['casus: deze casus staat al eerder in het bestand (zelfde gemeente en casus)']);
    expect(bij(11)[0]).toMatch(/^null: rij heeft 5 velden, de kopregel 17/);
    // nothing is lost: the one good row is kept, every bad row is in the rejection list with its value
    expect(r.rijen.map((x) => x.casus)).toEqual(['F08']);
    expect(r.afgewezen.find((a) => a.rij === 2)?.waarde).toBe('veel');
  });

  it('refuses a file without the ledger columns as a whole', () => {
    const r = parseLogboek('gemeente;casus;doorbraak\nA;1;x\n', 'kort.csv');
    expect(r.rijen).toEqual([]);
    expect(r.fout).toMatch(/^kort\.csv, rij 1: kolom\(men\) ontbreken in de kopregel: doelgroep, situatie/);
  });

  it('reads comma-separated files and header case/spacing variants', () => {
    const kopKomma = kop.replace(/;/g, ',').replace('kosten_huidig_jaar', 'Kosten huidig jaar');
    const r = parseLogboek(`${kopKomma}\nX,1,,,,d,,,,,,100,40,,,,\n`, 'komma.csv');
    expect(r.afgewezen).toEqual([]);
    expect(r.rijen[0]).toMatchObject({ kostenHuidig: 100, kostenDoorbraak: 40, maatwerkbudget: null, barrieres: [] });
  });
});

describe('format detection on the Eigen data page', () => {
  it('recognises a ledger by its header, and leaves case files to the case importer', () => {
    expect(herkenFormaat(voorbeeld, 'v.csv').formaat).toBe('doorbraak');
    expect(herkenFormaat(readFileSync('public/doorbraak/logboek-sjabloon.csv', 'utf8'), 's.csv').formaat).toBe('doorbraak');
    expect(herkenFormaat('casus_id;geboortejaar;geslacht\nA;2010;m\n', 'c.csv').formaat).not.toBe('doorbraak');
  });
});
