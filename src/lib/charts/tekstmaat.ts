// Width of a label in pixels, so a chart can leave room for its longest label instead of a fixed
// margin that cuts long names off ("100.000–150.000 inwoners", "Jeugdregio IJsselland", € 1.000.000).
// Measured with a canvas in the page's own font; without a canvas (unit tests) a generous estimate.
// The canvas and the page's font family are looked up once: charts measure every label on each
// render. Widths are kept per font and text: a filter change redraws the same axis labels, and
// setting the canvas font (a CSS parse) and measuring cost more than the rest of an axis.
let ctx: CanvasRenderingContext2D | null | undefined;
let familie = 'sans-serif';
const gemeten = new Map<string, number>();
const GEMETEN_MAX = 4000;

export function tekstBreedte(tekst: string, px: number, gewicht: 400 | 700 = 400): number {
  if (ctx === undefined) {
    ctx = typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
    if (ctx) familie = getComputedStyle(document.body).fontFamily || familie;
  }
  if (!ctx) return tekst.length * px * (gewicht === 700 ? 0.7 : 0.62);
  const font = `${gewicht} ${px}px ${familie}`;
  const sleutel = `${font}|${tekst}`;
  let w = gemeten.get(sleutel);
  if (w === undefined) {
    ctx.font = font;
    w = ctx.measureText(tekst).width;
    if (gemeten.size >= GEMETEN_MAX) gemeten.clear();
    gemeten.set(sleutel, w);
  }
  return w;
}

/** Widest of several labels. */
export function maxTekstBreedte(teksten: readonly string[], px: number, gewicht: 400 | 700 = 400): number {
  return teksten.reduce((m, t) => Math.max(m, tekstBreedte(t, px, gewicht)), 0);
}

/** Anchor for a tick label centred on its line, unless that runs past either edge of the chart. */
export function randAnker(x: number, tekstbreedte: number, breedte: number): 'start' | 'middle' | 'end' {
  if (x + tekstbreedte / 2 > breedte) return 'end';
  if (x - tekstbreedte / 2 < 0) return 'start';
  return 'middle';
}

/**
 * A label in at most two lines that each fit `max` pixels: split at the last space that fits, and
 * end with "…" only where a single word is still too long (the table view has the full text).
 */
export function inRegels(tekst: string, max: number, px: number, gewicht: 400 | 700 = 400): string[] {
  if (tekstBreedte(tekst, px, gewicht) <= max) return [tekst];
  const woorden = tekst.split(' ');
  let eerste = woorden[0];
  let i = 1;
  while (i < woorden.length && tekstBreedte(`${eerste} ${woorden[i]}`, px, gewicht) <= max) eerste += ` ${woorden[i++]}`;
  const kort = (t: string) => {
    if (tekstBreedte(t, px, gewicht) <= max) return t;
    while (t.length > 1 && tekstBreedte(`${t}…`, px, gewicht) > max) t = t.slice(0, -1);
    return `${t}…`;
  };
  const rest = woorden.slice(i).join(' ');
  return rest ? [kort(eerste), kort(rest)] : [kort(eerste)];
}
