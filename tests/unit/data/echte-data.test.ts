/**
 * De echte data in data/: bouwt, bevat de 38 rijen van seed 003 precies zoals gedrukt, en de
 * berekende vlaggen zijn precies de gedocumenteerde discrepanties.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { leesDatamap } from '../../../scripts/lib/load.ts';
import { valideerDataset, foutTekst } from '../../../scripts/lib/validate.ts';
import { berekenVlaggen, combineerVlaggen } from '../../../scripts/lib/flags.ts';
import { BEREKENBARE_VLAGSOORTEN, vlagSleutel, type Dataset } from '../../../scripts/lib/schema.ts';

let ds: Dataset;
beforeAll(() => {
  const { dataset, fouten } = valideerDataset(leesDatamap('data'));
  expect(fouten.map(foutTekst)).toEqual([]);
  ds = dataset;
});

const waarde = (regio: string, indicator: string, periode: string) =>
  ds.feiten.find((f) => f.regio_code === regio && f.indicator === indicator && f.periode === periode);

/**
 * Seed 003 §3.4 (research/seed-003.md), overgenomen uit de tabellen van hoofdstuk 6 — onafhankelijk
 * van data/ getypt. null = 'x' (niet van toepassing); '-' = '–' (niet gepubliceerd).
 * [code, ses, armoede, lasten/gebr, lasten/inw, index lasten, % 2017H1, % 2020H1, index gebruik]
 */
type W = number | null | '-';
const SEED: [string, W, W, W, W, W, W, W, W][] = [
  ['GM0150', 2, 3, 10143, 240, 108, 8.1, 6.7, 83],
  ['GK_100_150K', null, null, null, 375, 192, null, null, null],
  ['JR_IJSSELLAND', null, null, null, null, null, 6.9, 6.4, 93],
  ['GM0200', 4, 3, 13706, 366, 163, 7.4, 7.4, 100],
  ['GM0202', 1, 1, 12319, 332, 121, 6.7, 7.1, 106],
  ['GM0301', 2, 2, 13358, 392, 126, 8.4, 8.2, 98],
  ['GM0193', 4, 4, 13009, 368, 137, 7.4, 7.1, 96],
  ['GM0344', 6, 2, 6626, 237, 118, 9.1, 10.2, 112],
  ['GK_150_300K', null, null, null, 375, 127, null, null, null],
  ['GM0307', 8, 4, 10250, '-', '-', 7.5, 6.6, 88],
  ['GM0402', 6, 3, 8627, 201, 123, 6.1, 6.8, 111],
  ['GM0513', 4, 2, 10096, 338, 129, 6.8, 9.0, 132],
  ['GM0363', 1, 1, 11690, 281, 160, 8.1, 7.5, 93],
  ['GM0518', 1, 1, 9420, 277, 144, 9.7, 7.8, 80],
  ['GM0599', 1, 1, 9548, 256, 129, 8.6, 5.6, 65],
  ['GM0297', 5, 7, 6748, 236, 180, 8.0, 8.8, 110],
  ['GK_20_50K', null, null, null, 262, 153, null, null, null],
  ['JR_RIVIERENLAND', null, null, null, null, null, 7.0, 7.0, 100],
  ['GM1959', 6, 9, 8028, 199, 147, 6.5, 5.8, 89],
  ['GM0214', 8, 6, 9643, 227, 159, 5.8, 5.9, 102],
  ['GM0797', 7, 9, 6336, 183, 110, 5.6, 8.7, 155],
  ['GM0263', 7, 6, 8734, 203, 146, 5.7, 6.0, 105],
  ['GM1960', 9, 9, 9223, 209, 149, 6.1, 5.6, 92],
  ['GM1894', 6, 9, 11239, 201, 114, 7.8, 5.9, 102],
  ['GK_20_50K', null, null, null, 262, 153, null, null, null],
  ['JR_NOORD_LIMBURG', null, null, null, null, null, 7.6, 7.5, 99],
  ['GM0889', 2, 5, 9406, 250, 130, 7.8, 9.2, 118],
  ['GM1507', 6, 10, 8811, 218, 168, 6.9, 7.5, 109],
  ['GM1640', 7, 8, 10736, 318, 194, 9.7, 10.6, 109],
  ['GM0946', 6, 9, 8263, 209, 158, 8.3, 9.3, 112],
  ['GM1674', 3, 1, 10079, 280, 114, 7.2, 8.6, 119],
  ['GK_50_100K', null, null, null, 290, 118, null, null, null],
  ['JR_WEST_BRABANT_WEST', null, null, null, null, null, 6.8, 7.9, 116],
  ['GM0748', 3, 1, 9616, 269, 152, 6.6, 8.9, 135],
  ['GM0758', 5, 2, 19105, 411, 123, 5.0, 6.2, 124],
  ['GM0505', 3, 2, 11022, 304, 141, 7.6, 8.3, 109],
  ['GM0664', 3, 4, 10489, 287, 176, 7.3, 8.1, 111],
  ['NL01', null, null, 11409, 293, 151, 7.1, 7.2, 101],
];
const KOLOM: [string, string][] = [
  ['ses_deciel', '2019JJ00'],
  ['armoede_deciel', '2019JJ00'],
  ['lasten_per_gebruiker', '2019JJ00'],
  ['lasten_per_inwoner', '2019JJ00'],
  ['index_lasten_per_inwoner', '2019JJ00'],
  ['pct_jeugdhulp_zonder_verblijf', '2017HJ01'],
  ['pct_jeugdhulp_zonder_verblijf', '2020HJ01'],
  ['index_jeugdhulp_zonder_verblijf', '2020HJ01'],
];

describe('seed 003 hoofdstuk 6: alle 38 rijen, precies zoals gedrukt', () => {
  it('heeft 38 rijen en elke gedrukte waarde staat als feit met seed-bron en regelnummer', () => {
    expect(SEED).toHaveLength(38);
    let gecontroleerd = 0;
    for (const [code, ...w] of SEED) {
      KOLOM.forEach(([ind, per], i) => {
        const f = waarde(code, ind, per);
        const verwacht = w[i];
        if (verwacht === null) {
          expect(f, `${code} ${ind} ${per} is 'x' in de bron: geen feit`).toBeUndefined();
          return;
        }
        expect(f, `${code} ${ind} ${per}`).toBeDefined();
        expect(f!.bron).toMatch(/^seed-003:L\d{4}/);
        expect(f!.status).toBe('onbekend');
        if (verwacht === '-') {
          expect(f!.waarde).toBeNull();
          expect(f!.noot).toContain("niet gepubliceerd ('–') in de bron");
        } else {
          expect(f!.waarde, `${code} ${ind} ${per}`).toBe(verwacht);
        }
        gecontroleerd++;
      });
    }
    expect(gecontroleerd).toBeGreaterThan(250); // NL en 20-50K tellen dubbel
  });

  it('bevat geen andere seed-feiten dan deze (250 unieke feiten, 37 unieke eenheden)', () => {
    const seed = ds.feiten.filter((f) => f.bron.startsWith('seed-003'));
    expect(seed).toHaveLength(250);
    expect(new Set(seed.map((f) => f.regio_code)).size).toBe(37);
  });

  it('Amersfoort € 10.250 draagt de noot over de eigen jaarrekening', () => {
    const f = waarde('GM0307', 'lasten_per_gebruiker', '2019JJ00')!;
    expect(f.noot).toMatch(/jaarrekening gemeente Amersfoort/);
    expect(f.noot).toMatch(/L1486–L1487/);
  });

  it('referentiesets: per casus gemeente, grootteklasse, Nederland, (regio) en referenties in gedrukte volgorde', () => {
    const set = (focus: string, rol: string) =>
      ds.referentiesets.filter((r) => r.focus_code === focus && r.rol === rol).sort((a, b) => a.volgorde - b.volgorde).map((r) => r.lid_code);
    expect(set('GM0150', 'referentie')).toEqual(['GM0200', 'GM0202', 'GM0301', 'GM0193']);
    expect(set('GM0344', 'referentie')).toEqual(['GM0307', 'GM0402', 'GM0513', 'GM0363', 'GM0518', 'GM0599']);
    expect(set('GM0344', 'jeugdregio')).toEqual([]);
    expect(set('GM1674', 'jeugdregio')).toEqual(['JR_WEST_BRABANT_WEST']);
    for (const focus of ['GM0150', 'GM0344', 'GM0297', 'GM1894', 'GM1674']) {
      expect(set(focus, 'land')).toEqual(['NL01']);
      expect(set(focus, 'gemeente')).toEqual([focus]);
      expect(set(focus, 'grootteklasse')).toHaveLength(1);
    }
    expect(ds.referentiesets).toHaveLength(42);
  });

  it('de codes van de gemeenten horen bij de namen zoals gedrukt (naam uit KWB 2021)', () => {
    const naam = new Map(ds.regios.map((r) => [r.code, r.naam]));
    const gedrukt: [string, string][] = [
      ['GM0150', 'Deventer'], ['GM0344', 'Utrecht'], ['GM0297', 'Zaltbommel'], ['GM1894', 'Peel en Maas'], ['GM1674', 'Roosendaal'],
      ['GM0200', 'Apeldoorn'], ['GM0202', 'Arnhem'], ['GM0301', 'Zutphen'], ['GM0193', 'Zwolle'], ['GM0307', 'Amersfoort'],
      ['GM0402', 'Hilversum'], ['GM0513', 'Gouda'], ['GM0363', 'Amsterdam'], ['GM0518', "'s-Gravenhage"], ['GM0599', 'Rotterdam'],
      ['GM1959', 'Altena'], ['GM0214', 'Buren'], ['GM0797', 'Heusden'], ['GM0263', 'Maasdriel'], ['GM1960', 'West Betuwe'],
      ['GM0889', 'Beesel'], ['GM1507', 'Horst aan de Maas'], ['GM1640', 'Leudal'], ['GM0946', 'Nederweert'],
      ['GM0748', 'Bergen op Zoom'], ['GM0758', 'Breda'], ['GM0505', 'Dordrecht'], ['GM0664', 'Goes'],
    ];
    for (const [code, n] of gedrukt) expect(naam.get(code), code).toBe(n);
  });
});

describe('vlaggen', () => {
  it('de berekende vlaggen zijn precies de gedocumenteerde (berekenbare) discrepanties', () => {
    const berekend = berekenVlaggen(ds).map(vlagSleutel).sort();
    const soorten = new Set<string>(BEREKENBARE_VLAGSOORTEN);
    const gedocumenteerd = ds.discrepanties.filter((d) => soorten.has(d.soort)).map(vlagSleutel).sort();
    expect(berekend).toEqual(gedocumenteerd);
    expect(berekend.length).toBeGreaterThanOrEqual(6);
  });

  it('vlagt Peel en Maas (7,8 % → 5,9 % geeft 76, gedrukt 102) en geen andere index', () => {
    const idx = berekenVlaggen(ds).filter((v) => v.soort === 'index_wijkt_af');
    expect(idx.map((v) => v.regio_code)).toEqual(['GM1894']);
    expect(idx[0].berekening).toContain('= 76');
  });

  it('vlagt € 375 voor beide grootteklassen en Utrecht buiten zijn grootteklasse', () => {
    const v = berekenVlaggen(ds);
    expect(v.filter((x) => x.soort === 'dubbele_waarde').map((x) => x.regio_code).sort()).toEqual(['GK_100_150K', 'GK_150_300K']);
    expect(v.filter((x) => x.soort === 'grootteklasse_strijdig').map((x) => x.regio_code)).toEqual(['GM0344']);
  });

  it('de vlaggenlijst bevat ook de niet-berekenbare bronnotitie van Amersfoort, en niets blijft ongedocumenteerd', () => {
    const c = combineerVlaggen(ds, berekenVlaggen(ds));
    expect(c.ongedocumenteerd).toEqual([]);
    expect(c.nietGevonden).toEqual([]);
    expect(c.vlaggen.find((x) => x.regio_code === 'GM0307' && x.soort === 'bron_afwijkend')?.indicator).toBe('lasten_per_gebruiker');
    expect(c.vlaggen).toHaveLength(ds.discrepanties.length);
  });
});

describe('KWB en gemeenten', () => {
  it('356 gemeenten: 352 uit KWB 2021 plus 4 nieuwe, met namen', () => {
    const gm = ds.regios.filter((r) => r.soort === 'gemeente');
    expect(gm).toHaveLength(356);
    expect(gm.every((r) => r.naam.length > 0)).toBe(true);
    const naam = new Map(gm.map((r) => [r.code, r.naam]));
    expect([naam.get('GM1980'), naam.get('GM1982'), naam.get('GM1991'), naam.get('GM1992')]).toEqual([
      'Dijk en Waard', 'Land van Cuijk', 'Maashorst', 'Voorne aan Zee',
    ]);
  });

  it('de 10 in 2022 opgeheven gemeenten houden hun eigen rij en cijfers, met opvolger', () => {
    const tien = ['GM0370', 'GM0756', 'GM1684', 'GM0786', 'GM0398', 'GM1685', 'GM0416', 'GM0815', 'GM1702', 'GM0856'];
    for (const code of tien) {
      const r = ds.regios.find((x) => x.code === code)!;
      expect(r.opgeheven_per, code).toBe('2022-01-01');
      expect(['GM0439', 'GM1980', 'GM1982', 'GM1991']).toContain(r.opvolger_code);
      expect(waarde(code, 'kwb_pct_jongeren_jeugdzorg', '2021JJ00')?.waarde, code).toBeTypeOf('number');
      expect(waarde(code, 'inwoners', '2024JJ00'), `${code} bestaat niet meer in 2024`).toBeUndefined();
    }
    // Niets opgeteld in de opvolger: Dijk en Waard heeft geen KWB 2021-cijfers.
    expect(ds.feiten.filter((f) => f.regio_code === 'GM1980' && f.periode === '2021JJ00')).toEqual([]);
  });

  it('geen enkel feit voor een onbekende regio', () => {
    const codes = new Set(ds.regios.map((r) => r.code));
    expect(ds.feiten.filter((f) => !codes.has(f.regio_code))).toEqual([]);
  });

  it('KWB-jeugdzorgaandeel: status onbekend en een noot over de verslagperiode; inwoners 2021 en 2024 apart', () => {
    const f = waarde('GM0150', 'kwb_pct_jongeren_jeugdzorg', '2021JJ00')!;
    expect(f.bron).toBe('cbs-85039NED');
    expect(f.status).toBe('onbekend');
    expect(f.noot).toMatch(/verslagperiode/);
    expect(waarde('GM0150', 'inwoners', '2021JJ00')?.waarde).toBe(101236);
    expect(waarde('GM0150', 'inwoners', '2024JJ00')?.bron).toBe('cbs-85984NED');
    // Nederland: alleen inwoners uit KWB (het nlstat-"landtotaal" is een ongewogen gemiddelde).
    expect(ds.feiten.filter((x) => x.regio_code === 'NL01' && x.bron.startsWith('cbs')).map((x) => x.indicator)).toEqual(['inwoners', 'inwoners']);
  });

  it('de KWB-jeugdzorg-indicator en de JH121-indicator zijn verschillend benoemd', () => {
    const a = ds.indicatoren.find((i) => i.code === 'kwb_pct_jongeren_jeugdzorg')!;
    const b = ds.indicatoren.find((i) => i.code === 'pct_jeugdhulp_zonder_verblijf')!;
    expect(a.naam_nl).not.toBe(b.naam_nl);
    expect(a.naam_en).not.toBe(b.naam_en);
    expect(b.richting).toBe('neutraal');
  });
});
