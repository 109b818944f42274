import type { Taal } from '../i18n/taal';


/** Fixed words used in exports, in one place so CSV, SVG and README say the same thing. */
/** Fixed texts contain no ';' or '"', so CSV comment lines stay unquoted. */
export interface ExportTeksten {
  titel: string;
  ondertitel: string;
  bron: string;
  periode: string;
  status: string;
  recept: string;
  samenvatting: string;
  synthetisch: string;
  synthetischBadge: string;
  eigenImport: string;
  onderdrukt: string;
  beschrijving: string;
  citatie: string;
  definities: string;
  noten: string;
  bestanden: string;
  link: string;
  dataversie: string;
  gemaakt: string;
}

const NL: ExportTeksten = {
  titel: 'Titel',
  ondertitel: 'Ondertitel',
  bron: 'Bron',
  periode: 'Periode',
  status: 'Status',
  recept: 'Referentiegroep',
  samenvatting: 'Samenvatting',
  synthetisch: 'Synthetische voorbeelddata: geen echte cijfers van een gemeente',
  synthetischBadge: 'synthetisch',
  eigenImport:
    'Eigen import: gebaseerd op een bestand dat de gebruiker zelf in de browser heeft geladen. Deze gegevens zijn niet openbaar en niet gecontroleerd door de Jeugdzorg Verkenner',
  onderdrukt: 'Aantallen kleiner dan 5 uit casusdata zijn weergegeven als < 5',
  beschrijving: 'Beschrijving',
  citatie: 'Citeren als',
  definities: 'Definities',
  noten: 'Noten',
  bestanden: 'Bestanden in dit pakket',
  link: 'Bekijk in de Verkenner',
  dataversie: 'Dataversie',
  gemaakt: 'Gemaakt op',
};

const EN: ExportTeksten = {
  titel: 'Title',
  ondertitel: 'Subtitle',
  bron: 'Source',
  periode: 'Period',
  status: 'Status',
  recept: 'Reference group',
  samenvatting: 'Summary',
  synthetisch: 'Synthetic example data: not real figures of any municipality',
  synthetischBadge: 'synthetic',
  eigenImport:
    "Own import: based on a file the user loaded in the browser. This data is not public and has not been checked by the Jeugdzorg Verkenner",
  onderdrukt: 'Counts below 5 from case data are shown as < 5',
  beschrijving: 'Description',
  citatie: 'Cite as',
  definities: 'Definitions',
  noten: 'Notes',
  bestanden: 'Files in this package',
  link: 'View in the Verkenner',
  dataversie: 'Data version',
  gemaakt: 'Created on',
};

export function exportTeksten(taal: Taal = 'nl'): ExportTeksten {
  return taal === 'en' ? EN : NL;
}

/** Export text must be one line: collapse newlines and runs of whitespace. */
export function eenRegel(tekst: string): string {
  return tekst.replace(/[\s\u2028\u2029]+/g, ' ').trim();
}
