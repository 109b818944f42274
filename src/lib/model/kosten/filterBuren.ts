// The five filters of Kosten per casus as data: their values in a dataset, the value a filter state
// has, and the state one choice away. Filters.svelte writes choices with them, and CasusCurves asks
// the states one choice away in advance (Coordinator.voorhaal), so both mean the same step.
import type { Onderwijssoort } from '../casus/contract.ts';
import { naasteKeuzes, verweven } from '../voorzien.ts';
import { LEEFTIJDSBANDEN, type CasusFilterUrl, type Leeftijdsband } from './filters.ts';

/** The choices present in a dataset (read from DuckDB or a bundle's cubes). */
export interface CasusKeuzes {
  gemeente: string[];
  onderwijssoort: string[];
  jaar: number[];
}

export type CasusFilterId = 'onderwijssoort' | 'leeftijdsband' | 'gemeente' | 'jaarVan' | 'jaarTot';

interface FilterDef {
  /** the select's values after "all" (''), in its order */
  waarden: (k: CasusKeuzes) => string[];
  /** the select's value in a filter state ('' = all) */
  huidig: (f: CasusFilterUrl) => string;
  /** the change a value makes */
  zet: (v: string) => Partial<CasusFilterUrl>;
}

const lijst = <T extends string>(v: string): T[] => (v ? [v as T] : []);
const jaar = (v: string) => (v ? Number(v) : null);
const jaartal = (j: number | null) => (j == null ? '' : String(j));

export const CASUS_FILTERS: Record<CasusFilterId, FilterDef> = {
  onderwijssoort: { waarden: (k) => k.onderwijssoort, huidig: (f) => f.onderwijssoort[0] ?? '', zet: (v) => ({ onderwijssoort: lijst<Onderwijssoort>(v) }) },
  leeftijdsband: { waarden: () => LEEFTIJDSBANDEN.map((b) => b.code), huidig: (f) => f.leeftijdsband[0] ?? '', zet: (v) => ({ leeftijdsband: lijst<Leeftijdsband>(v) }) },
  gemeente: { waarden: (k) => k.gemeente, huidig: (f) => f.gemeente[0] ?? '', zet: (v) => ({ gemeente: lijst<string>(v) }) },
  jaarVan: { waarden: (k) => k.jaar.map(String), huidig: (f) => jaartal(f.jaarVan), zet: (v) => ({ jaarVan: jaar(v) }) },
  jaarTot: { waarden: (k) => k.jaar.map(String), huidig: (f) => jaartal(f.jaarTot), zet: (v) => ({ jaarTot: jaar(v) }) },
};

const FILTER_IDS = Object.keys(CASUS_FILTERS) as CasusFilterId[];

/** A period that ends before it starts selects nothing: not worth a query in advance. */
const zinvol = (f: CasusFilterUrl) => f.jaarVan == null || f.jaarTot == null || f.jaarVan <= f.jaarTot;

/** The states one choice in filter `id` away from `f`, nearest option first (at most VOORZIEN_MAX). */
export function filterBuren(f: CasusFilterUrl, k: CasusKeuzes, id: CasusFilterId): CasusFilterUrl[] {
  const d = CASUS_FILTERS[id];
  return naasteKeuzes(['', ...d.waarden(k)], d.huidig(f)).map((v) => ({ ...f, ...d.zet(v) })).filter(zinvol);
}

/**
 * The states one choice in any filter away from `f`: `eerst` (the filter last opened) whole and
 * first, then the other filters interleaved, nearest option first.
 */
export function alleBuren(f: CasusFilterUrl, k: CasusKeuzes, eerst?: CasusFilterId): CasusFilterUrl[] {
  const rest = FILTER_IDS.filter((id) => id !== eerst).map((id) => filterBuren(f, k, id));
  return [...(eerst ? filterBuren(f, k, eerst) : []), ...verweven(rest)];
}
