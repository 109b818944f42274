// Reactive answer to a named query: baked or cached answers are synchronous; others come from
// DuckDB, and an answer that arrives after the choice has changed again is dropped.
import { untrack } from 'svelte';
import { coordinator, gegevens } from './data.svelte';
import type { Vraag } from '../db/vragen';
import type { Rij } from '../db/types';

export interface VraagStaat<T> {
  readonly rijen: T[] | null;
  readonly laden: boolean;
  readonly fout: string;
}

export function volgVraag<T extends Rij>(maak: () => Vraag<T> | null): VraagStaat<T> {
  // Rows are raw (not deep proxies): they are replaced whole, never mutated, and proxying
  // hundreds of rows made every read in the charts slow.
  let rijen = $state.raw<T[] | null>(null);
  let laden = $state(false);
  let fout = $state('');
  $effect(() => {
    void gegevens.wijziging; // re-run when imported data changed the tables
    const v = maak();
    if (!v) {
      rijen = null;
      return;
    }
    const direct = coordinator.direct(v);
    if (direct) {
      rijen = direct;
      laden = false;
      fout = '';
      return;
    }
    let geldig = true;
    laden = true;
    coordinator.vraag(v).then(
      (r) => {
        if (!geldig) return;
        rijen = r;
        laden = false;
        fout = '';
      },
      (e: Error) => {
        if (!geldig) return;
        fout = e.message;
        laden = false;
      },
    );
    return () => {
      geldig = false;
    };
  });
  return {
    get rijen() { return rijen; },
    get laden() { return laden; },
    get fout() { return fout; },
  };
}

/** An answer on screen this long is being read: the states one choice away are asked ahead. */
export const STIL_MS = 250;

/**
 * Asking ahead for a view (Coordinator.voorhaal), so a likely next choice draws from the cache:
 * `open(maak)` when the user opens a control (its next states); and by itself, once `lees()`
 * has had an answer on screen for STIL_MS (the user is reading it), the questions of `stil()`
 * (every state one choice away), unless a control was opened meanwhile. That list is dropped
 * when the answer goes (the state changed): its states are two choices away then. `bezig` is true
 * while a list other than the warm-up is in progress (a view shows it as data-vooraf, which tests wait for).
 * When that list is done and the page has warm-up questions left (Coordinator.opwarmenRest),
 * `verder(max)` gives the states two choices away: asked to warm DuckDB up, not kept.
 */
export function volgVooraf(lees: () => { antwoord: unknown; klaar: boolean }, stil: () => Vraag<Rij>[], verder?: (max: number) => Vraag<Rij>[]) {
  let lijst: Promise<boolean> | null = null; // the list asked last
  // a list other than the warm-up is in progress (the warm-up keeps no answers to wait for)
  let bezig = $state(false);
  let stilLijst = false;
  // a control opened while this answer is on screen: the user is choosing, and its list goes alone
  // (the idle list would keep DuckDB and the page busy with answers they are not about to use)
  let geopend = false;
  const haal = (vragen: Vraag<Rij>[], opwarmen = false) => {
    const p = coordinator.voorhaal(vragen, opwarmen);
    lijst = p;
    bezig = !opwarmen;
    p.then((af) => {
      if (lijst !== p) return;
      lijst = null;
      bezig = false;
      const rest = coordinator.opwarmenRest;
      if (af && stilLijst && !opwarmen && verder && rest > 0) haal(untrack(() => verder(rest)), true);
    });
  };
  $effect(() => {
    const { antwoord, klaar } = lees();
    // the state changed: the idle list's states are two choices away now; a load started (not
    // `klaar`): every list would only hold it up
    if ((!antwoord && stilLijst) || (!klaar && lijst)) {
      stilLijst = false;
      haal([]);
    }
    geopend = false;
    if (!antwoord || !klaar) return;
    const t = setTimeout(() => {
      if (geopend) return;
      stilLijst = true;
      haal(untrack(stil));
    }, STIL_MS);
    return () => clearTimeout(t);
  });
  return {
    get bezig() { return bezig; },
    /** A control was opened: `maak()` gives its next states' questions (asked only when `lees().klaar`). */
    open(maak: () => Vraag<Rij>[]) {
      if (!untrack(lees).klaar) return;
      stilLijst = false;
      geopend = true;
      haal(maak());
    },
  };
}
