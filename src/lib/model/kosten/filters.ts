/**
 * Filters shared by the SQL builders (src/lib/db/sql/kosten.ts) and the pure reference
 * computations (curves.ts), so both mean exactly the same thing:
 *  - onderwijssoort: the case's school type = soort of its first VOLLEDIG_VERZUIM episode, else of
 *    its latest onderwijs episode with a soort;
 *  - leeftijdsband: age = calendar year − geboortejaar (for the aligned curve: the year of dropout);
 *  - periode: calendar years of the cost months (for the aligned curve: the year of dropout, i.e.
 *    a dropout cohort).
 */
import { ONDERWIJSSOORT, type Onderwijssoort } from '../casus/contract.ts';
import { leeftijdsbanden } from '../casus/leeftijdsbanden.ts';

export const LEEFTIJDSBANDEN = leeftijdsbanden(['0-7', '8-11', '12-15', '16+'], 200);
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

/**
 * URL grammar of the case filters (`kf`, app.kosten), within [A-Za-z0-9._~,:+-]:
 *   s:PO.VO , l:12-15.16+ , g:GM0513.GM0344 , j:2020~2023 (either side may be empty)
 * parts separated by ',', list items by '.'. Unknown or malformed parts are dropped, so a
 * garbled link falls back to "no filter" for that part instead of failing.
 */

export interface CasusFilterUrl {
  onderwijssoort: Onderwijssoort[];
  leeftijdsband: Leeftijdsband[];
  gemeente: string[];
  jaarVan: number | null;
  jaarTot: number | null;
}

export const LEGE_FILTER: CasusFilterUrl = { onderwijssoort: [], leeftijdsband: [], gemeente: [], jaarVan: null, jaarTot: null };
const BANDEN: readonly string[] = [...LEEFTIJDSBANDEN.map((b) => b.code), 'onbekend'];
const uniek = <T,>(x: T[]) => [...new Set(x)].sort() as T[];

export function encodeCasusFilter(f: CasusFilterUrl): string {
  const d: string[] = [];
  if (f.onderwijssoort.length) d.push(`s:${uniek(f.onderwijssoort).join('.')}`);
  if (f.leeftijdsband.length) d.push(`l:${uniek(f.leeftijdsband).join('.')}`);
  if (f.gemeente.length) d.push(`g:${uniek(f.gemeente).join('.')}`);
  if (f.jaarVan != null || f.jaarTot != null) d.push(`j:${f.jaarVan ?? ''}~${f.jaarTot ?? ''}`);
  return d.join(',');
}

export function decodeCasusFilter(s: string): CasusFilterUrl {
  const f: CasusFilterUrl = { onderwijssoort: [], leeftijdsband: [], gemeente: [], jaarVan: null, jaarTot: null };
  if (typeof s !== 'string' || s.length > 400) return f;
  for (const deel of s.split(',')) {
    const [sleutel, waarde = ''] = [deel.slice(0, 2), deel.slice(2)];
    const items = waarde.split('.').filter(Boolean);
    if (sleutel === 's:') f.onderwijssoort = uniek(items.filter((x): x is Onderwijssoort => (ONDERWIJSSOORT as readonly string[]).includes(x)));
    else if (sleutel === 'l:') f.leeftijdsband = uniek(items.filter((x): x is Leeftijdsband => BANDEN.includes(x)));
    else if (sleutel === 'g:') f.gemeente = uniek(items.filter((x) => /^GM\d{4}$/.test(x)));
    else if (sleutel === 'j:') {
      const m = /^(\d{4})?~(\d{4})?$/.exec(waarde);
      if (m) {
        f.jaarVan = m[1] ? Number(m[1]) : null;
        f.jaarTot = m[2] ? Number(m[2]) : null;
        if (f.jaarVan != null && f.jaarTot != null && f.jaarVan > f.jaarTot) [f.jaarVan, f.jaarTot] = [f.jaarTot, f.jaarVan];
      }
    }
  }
  return f;
}

/** URL filter + chosen dataset → the filter the SQL builders take. */
export function naarKostenFilter(f: CasusFilterUrl, datasetId: string): KostenFilter {
  return {
    datasetIds: [datasetId],
    ...(f.onderwijssoort.length ? { onderwijssoort: f.onderwijssoort } : {}),
    ...(f.leeftijdsband.length ? { leeftijdsband: f.leeftijdsband } : {}),
    ...(f.gemeente.length ? { gemeente: f.gemeente } : {}),
    ...(f.jaarVan != null ? { jaarVan: f.jaarVan } : {}),
    ...(f.jaarTot != null ? { jaarTot: f.jaarTot } : {}),
  };
}
