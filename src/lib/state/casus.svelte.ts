// Which case datasets are loaded and what the loader is doing. Module-level so it survives the
// page being left and re-entered (DuckDB keeps the tables). All loads are queued one at a time.
import { coordinator, DATA_BASIS, manifest } from './data.svelte';
import { bouwIntervalKubus, casusRijenVraag, episodeRijenVraag, genereerSynthetisch, haalBronBestanden, haalCasusIndex, haalKubusBundel, haalVoorbereid, isGeladen, laadBronDataset, laadEigenCasusBestanden, laadKubusBundel, LadenGeannuleerd, verwijderDataset, type BronBestanden, type EigenLaadResultaat, type KubusBundel, type LaadVoortgang } from '../db/casus';
import type { Db } from '../db/types';
import type { CasusIndex } from '../model/casus/bundel';
import { bronDataset, leesSynthId } from '../model/casus/bundel';
import type { Casus, Dataset, Episode } from '../model/casus/contract';
import { kubusDataset, type KubusManifest } from '../model/kosten/kubusBundel';
import type { GemeenteInfo } from '../import/typen';
import { BENCH, zetBenchHaak } from '../debug/benchHaken';

export { BRON_STANDAARD_DATASET as STANDAARD_DATASET } from '../model/casus/bundel';

export const casusStaat: {
  index: CasusIndex | null;
  datasets: Record<string, Dataset>;
  fase: 'wacht' | 'laden' | 'genereren' | 'klaar' | 'fout';
  melding: string;
  voortgang: LaadVoortgang | null;
  /** the last load was cancelled by the user (the page says so and shows the default data) */
  geannuleerd: boolean;
  eigen: EigenLaadResultaat | null;
  laatsteSynth: { n: number; msGenereren: number; msBouwen: number } | null;
  /** totals of the loaded `casus:aggregeer` bundles, from their manifests (they have no case rows to count) */
  kubusTotalen: Record<string, KubusManifest['totalen']>;
  /** generated, own or bundle datasets whose interval cube is not built or loaded yet ('open') or being so; absent = complete */
  intervalKubus: Record<string, 'open' | 'bezig'>;
} = $state({ index: null, datasets: {}, fase: 'wacht', melding: '', voortgang: null, eigen: null, laatsteSynth: null, kubusTotalen: {}, geannuleerd: false, intervalKubus: {} });

let stopper: AbortController | null = null;
/** Stops an interval cube being built when a load the user asked for needs the queue (laadInRij). */
let nabouw: AbortController | null = null;
/** Cancels the synthetic load (between chunks) or the reading of own files in progress; the cubes, once started, finish. */
export function annuleerLaden(): void {
  stopper?.abort();
}

let db: Db | null = null;
let rij: Promise<unknown> = Promise.resolve();
function inRij<T>(taak: () => Promise<T>): Promise<T> {
  const p = rij.then(taak);
  rij = p.catch(() => {});
  return p;
}
/** A load the user asked for goes before an interval cube still being built (which stops and is redone later). */
function laadInRij<T>(taak: () => Promise<T>): Promise<T> {
  nabouw?.abort();
  return inRij(taak);
}

const versie = () => manifest?.dataVersion ?? '';

let indexBelofte: Promise<CasusIndex> | null = null;
/**
 * casus/index.json, fetched once without waiting for DuckDB. It fills the dataset list (every
 * bundled bron dataset is listed; its cases are loaded when it is shown, see zorgVoor).
 */
function haalIndex(): Promise<CasusIndex> {
  if (!indexBelofte) {
    indexBelofte = haalCasusIndex(DATA_BASIS, versie()).then((index) => {
      casusStaat.index = index;
      for (const x of index.datasets) if (x.bestanden) casusStaat.datasets[x.dataset_id] = bronDataset(x);
      return index;
    });
    indexBelofte.catch(() => (indexBelofte = null)); // a later call may retry
  }
  return indexBelofte;
}

/** The case index for a page's dataset list (Thuiszitters); null when the bundle has none. */
export function casusIndex(): Promise<CasusIndex | null> {
  return haalIndex().catch(() => null);
}

/** The case index and DuckDB's handle, once; the case tables need no base tables (Niveau 'motor'). */
export function startCasus(): Promise<void> {
  const verbonden = coordinator.eenmalig('casus-basis', async (d) => {
    db = d;
    // benchmark hooks (scripts/bench-kosten.ts): when DuckDB was ready (page clock); time a statement, read DuckDB's memory report
    if (BENCH) zetBenchHaak('__jzvDbKlaarOp', performance.now());
    if (BENCH) zetBenchHaak('__jzvKostenDb', {
      meet: async (sql: string, params: unknown[] = []) => {
        const t = performance.now();
        const rijen = await d.query(sql, params);
        return { ms: performance.now() - t, rijen };
      },
    });
  }, 'motor');
  return Promise.all([haalIndex(), verbonden]).then(
    () => {},
    (e: Error) => {
      // also DuckDB that cannot start (a host without 'wasm-unsafe-eval', a blocked download):
      // without this the section would say "laden" forever
      casusStaat.fase = 'fout';
      casusStaat.melding = e.message;
      throw e;
    },
  );
}

/**
 * Makes sure dataset `id` is in DuckDB; false when it cannot be (an own file from another tab).
 * `getoond`: called once a bundled dataset's first view can be drawn from its baked answers, before
 * DuckDB has started and loaded it (questions about it wait for the load meanwhile).
 */
export async function zorgVoor(id: string, getoond?: () => void): Promise<boolean> {
  if (db && isGeladen(db, id)) return true;
  // a bundled bron dataset's files are fetched while DuckDB starts
  const item = (await haalIndex().catch(() => null))?.datasets.find((d) => d.dataset_id === id);
  if (item?.bestanden) {
    const bestanden = haalBronBestanden(DATA_BASIS, item, versie());
    bestanden.catch(() => {}); // reported by laadBron
    const map = item.bestanden.casus.replace(/[^/]*$/, '');
    return laadTerwijlGetoond(id, () => laadBron(bestanden), haalVoorbereid(DATA_BASIS, map, id, versie()).then((v) => v && (() => coordinator.voegVoorbereidToe(v))), getoond);
  }
  // so are a casus:aggregeer bundle's files (all at once)
  const kubusItem = casusStaat.index?.kubusbundels?.find((b) => b.dataset_id === id);
  if (kubusItem) {
    const bundel = haalKubusBundel(DATA_BASIS, kubusItem.pad, versie());
    const toon = Promise.all([bundel.manifest, bundel.voorbereid]).then(([m, v]) => v && (() => {
      coordinator.voegVoorbereidToe(v);
      casusStaat.kubusTotalen[id] ??= m.totalen;
      casusStaat.datasets[id] ??= kubusDataset(m);
    }));
    return laadTerwijlGetoond(id, () => laadBundel(id, bundel), toon, getoond);
  }
  await startCasus();
  if (isGeladen(db!, id)) return true;
  const s = leesSynthId(id);
  if (!s) return false;
  return laadInRij(async () => {
    if (isGeladen(db!, id)) return true;
    // one synthetic cohort at a time: 1.000.000 cases next to 100.000 would only cost memory
    for (const ander of Object.keys(casusStaat.datasets)) {
      if (leesSynthId(ander)) {
        await verwijderDataset(db!, ander);
        delete casusStaat.datasets[ander];
        delete casusStaat.intervalKubus[ander];
      }
    }
    casusStaat.fase = 'genereren';
    casusStaat.voortgang = { stap: 'genereren', klaar: 0, n: s.n };
    casusStaat.geannuleerd = false;
    stopper = new AbortController();
    try {
      const r = await genereerSynthetisch(db!, s.n, s.seed, (v) => (casusStaat.voortgang = v), stopper.signal);
      casusStaat.intervalKubus[id] = 'open';
      casusStaat.datasets[id] = r.dataset;
      casusStaat.laatsteSynth = { n: r.n, msGenereren: r.msGenereren, msBouwen: r.msBouwen };
      // for the benchmark (scripts/bench-kosten.ts): where the cold load went
      if (BENCH) zetBenchHaak('__jzvSynth', { ...casusStaat.laatsteSynth });
      casusStaat.fase = 'klaar';
      return true;
    } catch (e) {
      if (e instanceof LadenGeannuleerd) {
        casusStaat.fase = 'klaar';
        casusStaat.geannuleerd = true;
        return false;
      }
      casusStaat.fase = 'fout';
      casusStaat.melding = (e as Error).message;
      return false;
    } finally {
      casusStaat.voortgang = null;
      stopper = null;
    }
  });
}

/**
 * Builds the interval cube of a generated or own dataset, or loads a bundle's (left out of its load so
 * the first chart comes sooner). The page calls this once its first answer is on screen; until then, and while it runs,
 * the Lorenz curve under a period or age filter is answered from the case-years, exactly (a bundle has
 * none: its page says the curve is still loading).
 */
export function vulIntervalKubus(id: string): void {
  if (casusStaat.intervalKubus[id] !== 'open') return;
  casusStaat.intervalKubus[id] = 'bezig';
  const stop = (nabouw = new AbortController());
  inRij(async () => {
    const t = performance.now();
    const klaar = casusStaat.datasets[id] && !stop.signal.aborted && (await bouwIntervalKubus(db!, id, stop.signal));
    // for the benchmark: what the first chart no longer waits for
    if (BENCH && klaar) zetBenchHaak('__jzvIntervalKubus', { dataset: id, ms: performance.now() - t });
    if (klaar) delete casusStaat.intervalKubus[id];
    else if (casusStaat.intervalKubus[id]) casusStaat.intervalKubus[id] = 'open';
  })
    .catch((e: Error) => {
      if (casusStaat.intervalKubus[id]) casusStaat.intervalKubus[id] = 'open';
      // a bundle's file that cannot be fetched or read: the page says so (its Lorenz would wait for it forever)
      if (casusStaat.kubusTotalen[id]) {
        casusStaat.fase = 'fout';
        casusStaat.melding = e.message;
      }
    })
    .finally(() => {
      if (nabouw === stop) nabouw = null;
    });
}

/** A load in the queue that shows 'laden' and ends 'klaar', or 'fout' with its message (then false). */
function laadMetFase(laad: () => Promise<void>): Promise<boolean> {
  return laadInRij(async () => {
    casusStaat.fase = 'laden';
    try {
      await laad();
      casusStaat.fase = 'klaar';
      return true;
    } catch (e) {
      casusStaat.fase = 'fout';
      casusStaat.melding = (e as Error).message;
      return false;
    }
  });
}

/** A bundled bron dataset (its files fetched), loaded when first shown. */
function laadBron(bestanden: Promise<BronBestanden>): Promise<boolean> {
  return laadMetFase(async () => laadBronDataset(db!, await bestanden));
}

/**
 * A bundled dataset (bron or cube bundle) whose files are being fetched: `toon` registers its baked
 * first-view answers (null without them) and runs as soon as they are in, while DuckDB starts and
 * `laad` loads it; its questions wait for that load meanwhile (Coordinator.laadt).
 */
function laadTerwijlGetoond(id: string, laad: () => Promise<boolean>, toon: Promise<(() => void) | null>, getoond?: () => void): Promise<boolean> {
  const laden = startCasus().then(() => isGeladen(db!, id) || laad());
  // for the benchmark (scripts/bench-kosten.ts --bundel): from when filter changes answer from DuckDB
  if (BENCH) laden.then((ok) => ok && zetBenchHaak('__jzvDatasetGeladen', { dataset: id, op: performance.now() }), () => {});
  coordinator.laadt(id, laden.then((ok) => {
    if (!ok) throw new Error(casusStaat.melding);
  }));
  toon.then((zet) => {
    if (!zet) return;
    zet();
    getoond?.();
  }, () => {}); // a broken manifest is reported by the load
  return laden;
}

/**
 * A `casus:aggregeer` bundle from the data bundle (its files being fetched), loaded when first
 * chosen (cubes only, no cases); its interval cube follows after the first chart (vulIntervalKubus).
 */
function laadBundel(id: string, bundel: KubusBundel): Promise<boolean> {
  return laadMetFase(async () => {
    if (isGeladen(db!, id)) return;
    const startOp = performance.now();
    const { manifest: m, stappen } = await laadKubusBundel(db!, bundel);
    casusStaat.intervalKubus[id] = 'open';
    casusStaat.kubusTotalen[id] = m.totalen;
    casusStaat.datasets[id] = kubusDataset(m);
    // for the benchmark (scripts/bench-kosten.ts --bundel): where the load went, on the page clock
    if (BENCH) zetBenchHaak('__jzvBundel', { dataset: id, startOp, klaarOp: performance.now(), stappen });
  });
}

/**
 * Reads the user's case files in the import worker (in this tab) and loads the valid rows as a new
 * own dataset. With a gemeente list, a gemeente may also be given by name.
 */
export async function laadEigen(files: File[], gemeenten?: GemeenteInfo[]): Promise<EigenLaadResultaat> {
  const startOp = performance.now();
  await startCasus();
  const { leesCasusCsv } = await import('../import/client');
  const t = performance.now();
  const stop = (stopper = new AbortController());
  casusStaat.voortgang = { stap: 'lezen', klaar: 0, n: files.reduce((n, f) => n + f.size, 0) };
  let r;
  try {
    r = await leesCasusCsv(files, gemeenten, (v) => (casusStaat.voortgang = { stap: 'lezen', klaar: v.gelezen, n: v.totaal }), stop.signal);
  } catch (e) {
    casusStaat.voortgang = null;
    throw stop.signal.aborted ? new LadenGeannuleerd() : e;
  } finally {
    if (stopper === stop) stopper = null;
  }
  const msLezen = performance.now() - t;
  casusStaat.voortgang = { stap: 'kubussen', klaar: 0, n: 0 };
  return laadInRij(async () => {
    const uit = await laadEigenCasusBestanden(db!, files.map((f) => f.name), r).finally(() => (casusStaat.voortgang = null));
    if (uit.dataset) {
      casusStaat.intervalKubus[uit.dataset.dataset_id] = 'open';
      casusStaat.datasets[uit.dataset.dataset_id] = uit.dataset;
    }
    casusStaat.eigen = uit;
    // for the benchmark (scripts/bench-kosten.ts): where the load of an own file went
    if (BENCH) zetBenchHaak('__jzvEigen', { msLezen, msInladen: uit.msInladen, msBouwen: uit.msBouwen, lezenPerBestand: r.tijden?.bestanden, msSamen: r.tijden?.msSamen, inladenPerStap: uit.inladenPerStap, startOp, klaarOp: performance.now() });
    return uit;
  });
}

/**
 * The cases and episodes of a loaded own dataset as contract rows, read back from DuckDB (the
 * upload hands its rows to DuckDB only): for measures computed in JS, such as Elftal's raadsvragen.
 */
export async function eigenRijen(id: string): Promise<{ casus: Casus[]; episodes: Episode[] }> {
  await startCasus();
  const [casus, episodes] = await Promise.all([coordinator.vraag(casusRijenVraag(id)), coordinator.vraag(episodeRijenVraag(id))]);
  return { casus, episodes };
}
