// Reactive answer to a named query: baked or cached answers are synchronous; others come from
// DuckDB, and an answer that arrives after the choice has changed again is dropped.
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

/**
 * Asking ahead (Coordinator.voorhaal) with a reactive flag while a list is in progress: a view
 * shows it as data-vooraf, which tests wait for before they choose.
 */
export function volgVoorhalen() {
  let lijst = $state<Promise<void> | null>(null);
  return {
    get bezig() { return lijst !== null; },
    haal(vragen: Vraag<Rij>[]) {
      const p = coordinator.voorhaal(vragen);
      lijst = p;
      p.then(() => { if (lijst === p) lijst = null; });
    },
  };
}
