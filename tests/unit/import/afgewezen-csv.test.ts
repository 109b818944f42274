import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { afgewezenNaarCsv, veiligeCel } from '../../../src/lib/import/afgewezen-csv.ts';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { fixture, testGemeenten } from './hulp.ts';

describe('afgewezen rijen als CSV', () => {
  it('beschermt tegen formules in spreadsheets', () => {
    expect(veiligeCel('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(veiligeCel('+31')).toBe("'+31");
    expect(veiligeCel('-5')).toBe("'-5");
    expect(veiligeCel('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(veiligeCel('Deventer')).toBe('Deventer');
    expect(veiligeCel(12)).toBe('12');
    expect(veiligeCel(null)).toBe('');
  });

  it('geeft Nederlandse koppen en één regel per afwijzing, terug te lezen met PapaParse', () => {
    const r = parseTekst(fixture('statline-jeugdzorg.csv'), { bestand: 'statline.csv', gemeenten: testGemeenten(), koppeling: { 'Jongeren met jeugdhulp': 'j', 'Jeugdhulp met verblijf': 'v' } });
    const csv = afgewezenNaarCsv(r.afgewezen);
    expect(csv.startsWith('\ufeffbestand;rij;kolom;waarde;reden\r\n')).toBe(true);
    const terug = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ';' }).data;
    expect(terug).toHaveLength(1 + r.afgewezen.length);
    expect(terug[1]).toEqual(['statline.csv', '10', "Regio's", 'Groningen (PV)', "regio 'Groningen (PV)' is geen gemeente (provincie, landsdeel of regio); niet ingelezen"]);
  });
});
