// Main-thread side of the import: starts the worker, collects row batches, reports progress.
import type { ImportOpties, Resultaat, Herkenning } from './importeer.ts';
import { BINAIR, herkenFormaat } from './importeer.ts';
import { bericht, BerichtFout, melding } from './melding.ts';
import { controleerBytes } from './detectie.ts';
import type { NaarWorker, VanWorker } from './berichten-worker.ts';
import type { CasusBestanden } from './casus.ts';
import type { GemeenteInfo } from './typen.ts';

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
   * Receives accepted facts as batch CSV bytes (src/lib/import/batch-csv.ts), made in the worker.
   * When given, fact batches come here instead of `onRijen` (case rows still go to `onRijen`).
   * Return a promise that settles when the batch is loaded: the worker pauses reading while more
   * than a few batches are outstanding (back-pressure).
   */
  onCsv?: (csv: Uint8Array, aantal: number) => void | Promise<unknown>;
}

/**
 * Parses a File in a Web Worker. `opties.bestand` defaults to the file name. Resolves with the
 * result (rows included unless `onRijen` is given; empty when the file was refused: then `fout` says why).
 */
export function importeerBestand(file: File, opties: Partial<ImportOpties> = {}, onVoortgang?: (v: Voortgang) => void, client: ClientOpties = {}): Promise<Resultaat> {
  const { signal, onRijen, onCsv } = client;
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
        Promise.resolve(onCsv?.(m.csv, m.aantal)).then(klaar, klaar);
      }
      else if (m.type === 'rijen') {
        if (onRijen) onRijen(m.rijen);
        else for (const r of m.rijen) rijen.push(r);
      } else {
        signal?.removeEventListener('abort', stop);
        worker.terminate();
        if (m.type === 'fout') reject(new BerichtFout(m.bericht));
        else {
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
 * other: the one way every page reads own case files.
 */
export async function leesCasusBestanden(files: File[], gemeenten?: GemeenteInfo[]): Promise<CasusBestanden> {
  const { voegCasusBestandenSamen } = await import('./casus.ts');
  return voegCasusBestandenSamen(await Promise.all(files.map((f) => importeerBestand(f, { formaat: 'casus', gemeenten }))));
}
