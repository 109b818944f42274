/**
 * Route tables for the Thuiszitters view:
 *   zorgVoorRoutes(db, ds, zorgVoorCasus) — makes sure the case tables hold the dataset (through
 *   the case-data engine's queued loader, passed in), then rebuilds route_segment / route_stap
 *   (src/lib/db/sql/routes.ts) when they do not cover exactly the loaded datasets.
 * Named queries (Vraag) for the gemeenten and for all charts (flows and durations) follow below; their names start with
 * "routes:" so coordinator.vergeet('routes:') drops them after a rebuild.
 *
 * There is one case loader: src/lib/db/casus.ts (laadBronDataset / genereerSynthetisch), queued by
 * zorgVoor() in src/lib/state/casus.svelte.ts. This module only derives from its tables.
 */
import type { Db, Rij } from './types';
import type { Vraag } from './vragen';
import { sqlMaakKubussen, sqlMaakRouteTabellen, sqlRouteGrafieken, TABEL_GEMEENTE, TABEL_STAP, type KubusOpties } from './sql/routes';
import type { DefinitieCode } from '../model/routes/definities';
import type { CohortFilter } from '../model/routes/filter';
import { BRON_STANDAARD_DATASET } from '../model/casus/bundel';
import { cohortFilter, decodeRoutes } from '../model/routes/keuze';
import { STANDAARD } from '../url/staat';

/** The dataset the view shows when the URL names none: the published Gouda cases. */
export const ROUTES_STANDAARD_DATASET = BRON_STANDAARD_DATASET;

/** The flow window and reference date of the route tables (the synthetic and Gouda data run to December 2024). */
export const VENSTER = { van: '2017-01-01', tot: '2025-01-01', maxStappen: 5, peildatum: '2024-12-01' } as const;

/** Milliseconds per phase and dataset (in the bench build the view exposes them as data-tijden, for the browser benchmark). */
export const routesTijden: Record<string, number> = {};

async function tabelBestaat(db: Db, naam: string): Promise<boolean> {
  const r = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = ?', [naam]);
  return Number(r[0]?.n ?? 0) > 0;
}

async function datasetsIn(db: Db, sql: string): Promise<string[]> {
  return (await db.query<{ d: string }>(sql)).map((r) => r.d).sort();
}

/** Rebuild the route tables when they do not hold exactly the datasets that have episodes. Returns true when rebuilt. */
export async function bouwRouteTabellenZoNodig(db: Db): Promise<boolean> {
  const inCasus = await datasetsIn(db, 'SELECT DISTINCT dataset_id AS d FROM episode');
  const inRoutes = (await tabelBestaat(db, TABEL_STAP)) ? await datasetsIn(db, `SELECT DISTINCT dataset_id AS d FROM ${TABEL_STAP}`) : null;
  if (inRoutes && inRoutes.join('|') === inCasus.join('|')) return false;
  for (const sql of sqlMaakRouteTabellen()) await db.exec(sql);
  return true;
}

/** Which window/peildatum the small tables (route_stroom, route_duur) were built for, per Db. */
const kubusVoor = new WeakMap<Db, string>();

/**
 * Dataset `ds` loaded (by the case loader) and covered by the route tables and the view's small
 * tables for `kubus` (window + peildatum). Throws a Dutch error when the loader cannot provide it
 * (e.g. an own file imported in another tab).
 */
export async function zorgVoorRoutes(db: Db, ds: string, zorgVoorCasus: (id: string) => Promise<boolean>, kubus: KubusOpties): Promise<{ herbouwd: boolean }> {
  const t0 = performance.now();
  if (!(await zorgVoorCasus(ds))) throw new Error(`De gegevens "${ds}" zijn niet geladen of bestaan niet (meer); kies een andere dataset.`);
  const t1 = performance.now();
  let herbouwd = await bouwRouteTabellenZoNodig(db);
  const sleutel = JSON.stringify(kubus);
  if (herbouwd || kubusVoor.get(db) !== sleutel) {
    for (const q of sqlMaakKubussen(kubus)) await db.query(q.sql, q.params);
    kubusVoor.set(db, sleutel);
    herbouwd = true;
  }
  routesTijden[`laden:${ds}`] = Math.round(t1 - t0);
  routesTijden[`afleiden:${ds}`] = Math.round(performance.now() - t1);
  return { herbouwd };
}

// ---------- named queries ----------

export interface RouteGemeenteRij extends Record<string, unknown> {
  gemeente_code: string;
  n: number;
}

export function routeGemeentenVraag(ds: string): Vraag<RouteGemeenteRij> {
  return {
    naam: 'routes:gemeenten',
    // counted once per case (its first step) when the route tables are built
    sql: `SELECT gemeente_code, n FROM ${TABEL_GEMEENTE} WHERE dataset_id = ? ORDER BY gemeente_code`,
    params: [ds],
    niveau: 'motor',
  };
}

export interface RouteGrafiekDbRij extends Record<string, unknown> {
  deel: 'stroom' | 'duur';
  stap: number | null;
  van: string | null;
  naar: string | null;
  soort: string | null;
  klasse: string | null;
  n: number;
  som_dagen: number | null;
}

/**
 * Every chart's rows in one question (sqlRouteGrafieken; split with leesRouteGrafieken): the flow
 * for the window and the durations at the peildatum the small tables were built for (zorgVoorRoutes' `kubus`).
 */
export function routeGrafiekenVraag(kubus: KubusOpties, definitie: DefinitieCode, filter: CohortFilter): Vraag<RouteGrafiekDbRij> {
  const q = sqlRouteGrafieken(definitie, filter);
  return { naam: `routes:grafieken:${kubus.van}:${kubus.tot}:${kubus.maxStappen}:${kubus.peildatum}`, sql: q.sql, params: q.params as (string | number)[], niveau: 'motor' };
}

/**
 * What the page first asks of a bundled dataset (default definition and filters of the URL state):
 * baked at build time into the dataset's voorbereid.json (scripts/bundel-casus.ts), so those charts
 * draw before DuckDB has started and the route tables are built.
 */
export function eersteRoutesVragen(ds: string): Vraag<Rij>[] {
  const keuze = decodeRoutes(STANDAARD.routes).keuze;
  return [routeGrafiekenVraag(VENSTER, keuze.definitie, cohortFilter(keuze, ds)), routeGemeentenVraag(ds)];
}
