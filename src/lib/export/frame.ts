import type { GrafiekMeta } from '../charts/types.ts';
import { redenNietInsluitbaar } from '../embed/code.ts';
import { isInsluitbaarId } from '../embed/grafieken.ts';
import { maakCitatie } from './citatie.ts';
import { eenRegel } from './regel.ts';
import type { GrafiekExportData } from './types.ts';
import type { Taal } from '../i18n/taal';
import { tekst } from '../i18n/teksten';

/*
 * From a chart frame's meta (what the reader sees) to the export description every download
 * shares, plus the share and embed addresses. Pure, so the rules are unit-tested; ChartFrame only
 * wires them to buttons.
 */

/**
 * Period and status from a source line built by `bronregel()` (src/lib/model/bron.ts):
 * "Bron: A; B · 2019, 2020 · status definitief · bewerking …". Read from the end, because a
 * citation may itself contain " · ". Unknown parts become "onbekend"/"unknown".
 */
export function periodeEnStatus(bronregel: string, lang: Taal = 'nl'): { periode: string; status: string } {
  const onbekend = tekst(lang, 'bron_onbekend');
  const delen = eenRegel(bronregel).split(' · ');
  const i = delen.findIndex((d, j) => j > 0 && /^status\b/i.test(d));
  if (i < 0) return { periode: onbekend, status: onbekend };
  const status = delen[i].replace(/^status\s*/i, '').trim() || onbekend;
  const periode = i >= 2 && delen[i - 1].trim() && delen[i - 1].trim() !== '–' ? delen[i - 1].trim() : onbekend;
  return { periode, status: status === '–' ? onbekend : status };
}

export interface ExportContext {
  lang: Taal;
  datum: Date;
  /** Share link of the view (with data version). */
  url?: string;
  dataversie?: string;
}

/** The export description of exactly what the frame shows: its table rows and columns. */
export function maakExportData(meta: GrafiekMeta, ctx: ExportContext): GrafiekExportData {
  const afgeleid = periodeEnStatus(meta.bronregel, ctx.lang);
  // Raw rows only when they line up with the shown rows; otherwise the formatted cells.
  const rijen = meta.exportRijen && meta.exportRijen.length === meta.rijen.length ? meta.exportRijen : meta.rijen;
  return {
    titel: meta.titel,
    ondertitel: meta.ondertitel,
    bronregel: meta.bronregel,
    periode: meta.periode ?? afgeleid.periode,
    status: meta.status ?? afgeleid.status,
    recept: meta.recept,
    samenvatting: meta.samenvatting,
    synthetisch: !!meta.synthetisch,
    eigenImport: !!meta.eigenImport,
    casusAantallen: !!meta.casusAantallen,
    kolommen: meta.kolommen.map((k) => ({ sleutel: k.sleutel, label: k.label, eenheid: k.eenheid, aantal: k.aantal })),
    rijen: rijen.map((r) => ({ ...r })),
    beschrijving: meta.beschrijving,
    citatie: maakCitatie({ titel: meta.titel, bronregel: meta.bronregel, url: ctx.url, datum: ctx.datum, dataversie: ctx.dataversie, lang: ctx.lang }),
    noten: meta.noten,
    url: ctx.url,
    dataversie: ctx.dataversie,
  };
}

/**
 * Share link: the page's address with the view state (`zoek` = schrijfUrl(app, {metVersie})).
 * Any query or hash already on `pagina` is replaced.
 */
export function deelUrl(pagina: string, zoek: string): string {
  const u = new URL(pagina);
  u.search = zoek;
  u.hash = '';
  return u.href;
}

/** Parameters of the embed page that are not view state. */
export const EMBED_PARAMS = ['grafiek', 'dark', 'plain'] as const;

/**
 * Address of the chart-only page next to the app: `embed.html?grafiek=<id>&<view state>`.
 * `pagina` is the app's current address (any file name in it is replaced).
 */
export function embedUrl(pagina: string, grafiekId: string, zoek: string): string {
  const u = new URL('embed.html', pagina);
  const p = new URLSearchParams();
  p.set('grafiek', grafiekId);
  for (const [k, v] of new URLSearchParams(zoek)) if (!(EMBED_PARAMS as readonly string[]).includes(k)) p.append(k, v);
  u.search = p.toString();
  return u.href;
}

/** From an embed page address back to the full app with the same view state ("Bekijk in de Verkenner"). */
export function verkennerUrl(embed: string): string {
  const u = new URL('./', embed);
  const p = new URLSearchParams();
  for (const [k, v] of new URL(embed).searchParams) if (!(EMBED_PARAMS as readonly string[]).includes(k)) p.append(k, v);
  u.search = p.toString();
  return u.href;
}

/**
 * Why "Insluiten" is not offered for this chart, or null when it is. Imported data never leaves
 * the browser (redenNietInsluitbaar); other charts are not yet drawn by the embed page.
 */
export function redenGeenInsluiting(
  meta: Pick<GrafiekMeta, 'id' | 'eigenImport' | 'insluitbaar'>,
  lang: Taal,
): string | null {
  const eigen = redenNietInsluitbaar({ eigenImport: !!meta.eigenImport }, lang);
  if (eigen) return eigen;
  if (meta.insluitbaar === false || !isInsluitbaarId(meta.id)) {
    return tekst(lang, 'bron_deze_grafiek_kan_nog');
  }
  return null;
}
