// Kosten per casus answers the states one choice away in advance while DuckDB is idle
// (Coordinator.voorhaal), so the next choice draws from the cache: the options of a filter the
// user opens first; every filter's once an answer has been on screen for STIL_MS (the user is
// reading it). That list is dropped when the state changes: its states are two choices away then.
import { untrack } from 'svelte';
import { alleGrafiekenVraag } from '../../../lib/db/kostenCasus';
import { naarKostenFilter, type CasusFilterUrl } from '../../../lib/model/kosten/filters';
import { alleBuren, filterBuren, type CasusFilterId, type CasusKeuzes } from '../../../lib/model/kosten/filterBuren';
import { volgVoorhalen } from '../../../lib/state/vraag.svelte';

/** An answer on screen this long is being read. */
const STIL_MS = 250;

interface Stand {
  /** the dataset on screen */
  id: string | null;
  /** the dataset and its interval cube are in DuckDB: a prefetch never waits for a load or holds up the cube's build */
  klaar: boolean;
  filter: CasusFilterUrl;
  keuzes: CasusKeuzes;
  /** the key of the answer on screen, '' while a newer one is on its way */
  antwoord: string;
}

export function volgCasusVooraf(lees: () => Stand) {
  const vooraf = volgVoorhalen();
  let geopend: CasusFilterId | undefined; // the filter last opened: its options stay first
  let stilLijst = false;
  function voorzie(id?: CasusFilterId) {
    if (id) geopend = id;
    const s = untrack(lees);
    if (!s.id || !s.klaar) return;
    stilLijst = !id;
    const standen = id ? filterBuren(s.filter, s.keuzes, id) : alleBuren(s.filter, s.keuzes, geopend);
    vooraf.haal(standen.map((f) => alleGrafiekenVraag(naarKostenFilter(f, s.id!), 'pre')));
  }
  $effect(() => {
    const s = lees();
    if (!s.antwoord && stilLijst) {
      stilLijst = false;
      vooraf.haal([]);
    }
    if (!s.antwoord || !s.klaar) return;
    const t = setTimeout(() => voorzie(), STIL_MS);
    return () => clearTimeout(t);
  });
  return {
    /** A filter was opened (or chose while keeping focus). */
    voorzie: (id: CasusFilterId) => voorzie(id),
    get bezig() {
      return vooraf.bezig;
    },
  };
}
