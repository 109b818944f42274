/** De pure KWB-omzetting op een klein, zelfgemaakt voorbeeld. */
import { describe, expect, it } from 'vitest';
import { converteerKwb, afgeleideKlasse, type Nlstat } from '../../../scripts/lib/kwb.ts';
import type { Grootteklasse, Regio } from '../../../scripts/lib/schema.ts';

const prov = (code: string, naam: string): Regio => ({
  code, naam, soort: 'provincie', provincie: '', grootteklasse: '', stedelijkheid: null, opgeheven_per: '', opvolger_code: '', noot: '',
});
const PROV = [prov('PV27', 'Noord-Holland'), prov('PV21', 'Fryslân')];
const KLASSEN: Grootteklasse[] = [
  { code: 'GKA_0_50K', ondergrens: 0, bovengrens: 50000, toelichting: '' },
  { code: 'GKA_50K_PLUS', ondergrens: 50000, bovengrens: null, toelichting: '' },
  { code: 'GK_20_50K', ondergrens: 20000, bovengrens: 50000, toelichting: 'studieklasse, niet voor afleiding' },
];

const KWB21: Nlstat = {
  Gemeente: {
    GM0398: { Naam: '', Provincie: 'Noord-Holland', Population: 58387, Inequality: { 'Youth welfare (%)': 12.4 }, Services: { 'Degree of urbanisation (1–5)': 2 } },
    GM0416: { Naam: '', Provincie: 'Noord-Holland', Population: 28335, Inequality: { 'Youth welfare (%)': 8.7 }, WelfareCare: { 'Wmo care clients (per 1k)': null } },
    GM0080: { Naam: 'Leeuwarden', Provincie: 'Friesland', Population: 124058, Inequality: { 'Youth welfare (%)': 13 } },
  },
  'Netherlands Total': { Population: 58387 + 28335 + 124058, Inequality: { 'Youth welfare (%)': 11.4 } },
};
const KWB24 = { GM1980: { AantalInwoners_5: 90000 }, GM0080: { AantalInwoners_5: 125000 }, WK008000: { AantalInwoners_5: 5 } };
const HER = [
  { van_code: 'GM0398', van_naam: 'Heerhugowaard', naar_code: 'GM1980', naar_naam: 'Dijk en Waard', ingangsdatum: '2022-01-01', bron: 'CBS' },
  { van_code: 'GM0416', van_naam: 'Langedijk', naar_code: 'GM1980', naar_naam: 'Dijk en Waard', ingangsdatum: '2022-01-01', bron: 'CBS' },
];

describe('converteerKwb', () => {
  const uit = converteerKwb(KWB21, KWB24, HER, PROV, KLASSEN);
  const regio = (c: string) => uit.regios.find((r) => r.code === c)!;

  it('opgeheven gemeenten houden hun eigen rij, naam uit herindelingen en opvolger', () => {
    expect(regio('GM0398')).toMatchObject({ naam: 'Heerhugowaard', opgeheven_per: '2022-01-01', opvolger_code: 'GM1980', provincie: 'PV27' });
    expect(regio('GM0416').naam).toBe('Langedijk');
    expect(uit.feiten2021.find((f) => f.regio_code === 'GM0398' && f.indicator === 'kwb_pct_jongeren_jeugdzorg')?.waarde).toBe(12.4);
  });

  it('de opvolger krijgt geen opgetelde of gemiddelde 2021-cijfers, wel zijn eigen 2024-inwoners', () => {
    expect(regio('GM1980')).toMatchObject({ naam: 'Dijk en Waard', provincie: 'PV27', grootteklasse: 'GKA_50K_PLUS', stedelijkheid: null });
    expect(uit.feiten2021.filter((f) => f.regio_code === 'GM1980')).toEqual([]);
    expect(uit.feiten2024.find((f) => f.regio_code === 'GM1980')?.waarde).toBe(90000);
  });

  it('ontbrekend blijft ontbrekend (geen 0) en wijken worden genegeerd', () => {
    expect(uit.feiten2021.some((f) => f.regio_code === 'GM0416' && f.indicator === 'wmo_clienten_per_1000')).toBe(false);
    expect(uit.feiten2024.some((f) => f.regio_code.startsWith('WK'))).toBe(false);
  });

  it('Nederland: alleen inwoners als som; het ongewogen nlstat-gemiddelde wordt niet overgenomen', () => {
    const nl = uit.feiten2021.filter((f) => f.regio_code === 'NL01');
    expect(nl.map((f) => [f.indicator, f.waarde])).toEqual([['inwoners', 210780]]);
    expect(uit.feiten2024.find((f) => f.regio_code === 'NL01')?.waarde).toBe(215000);
  });

  it('provincie-alias Friesland → Fryslân en afgeleide grootteklasse alleen uit GKA_-klassen', () => {
    expect(regio('GM0080').provincie).toBe('PV21');
    expect(regio('GM0416').grootteklasse).toBe('GKA_0_50K');
    expect(afgeleideKlasse(30000, KLASSEN)).toBe('GKA_0_50K');
    expect(uit.waarschuwingen).toEqual([]);
  });

  it('periodes en status: inwoners 2021JJ00, KWB-kenmerken onder de editie met status onbekend en noot', () => {
    const j = uit.feiten2021.find((f) => f.regio_code === 'GM0080' && f.indicator === 'kwb_pct_jongeren_jeugdzorg')!;
    expect(j).toMatchObject({ periode: '2021JJ00', status: 'onbekend', bron: 'cbs-85039NED' });
    expect(j.noot).toMatch(/verslagperiode/);
  });
});
