/**
 * The manifest of a `casus:aggregeer` bundle (scripts/casus-aggregeer.ts writes it): who made the
 * aggregates from what, what the < 5 rule left out and the dataset totals. Read here with checks,
 * so a broken or foreign manifest gives a Dutch error instead of half a dataset.
 */
import { HERKOMST, type Dataset, type Herkomst } from '../casus/contract.ts';

export const KUBUS_BUNDEL_SOORT = 'kosten-per-casus-kubussen';

export interface KubusManifest {
  contractversie: 1;
  soort: typeof KUBUS_BUNDEL_SOORT;
  dataset_id: string;
  naam: string;
  herkomst: Herkomst;
  /** provenance line: input files and when they were aggregated (shown in every source line) */
  bron: string;
  totalen: { casussen: number; met_uitval: number; totaal_eur: number };
  /** per cube table: its file and row count */
  tabellen: Record<string, { bestand: string; rijen: number }>;
}

/** Checks a parsed manifest.json; `waar` names it in the error (e.g. the bundle path). */
export function leesKubusManifest(x: unknown, waar: string): KubusManifest {
  const fout = (wat: string) => new Error(`${waar}/manifest.json: ${wat}`);
  if (!x || typeof x !== 'object') throw fout('geen JSON-object');
  const m = x as Record<string, unknown>;
  if (m.soort !== KUBUS_BUNDEL_SOORT) throw fout(`veld "soort" is "${String(m.soort)}", verwacht "${KUBUS_BUNDEL_SOORT}"`);
  if (m.contractversie !== 1) throw fout(`contractversie ${String(m.contractversie)} wordt niet ondersteund (verwacht 1)`);
  if (typeof m.dataset_id !== 'string' || !/^[a-z0-9][a-z0-9_-]*$/.test(m.dataset_id)) throw fout('veld "dataset_id" ontbreekt of bevat andere tekens dan a-z, 0-9, - en _');
  for (const veld of ['naam', 'bron'] as const) if (typeof m[veld] !== 'string' || !m[veld]) throw fout(`veld "${veld}" ontbreekt`);
  if (!(HERKOMST as readonly unknown[]).includes(m.herkomst)) throw fout(`veld "herkomst" is "${String(m.herkomst)}", verwacht een van ${HERKOMST.join(', ')}`);
  const t = m.totalen as Record<string, unknown> | undefined;
  for (const veld of ['casussen', 'met_uitval', 'totaal_eur'] as const) {
    if (!t || typeof t[veld] !== 'number' || !Number.isFinite(t[veld])) throw fout(`totalen.${veld} ontbreekt of is geen getal`);
  }
  if (!m.tabellen || typeof m.tabellen !== 'object') throw fout('veld "tabellen" ontbreekt');
  return m as unknown as KubusManifest;
}

/** The dataset row of a bundle: its provenance is the manifest's. */
export function kubusDataset(m: KubusManifest): Dataset {
  return { dataset_id: m.dataset_id, naam: m.naam, herkomst: m.herkomst, bron: m.bron, contractversie: m.contractversie };
}
