import { describe, expect, it } from 'vitest';
import { valideerDataset, foutTekst, type FoutCode } from '../../../scripts/lib/validate.ts';
import { GELDIG, invoer, metRegel } from './helpers.ts';

const F = GELDIG.feiten;

describe('validatie: geldige minimale dataset', () => {
  it('geeft geen fouten en alle rijen komen in de dataset', () => {
    const { dataset, fouten } = valideerDataset(invoer());
    expect(fouten).toEqual([]);
    expect(dataset.feiten).toHaveLength(5);
    expect(dataset.regios.map((r) => r.code).sort()).toEqual(['GK_100_150K', 'GM0150', 'GM0200', 'NL01', 'PV23']);
    expect(dataset.feiten.find((f) => f.indicator === 'pct_jeugdhulp_zonder_verblijf' && f.periode === '2017HJ01')?.waarde).toBe(8.1);
  });
});

/** Elke soort fout: de tekst met één slechte rij, en waar de fout gemeld moet worden. */
const gevallen: { naam: string; t: Partial<typeof GELDIG>; code: FoutCode; bestand: string; regel: number; kolom: string; tekst: RegExp }[] = [
  {
    naam: 'onbekende regiocode in een feit',
    t: { feiten: metRegel(F, 2, 'GM9999;2019JJ00;lasten_per_gebruiker;10143;onbekend;seed-003:L1409;') },
    code: 'onbekende_regio', bestand: 'feiten/test.csv', regel: 2, kolom: 'regio_code', tekst: /GM9999/,
  },
  {
    naam: 'dubbele sleutel (regio, periode, indicator)',
    t: { feiten: F + 'GM0150;2019JJ00;lasten_per_gebruiker;9999;onbekend;seed-003:L1409;\n' },
    code: 'dubbele_sleutel', bestand: 'feiten/test.csv', regel: 7, kolom: 'regio_code', tekst: /eerder in feiten\/test\.csv, regel 2/,
  },
  {
    naam: 'niet-numerieke waarde (Nederlandse notatie)',
    t: { feiten: metRegel(F, 3, 'GM0150;2017HJ01;pct_jeugdhulp_zonder_verblijf;8,1;onbekend;seed-003:L1347;') },
    code: 'geen_getal', bestand: 'feiten/test.csv', regel: 3, kolom: 'waarde', tekst: /'8,1' is geen getal/,
  },
  {
    naam: 'waarde met eurosymbool',
    t: { feiten: metRegel(F, 2, 'GM0150;2019JJ00;lasten_per_gebruiker;€ 10.143;onbekend;seed-003:L1409;') },
    code: 'geen_getal', bestand: 'feiten/test.csv', regel: 2, kolom: 'waarde', tekst: /geen getal/,
  },
  {
    naam: 'onbekende indicator',
    t: { feiten: metRegel(F, 2, 'GM0150;2019JJ00;kosten_per_kind;10143;onbekend;seed-003:L1409;') },
    code: 'onbekende_indicator', bestand: 'feiten/test.csv', regel: 2, kolom: 'indicator', tekst: /kosten_per_kind/,
  },
  {
    naam: 'onbekende eenheid in de indicatorcatalogus',
    t: { indicatoren: metRegel(GELDIG.indicatoren, 2, 'lasten_per_gebruiker;L;C;dollar;;;lager_gunstiger;') },
    code: 'onbekende_eenheid', bestand: 'indicatoren.csv', regel: 2, kolom: 'eenheid', tekst: /'dollar'/,
  },
  {
    naam: 'periode zonder CBS-formaat',
    t: { feiten: metRegel(F, 3, 'GM0150;2017-H1;pct_jeugdhulp_zonder_verblijf;8.1;onbekend;seed-003:L1347;') },
    code: 'ongeldige_periode', bestand: 'feiten/test.csv', regel: 3, kolom: 'periode', tekst: /2017-H1/,
  },
  {
    naam: 'onbekende status',
    t: { feiten: metRegel(F, 2, 'GM0150;2019JJ00;lasten_per_gebruiker;10143;zeker;seed-003:L1409;') },
    code: 'onbekende_status', bestand: 'feiten/test.csv', regel: 2, kolom: 'status', tekst: /'zeker'/,
  },
  {
    naam: 'ontbrekende bron',
    t: { feiten: metRegel(F, 2, 'GM0150;2019JJ00;lasten_per_gebruiker;10143;onbekend;;') },
    code: 'ontbrekende_bron', bestand: 'feiten/test.csv', regel: 2, kolom: 'bron', tekst: /bron ontbreekt/,
  },
  {
    naam: 'onbekende bron',
    t: { feiten: metRegel(F, 2, 'GM0150;2019JJ00;lasten_per_gebruiker;10143;onbekend;seed-999:L1;') },
    code: 'onbekende_bron', bestand: 'feiten/test.csv', regel: 2, kolom: 'bron', tekst: /seed-999/,
  },
  {
    naam: 'lege waarde zonder noot',
    t: { feiten: metRegel(F, 2, 'GM0150;2019JJ00;lasten_per_gebruiker;;onbekend;seed-003:L1409;') },
    code: 'lege_waarde_zonder_noot', bestand: 'feiten/test.csv', regel: 2, kolom: 'waarde', tekst: /nooit 0/,
  },
  {
    naam: 'percentage buiten 0–100',
    t: { feiten: F + 'GM0200;2017HJ01;pct_jeugdhulp_zonder_verblijf;140;onbekend;seed-003:L1353;\n' },
    code: 'buiten_bereik', bestand: 'feiten/test.csv', regel: 7, kolom: 'waarde', tekst: /140/,
  },
  {
    naam: 'onbekende regiosoort',
    t: { regios: metRegel(GELDIG.regios, 6, 'GM0200;Apeldoorn;stad;;;3;;;') },
    code: 'onbekende_soort', bestand: 'regios.csv', regel: 6, kolom: 'soort', tekst: /'stad'/,
  },
  {
    naam: 'provincie die niet bestaat',
    t: { regios: metRegel(GELDIG.regios, 6, 'GM0200;Apeldoorn;gemeente;PV99;;3;;;') },
    code: 'onbekende_regio', bestand: 'regios.csv', regel: 6, kolom: 'provincie', tekst: /PV99/,
  },
  {
    naam: 'dubbele regiocode',
    t: { regios: GELDIG.regios + 'GM0150;Deventer bis;gemeente;;;;;;\n' },
    code: 'dubbele_sleutel', bestand: 'regios.csv', regel: 7, kolom: 'code', tekst: /regel 5/,
  },
  {
    naam: 'onbekende rol in referentieset',
    t: { referentiesets: metRegel(GELDIG.referentiesets, 3, 'GM0150;GM0200;buur;2;seed-003:L1415') },
    code: 'onbekende_rol', bestand: 'referentiesets.csv', regel: 3, kolom: 'rol', tekst: /'buur'/,
  },
  {
    naam: 'ontbrekende kolom in de kopregel',
    t: { feiten: F.replace('regio_code;periode;indicator;waarde;status;bron;noot', 'regio_code;periode;indicator;waarde;status;noot').replace(/;seed-003(:L\d+)?;/g, ';') },
    code: 'ontbrekende_kolom', bestand: 'feiten/test.csv', regel: 1, kolom: 'bron', tekst: /'bron' ontbreekt/,
  },
];

describe('validatie wijst elke soort slechte rij af met bestand, regel en kolom', () => {
  for (const g of gevallen) {
    it(g.naam, () => {
      const { fouten } = valideerDataset(invoer(g.t));
      const f = fouten.find((x) => x.code === g.code);
      expect(f, `verwacht fout ${g.code}, kreeg ${fouten.map(foutTekst).join(' | ')}`).toBeDefined();
      expect({ bestand: f!.bestand, regel: f!.regel, kolom: f!.kolom }).toEqual({ bestand: g.bestand, regel: g.regel, kolom: g.kolom });
      const tekst = foutTekst(f!);
      expect(tekst).toContain(`${g.bestand}, regel ${g.regel}, kolom '${g.kolom}'`);
      expect(tekst).toMatch(g.tekst);
    });
  }

  it('een afgekeurde rij komt niet in de dataset (geen half cijfer)', () => {
    const { dataset } = valideerDataset(invoer({ feiten: metRegel(F, 2, 'GM9999;2019JJ00;lasten_per_gebruiker;10143;onbekend;seed-003:L1409;') }));
    expect(dataset.feiten.some((f) => f.regio_code === 'GM9999')).toBe(false);
    expect(dataset.feiten).toHaveLength(4);
  });
});
