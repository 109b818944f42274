// Reactive answer to a named query: baked or cached answers are synchronous; others come from
// DuckDB, and an answer that arrives after the choice has changed again is dropped.
import { coordinator, gegevens } from './data.svelte';
import type { Vraag } from '../db/vragen';
import type { Rij } from '../db/types';

export interface VraagStaat<T> {
  rijen: T[] | null;
  laden: boolean;
  fout: string;
}

export function volgVraag<T extends Rij>(maak: () => Vraag<T> | null): VraagStaat<T> {
  const s: VraagStaat<T> = $state({ rijen: null, laden: false, fout: '' });
  $effect(() => {
    void gegevens.wijziging; // re-run when imported data changed the tables
    const v = maak();
    if (!v) {
      s.rijen = null;
      return;
    }
    const direct = coordinator.direct(v);
    if (direct) {
      s.rijen = direct;
      s.laden = false;
      s.fout = '';
      return;
    }
    let geldig = true;
    s.laden = true;
    coordinator.vraag(v).then(
      (r) => {
        if (!geldig) return;
        s.rijen = r;
        s.laden = false;
        s.fout = '';
      },
      (e: Error) => {
        if (!geldig) return;
        s.fout = e.message;
        s.laden = false;
      },
    );
    return () => {
      geldig = false;
    };
  });
  return s;
}
