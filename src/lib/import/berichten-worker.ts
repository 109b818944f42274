// Message protocol between client.ts (main thread) and worker.ts. Plain data only (structured clone).
import type { ImportOpties, Resultaat } from './importeer.ts';
import type { Bericht } from './melding.ts';
import type { LeesTijden } from './stroom.ts';

/** Where a worker's read went, in ms: the steps of LeesTijden, reading the file (lezen), waiting for the receiver (back-pressure), all. */
export interface WorkerTijden extends LeesTijden {
  /** of `csv`: text → UTF-8 bytes, and posting a batch with its keys */
  coderen: number;
  verzenden: number;
  lezen: number;
  wachten: number;
  totaal: number;
}

/** Per case row in a CSV batch: its case id and record number in the file. */
export interface CsvSleutels {
  ids: string[];
  rij: Int32Array;
}

export type NaarWorker =
  | { type: 'start'; file: File; opties: ImportOpties; alsCsv?: boolean }
  | { type: 'stop' }
  /** A CSV batch has been loaded by the receiver: the worker may read on (back-pressure). */
  | { type: 'ack' };

export type VanWorker =
  | { type: 'voortgang'; gelezen: number; totaal: number }
  /** Accepted rows in batches, so the main thread never deserialises millions of rows at once. */
  | { type: 'rijen'; rijen: unknown[] }
  /**
   * The same, already as CSV bytes (opties.alsCsv): transferred, not copied. Facts as batch CSV,
   * case rows as contract CSV lines with each row's case id and record number (`sleutels`).
   */
  | { type: 'csv'; csv: Uint8Array; aantal: number; sleutels?: CsvSleutels }
  | { type: 'klaar'; resultaat: Resultaat; tijden?: WorkerTijden }
  | { type: 'fout'; bericht: Bericht };
