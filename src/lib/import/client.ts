// Main-thread side of the import: starts the worker, collects row batches, reports progress.
import type { ImportOpties, Resultaat, Herkenning } from './importeer.ts';
import { BINAIR, herkenFormaat } from './importeer.ts';
import { bericht, BerichtFout, melding, type Bericht } from './melding.ts';
import { controleerBytes } from './detectie.ts';
import type { CsvSleutels, NaarWorker, VanWorker, WorkerTijden } from './berichten-worker.ts';
import type { CasusBestanden } from './casus.ts';
import type { CasusTabel } from './koppeling.ts';
import type { Afwijzing, GemeenteInfo } from './typen.ts';

export type { ImportOpties, Resultaat, Herkenning };

export interface Voortgang {
  gelezen: number; // bytes
  totaal: number; // bytes
}

export interface ClientOpties {
  signal?: AbortSignal;
  /**
   * Receives accepted rows in batches (≤ 50 000) as they arrive, e.g. to insert them into DuckDB
   * straight away. Then the resolved result's `rijen` is empty: a 200 MB file is millions of facts,
   * too many to also keep as objects. If the file is refused in the end (`fout`), the caller must
   * drop what it received.
   */
  onRijen?: (rijen: unknown[]) => void;
  /**
   * Receives accepted rows as CSV bytes, made in the worker: facts as batch CSV
   * (src/lib/import/batch-csv.ts), case rows as contract CSV lines with their `sleutels`.
   * When given, batches come here instead of `onRijen`.
   * Return a promise that settles when the batch is loaded: the worker pauses reading while more
   * than a few batches are outstanding (back-pressure).
   */
  onCsv?: (csv: Uint8Array, aantal: number, sleutels?: CsvSleutels) => void | Promise<unknown>;
  /** Where the worker's time went (for the benchmark). */
  onTijden?: (t: WorkerTijden) => void;
}

/**
 * Parses a File in a Web Worker. `opties.bestand` defaults to the file name. Resolves with the
 * result (rows included unless `onRijen` is given; empty when the file was refused: then `fout` says why).
 */
export function importeerBestand(file: File, opties: Partial<ImportOpties> = {}, onVoortgang?: (v: Voortgang) => void, client: ClientOpties = {}): Promise<Resultaat> {
  const { signal, onRijen, onCsv, onTijden } = client;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const rijen: unknown[] = [];
    const stop = () => {
      worker.postMessage({ type: 'stop' } satisfies NaarWorker);
      worker.terminate();
      reject(new DOMException('Import afgebroken', 'AbortError'));
    };
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (e: MessageEvent<VanWorker>) => {
      const m = e.data;
      if (m.type === 'voortgang') onVoortgang?.({ gelezen: m.gelezen, totaal: m.totaal });
      else if (m.type === 'csv') {
        const klaar = () => worker.postMessage({ type: 'ack' } satisfies NaarWorker);
        Promise.resolve(onCsv?.(m.csv, m.aantal, m.sleutels)).then(klaar, klaar);
      }
      else if (m.type === 'rijen') {
        if (onRijen) onRijen(m.rijen);
        else for (const r of m.rijen) rijen.push(r);
      } else {
        signal?.removeEventListener('abort', stop);
        worker.terminate();
        if (m.type === 'fout') reject(new BerichtFout(m.bericht));
        else {
          if (m.tijden) onTijden?.(m.tijden);
          const r = m.resultaat;
          // A refused file keeps nothing, also not the batches that arrived before the refusal.
          const alle = r.fout === null && !onRijen ? [...rijen, ...r.rijen] : [];
          resolve({ ...r, rijen: alle } as Resultaat);
        }
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new BerichtFout(bericht(file.name, melding('imp_m_mislukt', { fout: e.message }))));
    };
    worker.postMessage({ type: 'start', file, opties: { ...opties, bestand: opties.bestand ?? file.name }, alsCsv: !!onCsv } satisfies NaarWorker);
  });
}

/**
 * Quick look at the first 64 KB on the main thread (cheap): format, delimiter, header and — for case
 * files — the suggested column mapping, so the UI can show the mapping step before the full import.
 */
export async function herkenBestand(file: File): Promise<Herkenning> {
  const bytes = new Uint8Array(await file.slice(0, 64 * 1024).arrayBuffer());
  const soort = controleerBytes(bytes);
  if (soort.soort === 'binair')
    return { formaat: 'onbekend', scheidingsteken: null, koppen: [], voorstel: null, fout: BINAIR };
  return herkenFormaat(new TextDecoder(soort.soort).decode(bytes), file.name);
}

/**
 * A user's case files (contract format), each read in the import worker, then checked against each
 * other (kruiscontrole), as row objects: for measures computed in JS (Elftal's raadsvragen).
 * leesCasusCsv reads them the same way for DuckDB.
 */
export async function leesCasusBestanden(files: File[], gemeenten?: GemeenteInfo[]): Promise<CasusBestanden> {
  const { voegCasusBestandenSamen } = await import('./casus.ts');
  return voegCasusBestandenSamen(await Promise.all(files.map((f) => importeerBestand(f, { formaat: 'casus', gemeenten }))));
}

/** A user's case files checked and ready for DuckDB: contract CSV (with header) per read file, and what to leave out. */
export interface CasusCsv {
  bestanden: { tabel: CasusTabel; csv: Uint8Array }[];
  /** case ids whose rows kruiscontrole left out (rejected by name in `afgewezen`) */
  weg: string[];
  /** rows kept per table */
  aantallen: Record<CasusTabel, number>;
  afgewezen: Afwijzing[];
  waarschuwingen: Bericht[];
  /** where the time went: per file in its worker, then the check across files and joining the CSV on this thread */
  tijden?: { bestanden: (WorkerTijden & { bestand: string })[]; msSamen: number };
}

/**
 * The same reading and checks as leesCasusBestanden, with the accepted rows as contract CSV bytes
 * made in each file's worker instead of row objects: for loading into DuckDB, where the page needs
 * no objects (copying and re-encoding them was most of an upload's time).
 */
export async function leesCasusCsv(files: File[], gemeenten?: GemeenteInfo[], onVoortgang?: (v: Voortgang) => void, signal?: AbortSignal): Promise<CasusCsv> {
  const [{ kruiscontrole }, { KOP }] = await Promise.all([import('./casus.ts'), import('../model/casus/synth/csv.ts')]);
  const delen = files.map(() => ({ csv: [] as Uint8Array[], ids: [] as string[], rij: [] as number[] }));
  const gelezen = files.map(() => 0);
  const tijden: NonNullable<CasusCsv['tijden']> = { bestanden: [], msSamen: 0 };
  const totaal = files.reduce((n, f) => n + f.size, 0);
  const resultaten = await Promise.all(
    files.map((f, i) =>
      importeerBestand(f, { formaat: 'casus', gemeenten }, (v) => {
        gelezen[i] = v.gelezen;
        onVoortgang?.({ gelezen: gelezen.reduce((a, b) => a + b, 0), totaal });
      }, {
        signal,
        onTijden: (t) => tijden.bestanden.push({ ...t, bestand: f.name }),
        onCsv: (csv, _aantal, s) => {
          const d = delen[i];
          d.csv.push(csv);
          for (let j = 0; j < (s?.ids.length ?? 0); j++) {
            d.ids.push(s!.ids[j]);
            d.rij.push(s!.rij[j]);
          }
        },
      }),
    ),
  );
  const t0 = performance.now();
  const uit: CasusCsv = { bestanden: [], weg: [], aantallen: { casus: 0, episode: 0, kosten: 0 }, afgewezen: [], waarschuwingen: [], tijden };
  for (const r of resultaten) {
    uit.afgewezen.push(...r.afgewezen);
    uit.waarschuwingen.push(...r.waarschuwingen);
  }
  // a refused file (also one that is not a case file at all) adds only its reasons
  const casusBestanden = resultaten.flatMap((r, i) => (r.formaat === 'casus' && r.fout === null && 'tabel' in r ? [{ r, d: delen[i] }] : []));
  const k = kruiscontrole(casusBestanden.map(({ r, d }) => ({ bestand: r.bestand, tabel: r.tabel, ids: d.ids, rij: d.rij })));
  uit.afgewezen.push(...k.afgewezen);
  uit.weg = [...k.weg];
  uit.aantallen = k.aantallen;
  const enc = new TextEncoder();
  for (const { r, d } of casusBestanden) {
    const stukken = [enc.encode(KOP[r.tabel]), ...d.csv];
    const csv = new Uint8Array(stukken.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of stukken) {
      csv.set(c, o);
      o += c.length;
    }
    uit.bestanden.push({ tabel: r.tabel, csv });
  }
  tijden.msSamen = performance.now() - t0;
  return uit;
}
