// "Download sjabloon": the three files of the case data contract with two invented example cases
// and a reference of every column and code (LEESMIJ.txt), built from the contract itself so the
// template can never drift from what the importer accepts. Pure; the view zips and downloads it.
import {
  CATEGORIE, DATUM_KWALITEIT, DOMEIN_EPISODE, DOMEIN_KOSTEN, GESLACHT, KOLOMMEN, KWALITEIT, ONDERWIJSSOORT,
  TOESTAND_ONDERWIJS, TOESTAND_ZORG, type Tabel,
} from './contract';

/** Two invented cases (ids say so): one PO child who drops out and gets day care, one VO child with a waiting list. */
const VOORBEELD: Record<Exclude<Tabel, 'dataset'>, string[][]> = {
  casus: [
    ['voorbeeld-1', 'GM0150', '2013', 'v'],
    ['voorbeeld-2', 'GM0150', '2009', ''],
  ],
  episode: [
    ['voorbeeld-1', 'onderwijs', 'INGESCHREVEN', 'PO', '2021-08-30', '2022-11-01', 'exact'],
    ['voorbeeld-1', 'onderwijs', 'VOLLEDIG_VERZUIM', 'PO', '2022-11-01', '', 'maand'],
    ['voorbeeld-1', 'zorg', 'AMBULANT', '', '2021-09-01', '2022-11-01', 'exact'],
    ['voorbeeld-1', 'zorg', 'DAGBESTEDING', '', '2022-11-01', '', 'exact'],
    ['voorbeeld-2', 'onderwijs', 'GEDEELTELIJK_VERZUIM', 'VO', '2022-09-01', '2023-06-01', 'geschat'],
    ['voorbeeld-2', 'zorg', 'WACHTLIJST', '', '2022-10-01', '2023-03-01', 'exact'],
    ['voorbeeld-2', 'onderwijs', 'INGESCHREVEN', 'VSO', '2023-06-01', '', 'exact'],
  ],
  kosten: [
    ['voorbeeld-1', '2021-09-01', '2022-11-01', 'jeugdzorg', 'ambulant', '8400.00', 'exact'],
    ['voorbeeld-1', '2022-11-01', '2023-11-01', 'jeugdzorg', 'dagbesteding', '31200.50', 'toegerekend'],
    ['voorbeeld-2', '2023-06-01', '2024-06-01', 'onderwijs', 'onderwijs_speciaal', '19500.00', 'geschat'],
  ],
};

const UITLEG: Record<string, string> = {
  casus_id: 'eigen code per kind; geen naam of BSN (de bestanden verlaten de browser niet, maar gebruik toch geen persoonsgegevens)',
  gemeente_code: 'CBS-gemeentecode, GM + 4 cijfers (bijv. GM0150)',
  geboortejaar: 'jaar, mag leeg',
  geslacht: `${GESLACHT.join(', ')}, of leeg`,
  domein: `episode: ${DOMEIN_EPISODE.join(', ')}; kosten: ${DOMEIN_KOSTEN.join(', ')}`,
  toestand: `onderwijs: ${TOESTAND_ONDERWIJS.join(', ')}; zorg: ${TOESTAND_ZORG.join(', ')}`,
  onderwijssoort: `${ONDERWIJSSOORT.join(', ')}; alleen bij domein onderwijs, anders leeg`,
  begin: 'datum JJJJ-MM-DD (of DD-MM-JJJJ)',
  einde: 'datum JJJJ-MM-DD, exclusief; leeg = loopt nog (bij kosten verplicht)',
  datum_kwaliteit: DATUM_KWALITEIT.join(', '),
  categorie: CATEGORIE.join(', '),
  bedrag_eur: 'euro over de periode [begin, einde); decimale komma of punt',
  kwaliteit: KWALITEIT.join(', '),
};

/** Column reference per file, one line per column (also shown under a rejected header). */
export function kolomUitleg(tabel: Exclude<Tabel, 'dataset'>): string[] {
  return KOLOMMEN[tabel].map((k) => `${k}: ${UITLEG[k] ?? ''}`);
}

export function casusSjabloon(): Record<string, string> {
  const csv = (t: Exclude<Tabel, 'dataset'>) => [KOLOMMEN[t].join(';'), ...VOORBEELD[t].map((r) => r.join(';'))].join('\r\n') + '\r\n';
  const leesmij = [
    'SJABLOON CASUSBESTAND - Jeugdzorg Verkenner',
    '',
    'Drie bestanden (puntkomma-gescheiden, UTF-8). Laad ze samen op de pagina Eigen data of Kosten.',
    'De twee casussen "voorbeeld-1" en "voorbeeld-2" zijn VERZONNEN voorbeelden: vervang ze door uw eigen casussen.',
    '',
    ...(['casus', 'episode', 'kosten'] as const).flatMap((t) => [`${t}.csv`, ...kolomUitleg(t).map((r) => `  - ${r}`), '']),
  ].join('\r\n');
  return { 'casus.csv': csv('casus'), 'episode.csv': csv('episode'), 'kosten.csv': csv('kosten'), 'LEESMIJ.txt': leesmij };
}
