import { maakCsv } from './csv.ts';
import { downloadBlob, tekstBlob } from './download.ts';
import { maakRaadsvraagPakket, zipNaam } from './pakket.ts';
import { blobNaarBytes, svgNaarPng } from './png.ts';
import { serialiseerGrafiekSvg, type SvgExportOpties } from './svg.ts';
import type { GrafiekExportData } from './types.ts';
import type { Taal } from '../i18n/taal';

/*
 * Browser glue for the chart frame's export menu: one call per button. Everything here only
 * wires the pure builders to a download; the logic lives (and is tested) in the other files.
 */

export type ExportSoort = 'png' | 'svg' | 'csv' | 'pakket';

export interface ExportActieOpties extends SvgExportOpties {
  lang?: Taal;
  datum?: Date;
  /** PNG scale; 2 = print quality. */
  schaal?: number;
}

/**
 * Downloads the export and returns the file name used. `svg` may be null for CSV, and for the
 * package of a figure that is itself a table.
 */
export async function exporteerGrafiek(
  soort: ExportSoort,
  svg: SVGSVGElement | null,
  data: GrafiekExportData,
  opties: ExportActieOpties = {},
): Promise<string> {
  const lang = opties.lang ?? 'nl';
  const csv = () => maakCsv(data, { lang });
  const datum = opties.datum ?? new Date();
  // zipNaam is a slug plus "-raadsvraag"; downloadBlob re-slugs the stem, so pass it whole.
  const zip = (bytes: Uint8Array) => downloadBlob(new Blob([bytes as BlobPart], { type: 'application/zip' }), zipNaam(data.titel).replace(/\.zip$/, ''), 'zip');
  if (soort === 'csv') return downloadBlob(tekstBlob(csv(), 'csv'), data.titel, 'csv');
  // a figure that is itself a table (GrafiekMeta.alleenTabel): the package holds CSV and README
  if (!svg && soort === 'pakket') return zip(maakRaadsvraagPakket({ data, csv: csv(), datum, lang }));
  if (!svg) throw new Error(`Export als ${soort.toUpperCase()} kan niet: deze grafiek heeft geen SVG.`);
  const doc = serialiseerGrafiekSvg(svg, data, opties);
  if (soort === 'svg') return downloadBlob(tekstBlob(doc.svg, 'svg'), data.titel, 'svg');
  const png = await svgNaarPng(doc, opties.schaal ?? 2);
  if (soort === 'png') return downloadBlob(png, data.titel, 'png');
  return zip(maakRaadsvraagPakket({ data, png: await blobNaarBytes(png), svg: doc.svg, csv: csv(), datum, lang }));
}
