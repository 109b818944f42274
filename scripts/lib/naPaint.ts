/**
 * In-page helper for the browser benchmarks (added with addInitScript): `__naPaint()` resolves
 * once the next frame has been rendered, i.e. when what the DOM holds now is on screen ("time to
 * next paint", as INP counts an interaction). A requestAnimationFrame callback runs before that
 * frame's style, layout and paint; a message posted from it is handled right after them.
 * Waiting for the frame after that one (as the benchmarks did before) added an idle frame.
 */
export const NA_PAINT_SCRIPT = `globalThis.__naPaint = () => new Promise((klaar) => requestAnimationFrame(() => {
  const kanaal = new MessageChannel();
  kanaal.port1.onmessage = () => klaar(performance.now());
  kanaal.port2.postMessage(0);
}));`;

/** The page-side type of the helper, for page.evaluate callbacks. */
export type NaPaint = { __naPaint: () => Promise<number> };
