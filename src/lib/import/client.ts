// Main-thread side of the import: starts the worker, collects row batches, reports progress.
import type { ImportOpties, Resultaat } from './importeer.ts';
import type { NaarWorker, VanWorker } from './berichten-worker.ts';

export type { ImportOpties, Resultaat };

export interface Voortgang {
  gelezen: number; // bytes
  totaal: number; // bytes
}

/**
 * Parses a File in a Web Worker. `opties.bestand` defaults to the file name. Resolves with the full
 * result (rows included; empty when the file was refused: then `fout` says why). `signal` aborts.
 */
export function importeerBestand(
  file: File,
  opties: Partial<ImportOpties> = {},
  onVoortgang?: (v: Voortgang) => void,
  signal?: AbortSignal,
): Promise<Resultaat> {
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
      else if (m.type === 'rijen') for (const r of m.rijen) rijen.push(r);
      else {
        signal?.removeEventListener('abort', stop);
        worker.terminate();
        if (m.type === 'fout') reject(new Error(m.bericht));
        else {
          const r = m.resultaat;
          // A refused file keeps nothing, also not the batches that arrived before the refusal.
          const alle = r.fout === null ? [...rijen, ...r.rijen] : [];
          resolve({ ...r, rijen: alle } as Resultaat);
        }
      }
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`${file.name}: inlezen mislukt (${e.message})`));
    };
    worker.postMessage({ type: 'start', file, opties: { ...opties, bestand: opties.bestand ?? file.name } } satisfies NaarWorker);
  });
}
