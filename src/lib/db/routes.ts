/**
 * Route tables for the Thuiszitters view, loaded through the coordinator:
 *   laadRoutes(db, basis, datasetId) — makes sure the case tables hold the dataset, then
 *   (re)builds route_segment / route_stap (src/lib/db/sql/routes.ts) from all loaded datasets.
 * Named queries (Vraag) for datasets, gemeenten, flows and durations follow below; their names
 * start with "routes:" so coordinator.vergeet('routes:') drops them after a rebuild.
 *
 * TEMPORARY local case loader (laadCasusLokaal): the case-data engine's src/lib/db/casus.ts
 * (laadCasusData) replaces it as soon as it exists — there must be one loader in the end. It
 * only uses the contract DDL and CSV loaders of src/lib/db/sql/casus.ts, is idempotent per
 * dataset_id, and reads the bundle written by scripts/bundel-casus.ts (casus/index.json).
 */
import type { Db } from './types';
import type { Vraag } from './vragen';
import { DDL_CASUSDATA, sqlLaadCasusCsv, sqlLaadEpisodeCsv } from './sql/casus';
import { sqlDuurGroepen, sqlMaakRouteTabellen, sqlTransities, type DuurSqlOpties, type TransitieSqlOpties } from './sql/routes';
import { leesSynthId, synthId, SYNTH_SEED, SYNTH_STANDAARD_N, type CasusIndex } from '../model/casus/bundel';
import { genereerCasussen, syntheticDataset } from '../../../scripts/lib/synth/generator';
import { KOP, casusRegel, episodeRegel } from '../../../scripts/lib/synth/csv';

/** The dataset the view shows when the URL names none: synthetic, because real aggregates have no per-child pathways. */
export const ROUTES_STANDAARD_DATASET = synthId(SYNTH_SEED, SYNTH_STANDAARD_N);

const enc = new TextEncoder();

/** Milliseconds per load phase and dataset (the view exposes them as data-tijden for the browser benchmark). */
export const routesTijden: Record<string, number> = {};

async function heeftDataset(db: Db, id: string): Promise<boolean> {
  const r = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM dataset WHERE dataset_id = ?', [id]);
  return Number(r[0]?.n ?? 0) > 0;
}

async function registreerEnLaad(db: Db, ds: string, casusCsv: Uint8Array, episodeCsv: Uint8Array): Promise<void> {
  const cNaam = `routes-${ds}-casus.csv`;
  const eNaam = `routes-${ds}-episode.csv`;
  await db.registreerBestand(cNaam, casusCsv);
  await db.registreerBestand(eNaam, episodeCsv);
  try {
    const lc = sqlLaadCasusCsv();
    await db.query(lc.sql, lc.params(ds, db.bestandsPad(cNaam)));
    const le = sqlLaadEpisodeCsv();
    await db.query(le.sql, le.params(ds, db.bestandsPad(eNaam)));
  } finally {
    await db.verwijderBestand(cNaam).catch(() => {});
    await db.verwijderBestand(eNaam).catch(() => {});
  }
}

/** Local stand-in for the case-data engine: synthetic cohorts are generated here, bron sets fetched. */
async function laadCasusLokaal(db: Db, basis: string, ds: string): Promise<void> {
  for (const ddl of DDL_CASUSDATA) await db.exec(ddl);
  if (await heeftDataset(db, ds)) return;
  const synth = leesSynthId(ds);
  if (synth) {
    // Only casus + episode: the flows and durations need no costs.
    const tg = performance.now();
    let casus = KOP.casus;
    const delen: string[] = [KOP.episode];
    for (const r of genereerCasussen({ n: synth.n, seed: synth.seed, kosten: 'fase' })) {
      casus += casusRegel(r.casus);
      let blok = '';
      for (const e of r.episodes) blok += episodeRegel(e);
      delen.push(blok);
    }
    routesTijden[`genereren:${ds}`] = Math.round(performance.now() - tg);
    await registreerEnLaad(db, ds, enc.encode(casus), enc.encode(delen.join('')));
    const meta = syntheticDataset({ n: synth.n, seed: synth.seed, kosten: 'fase' }, ds);
    await db.query('INSERT INTO dataset VALUES (?, ?, ?, ?, ?)', [meta.dataset_id, meta.naam, meta.herkomst, meta.bron, meta.contractversie]);
    return;
  }
  const index = await haalIndex(basis);
  const d = index?.datasets.find((x) => x.dataset_id === ds);
  if (!d) throw new Error(`Dataset "${ds}" bestaat niet in de gebundelde casusdata.`);
  if (d.bestanden) {
    const haal = async (pad: string) => {
      const r = await fetch(`${basis}${pad}`); // bundle-relative, e.g. casus/<id>/casus.csv
      if (!r.ok) throw new Error(`Casusbestand ${pad} kon niet geladen worden (HTTP ${r.status}).`);
      return new Uint8Array(await r.arrayBuffer());
    };
    const [c, e] = await Promise.all([haal(d.bestanden.casus), haal(d.bestanden.episode)]);
    await registreerEnLaad(db, ds, c, e);
  }
  await db.query('INSERT INTO dataset VALUES (?, ?, ?, ?, ?)', [d.dataset_id, d.naam, d.herkomst, d.bron, d.contractversie]);
}

let indexBelofte: Promise<CasusIndex | null> | null = null;
/** casus/index.json of the bundle; null when the bundle has no case data (then only synthetic). */
export function haalIndex(basis: string): Promise<CasusIndex | null> {
  indexBelofte ??= fetch(`${basis}casus/index.json`)
    .then((r) => (r.ok ? (r.json() as Promise<CasusIndex>) : null))
    .catch(() => null);
  return indexBelofte;
}

/** Load one dataset (if needed) and rebuild the route tables over everything loaded. */
export async function laadRoutes(db: Db, basis: string, ds: string): Promise<void> {
  const t0 = performance.now();
  await laadCasusLokaal(db, basis, ds);
  const t1 = performance.now();
  for (const sql of sqlMaakRouteTabellen()) await db.exec(sql);
  routesTijden[`laden:${ds}`] = Math.round(t1 - t0);
  routesTijden[`afleiden:${ds}`] = Math.round(performance.now() - t1);
}

// ---------- named queries ----------

export interface RouteDatasetRij extends Record<string, unknown> {
  dataset_id: string;
  naam: string;
  herkomst: string;
  bron: string;
  n: number;
}

/** Datasets that have pathways (at least one onderwijs episode), with their number of children. */
export function routeDatasetsVraag(): Vraag<RouteDatasetRij> {
  return {
    naam: 'routes:datasets',
    sql: `SELECT d.dataset_id, d.naam, d.herkomst, d.bron, count(DISTINCT s.casus_id)::INTEGER AS n
      FROM dataset d JOIN route_stap s ON s.dataset_id = d.dataset_id
      GROUP BY ALL ORDER BY d.herkomst DESC, d.dataset_id`,
    params: [],
  };
}

export interface RouteGemeenteRij extends Record<string, unknown> {
  gemeente_code: string;
  n: number;
}

export function routeGemeentenVraag(ds: string): Vraag<RouteGemeenteRij> {
  return {
    naam: 'routes:gemeenten',
    sql: `SELECT gemeente_code, count(DISTINCT casus_id)::INTEGER AS n FROM route_stap WHERE dataset_id = ? GROUP BY ALL ORDER BY gemeente_code`,
    params: [ds],
  };
}

export interface TransitieDbRij extends Record<string, unknown> {
  stap: number;
  van: string;
  naar: string | null;
  n: number;
}

export function transitieVraag(opt: TransitieSqlOpties): Vraag<TransitieDbRij> {
  const q = sqlTransities(opt);
  return { naam: 'routes:transities', sql: q.sql, params: q.params as (string | number)[] };
}

export interface DuurDbRij extends Record<string, unknown> {
  soort: string | null;
  klasse: string;
  n: number;
  som_dagen: number;
}

export function duurVraag(opt: DuurSqlOpties): Vraag<DuurDbRij> {
  const q = sqlDuurGroepen(opt);
  // the definition is inlined in the SQL (constants), not a parameter: it must be in the cache key
  return { naam: `routes:duur:${opt.definitie}`, sql: q.sql, params: q.params as (string | number)[] };
}
