import { breekTekst, lokaleUrl, xmlTekst } from './svg-tekst.ts';
import { eenRegel } from './regel.ts';

/*
 * Legends in exported images. Several charts draw their legend as HTML next to the <svg>; an
 * exported image without it cannot be read ("which colour is the gemeente?"). The exporter reads
 * those legends from the page (the DOM half, `leesLegenda`) into plain items and draws them as
 * SVG rows under the chart (the pure half, `bouwLegenda`), so every chart is covered by one rule:
 * mark the legend element with `data-export="legenda"`.
 */

export type StaalVorm = 'vlak' | 'rond' | 'lijn';

/** The swatch of one legend item, as drawn on screen. Colours are CSS colour values or url(#id). */
export interface LegendaStaal {
  vorm: StaalVorm;
  /** Fill for vlak/rond, stroke colour for lijn. */
  kleur: string;
  /** Outline of a vlak/rond swatch. */
  rand?: string;
  /** Line style of a lijn swatch. */
  streep?: 'doorgetrokken' | 'gestreept' | 'gestippeld';
  /** Line width of a lijn swatch, or of the outline of a vlak/rond swatch (px). */
  dikte?: number;
  /** 0..1; left out when 1. */
  dekking?: number;
}

export interface LegendaItem {
  label: string;
  staal?: LegendaStaal;
}

export interface LegendaOpmaak {
  /** Left edge and top of the legend block. */
  x: number;
  y: number;
  /** Room available for the rows. */
  breedte: number;
  tekstkleur: string;
  grootte?: number;
}

const STAAL = 14;
const TUSSEN_STAAL = 6;
const TUSSEN_ITEMS = 16;

/** Only a colour or a local reference may reach an attribute (no breaking out, no other hosts). */
export function veiligeKleur(waarde: string | undefined): string | undefined {
  if (!waarde) return undefined;
  const v = lokaleUrl(waarde.trim()).replace(/[;{}<>"']/g, '');
  if (!v || v === 'none' || /^(transparent|rgba\([^)]*,\s*0\))$/i.test(v)) return undefined;
  return v;
}

/** Estimated width of a label in px (SVG text does not measure itself in Node). */
export function schatBreedte(tekst: string, grootte: number): number {
  return tekst.length * grootte * 0.56;
}

function staalMarkup(s: LegendaStaal, x: number, yMidden: number): string {
  const kleur = veiligeKleur(s.kleur);
  const dekking = s.dekking !== undefined && s.dekking < 1 ? ` opacity="${Math.max(0, Math.round(s.dekking * 100) / 100)}"` : '';
  if (s.vorm === 'lijn') {
    const dikte = Math.min(6, Math.max(1, s.dikte ?? 2));
    const streep = s.streep === 'gestreept' ? ' stroke-dasharray="5 3"' : s.streep === 'gestippeld' ? ' stroke-dasharray="1.5 2.5"' : '';
    return `<line x1="${x}" x2="${x + 22}" y1="${yMidden}" y2="${yMidden}" stroke="${xmlTekst(kleur ?? 'currentColor')}" stroke-width="${dikte}"${streep}${dekking}/>`;
  }
  const rand = veiligeKleur(s.rand);
  const randDikte = Math.min(4, Math.max(1, s.dikte ?? 1));
  // The outline is drawn inside the swatch's box, as a CSS border is.
  const inzet = rand ? randDikte / 2 : 0;
  const randAttr = rand ? ` stroke="${xmlTekst(rand)}" stroke-width="${randDikte}"` : '';
  if (s.vorm === 'rond') {
    return `<circle cx="${x + STAAL / 2}" cy="${yMidden}" r="${STAAL / 2 - 1 - inzet}" fill="${xmlTekst(kleur ?? 'none')}"${randAttr}${dekking}/>`;
  }
  const zijde = STAAL - 2 * inzet;
  return `<rect x="${x + inzet}" y="${yMidden - zijde / 2}" width="${zijde}" height="${zijde}" fill="${xmlTekst(kleur ?? 'none')}"${randAttr}${dekking}/>`;
}

const staalBreedte = (s?: LegendaStaal) => (!s ? 0 : (s.vorm === 'lijn' ? 22 : STAAL) + TUSSEN_STAAL);

/**
 * Legend items as SVG rows: items flow left to right and wrap to a new row when the next one
 * would not fit; a label longer than the row is broken over several lines. Returns the markup
 * (a <g data-legenda>) and the height it takes; no items → empty markup, height 0.
 */
export function bouwLegenda(items: readonly LegendaItem[], opmaak: LegendaOpmaak): { markup: string; hoogte: number } {
  const bruikbaar = items.map((i) => ({ ...i, label: eenRegel(i.label) })).filter((i) => i.label);
  if (!bruikbaar.length) return { markup: '', hoogte: 0 };
  const grootte = opmaak.grootte ?? 12;
  const regel = Math.round(grootte * 1.5);
  const kleur = xmlTekst(veiligeKleur(opmaak.tekstkleur) ?? '#111827');
  const delen: string[] = [];
  let x = 0;
  let y = 0; // top of the current row
  for (const item of bruikbaar) {
    const sb = staalBreedte(item.staal);
    const tekstRuimte = Math.max(40, opmaak.breedte - sb);
    const regels = schatBreedte(item.label, grootte) <= tekstRuimte
      ? [item.label]
      : breekTekst(item.label, tekstRuimte / (grootte * 0.56));
    const breedte = sb + Math.max(...regels.map((r) => schatBreedte(r, grootte)));
    if (x > 0 && (regels.length > 1 || x + breedte > opmaak.breedte)) {
      x = 0;
      y += regel;
    }
    const x0 = opmaak.x + x;
    const midden = opmaak.y + y + regel / 2;
    if (item.staal) delen.push(staalMarkup(item.staal, x0, midden));
    regels.forEach((r, i) => {
      delen.push(`<text x="${x0 + sb}" y="${midden + i * regel}" dy="0.35em" font-size="${grootte}" fill="${kleur}">${xmlTekst(r)}</text>`);
    });
    y += (regels.length - 1) * regel;
    x = regels.length > 1 ? opmaak.breedte : x + breedte + TUSSEN_ITEMS;
  }
  return { markup: `<g data-legenda="">${delen.join('')}</g>`, hoogte: y + regel };
}

/* ---------------------------------------------------------- from computed style (pure part) --- */

/** The few computed values of a swatch element that decide how it is drawn. */
export interface StaalStijl {
  achtergrond: string;
  randBovenBreedte: number;
  randBovenStijl: string;
  randBovenKleur: string;
  /** Width of the (full) border, for an outlined box. */
  randBreedte: number;
  randKleur: string;
  /** Border radius in px, and the element's size in px. */
  straal: number;
  breedte: number;
  hoogte: number;
  dekking: number;
}

const doorzichtig = (k: string) => !k || k === 'transparent' || /rgba\([^)]*,\s*0\)$/.test(k.replace(/\s+/g, ''));

/**
 * How a swatch is drawn, from its computed style: a flat element with only a top border is a
 * line (dashed/dotted as on screen), a box rounded to half its width is a dot, anything else a
 * square, filled and/or outlined. No colour at all → undefined (no swatch rather than a wrong one).
 */
export function staalUitStijl(s: StaalStijl): LegendaStaal | undefined {
  const dekking = s.dekking < 1 ? s.dekking : undefined;
  const lijnachtig = s.randBovenBreedte > 0 && s.randBovenStijl !== 'none' && s.hoogte <= s.randBovenBreedte + 1;
  if (lijnachtig && doorzichtig(s.achtergrond)) {
    if (doorzichtig(s.randBovenKleur)) return undefined;
    const streep = s.randBovenStijl === 'dashed' ? 'gestreept' : s.randBovenStijl === 'dotted' ? 'gestippeld' : 'doorgetrokken';
    return { vorm: 'lijn', kleur: s.randBovenKleur, streep, dikte: s.randBovenBreedte, dekking };
  }
  const rand = s.randBreedte > 0 && !doorzichtig(s.randKleur) ? s.randKleur : undefined;
  // Neither fill nor outline: nothing to draw.
  if (doorzichtig(s.achtergrond) && !rand) return undefined;
  const rond = s.breedte > 0 && s.straal >= Math.min(s.breedte, s.hoogte) / 2 - 0.5;
  const kleur = doorzichtig(s.achtergrond) ? 'none' : s.achtergrond;
  return { vorm: rond ? 'rond' : 'vlak', kleur, rand, dikte: rand ? s.randBreedte : undefined, dekking };
}

/* ---------------------------------------------------------------- DOM half (browser only) --- */

/**
 * Legend elements in a chart body. Charts in src/lib/charts mark theirs with
 * `data-export="legenda"`; the class names catch legends drawn by view components that are not
 * marked (yet), so no HTML legend silently goes missing from an export.
 */
export const LEGENDA_SELECTOR = '[data-export="legenda"], .legenda, .legenda-lijnen, .legenda-banden';

function zichtbaar(el: Element): boolean {
  if (el.getClientRects().length === 0) return false;
  const cs = getComputedStyle(el);
  return cs.visibility !== 'hidden' && cs.display !== 'none';
}

/** Visible text of an element; block-level parts (a note under an item) become " · "-separated. */
function zichtbareTekst(el: Element): string {
  const ruw = el instanceof HTMLElement ? el.innerText : (el.textContent ?? '');
  return ruw.split(/\n+/).map(eenRegel).filter(Boolean).join(' · ');
}

/** A circle swatch is drawn as a dot, anything else as a square. */
const staalVormVan = (el: Element): StaalVorm => (el.localName === 'circle' ? 'rond' : 'vlak');

function leesStaal(el: Element): LegendaStaal | undefined {
  if (el instanceof SVGElement) {
    // A tiny inline SVG (e.g. the map's hatched "no data" swatch): its first shape's paint.
    const vormEl = el.querySelector('rect, circle, path, polygon, line');
    if (!vormEl) return undefined;
    const cs = getComputedStyle(vormEl);
    const buiten = getComputedStyle(el);
    const rand = parseFloat(buiten.borderTopWidth) > 0 ? buiten.borderTopColor : undefined;
    const kleur = lokaleUrl(cs.fill);
    const dekking = Number(cs.opacity) < 1 ? Number(cs.opacity) : undefined;
    const vorm: StaalVorm = staalVormVan(vormEl);
    if (!doorzichtig(kleur) && kleur !== 'none') return { vorm, kleur, rand, dekking };
    // a hollow mark (fill none, stroked outline) stays hollow in the export, as the chart draws it
    const lijn = lokaleUrl(cs.stroke);
    if (doorzichtig(lijn) || lijn === 'none') return undefined;
    return { vorm, kleur: 'none', rand: lijn, dikte: parseFloat(cs.strokeWidth) || 1, dekking };
  }
  const cs = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return staalUitStijl({
    achtergrond: cs.backgroundColor,
    randBovenBreedte: parseFloat(cs.borderTopWidth) || 0,
    randBovenStijl: cs.borderTopStyle,
    randBovenKleur: cs.borderTopColor,
    randBreedte: Math.min(parseFloat(cs.borderLeftWidth) || 0, parseFloat(cs.borderBottomWidth) || 0),
    randKleur: cs.borderLeftColor,
    straal: cs.borderTopLeftRadius.endsWith('%') ? (parseFloat(cs.borderTopLeftRadius) / 100) * r.width : parseFloat(cs.borderTopLeftRadius) || 0,
    breedte: r.width,
    hoogte: r.height,
    dekking: Number(cs.opacity),
  });
}

function leesItem(el: Element, nummer?: number): LegendaItem | null {
  const label = zichtbareTekst(el);
  if (!label) return null;
  // The swatch: the first child that shows no text (an empty span or a tiny svg).
  const staalEl = Array.from(el.children).find((c) => !(c.textContent ?? '').trim() && zichtbaar(c));
  const staal = staalEl ? leesStaal(staalEl) : undefined;
  return { label: nummer !== undefined ? `${nummer}. ${label}` : label, staal };
}

/** Browser only: the legend items shown in a chart body, in page order. */
export function leesLegenda(lichaam: Element | null | undefined): LegendaItem[] {
  if (!lichaam) return [];
  const alle = Array.from(lichaam.querySelectorAll(LEGENDA_SELECTOR));
  // A legend inside another legend element is read as part of that one.
  const houders = alle.filter((el) => !alle.some((a) => a !== el && a.contains(el)) && zichtbaar(el));
  const items: LegendaItem[] = [];
  for (const h of houders) {
    const lis = Array.from(h.children).filter((c) => c.tagName === 'LI' && zichtbaar(c));
    if (!lis.length) {
      const item = leesItem(h);
      if (item) items.push(item);
      continue;
    }
    // Numbered lists (e.g. the timeline's steps) keep their numbers: the chart shows them.
    const start = h.tagName === 'OL' ? Number((h as HTMLOListElement).start) || 1 : undefined;
    lis.forEach((li, i) => {
      const item = leesItem(li, start !== undefined ? start + i : undefined);
      if (item) items.push(item);
    });
  }
  return items;
}
