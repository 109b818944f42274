// The case charts' queries as named `Vraag`s (answered by the coordinator, cached per params).
// 'pre' reads the cubes built at load; 'ruw' re-aggregates the raw rows (kept for the benchmark ratio).
import type { Vraag } from '../../../lib/db/vragen';
import type { Rij } from '../../../lib/db/types';
import { sqlHellingen, sqlJaarkostenVerdeling, sqlKostenPerCategorie, sqlLorenzBins, sqlUitgelijndeCurve, type Variant } from '../../../lib/db/sql/kosten';
import type { KostenFilter } from '../../../lib/model/kosten/filters';

export const T_MIN = -24;
export const T_MAX = 24;
export const VENSTER = 12;

const vraag = <T extends Rij>(naam: string, q: { sql: string; params: unknown[] }): Vraag<T> => ({ naam, sql: q.sql, params: q.params as (string | number)[] });

export interface CategorieRij extends Rij { categorie: string; bedrag: number }
export interface KlasseRij extends Rij { klasse_van: number; n: number; bedrag: number }
export interface BinRij extends Rij { bin: number; n: number; bedrag: number }
export interface CurveRij extends Rij { t: number; gemiddeld: number | null; cumulatief: number | null; n: number | null }
export interface HellingRij extends Rij { helling_voor: number | null; helling_na: number | null; n: number | null }

export function casusVragen(f: KostenFilter, v: Variant) {
  return {
    categorie: vraag<CategorieRij>(`kosten-casus-categorie-${v}`, sqlKostenPerCategorie(f, v)),
    verdeling: vraag<KlasseRij>(`kosten-casus-verdeling-${v}`, sqlJaarkostenVerdeling(f, v)),
    lorenz: vraag<BinRij>(`kosten-casus-lorenz-${v}`, sqlLorenzBins(f, v)),
    curve: vraag<CurveRij>(`kosten-casus-curve-${v}`, sqlUitgelijndeCurve(f, v, T_MIN, T_MAX)),
    hellingen: vraag<HellingRij>(`kosten-casus-hellingen-${v}`, sqlHellingen(f, v, VENSTER)),
  };
}

/** Filter choices present in a dataset: gemeenten, school types, years. */
export const keuzesVraag = (datasetId: string): Vraag<{ soort: string; waarde: string | number | null }> => ({
  naam: 'kosten-casus-keuzes',
  sql: `SELECT 'gemeente' AS soort, gemeente_code AS waarde FROM casus_kenmerken WHERE dataset_id = ? GROUP BY ALL
        UNION ALL SELECT 'onderwijssoort', soort FROM casus_kenmerken WHERE dataset_id = ? AND soort IS NOT NULL GROUP BY ALL
        UNION ALL SELECT 'jaar', CAST(jaar AS VARCHAR) FROM pa_casus_jaar WHERE dataset_id = ? GROUP BY ALL
        ORDER BY 1, 2`,
  params: [datasetId, datasetId, datasetId],
});

/** Totals of a dataset, unfiltered: cases, cases with dropout, money (for the Gouda check). */
export const totaalVraag = (datasetId: string): Vraag<{ casussen: number; met_uitval: number; totaal: number }> => ({
  naam: 'kosten-casus-totaal',
  sql: `SELECT (SELECT count(*) FROM casus_kenmerken WHERE dataset_id = ?) AS casussen,
          (SELECT count(*) FROM casus_kenmerken WHERE dataset_id = ? AND uitval_m IS NOT NULL) AS met_uitval,
          (SELECT CAST(sum(bedrag_eur) AS DOUBLE) FROM kosten WHERE dataset_id = ?) AS totaal`,
  params: [datasetId, datasetId, datasetId],
});

/**
 * All five chart queries as ONE statement (UNION ALL, a `deel` column says which chart a row
 * belongs to). DuckDB-WASM answers each prepared statement in three worker round trips
 * (prepare, run, close); one statement instead of five cuts most of a filter change's overhead.
 */
export interface DeelRij extends Rij { deel: string; sleutel: string | null; a: number | null; b: number | null; c: number | null }

export function alleGrafiekenVraag(f: KostenFilter, v: Variant): Vraag<DeelRij> {
  const q = casusVragen(f, v);
  const delen: [string, Vraag<Rij>, string][] = [
    ['categorie', q.categorie, 'categorie, bedrag, NULL, NULL'],
    ['verdeling', q.verdeling, 'NULL, klasse_van, n, bedrag'],
    ['lorenz', q.lorenz, 'NULL, bin, n, bedrag'],
    ['curve', q.curve, 'NULL, t, cumulatief, n'],
    ['hellingen', q.hellingen, 'NULL, helling_voor, helling_na, n'],
  ];
  return {
    naam: `kosten-casus-alle-${v}`,
    sql: delen
      .map(([deel, x, kol]) => {
        const [s, a, b, c] = kol.split(', ');
        return `SELECT '${deel}' AS deel, CAST(${s} AS VARCHAR) AS sleutel, CAST(${a} AS DOUBLE) AS a, CAST(${b} AS DOUBLE) AS b, CAST(${c} AS DOUBLE) AS c FROM (${x.sql})`;
      })
      .join('\nUNION ALL\n'),
    params: delen.flatMap(([, x]) => x.params),
  };
}

/** Splits the combined answer back into the per-chart row shapes. */
export function splitsAlleGrafieken(rijen: DeelRij[]) {
  const van = (d: string) => rijen.filter((r) => r.deel === d);
  // the mean per month is the step of the cumulative curve (saves a column in the union)
  const curve = van('curve').map((r) => ({ t: Number(r.a), cumulatief: r.b == null ? null : Number(r.b), n: r.c })).sort((x, y) => x.t - y.t);
  return {
    categorie: van('categorie').map((r) => ({ categorie: String(r.sleutel), bedrag: Number(r.a) })) as CategorieRij[],
    verdeling: van('verdeling').map((r) => ({ klasse_van: Number(r.a), n: Number(r.b), bedrag: Number(r.c) })).sort((x, y) => x.klasse_van - y.klasse_van) as KlasseRij[],
    lorenz: van('lorenz').map((r) => ({ bin: Number(r.a), n: Number(r.b), bedrag: Number(r.c) })) as BinRij[],
    curve: curve.map((r, i) => ({ ...r, gemiddeld: r.cumulatief == null ? null : r.cumulatief - (i ? (curve[i - 1].cumulatief ?? 0) : 0) })) as CurveRij[],
    hellingen: van('hellingen').map((r) => ({ helling_voor: r.a, helling_na: r.b, n: r.c })) as HellingRij[],
  };
}
