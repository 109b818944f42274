// One axis for every chart: which ticks get a label, where, and anchored how. Pure, so the
// rules (labels never past the chart's edge, never on top of each other) are unit-tested once
// instead of being re-done by hand in each chart.
import { randAnker, tekstBreedte } from '../tekstmaat';

export type AsRichting = 'onder' | 'links';

/** A numeric scale as d3 makes them (linear or log). */
export interface AsSchaal {
  (waarde: number): number;
  ticks(aantal?: number): number[];
}

export interface AsTick {
  waarde: number;
  /** position along the axis in pixels */
  pos: number;
  /** empty when the label was dropped to avoid a collision (the grid line stays) */
  label: string;
  anker: 'start' | 'middle' | 'end';
}

export interface AsOpties {
  richting: AsRichting;
  formatteer: (waarde: number) => string;
  /** tick count asked of the scale; ignored when `waarden` is given */
  aantal?: number;
  /** explicit tick values (e.g. 0, 25, 50, 75, 100 %) */
  waarden?: readonly number[];
  /** chart width, so a bottom label near an edge is anchored inside the chart */
  breedte?: number;
  /** label font size in px (the `.as-label` style) */
  px?: number;
}

const MIN_RUIMTE_PX = 6;

export function asTicks(schaal: AsSchaal, o: AsOpties): AsTick[] {
  const px = o.px ?? 11;
  const waarden = o.waarden ?? schaal.ticks(o.aantal ?? 5);
  // each label is measured once: anchoring and the collision check both need its width
  const breedtes = new Map<number, number>();
  const ticks = waarden.map((waarde) => {
    const pos = schaal(waarde);
    const label = o.formatteer(waarde);
    const w = tekstBreedte(label, px);
    breedtes.set(waarde, w);
    const anker = o.richting === 'onder' && o.breedte ? randAnker(pos, w, o.breedte) : o.richting === 'onder' ? 'middle' : 'end';
    return { waarde, pos, label, anker } satisfies AsTick;
  });
  const bereik = (t: AsTick): [number, number] => (o.richting === 'links' ? [t.pos - px / 2, t.pos + px / 2] : horizontaal(t, breedtes.get(t.waarde)!));
  return dun(ticks, bereik, o.richting === 'links' ? 1 : MIN_RUIMTE_PX);
}

/** Keep every k-th label (smallest k without overlap); grid lines keep all ticks. */
function dun(ticks: AsTick[], bereik: (t: AsTick) => [number, number], ruimte: number): AsTick[] {
  for (let stap = 1; stap <= ticks.length; stap++) {
    const getoond = ticks.filter((_, i) => i % stap === 0);
    if (!botsen(getoond, bereik, ruimte)) return ticks.map((t, i) => (i % stap === 0 ? t : { ...t, label: '' }));
  }
  return ticks;
}

function botsen(ticks: AsTick[], bereik: (t: AsTick) => [number, number], ruimte: number): boolean {
  const opVolgorde = ticks.map(bereik).sort((a, b) => a[0] - b[0]);
  return opVolgorde.some((b, i) => i > 0 && b[0] < opVolgorde[i - 1][1] + ruimte);
}

function horizontaal(t: AsTick, w: number): [number, number] {
  if (t.anker === 'start') return [t.pos, t.pos + w];
  if (t.anker === 'end') return [t.pos - w, t.pos];
  return [t.pos - w / 2, t.pos + w / 2];
}
