// Horizontal bars where every bar carries its own provenance: a label (up to two lines), a small
// second line "gedrukt · r. 269" or "afgeleid: 2/3 × € 323.005", and the value at the bar's end.
// Pure layout: label column and value margin from measured text widths, so nothing is cut off at
// 360 px. Negative values (a breakthrough that costs more) draw left of a zero line.
import { inRegels, maxTekstBreedte, tekstBreedte } from '../tekstmaat';

export type BalkSoort = 'gedrukt' | 'afgeleid' | 'eigen';

export interface BronBalk {
  id: string;
  label: string;
  /** provenance line under the label */
  sublabel: string;
  waarde: number;
  /** the value as shown at the bar's end */
  tekst: string;
  soort: BalkSoort;
}

export interface BalkPlek extends BronBalk {
  y: number;
  /** row height: grows when the label or the provenance line wraps */
  rij: number;
  regels: string[];
  subregels: string[];
  x0: number;
  x1: number;
  tekstX: number;
  tekstAnker: 'start' | 'end';
}

export const LABEL_PX = 12;
export const SUB_PX = 10;
const RIJ = 40;
const AS = 4;
const REGEL = 14;
const SUBREGEL = 12;
export const BALK_HOOGTE = 20;
const RUIMTE = 1.15;

/**
 * The provenance line in as many lines as it needs, broken at its " · " parts first, so a line
 * number or the word "tegenstrijdig" is never cut off; only a single part that is itself too wide
 * wraps inside (two lines at most).
 */
function inStukken(tekst: string, max: number, px: number): string[] {
  const regels: string[] = [];
  for (const deel of tekst.split(' · ')) {
    const laatste = regels.length ? `${regels[regels.length - 1]} · ${deel}` : '';
    if (laatste && tekstBreedte(laatste, px) <= max) regels[regels.length - 1] = laatste;
    else regels.push(...inRegels(deel, max, px));
  }
  return regels;
}

export function bronBalkenState(balken: readonly BronBalk[], breedte: number): { plekken: BalkPlek[]; hoogte: number; nulX: number; labelBreedte: number } {
  // the label column takes what it needs, but at most 45 % of the width (then labels wrap)
  const maxLabel = Math.max(80, breedte * 0.45);
  // headroom: a wider fallback font (or a font swapped after measuring) must still fit
  const regelsPer = balken.map((b) => inRegels(b.label, maxLabel / RUIMTE, LABEL_PX));
  const subs = balken.map((b) => inStukken(b.sublabel, maxLabel / RUIMTE, SUB_PX));
  const labelBreedte = Math.min(maxLabel, RUIMTE * Math.max(maxTekstBreedte(regelsPer.flat(), LABEL_PX), maxTekstBreedte(subs.flat(), SUB_PX))) + 8;
  const tekstRuimte = RUIMTE * maxTekstBreedte(balken.map((b) => b.tekst), LABEL_PX, 700) + 8;
  const min = Math.min(0, ...balken.map((b) => b.waarde));
  const max = Math.max(0, ...balken.map((b) => b.waarde));
  const links = labelBreedte + (min < 0 ? tekstRuimte : 0);
  const rechts = Math.max(links + 20, breedte - tekstRuimte);
  const schaal = (v: number) => links + ((v - min) / (max - min || 1)) * (rechts - links);
  const nulX = schaal(0);
  let y = AS;
  const plekken = balken.map((b, i): BalkPlek => {
    const x = schaal(b.waarde);
    const negatief = b.waarde < 0;
    const rij = Math.max(RIJ, 12 + regelsPer[i].length * REGEL + subs[i].length * SUBREGEL);
    const plek: BalkPlek = {
      ...b, y, rij, regels: regelsPer[i], subregels: subs[i], x0: Math.min(x, nulX), x1: Math.max(x, nulX),
      tekstX: negatief ? x - 4 : x + 4, tekstAnker: negatief ? 'end' : 'start',
    };
    y += rij;
    return plek;
  });
  return { plekken, hoogte: y + AS, nulX, labelBreedte };
}

export { REGEL as LABEL_REGEL, SUBREGEL as SUB_REGEL };
