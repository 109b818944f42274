/// <reference lib="webworker" />
// Web Worker entry: parses a dropped File in slices off the main thread and reports progress, so a
// 200 MB file does not freeze the page. Rows go back in batches; the final message has the rest.
import { importeerStroom } from './stroom.ts';
import type { NaarWorker, VanWorker } from './berichten-worker.ts';

const SLICE = 4 * 1024 * 1024; // 4 MB per read: small enough for steady progress, large enough to be fast
const BATCH = 50_000; // rows per 'rijen' message

declare const self: DedicatedWorkerGlobalScope;
let gestopt = false;

function stuur(b: VanWorker): void {
  self.postMessage(b);
}

async function* slices(file: File): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < file.size && !gestopt; i += SLICE) yield new Uint8Array(await file.slice(i, i + SLICE).arrayBuffer());
}

self.onmessage = async (e: MessageEvent<NaarWorker>) => {
  const m = e.data;
  if (m.type === 'stop') {
    gestopt = true;
    return;
  }
  try {
    let buffer: unknown[] = [];
    let laatsteVoortgang = 0;
    const resultaat = await importeerStroom(slices(m.file), m.file.size, m.opties, {
      voortgang(gelezen, totaal) {
        // At most ~20 progress messages per second.
        const nu = Date.now();
        if (nu - laatsteVoortgang > 50 || gelezen >= totaal) {
          laatsteVoortgang = nu;
          stuur({ type: 'voortgang', gelezen, totaal });
        }
      },
      rijen(r) {
        for (const x of r) buffer.push(x);
        if (buffer.length >= BATCH) {
          stuur({ type: 'rijen', rijen: buffer });
          buffer = [];
        }
      },
    });
    if (buffer.length) stuur({ type: 'rijen', rijen: buffer });
    stuur({ type: 'klaar', resultaat });
  } catch (err) {
    stuur({ type: 'fout', bericht: `${m.file.name}: inlezen mislukt (${(err as Error).message})` });
  }
};
