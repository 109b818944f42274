import type { SvgDocument } from './svg.ts';

/**
 * Browser only: rasterise a standalone SVG (from serialiseerGrafiekSvg) at `schaal`× (2× for print)
 * and return a PNG Blob. A data: URL instead of a blob: URL keeps the canvas untainted in Safari;
 * the SVG has no external references (styles inlined, url() made local), so nothing else loads.
 */
export async function svgNaarPng(doc: SvgDocument, schaal = 2): Promise<Blob> {
  const img = new Image();
  img.decoding = 'async';
  const geladen = new Promise<void>((ok, fout) => {
    img.onload = () => ok();
    img.onerror = () => fout(new Error('PNG-export mislukt: de SVG kon niet als afbeelding worden geladen.'));
  });
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(doc.svg)}`;
  await geladen;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(doc.breedte * schaal);
  canvas.height = Math.round(doc.hoogte * schaal);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('PNG-export mislukt: deze browser geeft geen 2D-canvas.');
  ctx.scale(schaal, schaal);
  ctx.drawImage(img, 0, 0, doc.breedte, doc.hoogte);

  return new Promise<Blob>((ok, fout) =>
    canvas.toBlob(
      (b) => (b ? ok(b) : fout(new Error('PNG-export mislukt: de browser gaf geen afbeelding terug.'))),
      'image/png',
    ),
  );
}

/** For the zip: the PNG as bytes. */
export async function blobNaarBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}
