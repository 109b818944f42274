// What Kosten per casus asks ahead (volgVooraf): the options of a filter the user opens, and every
// filter's once an answer has been read a moment, the filter opened last first; then, to warm
// DuckDB up, the states two choices away.
import { alleGrafiekenVraag } from '../../../lib/db/kostenCasus';
import { encodeCasusFilter, naarKostenFilter, type CasusFilterUrl } from '../../../lib/model/kosten/filters';
import { tweeStappen } from '../../../lib/model/voorzien';
import { alleBuren, filterBuren, type CasusFilterId, type CasusKeuzes } from '../../../lib/model/kosten/filterBuren';
import { volgVooraf } from '../../../lib/state/vraag.svelte';

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
  let geopend: CasusFilterId | undefined; // the filter last opened: its options stay first
  const vragen = (s: Stand, standen: CasusFilterUrl[]) => standen.map((f) => alleGrafiekenVraag(naarKostenFilter(f, s.id!), 'pre'));
  // both lists are only made while `klaar`, which holds only with a dataset id
  const vooraf = volgVooraf(
    lees,
    () => {
      const s = lees();
      return vragen(s, alleBuren(s.filter, s.keuzes, geopend));
    },
    (max) => {
      const s = lees();
      return vragen(s, tweeStappen(s.filter, (f) => alleBuren(f, s.keuzes), encodeCasusFilter, max));
    },
  );
  return {
    /** A filter was opened (or chose while keeping focus). */
    voorzie(id: CasusFilterId) {
      geopend = id;
      vooraf.open(() => {
        const s = lees();
        return vragen(s, filterBuren(s.filter, s.keuzes, id));
      });
    },
    get bezig() {
      return vooraf.bezig;
    },
  };
}
