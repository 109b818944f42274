// The streamed path (worker, Node) must give exactly what the whole-string path gives, whatever the
// chunk size: also when a chunk ends inside a quoted field or in the middle of a multi-byte character.
import { describe, expect, it } from 'vitest';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { importeerStroom, inStukken } from '../../../src/lib/import/stroom.ts';
import { berichtTekst } from '../../../src/lib/import/melding.ts';
import { fixture, testGemeenten } from './hulp.ts';

const gemeenten = testGemeenten();
const koppeling = { 'Jongeren met jeugdhulp': 'jeugdhulp_pct', 'Jeugdhulp met verblijf': 'verblijf_pct' };

describe('stromend inlezen', () => {
  for (const naam of ['statline-jeugdzorg.csv', 'odata-typeddataset.csv', 'lang.csv', 'kosten.csv', 'episode.csv', 'odata-typeddataset.json']) {
    it(`${naam}: zelfde resultaat bij stukken van 1, 7 en 4096 bytes`, async () => {
      const tekst = fixture(naam);
      const opties = { bestand: naam, gemeenten, koppeling };
      const heel = parseTekst(tekst, opties);
      const bytes = new TextEncoder().encode(tekst);
      for (const g of [1, 7, 4096]) {
        const s = await importeerStroom(inStukken(bytes, g), bytes.length, opties);
        expect(s.rijen).toEqual(heel.rijen);
        expect(s.afgewezen).toEqual(heel.afgewezen);
        expect(s.gevonden).toEqual(heel.gevonden);
      }
    });
  }

  it('veld met regeleinde en ë over een stukgrens heen', async () => {
    const tekst = 'casus_id;gemeente_code;geboortejaar;geslacht\n"zoë\nmet regel";GM0150;2012;v\nb;GM0513;;\n';
    const bytes = new TextEncoder().encode(tekst);
    const gebeurd: number[] = [];
    const rijen: unknown[] = [];
    const r = await importeerStroom(inStukken(bytes, 3), bytes.length, { bestand: 'c.csv', gemeenten }, { voortgang: (g) => gebeurd.push(g), rijen: (x) => rijen.push(...x) });
    expect(r.fout).toBeNull();
    expect(rijen).toEqual([
      { casus_id: 'zoë\nmet regel', gemeente_code: 'GM0150', geboortejaar: 2012, geslacht: 'v', rij: 2 },
      { casus_id: 'b', gemeente_code: 'GM0513', geboortejaar: null, geslacht: null, rij: 3 },
    ]);
    expect(gebeurd.at(-1)).toBe(bytes.length);
    // Record numbers count records, so 'b' is record 3 even though it is on line 4.
    const fout = await importeerStroom(inStukken(new TextEncoder().encode(tekst.replace('GM0513', 'GM9999')), 5), bytes.length, { bestand: 'c.csv', gemeenten });
    expect(fout.afgewezen[0]).toMatchObject({ rij: 3, kolom: 'gemeente_code', waarde: 'GM9999' });
  });

  it('Windows-1252 bestand wordt gelezen met een waarschuwing', async () => {
    // "Cliënt" in Latin-1: ë = 0xEB
    const tekst = 'casus_id;gemeente_code\nCli\u00ebnt1;GM0150\n';
    const bytes = Uint8Array.from([...tekst].map((c) => c.charCodeAt(0)));
    const r = await importeerStroom(inStukken(bytes, 10), bytes.length, { bestand: 'ansi.csv', gemeenten });
    expect(r.rijen).toEqual([{ casus_id: 'Cliënt1', gemeente_code: 'GM0150', geboortejaar: null, geslacht: null, rij: 2 }]);
    expect(berichtTekst('nl', r.waarschuwingen[0])).toBe('ansi.csv: bestand is geen geldige UTF-8; gelezen als Windows-1252 (Excel "CSV"). Controleer namen met accenten');
  });

  it('binair bestand wordt geweigerd voordat er iets gelezen wordt', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0, 1, 2, 3]);
    const r = await importeerStroom(inStukken(bytes, 4), bytes.length, { bestand: 'x.zip' });
    expect(r.fout).toBe('x.zip: dit lijkt geen tekstbestand (binaire inhoud, bijv. Excel of zip); sla het op als CSV (UTF-8)');
  });

  it('gemengde decimalen midden in een stroom: niets blijft over', async () => {
    const regels = ['regio_code;periode;indicator;waarde;status'];
    for (let j = 2000; j < 2020; j++) regels.push(`GM0150;${j}JJ00;x;1,5;definitief`);
    regels.push('GM0513;2019JJ00;x;2.5;definitief');
    const bytes = new TextEncoder().encode(regels.join('\n'));
    const r = await importeerStroom(inStukken(bytes, 16), bytes.length, { bestand: 'm.csv', gemeenten });
    expect(r.rijen).toEqual([]);
    expect(r.fout).toContain("m.csv, rij 22, kolom 'waarde': gemengde decimaaltekens");
  });
});
