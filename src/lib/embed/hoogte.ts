/*
 * The embed page tells its host how tall it is (anchors §E, T12): one namespaced message on load
 * and after every resize, measured inside one animation frame, so the host can size the iframe and
 * the reader never sees a scrollbar or a gap. The host script is in code.ts.
 */

export const HOOGTE_BERICHT_TYPE = 'jeugdzorg-verkenner:hoogte';

export interface HoogteBericht {
  type: typeof HOOGTE_BERICHT_TYPE;
  hoogte: number;
  id: string;
}

/** What the melder needs from the browser; injectable so Node tests can drive it. */
export interface HoogteOmgeving {
  ResizeObserver: new (cb: () => void) => { observe(el: Element): void; disconnect(): void };
  requestAnimationFrame(cb: () => void): number;
  cancelAnimationFrame(h: number): void;
  addEventListener(type: 'load', cb: () => void): void;
  removeEventListener(type: 'load', cb: () => void): void;
}

export interface HoogteOpties {
  id: string;
  /**
   * Element whose height is reported; default `document.documentElement`. Its height must follow
   * the content: do not give html/body `height: 100%` on the embed page, or pass a wrapper element.
   */
  element?: Element;
  /** Default `window.parent`. */
  doel?: { postMessage(bericht: unknown, targetOrigin: string): void };
  omgeving?: HoogteOmgeving;
  meet?: (el: Element) => number;
}

/** Content height in whole CSS pixels (rounded up so the last line is never clipped). */
export function meetHoogte(el: Element): number {
  return Math.ceil(el.getBoundingClientRect().height);
}

/**
 * Start reporting; returns a stop function. Outside an iframe (no separate parent) it does
 * nothing. `targetOrigin` is "*": the height is not secret and we cannot know the host.
 */
export function startHoogteMelder(opties: HoogteOpties): () => void {
  const omgeving: HoogteOmgeving = opties.omgeving ?? (window as unknown as HoogteOmgeving);
  const doel = opties.doel ?? (window.parent !== window ? window.parent : null);
  if (!doel) return () => {};
  const element = opties.element ?? document.documentElement;
  const meet = opties.meet ?? meetHoogte;

  let vorige = -1;
  let frame: number | null = null;

  const stuur = (altijd: boolean) => {
    const hoogte = meet(element);
    if (!altijd && hoogte === vorige) return;
    vorige = hoogte;
    const bericht: HoogteBericht = { type: HOOGTE_BERICHT_TYPE, hoogte, id: opties.id };
    doel.postMessage(bericht, '*');
  };
  // Coalesce a burst of resize notifications into one measurement in the next frame.
  const plan = () => {
    if (frame !== null) return;
    frame = omgeving.requestAnimationFrame(() => {
      frame = null;
      stuur(false);
    });
  };
  // On load always send, even if unchanged: the host's listener may have been added late.
  const bijLaden = () => stuur(true);

  const waarnemer = new omgeving.ResizeObserver(plan);
  waarnemer.observe(element);
  omgeving.addEventListener('load', bijLaden);
  plan();

  return () => {
    waarnemer.disconnect();
    omgeving.removeEventListener('load', bijLaden);
    if (frame !== null) omgeving.cancelAnimationFrame(frame);
    frame = null;
  };
}
