// Message protocol between client.ts (main thread) and worker.ts. Plain data only (structured clone).
import type { ImportOpties, Resultaat } from './importeer.ts';

export type NaarWorker = { type: 'start'; file: File; opties: ImportOpties } | { type: 'stop' };

export type VanWorker =
  | { type: 'voortgang'; gelezen: number; totaal: number }
  /** Accepted rows in batches, so the main thread never deserialises millions of rows at once. */
  | { type: 'rijen'; rijen: unknown[] }
  | { type: 'klaar'; resultaat: Resultaat }
  | { type: 'fout'; bericht: string };
