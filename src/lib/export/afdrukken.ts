/*
 * "Afdrukken" for one chart: marks the chart's figure and the document, so the print stylesheet
 * (app.css, `data-afdruk-een`) leaves everything else out, opens the browser's print dialog and
 * removes the marks once printing is done. The dialog shows the page as printed, so what is
 * printed is exactly the chart frame as the reader sees it: title, chart or table, description,
 * notes and source line.
 */

export const AFDRUK_MODUS = 'data-afdruk-een';
export const AFDRUK_DOEL = 'data-afdruk-doel';

export function drukGrafiekAf(figuur: HTMLElement, venster: Window = window): void {
  const html = venster.document.documentElement;
  const klaar = () => {
    figuur.removeAttribute(AFDRUK_DOEL);
    html.removeAttribute(AFDRUK_MODUS);
  };
  // one chart at a time: an earlier mark that never got its afterprint goes first
  for (const oud of Array.from(venster.document.querySelectorAll(`[${AFDRUK_DOEL}]`))) oud.removeAttribute(AFDRUK_DOEL);
  figuur.setAttribute(AFDRUK_DOEL, '');
  html.setAttribute(AFDRUK_MODUS, '');
  venster.addEventListener('afterprint', klaar, { once: true });
  venster.print();
}
