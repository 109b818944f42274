// Public surface of the export module (see each file for details).
export type { GrafiekExportData, ExportKolom, ExportWaarde, Taal } from './types.ts';
export { exportTeksten, eenRegel } from './teksten.ts';
export { onderdrukKleineAantallen, KLEIN_AANTAL, ONDERDRUK_DREMPEL } from './onderdrukking.ts';
export { maakCsv, csvPreambule, csvVeld, csvGetal, neutraliseerFormule, type CsvOpties } from './csv.ts';
export { maakCitatie, formatDatum, type CitatieInvoer } from './citatie.ts';
export { slug, veiligeBestandsnaam, downloadBlob, tekstBlob, type ExportExtensie } from './download.ts';
export {
  bouwSvgDocument, serialiseerGrafiekSvg, breekTekst, xmlTekst, lokaleUrl, stijlTekst, STIJL_WHITELIST,
  periodeStatusRegel, verruimVak, benodigdeRuimte,
  type SvgDocument, type SvgDocumentInvoer, type SvgExportOpties, type Ruimte, type Vak,
} from './svg.ts';
export {
  bouwLegenda, leesLegenda, staalUitStijl, veiligeKleur, LEGENDA_SELECTOR,
  type LegendaItem, type LegendaStaal, type StaalStijl,
} from './legenda.ts';
export { svgNaarPng, blobNaarBytes } from './png.ts';
export { maakRaadsvraagPakket, maakReadme, pakketNamen, zipNaam, type PakketInvoer, type PakketNamen } from './pakket.ts';
export { exporteerGrafiek, type ExportSoort, type ExportActieOpties } from './acties.ts';
export { maakExportData, periodeEnStatus, deelUrl, embedUrl, verkennerUrl, redenGeenInsluiting, EMBED_PARAMS, type ExportContext } from './frame.ts';
