import { bouwLegenda, leesLegenda, type LegendaItem } from './legenda.ts';
import { breekTekst, lokaleUrl, xmlTekst } from './svg-tekst.ts';
import { eenRegel } from './regel.ts';
import { vertaler } from '../i18n/teksten';
import type { GrafiekExportData } from './types.ts';
import type { Taal } from '../i18n/taal';

export { breekTekst, lokaleUrl, xmlTekst };

/*
 * SVG export in two halves:
 *  - pure string building (bouwSvgDocument, verruimVak, breekTekst, xmlTekst, lokaleUrl), tested
 *    in Node;
 *  - a small DOM half (serialiseerGrafiekSvg) that measures the chart (labels may stick out of
 *    its box on screen), clones it, inlines a whitelist of computed presentation styles (so the
 *    file looks the same without our stylesheet), reads the chart's HTML legend and hands it all
 *    to the pure half; then measures the finished document once more, so no text is cut off.
 */

const LETTERTYPE = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const MARGE = 16;

export interface SvgDocumentInvoer {
  /** Serialised chart <svg>, sized breedte × hoogte. */
  grafiekMarkup: string;
  breedte: number;
  hoogte: number;
  data: Pick<
    GrafiekExportData,
    'titel' | 'ondertitel' | 'bronregel' | 'recept' | 'synthetisch' | 'eigenImport' | 'beschrijving' | 'noten'
  > & Partial<Pick<GrafiekExportData, 'periode' | 'status' | 'url'>>;
  /** The chart's legend (drawn as HTML on screen), drawn as rows under the chart. */
  legenda?: readonly LegendaItem[];
  /**
   * Extra room around the laid-out document, when a measurement showed text sticking out
   * (the layout works on estimated text widths). The layout itself does not change.
   */
  ruimte?: Partial<Ruimte>;
  lang?: Taal;
  achtergrond?: string;
  tekstkleur?: string;
  subtieleKleur?: string;
  lettertype?: string;
}

export interface SvgDocument {
  svg: string;
  breedte: number;
  hoogte: number;
}

/** Room in px on each side of a box. */
export interface Ruimte {
  links: number;
  rechts: number;
  boven: number;
  onder: number;
}

/** A box in user units (an SVG viewBox or a getBBox result). */
export interface Vak {
  x: number;
  y: number;
  width: number;
  height: number;
}

function tekstBlok(
  regels: string[], x: number, y: number, grootte: number, regelHoogte: number,
  kleur: string, extra = '',
): string {
  return regels
    .map((r, i) =>
      `<text x="${x}" y="${y + i * regelHoogte}" font-size="${grootte}" fill="${xmlTekst(kleur)}"${extra}>${xmlTekst(r)}</text>`)
    .join('');
}

/**
 * "Periode: … · Status: …" when the source line does not already say both (a source line built
 * by bronregel() does; hand-written ones often do not). Null when nothing needs adding.
 */
export function periodeStatusRegel(
  data: Pick<GrafiekExportData, 'bronregel'> & Partial<Pick<GrafiekExportData, 'periode' | 'status'>>,
  lang: Taal = 'nl',
): string | null {
  const t = vertaler(lang);
  const bron = eenRegel(data.bronregel).toLocaleLowerCase('nl');
  const periode = data.periode ? eenRegel(data.periode) : '';
  const status = data.status ? eenRegel(data.status) : '';
  const heeft = (w: string) => !w || bron.includes(w.toLocaleLowerCase('nl'));
  if (heeft(periode) && heeft(status)) return null;
  return [periode && `${t('exp_periode')}: ${periode}`, status && `${t('exp_status')}: ${status}`].filter(Boolean).join(' · ');
}

const getal = (v: number) => String(Math.round(v * 100) / 100);

/** Title block above, chart in the middle, legend, source line, recipe and labels below. */
export function bouwSvgDocument(inv: SvgDocumentInvoer): SvgDocument {
  const t = vertaler(inv.lang ?? 'nl');
  const kleur = inv.tekstkleur ?? '#111827';
  // In dark mode the caller passes a light text colour; reuse it rather than grey-on-dark.
  const subtiel = inv.subtieleKleur ?? inv.tekstkleur ?? '#4b5563';
  const breedte = Math.max(320, Math.ceil(inv.breedte));
  const binnen = breedte - 2 * MARGE;
  // ~0.6 em per character for bold text, ~0.55 em for regular: errs on the side of wrapping early.
  const tekens = (grootte: number, vet = false) => binnen / (grootte * (vet ? 0.6 : 0.55));

  const delen: string[] = [];
  let y = MARGE;

  const titel = breekTekst(inv.data.titel, tekens(18, true));
  delen.push(tekstBlok(titel, MARGE, y + 18, 18, 24, kleur, ' font-weight="700"'));
  y += titel.length * 24;
  if (inv.data.ondertitel) {
    const sub = breekTekst(inv.data.ondertitel, tekens(14));
    delen.push(tekstBlok(sub, MARGE, y + 16, 14, 20, subtiel));
    y += sub.length * 20;
  }
  y += 8;

  const grafiekY = y;
  const grafiekHoogte = Math.max(0, Math.ceil(inv.hoogte));
  delen.push(`<g transform="translate(0 ${grafiekY})">${inv.grafiekMarkup}</g>`);
  y += grafiekHoogte + 8;

  const legenda = bouwLegenda(inv.legenda ?? [], { x: MARGE, y, breedte: binnen, tekstkleur: kleur });
  if (legenda.hoogte > 0) {
    delen.push(legenda.markup);
    y += legenda.hoogte + 8;
  }

  const voet: string[] = [eenRegel(inv.data.bronregel)];
  // the link to this very view, so a printed or shared image leads back to the live chart
  if (inv.data.url) voet.push(`${t('exp_link')}: ${inv.data.url}`);
  const ps = periodeStatusRegel(inv.data, inv.lang ?? 'nl');
  if (ps) voet.push(ps);
  if (inv.data.recept) voet.push(`${t('exp_recept')}: ${inv.data.recept}`);
  for (const n of inv.data.noten ?? []) voet.push(n);
  if (inv.data.eigenImport) voet.push(t('exp_eigen_import'));
  for (const regel of voet) {
    const r = breekTekst(regel, tekens(12));
    delen.push(tekstBlok(r, MARGE, y + 12, 12, 16, subtiel));
    y += r.length * 16;
  }

  if (inv.data.synthetisch) {
    // Badge: amber box with the word, then the full sentence; amber text on its fill passes AA.
    const woord = t('exp_synthetisch_badge');
    const bw = Math.ceil(woord.length * 12 * 0.62) + 12;
    y += 6;
    delen.push(
      `<g data-label="synthetisch"><rect x="${MARGE}" y="${y}" width="${bw}" height="20" rx="3" fill="#fef3c7" stroke="#b45309"/>` +
        `<text x="${MARGE + 6}" y="${y + 14}" font-size="12" font-weight="700" fill="#78350f">${xmlTekst(woord)}</text></g>`,
    );
    const zin = breekTekst(t('exp_synthetisch'), (binnen - bw - 8) / (12 * 0.55));
    delen.push(tekstBlok(zin, MARGE + bw + 8, y + 14, 12, 16, subtiel));
    y += Math.max(20, zin.length * 16);
  }

  const r = { links: 0, rechts: 0, boven: 0, onder: 0, ...inv.ruimte };
  for (const k of Object.keys(r) as (keyof Ruimte)[]) r[k] = Math.max(0, Math.ceil(r[k]));
  const totaalBreedte = breedte + r.links + r.rechts;
  const hoogte = Math.ceil(y + MARGE) + r.boven + r.onder;

  const titelElement = xmlTekst(
    eenRegel(inv.data.titel) + (inv.data.synthetisch ? ` (${t('exp_synthetisch_badge')})` : ''),
  );
  const vak = `${-r.links} ${-r.boven} ${totaalBreedte} ${hoogte}`;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `width="${totaalBreedte}" height="${hoogte}" viewBox="${vak}" role="img" ` +
    `font-family="${xmlTekst(inv.lettertype ?? LETTERTYPE)}">` +
    `<title>${titelElement}</title><desc>${xmlTekst(eenRegel(inv.data.beschrijving))}</desc>` +
    `<rect x="${-r.links}" y="${-r.boven}" width="${totaalBreedte}" height="${hoogte}" fill="${xmlTekst(inv.achtergrond ?? '#ffffff')}"/>` +
    delen.join('') +
    `</svg>\n`;
  return { svg, breedte: totaalBreedte, hoogte };
}

/**
 * The chart's box widened to take in content that sticks out of it (labels near an edge; on
 * screen the chart container lets them overflow, in a file they would be cut off). Overflow up
 * to `tolerantie` is ignored; real overflow gets `marge` extra for strokes and antialiasing.
 */
export function verruimVak(vak: Vak, inhoud: Vak | null, marge = 2, tolerantie = 0.5): Vak {
  if (!inhoud || !(inhoud.width > 0 || inhoud.height > 0)) return vak;
  const waarden = [inhoud.x, inhoud.y, inhoud.width, inhoud.height];
  if (!waarden.every(Number.isFinite)) return vak;
  const x0 = inhoud.x < vak.x - tolerantie ? Math.floor(inhoud.x - marge) : vak.x;
  const y0 = inhoud.y < vak.y - tolerantie ? Math.floor(inhoud.y - marge) : vak.y;
  const x1 = inhoud.x + inhoud.width > vak.x + vak.width + tolerantie ? Math.ceil(inhoud.x + inhoud.width + marge) : vak.x + vak.width;
  const y1 = inhoud.y + inhoud.height > vak.y + vak.height + tolerantie ? Math.ceil(inhoud.y + inhoud.height + marge) : vak.y + vak.height;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Room needed around `vak` so that all `inhoud` boxes fit (0 where they already do). */
export function benodigdeRuimte(vak: Vak, inhoud: readonly Vak[], marge = 2, tolerantie = 0.5): Ruimte {
  const r: Ruimte = { links: 0, rechts: 0, boven: 0, onder: 0 };
  for (const b of inhoud) {
    if (![b.x, b.y, b.width, b.height].every(Number.isFinite) || (b.width <= 0 && b.height <= 0)) continue;
    if (b.x < vak.x - tolerantie) r.links = Math.max(r.links, Math.ceil(vak.x - b.x + marge));
    if (b.y < vak.y - tolerantie) r.boven = Math.max(r.boven, Math.ceil(vak.y - b.y + marge));
    const rechts = b.x + b.width - (vak.x + vak.width);
    const onder = b.y + b.height - (vak.y + vak.height);
    if (rechts > tolerantie) r.rechts = Math.max(r.rechts, Math.ceil(rechts + marge));
    if (onder > tolerantie) r.onder = Math.max(r.onder, Math.ceil(onder + marge));
  }
  return r;
}

/* ---------------------------------------------------------------- DOM half (browser only) --- */

/** Presentation properties copied from computed style; nothing else (no layout, no url() hosts). */
export const STIJL_WHITELIST: readonly string[] = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'opacity', 'color',
  'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
  'alignment-baseline', 'letter-spacing', 'text-decoration', 'paint-order', 'shape-rendering',
  'visibility', 'marker-start', 'marker-mid', 'marker-end', 'clip-path', 'mask', 'vector-effect',
];

/** Initial values we need not write out (keeps files small). */
const STANDAARD: Record<string, string> = {
  opacity: '1', 'fill-opacity': '1', 'stroke-opacity': '1', 'stroke-dasharray': 'none',
  'stroke-dashoffset': '0px', 'letter-spacing': 'normal', 'text-decoration': 'none',
  'paint-order': 'normal', visibility: 'visible', 'marker-start': 'none', 'marker-mid': 'none',
  'marker-end': 'none', 'clip-path': 'none', mask: 'none', 'vector-effect': 'none',
  'shape-rendering': 'auto', 'alignment-baseline': 'auto', 'dominant-baseline': 'auto',
  'stroke-miterlimit': '4', 'fill-rule': 'nonzero', 'font-style': 'normal',
};

/** Properties a child inherits: written only where they differ from the parent (smaller files). */
const GEERFD = new Set([
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-dashoffset', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'color', 'font-family',
  'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'letter-spacing',
  'paint-order', 'shape-rendering', 'visibility', 'marker-start', 'marker-mid', 'marker-end',
]);

type Stijl = Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/**
 * The style attribute for one element: whitelisted properties that are not at their initial
 * value and (for inherited ones) differ from the parent element's computed style.
 */
export function stijlTekst(stijl: Stijl, ouder?: Stijl): string {
  const delen: string[] = [];
  for (const p of STIJL_WHITELIST) {
    const ruw = stijl.getPropertyValue(p).trim();
    if (!ruw) continue;
    if (ouder && GEERFD.has(p)) {
      if (ouder.getPropertyValue(p).trim() === ruw) continue;
    } else if (STANDAARD[p] === ruw) continue;
    // No declaration may break out of the style attribute.
    const waarde = lokaleUrl(ruw).replace(/[;{}<>]/g, '');
    delen.push(`${p}:${waarde}`);
  }
  return delen.join(';');
}

/** Strip what is not ours to ship: scripts, HTML islands, handlers, links to other documents. */
function ontsmet(el: Element): void {
  for (const e of Array.from(el.querySelectorAll('script, foreignObject, [data-export="uitsluiten"]'))) e.remove();
  for (const e of [el, ...Array.from(el.querySelectorAll('*'))]) {
    for (const a of Array.from(e.attributes)) {
      const naam = a.name.toLowerCase();
      if (naam.startsWith('on') || naam === 'class') e.removeAttribute(a.name);
      if ((naam === 'href' || naam === 'xlink:href') && !a.value.startsWith('#')) e.removeAttribute(a.name);
    }
  }
}

export interface SvgExportOpties {
  lang?: Taal;
  achtergrond?: string;
  tekstkleur?: string;
  /** Legend items; default: read from the chart body's HTML legend (leesLegenda). */
  legenda?: readonly LegendaItem[];
}

/** First non-transparent background up the tree, so a dark-mode chart exports on dark. */
function zoekAchtergrond(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** The drawn content's box in the svg's user units (what its viewBox is in), or null. */
function inhoudVak(svg: SVGSVGElement): Vak | null {
  try {
    const b = svg.getBBox();
    return { x: b.x, y: b.y, width: b.width, height: b.height };
  } catch {
    return null; // not rendered (display: none): nothing to measure
  }
}

const STIJL_KOPIE = 'data-stijl-kopie';

/**
 * A deep copy without style attributes: cloneNode would copy them, and the page's CSP
 * (style-src 'self') refuses a style attribute set other than through the CSSOM. The caller sets
 * the styles it wants through `el.style`.
 */
function kloonZonderStijl(bron: Element): Element {
  const kopie = document.createElementNS(bron.namespaceURI, bron.localName);
  for (const a of Array.from(bron.attributes)) if (a.name !== 'style') kopie.setAttributeNS(a.namespaceURI, a.name, a.value);
  for (const kind of Array.from(bron.childNodes)) {
    if (kind.nodeType === Node.ELEMENT_NODE) kopie.appendChild(kloonZonderStijl(kind as Element));
    else if (kind.nodeType === Node.TEXT_NODE || kind.nodeType === Node.CDATA_SECTION_NODE) kopie.appendChild(document.createTextNode((kind as CharacterData).data));
  }
  return kopie;
}

/**
 * Lays the finished document out once in a detached shadow root (so the page's stylesheet
 * cannot change font sizes) and measures its own text lines, whose widths the pure half could
 * only estimate. Returns the room to add so that none is cut off.
 */
function meetDocument(doc: SvgDocument): Ruimte {
  const geen: Ruimte = { links: 0, rechts: 0, boven: 0, onder: 0 };
  // Parsed style attributes are refused by the page's CSP (even in a DOMParser document): parse
  // them under another name and set them through the CSSOM. Only this measuring copy is affected.
  const geparsed = new DOMParser().parseFromString(doc.svg.replace(/ style="/g, ` ${STIJL_KOPIE}="`), 'image/svg+xml');
  if (geparsed.querySelector('parsererror')) return geen;
  const houder = document.createElement('div');
  houder.style.cssText = 'position:absolute;left:-100000px;top:0;visibility:hidden;pointer-events:none;contain:strict;width:1px;height:1px;overflow:hidden';
  const schaduw = houder.attachShadow({ mode: 'closed' });
  const wortel = document.importNode(geparsed.documentElement, true) as unknown as SVGSVGElement;
  for (const e of Array.from(wortel.querySelectorAll(`[${STIJL_KOPIE}]`))) {
    (e as SVGElement).style.cssText = e.getAttribute(STIJL_KOPIE) ?? '';
    e.removeAttribute(STIJL_KOPIE);
  }
  schaduw.appendChild(wortel);
  document.body.appendChild(houder);
  try {
    const vb = wortel.viewBox.baseVal;
    // Only the document's own lines: the chart was measured (and widened) before it was cloned.
    const teksten = Array.from(wortel.querySelectorAll('text')).filter((t) => t.closest('svg') === wortel);
    return benodigdeRuimte({ x: vb.x, y: vb.y, width: vb.width, height: vb.height }, teksten.map((t) => {
      const b = t.getBBox();
      return { x: b.x, y: b.y, width: b.width, height: b.height };
    }));
  } finally {
    houder.remove();
  }
}

/** Browser only: the chart's <svg> as a standalone SVG document with title block and sources. */
export function serialiseerGrafiekSvg(
  svg: SVGSVGElement,
  data: GrafiekExportData,
  opties: SvgExportOpties = {},
): SvgDocument {
  const rect = svg.getBoundingClientRect();
  const vbBasis = svg.viewBox?.baseVal;
  const breedte = rect.width || vbBasis?.width || Number(svg.getAttribute('width')) || 640;
  const hoogte = rect.height || vbBasis?.height || Number(svg.getAttribute('height')) || 400;
  const vb: Vak = vbBasis && vbBasis.width > 0 && vbBasis.height > 0
    ? { x: vbBasis.x, y: vbBasis.y, width: vbBasis.width, height: vbBasis.height }
    : { x: 0, y: 0, width: breedte, height: hoogte };
  // Labels that stick out of the chart's box (visible on screen, where the container lets them
  // overflow) widen the exported box; px per user unit stays the same.
  const ruim = verruimVak(vb, inhoudVak(svg));
  const sx = breedte / vb.width;
  const sy = hoogte / vb.height;
  const nieuweBreedte = Math.ceil(ruim.width * sx);
  const nieuweHoogte = Math.ceil(ruim.height * sy);

  const kloon = kloonZonderStijl(svg) as SVGSVGElement;
  const bron = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const doel = [kloon, ...Array.from(kloon.querySelectorAll('*'))];
  const weg: Element[] = [];
  bron.forEach((b, i) => {
    const d = doel[i];
    const cs = getComputedStyle(b);
    if (cs.display === 'none') { weg.push(d); return; }
    // The root writes everything; descendants only what differs from their parent.
    const stijl = stijlTekst(cs, b === svg || !b.parentElement ? undefined : getComputedStyle(b.parentElement));
    // CSSOM, not setAttribute('style'): the page's CSP (style-src 'self') refuses parsed style attributes.
    if (stijl) (d as SVGElement).style.cssText = stijl;
    else d.removeAttribute('style');
  });
  for (const d of weg) d.remove();
  ontsmet(kloon);
  kloon.setAttribute('width', String(nieuweBreedte));
  kloon.setAttribute('height', String(nieuweHoogte));
  kloon.removeAttribute('x');
  kloon.removeAttribute('y');
  kloon.setAttribute('viewBox', [ruim.x, ruim.y, ruim.width, ruim.height].map(getal).join(' '));

  const invoer: SvgDocumentInvoer = {
    grafiekMarkup: new XMLSerializer().serializeToString(kloon),
    breedte: nieuweBreedte,
    hoogte: nieuweHoogte,
    data,
    legenda: opties.legenda ?? leesLegenda(svg.closest('.grafiek-lichaam') ?? svg.parentElement),
    lang: opties.lang,
    achtergrond: opties.achtergrond ?? zoekAchtergrond(svg),
    tekstkleur: opties.tekstkleur ?? getComputedStyle(svg).color ?? undefined,
  };
  const doc = bouwSvgDocument(invoer);
  const ruimte = meetDocument(doc);
  return ruimte.links || ruimte.rechts || ruimte.boven || ruimte.onder ? bouwSvgDocument({ ...invoer, ruimte }) : doc;
}
