/**
 * What a region may publish of the Thuiszitters page: its three small tables (sqlMaakKubussen and
 * sqlMaakRouteTabellen in routes.ts, built by the same SQL the browser runs), each row with the
 * children it counts, so rows under 5 are left out (model/kosten/onderdrukking.ts). Never a route
 * or a step of one child. Written by scripts/casus-aggregeer.ts next to the cubes of Kosten per
 * casus, loaded back by laadKubusBundel (db/casus.ts). Params of each `sql`: [dataset_id].
 */
import type { KubusExport } from './kostenAggregaat.ts';
import { TABEL_DUUR, TABEL_GEMEENTE, TABEL_STROOM } from './routes.ts';

const rij = (tabel: string) => `SELECT *, n AS n_cel FROM ${tabel} WHERE dataset_id = ? ORDER BY ALL`;

export const ROUTE_EXPORTS: readonly KubusExport[] = [
  { tabel: TABEL_GEMEENTE, kolommen: ['gemeente_code', 'n'], sql: rij(TABEL_GEMEENTE) },
  { tabel: TABEL_STROOM, kolommen: ['gemeente_code', 'band', 'startsoort', 'stap', 'van', 'naar', 'n'], sql: rij(TABEL_STROOM) },
  { tabel: TABEL_DUUR, kolommen: ['gemeente_code', 'band', 'soort', 'definitie', 'klasse', 'n', 'som_dagen'], sql: rij(TABEL_DUUR) },
];
