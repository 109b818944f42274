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
  /** the Thuiszitters tables' flow window and peildatum, when the bundle has them (route_*.csv) */
  routes?: RoutesVenster;
}

export interface RoutesVenster {
  van: string;
  tot: string;
  maxStappen: number;
  peildatum: string;
}

/** True when the bundle's Thuiszitters tables were built for exactly the page's window `venster`. */
export const routesVoor = (m: KubusManifest, venster: RoutesVenster): boolean =>
  !!m.routes && m.routes.van === venster.van && m.routes.tot === venster.tot && m.routes.maxStappen === venster.maxStappen && m.routes.peildatum === venster.peildatum;

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
  const r = m.routes as Record<string, unknown> | undefined;
  if (r !== undefined && !(r && ['van', 'tot', 'peildatum'].every((k) => typeof r[k] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(r[k] as string)) && Number.isInteger(r.maxStappen))) {
    throw fout('veld "routes" heeft niet de vorm { van, tot, peildatum: JJJJ-MM-DD, maxStappen: geheel getal }');
  }
  return m as unknown as KubusManifest;
}

/** The dataset row of a bundle: its provenance is the manifest's. */
export function kubusDataset(m: KubusManifest): Dataset {
  return { dataset_id: m.dataset_id, naam: m.naam, herkomst: m.herkomst, bron: m.bron, contractversie: m.contractversie };
}

/** A bundle's baked answers for its first view (scripts/bundel-casus.ts writes them at build time). */
export const VOORBEREID_BESTAND = 'voorbereid.json';

type Waarde = string | number | boolean | null;

/**
 * The questions a bundle may pre-answer, by name: Kosten per casus (`kosten-casus-…`) and the
 * Thuiszitters page (`routes:gemeenten`, `routes:grafieken:<van>:<tot>:<max stappen>:<peildatum>`).
 */
const EIGEN_VRAAG = /^(kosten-casus-[a-z-]+|routes:gemeenten|routes:grafieken:\d{4}-\d{2}-\d{2}:\d{4}-\d{2}-\d{2}:\d+:\d{4}-\d{2}-\d{2}):(\[.*\])$/;

/**
 * Checks a bundle's voorbereid.json: `{ vragen: { sleutel: rijen } }`. Only answers to the case
 * pages' questions (EIGEN_VRAAG) about this dataset are taken (a bundle can never pre-answer another
 * dataset's or the CBS questions), and only flat rows of plain values.
 */
export function leesBundelVoorbereid(x: unknown, datasetId: string, waar: string): Record<string, Record<string, Waarde>[]> {
  const fout = (wat: string) => new Error(`${waar}/${VOORBEREID_BESTAND}: ${wat}`);
  const vragen = (x as { vragen?: unknown } | null)?.vragen;
  if (!vragen || typeof vragen !== 'object' || Array.isArray(vragen)) throw fout('veld "vragen" ontbreekt');
  const uit: Record<string, Record<string, Waarde>[]> = {};
  for (const [sleutel, rijen] of Object.entries(vragen)) {
    const m = EIGEN_VRAAG.exec(sleutel);
    let params: unknown;
    try {
      params = m ? JSON.parse(m[2]) : null;
    } catch {
      params = null;
    }
    if (!Array.isArray(params) || !params.includes(datasetId)) throw fout(`vraag "${sleutel.slice(0, 80)}" hoort niet bij dataset ${datasetId}`);
    const vlak = Array.isArray(rijen) && rijen.every((r) => r && typeof r === 'object' && !Array.isArray(r)
      && Object.values(r).every((w) => w === null || ['string', 'number', 'boolean'].includes(typeof w)));
    if (!vlak) throw fout(`vraag "${sleutel.slice(0, 80)}": rijen zijn geen lijst van platte objecten`);
    uit[sleutel] = rijen as Record<string, Waarde>[];
  }
  return uit;
}
