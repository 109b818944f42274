/**
 * Filters shared by the SQL builders (src/lib/db/sql/kosten.ts) and the pure reference
 * computations (curves.ts), so both mean exactly the same thing:
 *  - onderwijssoort: the case's school type = soort of its first VOLLEDIG_VERZUIM episode, else of
 *    its latest onderwijs episode with a soort;
 *  - leeftijdsband: age = calendar year − geboortejaar (for the aligned curve: the year of dropout);
 *  - periode: calendar years of the cost months (for the aligned curve: the year of dropout, i.e.
 *    a dropout cohort).
 */
import type { Onderwijssoort } from '../casus/contract.ts';

export const LEEFTIJDSBANDEN = [
  { code: '0-7', van: 0, tot: 7 },
  { code: '8-11', van: 8, tot: 11 },
  { code: '12-15', van: 12, tot: 15 },
  { code: '16+', van: 16, tot: 200 },
] as const;
export type Leeftijdsband = (typeof LEEFTIJDSBANDEN)[number]['code'] | 'onbekend';

export function leeftijdsband(leeftijd: number | null): Leeftijdsband {
  if (leeftijd == null) return 'onbekend';
  for (const b of LEEFTIJDSBANDEN) if (leeftijd >= b.van && leeftijd <= b.tot) return b.code;
  return 'onbekend';
}

export interface KostenFilter {
  datasetIds?: string[];
  onderwijssoort?: Onderwijssoort[];
  leeftijdsband?: Leeftijdsband[];
  gemeente?: string[];
  jaarVan?: number;
  jaarTot?: number;
}

/** Label to show with any per-month figure (contract: amounts spread evenly over their period). */
export const LABEL_SPREIDING = 'Bedragen zijn gelijkmatig over hun periode verdeeld (naar dagen per maand).';
