// Message protocol between client.ts (main thread) and worker.ts. Plain data only (structured clone).
import type { ImportOpties, Resultaat } from './importeer.ts';
import type { Bericht } from './melding.ts';

export type NaarWorker =
  | { type: 'start'; file: File; opties: ImportOpties; alsCsv?: boolean }
  | { type: 'stop' }
  /** A CSV batch has been loaded by the receiver: the worker may read on (back-pressure). */
  | { type: 'ack' };

export type VanWorker =
  | { type: 'voortgang'; gelezen: number; totaal: number }
  /** Accepted rows in batches, so the main thread never deserialises millions of rows at once. */
  | { type: 'rijen'; rijen: unknown[] }
  /** The same, already as batch CSV bytes (opties.alsCsv; facts only): transferred, not copied. */
  | { type: 'csv'; csv: Uint8Array; aantal: number }
  | { type: 'klaar'; resultaat: Resultaat }
  | { type: 'fout'; bericht: Bericht };
