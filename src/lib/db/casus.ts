// Loads case data (docs/casusdata.md) into DuckDB-WASM: the bundled bron datasets, a synthetic
// cohort generated in a Web Worker, or a user's own files (which never leave the browser).
// After each load the small derived tables the charts read are built once (sql/kosten.ts), so a
// filter change only touches those.
import type { Db } from './types';
import { DDL_CASUSDATA, sqlLaadCasusCsv, sqlLaadEpisodeCsv, sqlLaadKostenCsv, SQL_VERWIJDER_DATASET } from './sql/casus';
import { SQL_CASUS_NR_BEREIK, SQL_MAAK_PREAGGREGATEN, SQL_VERWIJDER_PREAGGREGATEN, sqlBouwDataset, sqlBouwEerst, sqlBouwIntervalKubus } from './sql/kosten';
import type { CasusIndex } from '../model/casus/bundel';
import { KUBUS_EXPORTS } from './sql/kostenAggregaat';
import { bundelBestand, sqlLaadKubusCsv } from './sql/kostenBundel';
import { kubusDataset, leesKubusManifest, type KubusManifest } from '../model/kosten/kubusBundel';
import { EIGEN_PREFIX, synthId } from '../model/casus/bundel';
import type { Dataset } from '../model/casus/contract';
import type { CasusBestanden } from '../import/casus';
import type { SynthBericht, SynthVraag } from '../workers/synth.worker';

/** Datasets now in the tables, with their metadata (per Db handle). */
const geladen = new WeakMap<Db, Map<string, Dataset>>();
const klaarTabellen = new WeakMap<Db, Promise<void>>();
let bestandTeller = 0;

function tabellen(db: Db): Promise<void> {
  let p = klaarTabellen.get(db);
  if (!p) {
    p = (async () => {
      for (const s of [...DDL_CASUSDATA, ...SQL_MAAK_PREAGGREGATEN]) await db.exec(s);
    })();
    klaarTabellen.set(db, p);
    geladen.set(db, new Map());
  }
  return p;
}

/** Loads contract CSV texts (`;`, decimal point, ISO dates) for one dataset and builds its cubes. */
async function laadCsv(db: Db, ds: Dataset, delen: { casus: Uint8Array; episode: Uint8Array; kosten: Uint8Array }): Promise<void> {
  const n = ++bestandTeller;
  for (const [t, q] of [['casus', sqlLaadCasusCsv()], ['episode', sqlLaadEpisodeCsv()], ['kosten', sqlLaadKostenCsv()]] as const) {
    const naam = `casus-${n}-${t}.csv`;
    await db.registreerBestand(naam, delen[t]);
    try {
      await db.query(q.sql, q.params(ds.dataset_id, db.bestandsPad(naam)));
    } finally {
      await db.verwijderBestand(naam);
    }
  }
}

async function registreer(db: Db, ds: Dataset): Promise<void> {
  await db.query('INSERT INTO dataset VALUES (?, ?, ?, ?, ?)', [ds.dataset_id, ds.naam, ds.herkomst, ds.bron, ds.contractversie]);
}

/** Builds the cubes of a loaded dataset: all of them, or (`alles` false) all but the interval cube, see bouwIntervalKubus. */
async function bouw(db: Db, ds: Dataset, alles = true): Promise<void> {
  for (const s of alles ? sqlBouwDataset(ds.dataset_id) : sqlBouwEerst(ds.dataset_id)) await db.query(s.sql, s.params);
  geladen.get(db)!.set(ds.dataset_id, ds);
}

/** Cases per slice of the interval cube: a filter change waits for at most one slice. */
const INTERVAL_PLAK = 25_000;

/**
 * Builds the interval cube pa_lorenz_iv of a synthetic dataset after its first chart is drawn
 * (genereerSynthetisch leaves it out), slice by slice so filter changes run in between. Returns
 * false when `stop` ended it: the partial rows are removed, so it can be built again later (each
 * attempt starts from an empty cube).
 */
export async function bouwIntervalKubus(db: Db, datasetId: string, stop?: AbortSignal): Promise<boolean> {
  await db.query('DELETE FROM pa_lorenz_iv WHERE dataset_id = ?', [datasetId]); // rows of an earlier attempt that failed halfway
  const [b] = await db.query<{ van: number | null; tot: number | null }>(SQL_CASUS_NR_BEREIK, [datasetId]);
  for (let van = Number(b?.van ?? 1); b?.tot != null && van <= b.tot; van += INTERVAL_PLAK) {
    if (stop?.aborted) {
      await db.query('DELETE FROM pa_lorenz_iv WHERE dataset_id = ?', [datasetId]);
      return false;
    }
    for (const s of sqlBouwIntervalKubus(datasetId, van, Math.min(b.tot, van + INTERVAL_PLAK - 1))) await db.query(s.sql, s.params);
  }
  return true;
}

/** Removes a dataset and its derived rows (e.g. the previous synthetic size). */
export async function verwijderDataset(db: Db, datasetId: string): Promise<void> {
  await tabellen(db);
  for (const s of [...SQL_VERWIJDER_PREAGGREGATEN, ...SQL_VERWIJDER_DATASET]) await db.query(s, [datasetId]);
  geladen.get(db)!.delete(datasetId);
}

/**
 * Creates the contract tables once and loads every bundled bron dataset that has cases
 * (`<basis>casus/index.json`). Returns the index (also lists figure-only datasets).
 */
export async function laadCasusData(db: Db, basis: string, versie = ''): Promise<CasusIndex> {
  await tabellen(db);
  const v = versie ? `?v=${encodeURIComponent(versie)}` : '';
  const r = await fetch(`${basis}casus/index.json${v}`);
  if (!r.ok) throw new Error(`Het overzicht van de casusdata (casus/index.json) kon niet geladen worden (HTTP ${r.status}).`);
  const index = (await r.json()) as CasusIndex;
  for (const d of index.datasets) {
    if (!d.bestanden || geladen.get(db)!.has(d.dataset_id)) continue;
    const haal = async (pad: string) => {
      const x = await fetch(`${basis}${pad}${v}`);
      if (!x.ok) throw new Error(`Casusbestand ${pad} kon niet geladen worden (HTTP ${x.status}).`);
      return new Uint8Array(await x.arrayBuffer());
    };
    const [casus, episode, kosten] = await Promise.all([haal(d.bestanden.casus), haal(d.bestanden.episode), haal(d.bestanden.kosten)]);
    const ds: Dataset = { dataset_id: d.dataset_id, naam: d.naam, herkomst: 'bron', bron: d.bron, contractversie: d.contractversie };
    await registreer(db, ds);
    await laadCsv(db, ds, { casus, episode, kosten });
    await bouw(db, ds);
  }
  return index;
}

/**
 * Loads a `casus:aggregeer` bundle (folder `pad` in the data bundle: manifest.json + one CSV per
 * cube) straight into the cube tables: the page's filter changes read them as for any dataset.
 * Each file's header must be the writer's column list, so a column can never land in another.
 */
export async function laadKubusBundel(db: Db, basis: string, pad: string, versie = ''): Promise<KubusManifest> {
  await tabellen(db);
  const v = versie ? `?v=${encodeURIComponent(versie)}` : '';
  const haal = async (bestand: string) => {
    const x = await fetch(`${basis}${pad}${bestand}${v}`);
    if (!x.ok) throw new Error(`Kubusbundel ${pad}${bestand} kon niet geladen worden (HTTP ${x.status}).`);
    return x;
  };
  const m = leesKubusManifest(await (await haal('manifest.json')).json(), pad.replace(/\/$/, ''));
  const ds = kubusDataset(m);
  await registreer(db, ds);
  try {
    for (const k of KUBUS_EXPORTS) {
      const bestand = bundelBestand(k);
      const inhoud = new Uint8Array(await (await haal(bestand)).arrayBuffer());
      const kop = new TextDecoder().decode(inhoud.subarray(0, 512)).split(/\r?\n/)[0];
      if (kop !== k.kolommen.join(';')) throw new Error(`${pad}${bestand}, regel 1: kolommen "${kop}", verwacht "${k.kolommen.join(';')}".`);
      const naam = `kubus-${++bestandTeller}-${k.tabel}.csv`;
      await db.registreerBestand(naam, inhoud);
      try {
        await db.query(sqlLaadKubusCsv(k), [ds.dataset_id, db.bestandsPad(naam)]);
      } finally {
        await db.verwijderBestand(naam);
      }
    }
  } catch (e) {
    await verwijderDataset(db, ds.dataset_id).catch(() => {});
    throw e;
  }
  geladen.get(db)!.set(ds.dataset_id, ds);
  return m;
}

export interface SynthResultaat {
  dataset: Dataset;
  n: number;
  msGenereren: number;
  msLaden: number;
  msBouwen: number;
}

/** Where a long load is: generating and inserting chunks (klaar of n cases), then building the cubes. */
export interface LaadVoortgang {
  stap: 'genereren' | 'kubussen';
  klaar: number;
  n: number;
}

/** The error a cancelled load rejects with (the caller tells it from a real failure by this class). */
export class LadenGeannuleerd extends Error {
  constructor() {
    super('Laden geannuleerd.');
  }
}

/**
 * Generates n synthetic cases (seed) in a Web Worker and loads them chunk by chunk: each chunk
 * is contract CSV registered as a file and inserted with read_csv (DuckDB parses it natively,
 * no JS row objects). Loading overlaps with generating the next chunk. `stop` cancels between
 * chunks or before the cubes: the worker ends and the half-loaded rows are removed. The interval
 * cube is left for bouwIntervalKubus, after the first chart.
 */
export async function genereerSynthetisch(db: Db, n: number, seed: number, voortgang?: (v: LaadVoortgang) => void, stop?: AbortSignal): Promise<SynthResultaat> {
  await tabellen(db);
  const id = synthId(seed, n);
  const bestaand = geladen.get(db)!.get(id);
  if (bestaand) return { dataset: bestaand, n, msGenereren: 0, msLaden: 0, msBouwen: 0 };
  // the metadata row follows the generator's own description (model/casus/synth/generator.ts)
  const { syntheticDataset } = await import('../model/casus/synth/generator.ts');
  const ds: Dataset = { ...syntheticDataset({ n, seed, kosten: 'fase' }, id) };
  const t0 = performance.now();
  await registreer(db, ds);
  let msLaden = 0;
  let rij: Promise<void> = Promise.resolve();
  try {
    const worker = new Worker(new URL('../workers/synth.worker.ts', import.meta.url), { type: 'module' });
    await new Promise<void>((klaar, fout) => {
      stop?.addEventListener('abort', () => fout(new LadenGeannuleerd()), { once: true });
      worker.onmessage = (e: MessageEvent<SynthBericht>) => {
        const b = e.data;
        if (b.soort === 'blok') {
          rij = rij.then(async () => {
            if (stop?.aborted) throw new LadenGeannuleerd();
            const t = performance.now();
            await laadCsv(db, ds, b);
            msLaden += performance.now() - t;
            voortgang?.({ stap: 'genereren', klaar: b.klaar, n });
          });
          rij.catch(fout);
        } else if (b.soort === 'einde') rij.then(() => klaar(), fout);
        else fout(new Error(b.melding));
      };
      worker.onerror = (e) => fout(new Error(e.message || 'de generator-worker stopte onverwacht'));
      worker.postMessage({ n, seed, blok: Math.min(50_000, Math.max(1000, Math.ceil(n / 10))) } satisfies SynthVraag);
    }).finally(() => worker.terminate());
    if (stop?.aborted) throw new LadenGeannuleerd();
    voortgang?.({ stap: 'kubussen', klaar: n, n });
    const tBouw = performance.now();
    await bouw(db, ds, false);
    const msBouwen = performance.now() - tBouw;
    return { dataset: ds, n, msGenereren: tBouw - t0 - msLaden, msLaden, msBouwen };
  } catch (e) {
    await rij.catch(() => {}); // a chunk still being inserted finishes before the rows go
    await verwijderDataset(db, id).catch(() => {});
    throw e;
  }
}

export interface EigenLaadResultaat extends CasusBestanden {
  dataset: Dataset | null;
}

/**
 * Loads a user's own case files (contract format), read and checked by the import worker
 * (src/lib/import/casus.ts). Valid rows go into DuckDB under a new `eigen-N` dataset (herkomst
 * eigen_import); rejected rows come back with file, row, column, value and reason. Everything
 * happens in this browser tab: no request carries the data.
 */
export async function laadEigenCasusBestanden(db: Db, namen: string[], r: CasusBestanden): Promise<EigenLaadResultaat> {
  await tabellen(db);
  if (!r.casus.length) return { ...r, dataset: null };
  let i = 1;
  while (geladen.get(db)!.has(`${EIGEN_PREFIX}${i}`)) i++;
  const ds: Dataset = {
    dataset_id: `${EIGEN_PREFIX}${i}`,
    naam: namen.join(', '),
    herkomst: 'eigen_import',
    bron: `${namen.join(', ')}, ingelezen ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
    contractversie: 1,
  };
  const { casusRegel, episodeRegel, kostenRegel, KOP } = await import('../model/casus/synth/csv.ts');
  const enc = new TextEncoder();
  await registreer(db, ds);
  try {
    await laadCsv(db, ds, {
      casus: enc.encode(KOP.casus + r.casus.map(casusRegel).join('')),
      episode: enc.encode(KOP.episode + r.episodes.map(episodeRegel).join('')),
      kosten: enc.encode(KOP.kosten + r.kosten.map(kostenRegel).join('')),
    });
    await bouw(db, ds);
  } catch (e) {
    await verwijderDataset(db, ds.dataset_id).catch(() => {});
    throw e;
  }
  return { ...r, dataset: ds };
}
