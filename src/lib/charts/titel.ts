// The chart frame's title names the chart's SVG (aria-labelledby): a chart drawn inside a
// ChartFrame reads the id here, so the name is the visible finding and never a second text.
import { getContext, setContext } from 'svelte';

const SLEUTEL = Symbol('grafiek-titel');

/** Called by ChartFrame with a getter (the frame's id may follow its meta). */
export function zetGrafiekTitel(id: () => string): void {
  setContext(SLEUTEL, id);
}

/** The id of the enclosing frame's title, for `aria-labelledby`; undefined outside a frame. */
export function grafiekTitelId(): () => string | undefined {
  const id = getContext<(() => string) | undefined>(SLEUTEL);
  return () => id?.();
}
