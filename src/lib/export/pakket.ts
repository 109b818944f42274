import { strToU8, zipSync, type Zippable } from 'fflate';
import { formatDatum } from './citatie.ts';
import { slug } from './download.ts';
import { eenRegel } from './regel.ts';
import { tekst, vertaler, type TekstSleutel } from '../i18n/teksten';
import type { GrafiekExportData } from './types.ts';
import type { Taal } from '../i18n/taal';

/*
 * "Raadsvraag-pakket": one zip a council member can attach to a written question — the chart as
 * PNG and SVG, the numbers as CSV, and a README with sources, definitions, peer recipe, status and
 * a citation line. Pure: the pieces come in as bytes/strings, so Node tests can unzip and check.
 */

export interface PakketInvoer {
  data: GrafiekExportData;
  /** Absent for a figure that is itself a table (no SVG): the zip then holds CSV and README. */
  png?: Uint8Array;
  svg?: string;
  csv: string;
  datum: Date;
  lang?: Taal;
}

export interface PakketNamen {
  png: string;
  svg: string;
  csv: string;
  readme: string;
}

export function pakketNamen(titel: string): PakketNamen {
  const s = slug(titel);
  return { png: `${s}.png`, svg: `${s}.svg`, csv: `${s}.csv`, readme: 'README.txt' };
}

const ZIP_ACHTERVOEGSEL = '-raadsvraag';

/** Stem shortened so that stem + "-raadsvraag" stays within the 80-character file-name slug. */
export function zipNaam(titel: string): string {
  return `${slug(titel, 80 - ZIP_ACHTERVOEGSEL.length)}${ZIP_ACHTERVOEGSEL}.zip`;
}

const NL = '\r\n'; // README is opened in Notepad on council laptops

function kop(tekst: string): string[] {
  return ['', tekst, '-'.repeat(tekst.length)];
}

export function maakReadme(inv: Omit<PakketInvoer, 'png' | 'svg' | 'csv'> & { metBeelden?: boolean }): string {
  const metBeelden = inv.metBeelden ?? true;
  const lang = inv.lang ?? 'nl';
  const t = vertaler(lang);
  const d = inv.data;
  const namen = pakketNamen(d.titel);
  const kopregel = tekst(lang, 'bron_raadsvraag_pakket_jeugdzorg_verkenner');
  const r: string[] = [kopregel, '='.repeat(kopregel.length), ''];
  if (d.synthetisch) r.push(`!! ${t('exp_synthetisch').toUpperCase()} !!`, '');
  if (d.eigenImport) r.push(`!! ${t('exp_eigen_import')} !!`, '');
  r.push(`${t('exp_titel')}: ${eenRegel(d.titel)}`);
  if (d.ondertitel) r.push(`${t('exp_ondertitel')}: ${eenRegel(d.ondertitel)}`);

  if (d.samenvatting) r.push(...kop(t('exp_samenvatting')), eenRegel(d.samenvatting));
  r.push(...kop(t('exp_beschrijving')), eenRegel(d.beschrijving));

  r.push(...kop(tekst(lang, 'bron_bronnen_status')));
  r.push(eenRegel(d.bronregel));
  r.push(`${t('exp_periode')}: ${eenRegel(d.periode)}`);
  r.push(`${t('exp_status')}: ${eenRegel(d.status)}`);
  if (d.dataversie) r.push(`${t('exp_dataversie')}: ${eenRegel(d.dataversie)}`);
  if (d.url) r.push(`${t('exp_link')}: ${d.url}`);
  if (d.casusAantallen) r.push(t('exp_onderdrukt'));

  if (d.recept) r.push(...kop(t('exp_recept')), eenRegel(d.recept));

  if (d.definities?.length) {
    r.push(...kop(t('exp_definities')));
    for (const def of d.definities) r.push(`- ${eenRegel(def.term)}: ${eenRegel(def.uitleg)}`);
  }
  if (d.noten?.length) {
    r.push(...kop(t('exp_noten')));
    for (const n of d.noten) r.push(`- ${eenRegel(n)}`);
  }

  r.push(...kop(t('exp_citatie')), eenRegel(d.citatie));

  r.push(...kop(t('exp_bestanden')));
  const bestand = (naam: string, wat: TekstSleutel) => `- ${naam}: ${t(wat)}`;
  if (metBeelden) r.push(bestand(namen.png, 'exp_bestand_png'), bestand(namen.svg, 'exp_bestand_svg'));
  r.push(bestand(namen.csv, 'exp_bestand_csv'), bestand(namen.readme, 'exp_bestand_readme'));
  r.push('', `${t('exp_gemaakt')} ${formatDatum(inv.datum, lang)}.`, '');
  return r.join(NL);
}

/** The zip as bytes; PNG is stored (already compressed), text is deflated. */
export function maakRaadsvraagPakket(inv: PakketInvoer): Uint8Array {
  const namen = pakketNamen(inv.data.titel);
  const mtime = inv.datum;
  const metBeelden = inv.png !== undefined && inv.svg !== undefined;
  const bestanden: Zippable = {
    ...(metBeelden ? { [namen.png]: [inv.png!, { level: 0, mtime }], [namen.svg]: [strToU8(inv.svg!), { level: 6, mtime }] } : {}),
    [namen.csv]: [strToU8(inv.csv), { level: 6, mtime }],
    [namen.readme]: [strToU8(maakReadme({ ...inv, metBeelden })), { level: 6, mtime }],
  };
  return zipSync(bestanden);
}
