/**
 * Shape of `casus/index.json` in the data bundle (written by scripts/bundel-casus.ts, read by
 * src/lib/db/casus.ts) and the ids of the datasets the app can generate or import itself.
 */
import type { Dataset, Herkomst } from './contract.ts';

export interface CasusIndexDataset extends Dataset {
  herkomst: 'bron';
  /** bundle-relative paths of the contract files; null = figures only (kengetallen), no cases */
  bestanden: { casus: string; episode: string; kosten: string } | null;
  aantallen: { casus: number; episode: number; kosten: number } | null;
  /** sum of all cost rows in euros (exact, from cents) */
  totaal_eur: number | null;
  /** some dates derived from averages (datum_kwaliteit = geschat): the view must say so */
  datums_geschat: boolean;
  /** the total as printed in the source (kengetallen.csv), kept even where the rows add up differently */
  gedrukt_totaal: { waarde: number; bron: string; regel: string; notitie: string } | null;
  /** every case got the same amount (a printed total split equally): its spread is our own doing */
  gelijk_verdeeld: boolean;
}

/**
 * True when every case's costs add up to the same amount (within a cent, the remainder of the
 * split) and none of them is an amount per case from the source: a printed total divided equally,
 * as the 28 children. A Lorenz curve or distribution of such a dataset shows the split, not
 * the children, so the view does not draw them. Fewer than two cases: nothing to compare.
 */
export function isGelijkVerdeeld(kosten: readonly { casus_id: string; bedrag_eur: number; kwaliteit: string }[]): boolean {
  const perCasus = new Map<string, number>();
  for (const k of kosten) {
    if (k.kwaliteit === 'exact') return false;
    perCasus.set(k.casus_id, (perCasus.get(k.casus_id) ?? 0) + Math.round(k.bedrag_eur * 100));
  }
  const centen = [...perCasus.values()];
  return centen.length > 1 && Math.max(...centen) - Math.min(...centen) <= 1;
}

/** The dataset row of an index entry (its contract fields, without the bundle's extras). */
export function bronDataset(d: CasusIndexDataset): Dataset {
  return { dataset_id: d.dataset_id, naam: d.naam, herkomst: 'bron', bron: d.bron, contractversie: d.contractversie };
}

export interface CasusIndex {
  contractversie: 1;
  datasets: CasusIndexDataset[];
  /** `casus:aggregeer` bundles (cubes only, no cases): folder in the bundle, with manifest.json */
  kubusbundels?: { dataset_id: string; naam: string; herkomst: Herkomst; pad: string; /** has the Thuiszitters tables */ routes?: boolean }[];
}

/** Synthetic sizes the app offers (1.000 … 1.000.000 cases). */
export const SYNTH_GROOTTES = [1_000, 10_000, 100_000, 1_000_000] as const;
export const SYNTH_SEED = 42;
export const SYNTH_STANDAARD_N = 10_000;

/** dataset id of a synthetic cohort; fits the URL grammar of `ds` ([a-z0-9][a-z0-9_-]*). */
export function synthId(seed: number, n: number): string {
  return `synth-${seed}-${n}`;
}

/** Parses a synthetic dataset id; null when it is not one or the size is not offered. */
export function leesSynthId(id: string): { seed: number; n: number } | null {
  const m = /^synth-(\d{1,9})-(\d{1,7})$/.exec(id);
  if (!m) return null;
  const n = Number(m[2]);
  if (!(SYNTH_GROOTTES as readonly number[]).includes(n)) return null;
  return { seed: Number(m[1]), n };
}

/** A synthetic cohort published as a cube bundle (scripts/synth-kubussen.ts): `synth-<seed>-<n>-kubussen`; null otherwise. */
export function leesSynthBundelId(id: string): { seed: number; n: number } | null {
  const m = /^(synth-\d{1,9}-\d{1,7})-kubussen$/.exec(id);
  return m ? leesSynthId(m[1]) : null;
}

/** A generated cohort or its cube bundle: its seed and size, and whether it is the bundle; null otherwise. */
export function leesSynthOfBundel(id: string): { seed: number; n: number; bundel: boolean } | null {
  const bundel = leesSynthBundelId(id);
  const s = bundel ?? leesSynthId(id);
  return s ? { ...s, bundel: !!bundel } : null;
}

export const EIGEN_PREFIX = 'eigen-';

/**
 * The dataset the case pages (Kosten per casus, Thuiszitters) open on: Gouda's six published
 * cost cases. Synthetic data is one explicit choice away and is never the default.
 */
export const BRON_STANDAARD_DATASET = 'gouda-zorgpaden-6';

/** Below this many children a case chart says it is too thin to read a pattern from. */
const DUN_GRENS = 20;

/** True when a chart on `n` children is too thin to read a pattern from (but is still drawn). */
export function teDun(n: number): boolean {
  return n > 0 && n < DUN_GRENS;
}
