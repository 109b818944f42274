import { describe, expect, it } from 'vitest';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { koppelingUitDataProperties, statusUitPerioden, zonderAchtervoegsel } from '../../../src/lib/import/odata.ts';
import { formatteerAfwijzing } from '../../../src/lib/import/berichten.ts';
import type { ParsedFact } from '../../../src/lib/import/typen.ts';
import { fixture, testGemeenten } from './hulp.ts';

const props = [
  { Key: 'RegioS', Type: 'GeoDimension', Title: "Regio's" },
  { Key: 'Perioden', Type: 'TimeDimension', Title: 'Perioden' },
  { Key: 'JongerenMetJeugdhulp_1', Type: 'Topic', Title: 'Jongeren met jeugdhulp', Unit: '%', Datatype: 'Double' },
  { Key: 'PercentageJongerenMetJeugdzorg_88', Type: 'Topic', Title: 'Jongeren met jeugdzorg', Unit: '%', Datatype: 'Double' },
  { Key: 'JongerenMetJeugdhulpMetVerblijf_3', Type: 'Topic', Title: 'Jeugdhulp met verblijf', Unit: '%', Datatype: 'Double' },
  { Key: 'Gemeentenaam_2', Type: 'Topic', Title: 'Gemeentenaam', Datatype: 'String' },
];
// Only two of the three topics are wanted: the third must be ignored, not invented a code for.
const koppeling = koppelingUitDataProperties(props, { JongerenMetJeugdhulp: 'jeugdhulp_pct', 'Jeugdhulp met verblijf': 'verblijf_pct' });
const periodeStatus = statusUitPerioden([
  { Key: '2021JJ00', Status: 'Definitief' },
  { Key: '2022JJ00', Status: 'Definitief' },
  { Key: '2023HJ01', Status: 'Voorlopig' },
]);

function feit(rijen: ParsedFact[], regio: string, periode: string, indicator: string) {
  return rijen.find((f) => f.regio_code === regio && f.periode === periode && f.indicator === indicator);
}

describe('koppeling uit DataProperties', () => {
  it('koppelt sleutels met achtervoegsel via stam of titel en slaat tekstkolommen over', () => {
    expect(koppeling).toEqual({ JongerenMetJeugdhulp_1: 'jeugdhulp_pct', JongerenMetJeugdhulpMetVerblijf_3: 'verblijf_pct' });
    expect(zonderAchtervoegsel('PercentageJongerenMetJeugdzorg_88')).toBe('PercentageJongerenMetJeugdzorg');
    const alles = koppelingUitDataProperties(props);
    expect(Object.keys(alles)).toHaveLength(3);
    expect(alles.PercentageJongerenMetJeugdzorg_88).toBe('PercentageJongerenMetJeugdzorg');
  });
  it('leest de status uit de Perioden-lijst', () => {
    expect(periodeStatus['2023HJ01']).toBe('voorlopig');
    expect(statusUitPerioden([{ Key: '2024JJ00', Status: 'Nader voorlopig' }])['2024JJ00']).toBe('voorlopig');
  });
});

for (const [naam, formaat] of [
  ['odata-typeddataset.csv', 'odata-csv'],
  ['odata-typeddataset.json', 'odata-json'],
  ['odata-typeddataset-verbose.json', 'odata-json'],
] as const) {
  describe(`OData TypedDataSet ${naam}`, () => {
    const r = parseTekst(fixture(naam), { bestand: naam, gemeenten: testGemeenten(), koppeling, periodeStatus });
    const rijen = r.rijen as ParsedFact[];

    it('leest opgevulde codes, periodecodes en status', () => {
      expect(r.formaat).toBe(formaat);
      expect(r.fout).toBeNull();
      expect(feit(rijen, 'GM0150', '2022JJ00', 'jeugdhulp_pct')).toMatchObject({ waarde: 11.2, status: 'definitief' });
      expect(feit(rijen, 'GM0150', '2023HJ01', 'jeugdhulp_pct')).toMatchObject({ waarde: 9.4, status: 'voorlopig' });
      expect(feit(rijen, 'GM0150', '2023HJ01', 'verblijf_pct')?.waarde).toBeNull();
      expect(feit(rijen, 'NL01', '2023HJ01', 'verblijf_pct')?.waarde).toBe(1.3);
      expect(r.gevonden.indicatoren).toEqual(['jeugdhulp_pct', 'verblijf_pct']);
    });

    it('houdt de oude code GM0756 (Boxmeer) met een noot', () => {
      expect(feit(rijen, 'GM0756', '2021JJ00', 'jeugdhulp_pct')?.noot).toContain('opgegaan in Land van Cuijk');
    });

    it('wijst provincie, onbekende code, foute periode en dubbele sleutel af', () => {
      const b = r.afgewezen.map(formatteerAfwijzing);
      expect(b).toContain(`${naam}, rij 6, kolom 'RegioS': regio 'PV20' is geen gemeente; niet ingelezen (waarde 'PV20')`);
      expect(b).toContain(`${naam}, rij 7, kolom 'RegioS': onbekende gemeentecode (waarde 'GM9999')`);
      expect(b.some((x) => x.startsWith(`${naam}, rij 8, kolom 'Perioden': onbekende periodecode`))).toBe(true);
      expect(b).toContain(`${naam}, rij 9, kolom 'JongerenMetJeugdhulp_1': dubbele sleutel GM0150 / 2022JJ00 / jeugdhulp_pct: staat al in rij 3 (waarde '99.9')`);
      expect(r.onbekendeGemeenten).toEqual(['GM9999']);
      // 2 facts per accepted row (NL01, GM0150×2, GM0756) = 8; the duplicate row adds none.
      expect(rijen).toHaveLength(8);
      expect(feit(rijen, 'GM0150', '2022JJ00', 'jeugdhulp_pct')?.waarde).toBe(11.2);
    });
  });
}

describe('OData zonder Perioden-dimensie (Kerncijfers wijken en buurten)', () => {
  it('gebruikt de vaste periode en de opgegeven status', () => {
    const csv = 'ID;WijkenEnBuurten;Gemeentenaam_1;AantalInwoners_5\n0;GM0150    ;Deventer;101000\n1;WK015000  ;Binnenstad;5000\n';
    const r = parseTekst(csv, { bestand: 'kwb.csv', gemeenten: testGemeenten(), koppeling: { AantalInwoners: 'inwoners' }, vastePeriode: '2024JJ00', vasteStatus: 'definitief' });
    expect(r.rijen).toEqual([{ regio_code: 'GM0150', periode: '2024JJ00', indicator: 'inwoners', waarde: 101000, status: 'definitief', bron: 'eigen import: kwb.csv', noot: '' }]);
    expect(r.afgewezen[0].reden).toContain('geen gemeente');
  });
});
