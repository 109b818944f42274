import { eenRegel } from './regel.ts';
import { vertaler } from '../i18n/teksten';
import { onderdrukKleineAantallen } from './onderdrukking.ts';
import type { ExportWaarde, GrafiekExportData } from './types.ts';
import type { Taal } from '../i18n/taal';
import { scheidingstekens } from '../i18n/format';
import { citeer, neutraliseerFormule } from '../model/csvVeld.ts';

export interface CsvOpties {
  /** Dutch: ";" and decimal comma (Excel nl-NL); English: "," and decimal point. */
  lang?: Taal;
  scheidingsteken?: ';' | ',' | '\t';
  /** Prefix "\uFEFF" so Excel reads UTF-8 (default true). */
  bom?: boolean;
}

const REGELEINDE = '\r\n'; // RFC 4180

/** A text cell of an export: a formula is neutralised, then the field is quoted where needed. */
function csvVeld(tekst: string, scheidingsteken: string): string {
  return citeer(neutraliseerFormule(tekst), scheidingsteken);
}

/** Plain number without thousands separators (they break re-import), full precision, no exponent. */
export function csvGetal(v: number, lang: Taal): string {
  if (!Number.isFinite(v)) return '';
  const s = v.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  return s.replace('.', scheidingstekens(lang).decimaal);
}

function celTekst(v: ExportWaarde | undefined, lang: Taal): string | null {
  if (v === null || v === undefined) return null; // missing stays an empty cell, never 0
  if (typeof v === 'number') return csvGetal(v, lang);
  return v;
}

/** The comment lines above the header: title, source, period, status, recipe, labels. */
export function csvPreambule(data: GrafiekExportData, lang: Taal = 'nl'): string[] {
  const t = vertaler(lang);
  const regels = [`${t('exp_titel')}: ${data.titel}`];
  if (data.ondertitel) regels.push(`${t('exp_ondertitel')}: ${data.ondertitel}`);
  regels.push(`${t('exp_bron')}: ${data.bronregel.replace(/^(Bron|Source):\s*/i, '')}`);
  regels.push(`${t('exp_periode')}: ${data.periode}`);
  regels.push(`${t('exp_status')}: ${data.status}`);
  if (data.recept) regels.push(`${t('exp_recept')}: ${data.recept}`);
  if (data.synthetisch) regels.push(t('exp_synthetisch'));
  if (data.eigenImport) regels.push(t('exp_eigen_import'));
  if (data.casusAantallen) regels.push(t('exp_onderdrukt'));
  for (const noot of data.noten ?? []) regels.push(`${t('exp_noten')}: ${noot}`);
  regels.push(`${t('exp_citatie')}: ${data.citatie}`);
  return regels.map((r) => `# ${eenRegel(r)}`);
}

/** CSV of exactly the rows and columns given (the rows the chart shows), preceded by "# …" lines. */
export function maakCsv(data: GrafiekExportData, opties: CsvOpties = {}): string {
  const lang = opties.lang ?? 'nl';
  const sep = opties.scheidingsteken ?? scheidingstekens(lang).csvVeld;
  const rijen = data.casusAantallen
    ? onderdrukKleineAantallen(
        data.rijen,
        data.kolommen.filter((k) => k.aantal).map((k) => k.sleutel),
      )
    : data.rijen;

  // Comment lines stay unquoted so `comment="#"` readers (pandas, R, Papa) skip them. Excel still
  // splits them at the separator, so a space after each separator keeps every piece inert: a
  // field starting with a space is neither a formula nor the start of a quoted field.
  const regels: string[] = csvPreambule(data, lang).map((r) => r.split(sep).join(`${sep} `).replace(/ {2,}/g, ' '));
  regels.push('');
  regels.push(
    data.kolommen
      .map((k) => csvVeld(eenRegel(k.eenheid ? `${k.label} (${k.eenheid})` : k.label), sep))
      .join(sep),
  );
  for (const rij of rijen) {
    regels.push(
      data.kolommen
        .map((k) => {
          const tekst = celTekst(rij[k.sleutel], lang);
          if (tekst === null) return '';
          // Numbers are formatted by us: a leading "-" is a real minus, not a formula, but a
          // decimal comma still needs quotes when "," is the separator.
          if (typeof rij[k.sleutel] === 'number') return tekst.includes(sep) ? `"${tekst}"` : tekst;
          return csvVeld(tekst, sep);
        })
        .join(sep),
    );
  }
  return (opties.bom === false ? '' : '\uFEFF') + regels.join(REGELEINDE) + REGELEINDE;
}
