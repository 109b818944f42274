/// <reference lib="webworker" />
// Web Worker entry: parses a dropped File in slices off the main thread and reports progress, so a
// 200 MB file does not freeze the page. Rows go back in batches; the final message has the rest.
import { importeerStroom } from './stroom.ts';
import type { NaarWorker, VanWorker, WorkerTijden } from './berichten-worker.ts';
import { feitenNaarCsv, naarUtf8 } from './batch-csv.ts';
import type { ParsedFact } from './typen.ts';
import { bericht, melding } from './melding.ts';
import type { CsvStuk } from './verzamelaar.ts';

// 1 MB per read: small enough for steady progress and for the rows of one read to die young
// (4 MB held some 50 000 row objects at once, which the garbage collector then had to move and mark)
const SLICE = 1024 * 1024;
const BATCH = 50_000; // rows per 'rijen' message

declare const self: DedicatedWorkerGlobalScope;
let gestopt = false;

function stuur(b: VanWorker): void {
  self.postMessage(b);
}

let alsCsv = false;
const tijden: WorkerTijden = { decoderen: 0, knippen: 0, parse: 0, controle: 0, csv: 0, coderen: 0, verzenden: 0, lezen: 0, wachten: 0, totaal: 0 };
/** Rows as CSV bytes when asked (facts as batch CSV, encoded here so the page does not make or copy row objects). */
function stuurRijen(rijen: unknown[]): void {
  if (!alsCsv) return stuur({ type: 'rijen', rijen });
  verstuur({ type: 'csv', csv: naarUtf8(feitenNaarCsv(rijen as ParsedFact[])), aantal: rijen.length });
}

/** Case rows, which the case reader makes as contract CSV itself (CasusOpties.regels), with their keys. */
function stuurCsv(s: CsvStuk): void {
  const t = performance.now();
  const csv = naarUtf8(s.delen);
  tijden.coderen += performance.now() - t;
  verstuur({ type: 'csv', csv, aantal: s.ids.length, sleutels: { ids: s.ids, rij: s.rij } });
}

function verstuur(b: Extract<VanWorker, { type: 'csv' }>): void {
  const t = performance.now();
  uitstaand++;
  self.postMessage(b, b.sleutels ? [b.csv.buffer, b.sleutels.rij.buffer] : [b.csv.buffer]);
  tijden.verzenden += performance.now() - t;
}

// Back-pressure for CSV batches: reading pauses while more than MAX_UITSTAAND batches are not yet
// loaded by the receiver (DuckDB is slower than parsing; without this a 200 MB file would pile up
// hundreds of MB of batches in the main thread).
const MAX_UITSTAAND = 3;
let uitstaand = 0;
let wekker: (() => void) | null = null;

async function* slices(file: File): AsyncGenerator<Uint8Array> {
  const lees = (i: number) => file.slice(i, i + SLICE).arrayBuffer();
  // the next slice is read while this one is parsed: a read waits on the browser's file I/O
  let volgende = file.size > 0 ? lees(0) : null;
  for (let i = 0; volgende && !gestopt; i += SLICE) {
    const t0 = performance.now();
    const stuk = new Uint8Array(await volgende);
    const t1 = performance.now();
    while (alsCsv && uitstaand > MAX_UITSTAAND && !gestopt) await new Promise<void>((r) => (wekker = r));
    tijden.lezen += t1 - t0;
    tijden.wachten += performance.now() - t1;
    volgende = i + SLICE < file.size && !gestopt ? lees(i + SLICE) : null;
    yield stuk;
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
    const start = performance.now();
    // as CSV a case file's lines that already are contract lines go on as they are (CasusOpties.regels)
    const opties = alsCsv ? { ...m.opties, regels: true } : m.opties;
    const resultaat = await importeerStroom(slices(m.file), m.file.size, opties, {
      tijden,
      csv: stuurCsv,
      voortgang(gelezen, totaal) {
        // At most ~20 progress messages per second.
        const nu = Date.now();
        if (nu - laatsteVoortgang > 50 || gelezen >= totaal) {
          laatsteVoortgang = nu;
          stuur({ type: 'voortgang', gelezen, totaal });
        }
      },
      rijen(r) {
        // as CSV each read's rows go at once: a string holds them in far less memory than row objects
        if (alsCsv) return stuurRijen(r);
        for (const x of r) buffer.push(x);
        if (buffer.length >= BATCH) {
          stuurRijen(buffer);
          buffer = [];
        }
      },
    });
    // rows a reader held back until the end (the case reader's decimal-mark sample) come with the result
    if (alsCsv && resultaat.fout === null) {
      for (const x of resultaat.rijen) buffer.push(x);
      resultaat.rijen = [];
    }
    if (buffer.length) stuurRijen(buffer);
    tijden.totaal = performance.now() - start;
    stuur({ type: 'klaar', resultaat, tijden });
  } catch (err) {
    stuur({ type: 'fout', bericht: bericht(m.file.name, melding('imp_m_mislukt', { fout: (err as Error).message })) });
  }
};
