import { describe, expect, it } from 'vitest';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { formatteerAfwijzing } from '../../../src/lib/import/berichten.ts';
import type { ParsedFact } from '../../../src/lib/import/typen.ts';
import { fixture, testGemeenten } from './hulp.ts';
import { berichtTekst } from '../../../src/lib/import/melding.ts';

const koppeling = { 'Jongeren met jeugdhulp': 'jeugdhulp_pct', 'Jeugdhulp met verblijf': 'verblijf_pct' };

function feit(rijen: ParsedFact[], regio: string, periode: string, indicator: string) {
  return rijen.find((f) => f.regio_code === regio && f.periode === periode && f.indicator === indicator);
}

describe('StatLine CSV', () => {
  const r = parseTekst(fixture('statline-jeugdzorg.csv'), { bestand: 'statline.csv', gemeenten: testGemeenten(), koppeling });
  const rijen = r.rijen as ParsedFact[];

  it('herkent het formaat en leest de tabel tussen titel en bronregel', () => {
    expect(r.formaat).toBe('statline');
    expect(r.fout).toBeNull();
    expect(r.gelezen).toBe(10); // data rows 4..13; title, header, unit row and source line excluded
    expect(rijen.length).toBe(13);
  });

  it('zet namen om in codes, labels in periodecodes en houdt de status', () => {
    expect(feit(rijen, 'GM0150', '2022JJ00', 'jeugdhulp_pct')).toMatchObject({ waarde: 11.2, status: 'definitief' });
    expect(feit(rijen, 'GM0150', '2023HJ01', 'jeugdhulp_pct')).toMatchObject({ waarde: 9.4, status: 'voorlopig' });
    expect(feit(rijen, 'GM0513', '2022KW02', 'jeugdhulp_pct')?.waarde).toBe(8.7);
    expect(feit(rijen, 'GM0518', '2023JJ00', 'jeugdhulp_pct')).toMatchObject({ waarde: 10.5, status: 'voorlopig' });
    const nl = feit(rijen, 'NL01', '2023JJ00', 'jeugdhulp_pct');
    expect(nl?.status).toBe('voorlopig');
    expect(nl?.noot).toContain('nader voorlopig');
  });

  it('laat ontbrekende cijfers leeg (null), nooit 0, met een noot', () => {
    const mist = feit(rijen, 'GM0150', '2023HJ01', 'verblijf_pct');
    expect(mist?.waarde).toBeNull();
    expect(mist?.noot).toContain("CBS-teken '.'");
    expect(feit(rijen, 'GM0513', '2022KW02', 'verblijf_pct')?.waarde).toBeNull();
  });

  it('houdt een oude gemeentenaam bij de oude code, met een noot, en telt niets op bij de opvolger', () => {
    const boxmeer = feit(rijen, 'GM0756', '2021JJ00', 'jeugdhulp_pct');
    expect(boxmeer?.waarde).toBe(7.9);
    expect(boxmeer?.noot).toContain('Land van Cuijk (GM1982)');
    expect(rijen.some((f) => f.regio_code === 'GM1982')).toBe(false);
  });

  it('wijst rijen af met bestand, rij, kolom en reden', () => {
    const berichten = r.afgewezen.map(formatteerAfwijzing);
    expect(berichten).toContain("statline.csv, rij 10, kolom 'Regio's': regio 'Groningen (PV)' is geen gemeente (provincie, landsdeel of regio); niet ingelezen (waarde 'Groningen (PV)')");
    expect(berichten).toContain("statline.csv, rij 11, kolom 'Regio's': onbekende gemeente (waarde 'Atlantis')");
    expect(berichten.some((b) => b.startsWith("statline.csv, rij 12, kolom 'Perioden': onbekende periode"))).toBe(true);
    expect(berichten).toContain("statline.csv, rij 13, kolom 'Jongeren met jeugdhulp': geen getal (waarde 'n.v.t.')");
    expect(r.afgewezenAantal).toBe(4);
    expect(r.onbekendeGemeenten).toEqual(['Atlantis']);
    // The other cell of row 13 is fine and kept.
    expect(feit(rijen, 'GM0513', '2021JJ00', 'verblijf_pct')?.waarde).toBe(0.9);
  });

  it('meldt gevonden gemeenten, perioden en indicatoren', () => {
    expect(r.gevonden.gemeenten).toEqual(['GM0150', 'GM0513', 'GM0518', 'GM0756', 'NL01']);
    expect(r.gevonden.perioden).toEqual(['2021JJ00', '2022JJ00', '2022KW02', '2023HJ01', '2023JJ00']);
    expect(r.gevonden.indicatoren).toEqual(['jeugdhulp_pct', 'verblijf_pct']);
  });

  it('zet de bron op eigen import met bestandsnaam en titel', () => {
    expect(rijen[0].bron).toMatch(/^eigen import: statline\.csv \(Jeugdzorg; jongeren met jeugdhulp/);
  });

  it('zonder koppeling: tijdelijke indicatorcode en een waarschuwing', () => {
    const z = parseTekst(fixture('statline-jeugdzorg.csv'), { bestand: 's.csv', gemeenten: testGemeenten() });
    expect(z.gevonden.indicatoren).toEqual(['jeugdhulp_met_verblijf', 'jongeren_met_jeugdhulp']);
    expect(z.waarschuwingen.some((w) => berichtTekst('nl', w).includes("kolom 'Jongeren met jeugdhulp': geen indicatorcode"))).toBe(true);
  });

  it('extra dimensiekolom (taakveld) komt in de indicatorcode', () => {
    const k = parseTekst(fixture('statline-kosten-dimensie.csv'), {
      bestand: 'kosten.csv',
      gemeenten: testGemeenten(),
      dimensies: ['Taakvelden'],
      koppeling: { 'Lasten (x 1 000 euro)|6.72 Maatwerkdienstverlening 18-': 'lasten_672', 'Lasten (x 1 000 euro)|6.82 Geëscaleerde zorg 18-': 'lasten_682' },
    });
    const rijen = k.rijen as ParsedFact[];
    expect(feit(rijen, 'GM0150', '2022JJ00', 'lasten_672')?.waarde).toBe(41234);
    expect(feit(rijen, 'GM0150', '2022JJ00', 'lasten_682')?.waarde).toBe(12001);
    expect(feit(rijen, 'GM0513', '2022JJ00', 'lasten_672')).toMatchObject({ waarde: null, status: 'voorlopig' });
  });
});

describe('StatLine: regels met één cel', () => {
  it('slaat de bronregel stil over en meldt andere losse regels, ook midden in de tabel', () => {
    const t = `"Titel"\n"Regio's";"Perioden";"A"\n"Deventer";"2022";"1,5"\n"Gouda"\n"Gouda";"2022";"2,5"\n"Bron: CBS"\n`;
    const r = parseTekst(t, { bestand: 'los.csv', gemeenten: testGemeenten(), koppeling: { A: 'a' } });
    expect((r.rijen as ParsedFact[]).map((f) => f.waarde)).toEqual([1.5, 2.5]);
    expect(r.waarschuwingen.map((w) => berichtTekst('nl', w)).filter((w) => w.includes('één cel'))).toEqual(["los.csv, rij 4: regel met één cel overgeslagen ('Gouda')"]);
  });
});
