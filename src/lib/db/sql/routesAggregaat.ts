/**
 * What a region may publish of the Thuiszitters page: its three small tables (sqlMaakKubussen and
 * sqlMaakRouteTabellen in routes.ts, built by the same SQL the browser runs), each row with the
 * children it counts, so rows under 5 are left out (model/kosten/onderdrukking.ts). Never a route
 * or a step of one child. Written by scripts/casus-aggregeer.ts next to the cubes of Kosten per
 * casus, loaded back by laadKubusBundel (db/casus.ts). Params of each `sql`: [dataset_id].
 */
import type { KubusExport } from './kostenAggregaat.ts';
import { sqlMaakKubussen, sqlMaakRouteTabellen, TABEL_DUUR, TABEL_GEMEENTE, TABEL_STROOM, type KubusOpties, type SqlMetParams } from './routes.ts';

const rij = (tabel: string) => `SELECT *, n AS n_cel FROM ${tabel} WHERE dataset_id = ? ORDER BY ALL`;

export const ROUTE_EXPORTS: readonly KubusExport[] = [
  { tabel: TABEL_GEMEENTE, kolommen: ['gemeente_code', 'n'], sql: rij(TABEL_GEMEENTE) },
  { tabel: TABEL_STROOM, kolommen: ['gemeente_code', 'band', 'startsoort', 'stap', 'van', 'naar', 'n'], sql: rij(TABEL_STROOM) },
  { tabel: TABEL_DUUR, kolommen: ['gemeente_code', 'band', 'soort', 'definitie', 'klasse', 'n', 'som_dagen'], sql: rij(TABEL_DUUR) },
];

/** The attached database one slice of cases is derived in (sqlRoutesInDeel). */
const DEEL = 'route_deel';

/** The counted columns of the small tables, with their type in SQL_MAAK_KLEINE_TABELLEN; the others are the key. */
const TELLINGEN: Record<string, string> = { n: 'INTEGER', som_dagen: 'BIGINT' };

/** Per small table (the columns of ROUTE_EXPORTS, which end with the counts, as the DDL does): key and summed counts. */
const OPTELBAAR = ROUTE_EXPORTS.map(({ tabel, kolommen }) => ({
  tabel,
  sleutel: ['dataset_id', ...kolommen.filter((k) => !(k in TELLINGEN))].join(', '),
  som: kolommen.filter((k) => k in TELLINGEN).map((k) => `sum(${k})::${TELLINGEN[k]} AS ${k}`).join(', '),
}));

/**
 * The small tables of slice `deel` (of `delen`) of the cases in database `hoofd`, by the page's
 * own SQL (sqlMaakRouteTabellen, sqlMaakKubussen) run in an attached database holding only that
 * slice's cases and episodes, their rows added to hoofd's tables. Every row counts children, and a
 * child's route lies in one slice (cut by casus_id), so the sums over the slices (SQL_ROUTES_OPTELLEN)
 * equal the tables built at once, in a fraction of the memory: how casus:aggregeer builds them at
 * 10 million cases. Run SQL_MAAK_KLEINE_TABELLEN in `hoofd` first (it creates the tables).
 */
export function sqlRoutesInDeel(hoofd: string, deel: number, delen: number, opt: KubusOpties): SqlMetParams[] {
  if (!/^[a-z_][a-z0-9_]*$/.test(hoofd) || !Number.isInteger(deel) || !Number.isInteger(delen) || deel < 0 || deel >= delen) throw new Error(`sqlRoutesInDeel: ongeldig deel ${deel} van ${delen} in ${hoofd}`);
  const zonder = (sql: string): SqlMetParams => ({ sql, params: [] });
  const kopie = (tabel: string) => zonder(`CREATE TABLE ${DEEL}.${tabel} AS SELECT * FROM ${hoofd}.${tabel} WHERE hash(casus_id) % ${delen} = ${deel}`);
  return [
    zonder(`ATTACH ':memory:' AS ${DEEL}`),
    kopie('casus'),
    kopie('episode'),
    zonder(`USE ${DEEL}`),
    ...sqlMaakRouteTabellen().map(zonder),
    ...sqlMaakKubussen(opt),
    zonder(`USE ${hoofd}`),
    ...OPTELBAAR.map((t) => zonder(`INSERT INTO ${t.tabel} SELECT * FROM ${DEEL}.${t.tabel}`)),
    zonder(`DETACH ${DEEL}`),
  ];
}

/** Back to `hoofd` after a slice failed halfway (out of memory): its database detached. */
export const sqlRoutesDeelOpruimen = (hoofd: string): string[] => [`USE ${hoofd}`, `DETACH DATABASE IF EXISTS ${DEEL}`];

/** After the slices: one row per key with the counts added up, in the tables' own types. */
export const SQL_ROUTES_OPTELLEN: readonly string[] = OPTELBAAR.map(
  (t) => `CREATE OR REPLACE TABLE ${t.tabel} AS SELECT ${t.sleutel}, ${t.som} FROM ${t.tabel} GROUP BY ${t.sleutel}`,
);
