import type { Taal } from '../i18n/taal';


/** Words of the chart frame's share/export menu and the embed page, in both languages. */
const NL = {
  menu: 'Delen en downloaden',
  menuLabel: (titel: string) => `Delen en downloaden: ${titel}`,
  insluiten: 'Insluiten',
  insluitenUitleg: 'Plak deze code in uw artikel of site. De grafiek past zich aan de breedte aan; het script zet de hoogte goed.',
  insluitCode: 'Insluitcode',
  nietInsluitbaar: 'Insluiten kan niet',
  png: 'Download PNG',
  svg: 'Download SVG',
  csv: 'Download CSV',
  pakket: 'Raadsvraag-pakket (zip)',
  kopieerLink: 'Kopieer link',
  link: 'Link naar deze weergave',
  kopieer: 'Kopieer',
  gekopieerd: 'Gekopieerd naar het klembord.',
  nietGekopieerd: 'Kopiëren lukte niet; selecteer de tekst en kopieer die zelf.',
  gedownload: (naam: string) => `Gedownload: ${naam}`,
  mislukt: (fout: string) => `Exporteren mislukt: ${fout}`,
  sluiten: 'Sluiten',
  bekijk: 'Bekijk in de Verkenner',
  onbekendeGrafiek: (id: string) => `Grafiek "${id}" bestaat niet (meer). Bekijk de Verkenner voor de actuele grafieken.`,
  nietBeschikbaar: 'Deze grafiek is voor deze keuze niet beschikbaar.',
  synthetisch: 'synthetische voorbeelddata',
  attributie: 'Grafiek: Jeugdzorg Verkenner. CBS-gegevens onder CC BY 4.0.',
  attributieZonderCbs: 'Grafiek: Jeugdzorg Verkenner.',
  attributieStudie: 'Grafiek: Jeugdzorg Verkenner. Cijfers: Sondeijker e.a. (2021), casusonderzoek beheersbare transformatie van de jeugdhulp, hoofdstuk 6.',
};

type MenuTeksten = typeof NL;

const EN: MenuTeksten = {
  menu: 'Share and download',
  menuLabel: (titel: string) => `Share and download: ${titel}`,
  insluiten: 'Embed',
  insluitenUitleg: 'Paste this code into your article or site. The chart follows the width; the script sets the height.',
  insluitCode: 'Embed code',
  nietInsluitbaar: 'Cannot embed',
  png: 'Download PNG',
  svg: 'Download SVG',
  csv: 'Download CSV',
  pakket: 'Council question package (zip)',
  kopieerLink: 'Copy link',
  link: 'Link to this view',
  kopieer: 'Copy',
  gekopieerd: 'Copied to the clipboard.',
  nietGekopieerd: 'Copying failed; select the text and copy it yourself.',
  gedownload: (naam: string) => `Downloaded: ${naam}`,
  mislukt: (fout: string) => `Export failed: ${fout}`,
  sluiten: 'Close',
  bekijk: 'View in the Verkenner',
  onbekendeGrafiek: (id: string) => `Chart "${id}" does not exist (any more). See the Verkenner for the current charts.`,
  nietBeschikbaar: 'This chart is not available for this choice.',
  synthetisch: 'synthetic example data',
  attributie: 'Chart: Jeugdzorg Verkenner. CBS data under CC BY 4.0.',
  attributieZonderCbs: 'Chart: Jeugdzorg Verkenner.',
  attributieStudie: 'Chart: Jeugdzorg Verkenner. Figures: Sondeijker et al. (2021), case study of a manageable transformation of youth care, chapter 6.',
};

export function menuTeksten(taal: Taal): MenuTeksten {
  return taal === 'en' ? EN : NL;
}
