/// <reference lib="webworker" />
// Web Worker entry: parses a dropped File in slices off the main thread and reports progress, so a
// 200 MB file does not freeze the page. Rows go back in batches; the final message has the rest.
import { importeerStroom } from './stroom.ts';
import type { NaarWorker, VanWorker } from './berichten-worker.ts';
import { feitenNaarCsv } from './batch-csv.ts';
import type { ParsedFact } from './typen.ts';
import { bericht, melding } from './melding.ts';

const SLICE = 4 * 1024 * 1024; // 4 MB per read: small enough for steady progress, large enough to be fast
const BATCH = 50_000; // rows per 'rijen' message

declare const self: DedicatedWorkerGlobalScope;
let gestopt = false;

function stuur(b: VanWorker): void {
  self.postMessage(b);
}

const enc = new TextEncoder();
let alsCsv = false;
/** Facts as CSV bytes when asked (case rows stay objects: they go to the case engine). */
function stuurRijen(rijen: unknown[]): void {
  const eerste = rijen[0] as Partial<ParsedFact> | undefined;
  if (alsCsv && eerste && typeof eerste.regio_code === 'string' && typeof eerste.indicator === 'string') {
    const csv = enc.encode(feitenNaarCsv(rijen as ParsedFact[]));
    uitstaand++;
    self.postMessage({ type: 'csv', csv, aantal: rijen.length } satisfies VanWorker, [csv.buffer]);
  } else stuur({ type: 'rijen', rijen });
}

// Back-pressure for CSV batches: reading pauses while more than MAX_UITSTAAND batches are not yet
// loaded by the receiver (DuckDB is slower than parsing; without this a 200 MB file would pile up
// hundreds of MB of batches in the main thread).
const MAX_UITSTAAND = 3;
let uitstaand = 0;
let wekker: (() => void) | null = null;

async function* slices(file: File): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < file.size && !gestopt; i += SLICE) {
    while (alsCsv && uitstaand > MAX_UITSTAAND && !gestopt) await new Promise<void>((r) => (wekker = r));
    yield new Uint8Array(await file.slice(i, i + SLICE).arrayBuffer());
  }
}

self.onmessage = async (e: MessageEvent<NaarWorker>) => {
  const m = e.data;
  if (m.type === 'stop') {
    gestopt = true;
    wekker?.();
    return;
  }
  if (m.type === 'ack') {
    uitstaand--;
    const w = wekker;
    wekker = null;
    w?.();
    return;
  }
  alsCsv = m.alsCsv === true;
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
          stuurRijen(buffer);
          buffer = [];
        }
      },
    });
    if (buffer.length) stuurRijen(buffer);
    stuur({ type: 'klaar', resultaat });
  } catch (err) {
    stuur({ type: 'fout', bericht: bericht(m.file.name, melding('imp_m_mislukt', { fout: (err as Error).message })) });
  }
};
