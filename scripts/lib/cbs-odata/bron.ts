// Where OData responses come from: the live CBS API, or recorded fixture files (tests, offline).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * CBS open data, OData v3 ("ODataApi"). Per table `<ID>`:
 *   https://opendata.cbs.nl/ODataApi/odata/<ID>/DataProperties   column keys, types, titles, units
 *   https://opendata.cbs.nl/ODataApi/odata/<ID>/RegioS           region codes (padded) and names
 *   https://opendata.cbs.nl/ODataApi/odata/<ID>/Perioden         period codes with Status (Definitief/Voorlopig)
 *   https://opendata.cbs.nl/ODataApi/odata/<ID>/TypedDataSet     the figures, max 10 000 rows per response,
 *                                                                 continued via "odata.nextLink"
 * Add `?$format=json` for JSON and `$filter=startswith(RegioS,'GM')` to keep only gemeenten.
 * (The newer OData v4 API at https://odata4.cbs.nl/CBS/<ID>/Observations is a different, long
 * shape and is not used here.)
 */
export const CBS_ODATA_V3 = 'https://opendata.cbs.nl/ODataApi/odata';

export interface ODataBron {
  readonly soort: 'live' | 'fixtures';
  /** All rows of an entity, following "odata.nextLink" pages. */
  haal(tabel: string, entiteit: string, filter?: string): Promise<Record<string, unknown>[]>;
  /** The URL that is (or would be) requested, for the manifest. */
  url(tabel: string, entiteit: string, filter?: string): string;
}

interface Pagina {
  value?: Record<string, unknown>[];
  d?: { results?: Record<string, unknown>[] };
  'odata.nextLink'?: string;
}

function rijenVan(p: Pagina): Record<string, unknown>[] {
  return p.value ?? p.d?.results ?? [];
}

function maakUrl(basis: string, tabel: string, entiteit: string, filter?: string): string {
  const q = ['$format=json'];
  if (filter) q.push(`$filter=${encodeURIComponent(filter)}`);
  return `${basis}/${tabel}/${entiteit}?${q.join('&')}`;
}

/** Live download. NOT VERIFIED: the build and test machines cannot reach CBS. */
export function liveBron(basis = CBS_ODATA_V3): ODataBron {
  return {
    soort: 'live',
    url: (t, e, f) => maakUrl(basis, t, e, f),
    async haal(tabel, entiteit, filter) {
      const rijen: Record<string, unknown>[] = [];
      let url: string | undefined = maakUrl(basis, tabel, entiteit, filter);
      for (let pagina = 0; url && pagina < 1000; pagina++) {
        const res = await fetch(url, { headers: { Accept: 'application/json' } });
        if (!res.ok) throw new Error(`CBS gaf HTTP ${res.status} voor ${url}`);
        const p = (await res.json()) as Pagina;
        rijen.push(...rijenVan(p));
        url = p['odata.nextLink'];
      }
      return rijen;
    },
  };
}

/**
 * Recorded responses: `<dir>/<tabel>/<Entiteit>.json`; a "odata.nextLink" with `$skip=N` continues
 * in `<Entiteit>.skip-N.json`. The filter is not applied (the parser's validation must catch the rest).
 */
export function fixtureBron(dir: string): ODataBron {
  return {
    soort: 'fixtures',
    url: (t, e, f) => maakUrl(CBS_ODATA_V3, t, e, f),
    async haal(tabel, entiteit) {
      const rijen: Record<string, unknown>[] = [];
      let bestand: string | undefined = join(dir, tabel, `${entiteit}.json`);
      while (bestand) {
        const p = JSON.parse(await readFile(bestand, 'utf8')) as Pagina;
        rijen.push(...rijenVan(p));
        const skip = p['odata.nextLink'] ? /\$skip=(\d+)/.exec(p['odata.nextLink'])?.[1] : undefined;
        bestand = skip ? join(dir, tabel, `${entiteit}.skip-${skip}.json`) : undefined;
      }
      return rijen;
    },
  };
}
