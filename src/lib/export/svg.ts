import { eenRegel, exportTeksten } from './teksten.ts';
import type { GrafiekExportData, Taal } from './types.ts';

/*
 * SVG export in two halves:
 *  - pure string building (bouwSvgDocument, breekTekst, xmlTekst, lokaleUrl), tested in Node;
 *  - a small DOM half (serialiseerGrafiekSvg) that clones the chart, inlines a whitelist of
 *    computed presentation styles (so the file looks the same without our stylesheet) and hands
 *    the markup to the pure half.
 */

const LETTERTYPE = 'system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';
const MARGE = 16;

/** Escape text for XML content and attributes; drop characters XML 1.0 does not allow. */
export function xmlTekst(tekst: string): string {
  return tekst
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Greedy word wrap on an estimated character budget (SVG text does not wrap by itself). */
export function breekTekst(tekst: string, maxTekens: number): string[] {
  const max = Math.max(8, Math.floor(maxTekens));
  const regels: string[] = [];
  let huidig = '';
  for (let woord of eenRegel(tekst).split(' ')) {
    if (!woord) continue;
    while (woord.length > max) {
      if (huidig) { regels.push(huidig); huidig = ''; }
      regels.push(woord.slice(0, max));
      woord = woord.slice(max);
    }
    if (!huidig) huidig = woord;
    else if (huidig.length + 1 + woord.length <= max) huidig += ` ${woord}`;
    else { regels.push(huidig); huidig = woord; }
  }
  if (huidig) regels.push(huidig);
  return regels;
}

/**
 * Computed styles may give `url("http://host/page#arcering")` for a pattern fill; in a standalone
 * file only the fragment still resolves. No fragment → "none" (never point at another host).
 */
export function lokaleUrl(waarde: string): string {
  if (!waarde.includes('url(')) return waarde;
  return waarde.replace(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g, (_m, _q, adres: string) => {
    const i = adres.indexOf('#');
    const id = i >= 0 ? adres.slice(i + 1) : '';
    return /^[A-Za-z_][\w.-]*$/.test(id) ? `url(#${id})` : 'none';
  });
}

export interface SvgDocumentInvoer {
  /** Serialised chart <svg>, sized breedte × hoogte. */
  grafiekMarkup: string;
  breedte: number;
  hoogte: number;
  data: Pick<
    GrafiekExportData,
    'titel' | 'ondertitel' | 'bronregel' | 'recept' | 'synthetisch' | 'eigenImport' | 'beschrijving' | 'noten'
  >;
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

function tekstBlok(
  regels: string[], x: number, y: number, grootte: number, regelHoogte: number,
  kleur: string, extra = '',
): string {
  return regels
    .map((r, i) =>
      `<text x="${x}" y="${y + i * regelHoogte}" font-size="${grootte}" fill="${xmlTekst(kleur)}"${extra}>${xmlTekst(r)}</text>`)
    .join('');
}

/** Title block above, chart in the middle, source line, recipe and labels below. */
export function bouwSvgDocument(inv: SvgDocumentInvoer): SvgDocument {
  const t = exportTeksten(inv.lang ?? 'nl');
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

  const voet: string[] = [eenRegel(inv.data.bronregel)];
  if (inv.data.recept) voet.push(`${t.recept}: ${inv.data.recept}`);
  for (const n of inv.data.noten ?? []) voet.push(n);
  if (inv.data.eigenImport) voet.push(t.eigenImport);
  for (const regel of voet) {
    const r = breekTekst(regel, tekens(12));
    delen.push(tekstBlok(r, MARGE, y + 12, 12, 16, subtiel));
    y += r.length * 16;
  }

  if (inv.data.synthetisch) {
    // Badge: amber box with the word, then the full sentence; amber text on its fill passes AA.
    const woord = t.synthetischBadge;
    const bw = Math.ceil(woord.length * 12 * 0.62) + 12;
    y += 6;
    delen.push(
      `<g data-label="synthetisch"><rect x="${MARGE}" y="${y}" width="${bw}" height="20" rx="3" fill="#fef3c7" stroke="#b45309"/>` +
        `<text x="${MARGE + 6}" y="${y + 14}" font-size="12" font-weight="700" fill="#78350f">${xmlTekst(woord)}</text></g>`,
    );
    const zin = breekTekst(t.synthetisch, (binnen - bw - 8) / (12 * 0.55));
    delen.push(tekstBlok(zin, MARGE + bw + 8, y + 14, 12, 16, subtiel));
    y += Math.max(20, zin.length * 16);
  }
  const hoogte = Math.ceil(y + MARGE);

  const titelElement = xmlTekst(
    eenRegel(inv.data.titel) + (inv.data.synthetisch ? ` (${t.synthetischBadge})` : ''),
  );
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ` +
    `width="${breedte}" height="${hoogte}" viewBox="0 0 ${breedte} ${hoogte}" role="img" ` +
    `font-family="${xmlTekst(inv.lettertype ?? LETTERTYPE)}">` +
    `<title>${titelElement}</title><desc>${xmlTekst(eenRegel(inv.data.beschrijving))}</desc>` +
    `<rect width="100%" height="100%" fill="${xmlTekst(inv.achtergrond ?? '#ffffff')}"/>` +
    delen.join('') +
    `</svg>\n`;
  return { svg, breedte, hoogte };
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
}

/** First non-transparent background up the tree, so a dark-mode chart exports on dark. */
function zoekAchtergrond(el: Element): string {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const bg = getComputedStyle(e).backgroundColor;
    if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) return bg;
  }
  return '#ffffff';
}

/** Browser only: the chart's <svg> as a standalone SVG document with title block and sources. */
export function serialiseerGrafiekSvg(
  svg: SVGSVGElement,
  data: GrafiekExportData,
  opties: SvgExportOpties = {},
): SvgDocument {
  const rect = svg.getBoundingClientRect();
  const vb = svg.viewBox?.baseVal;
  const breedte = rect.width || vb?.width || Number(svg.getAttribute('width')) || 640;
  const hoogte = rect.height || vb?.height || Number(svg.getAttribute('height')) || 400;

  const kloon = svg.cloneNode(true) as SVGSVGElement;
  const bron = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const doel = [kloon, ...Array.from(kloon.querySelectorAll('*'))];
  const weg: Element[] = [];
  bron.forEach((b, i) => {
    const d = doel[i];
    const cs = getComputedStyle(b);
    if (cs.display === 'none') { weg.push(d); return; }
    // The root writes everything; descendants only what differs from their parent.
    const stijl = stijlTekst(cs, b === svg || !b.parentElement ? undefined : getComputedStyle(b.parentElement));
    if (stijl) d.setAttribute('style', stijl);
    else d.removeAttribute('style');
  });
  for (const d of weg) d.remove();
  ontsmet(kloon);
  kloon.setAttribute('width', String(breedte));
  kloon.setAttribute('height', String(hoogte));
  kloon.removeAttribute('x');
  kloon.removeAttribute('y');
  if (!kloon.hasAttribute('viewBox')) kloon.setAttribute('viewBox', `0 0 ${breedte} ${hoogte}`);

  return bouwSvgDocument({
    grafiekMarkup: new XMLSerializer().serializeToString(kloon),
    breedte,
    hoogte,
    data,
    lang: opties.lang,
    achtergrond: opties.achtergrond ?? zoekAchtergrond(svg),
    tekstkleur: opties.tekstkleur ?? getComputedStyle(svg).color ?? undefined,
  });
}
