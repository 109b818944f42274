/** Een kleine, geldige dataset als CSV-tekst, zodat elke test er één fout in kan zetten. */
import { parseCsv } from '../../../scripts/lib/csv.ts';
import type { DataInvoer } from '../../../scripts/lib/validate.ts';

export const GELDIG = {
  regios:
    'code;naam;soort;provincie;grootteklasse;stedelijkheid;opgeheven_per;opvolger_code;noot\n' +
    'NL01;Nederland;land;;;;;;\n' +
    'PV23;Overijssel;provincie;;;;;;\n' +
    'GK_100_150K;100-150K;grootteklasse;;;;;;\n' +
    'GM0150;Deventer;gemeente;PV23;GK_100_150K;2;;;\n' +
    'GM0200;Apeldoorn;gemeente;;;3;;;\n',
  grootteklassen: 'code;ondergrens;bovengrens;toelichting\nGK_100_150K;100000;150000;\n',
  indicatoren:
    'code;naam_nl;naam_en;eenheid;definitie;formule;richting;cbs_code\n' +
    'lasten_per_gebruiker;Lasten per gebruiker;Cost per user;euro;;;lager_gunstiger;\n' +
    'pct_jeugdhulp_zonder_verblijf;% zonder verblijf;% without residence;procent;;;neutraal;JH121\n' +
    'index_jeugdhulp_zonder_verblijf;Index;Index;index;;;neutraal;\n' +
    'inwoners;Inwoners;Inhabitants;aantal;;;neutraal;\n',
  bronnen:
    'id;titel;uitgever;jaar;tabel_id;document;regels;licentie;citatie\n' +
    'seed-003;Studie;Team;2021;;003.txt;;niet vermeld;\n',
  referentiesets:
    'focus_code;lid_code;rol;volgorde;bron\n' +
    'GM0150;GM0150;gemeente;1;seed-003:L1409\n' +
    'GM0150;GM0200;referentie;2;seed-003:L1415\n',
  discrepanties: 'regio_code;indicator;periode;soort;melding;bron\n',
  feiten:
    'regio_code;periode;indicator;waarde;status;bron;noot\n' +
    'GM0150;2019JJ00;lasten_per_gebruiker;10143;onbekend;seed-003:L1409;\n' +
    'GM0150;2017HJ01;pct_jeugdhulp_zonder_verblijf;8.1;onbekend;seed-003:L1347;\n' +
    'GM0150;2020HJ01;pct_jeugdhulp_zonder_verblijf;6.7;onbekend;seed-003:L1347;\n' +
    'GM0150;2020HJ01;index_jeugdhulp_zonder_verblijf;83;onbekend;seed-003:L1347;\n' +
    'GM0150;2021JJ00;inwoners;101236;onbekend;seed-003;\n',
};

export type Teksten = typeof GELDIG;

export function invoer(t: Partial<Teksten> = {}): DataInvoer {
  const x = { ...GELDIG, ...t };
  return {
    regios: [parseCsv(x.regios, 'regios.csv')],
    grootteklassen: parseCsv(x.grootteklassen, 'grootteklassen.csv'),
    indicatoren: parseCsv(x.indicatoren, 'indicatoren.csv'),
    bronnen: parseCsv(x.bronnen, 'bronnen.csv'),
    referentiesets: parseCsv(x.referentiesets, 'referentiesets.csv'),
    discrepanties: parseCsv(x.discrepanties, 'discrepanties.csv'),
    feiten: [parseCsv(x.feiten, 'feiten/test.csv')],
  };
}

/** Vervangt regel `n` (1-based, kopregel = 1) van een CSV-tekst. */
export function metRegel(tekst: string, n: number, nieuw: string): string {
  const regels = tekst.split('\n');
  regels[n - 1] = nieuw;
  return regels.join('\n');
}
