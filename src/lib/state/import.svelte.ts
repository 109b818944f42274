// The user's own figures: which imports are loaded (for every view), and the import flow of the
// "Eigen data" page (read in a worker → staged in DuckDB → preview → "Toevoegen").
// Module-level state, so a running import survives leaving the page.
//
// For other views: `imports.lijst` (reactive; Vergelijken asks `vragen.indicatorenMetGemeentecijfers()`
// itself). Call `startEigenData()` once at app start to bring back imports kept in IndexedDB.
import { coordinator, meldTabellenGewijzigd } from './data.svelte';
import type { Db } from '../db/types';
import type { GemeenteRij } from '../db/vragen';
import {
  activeer, alsGeheugenFout, importAlsCsv, rondLadenAf, indicatorenVanImport, laadBatchCsv, lijstImports, maakImport, telConflicten, verwijderImport, zetIndicatoren, zorgVoorTabellen,
  type Conflicten,
} from '../db/eigenData';
import type { Afwijzing } from '../import/typen';
import { gemeenteLijst } from '../import/gemeenten';
import type { Resultaat } from '../import/importeer';
import { raadEenheid } from '../import/eenheid';
import { alsBericht, bericht, melding, type Bericht } from '../import/melding';

export interface ImportInfo {
  id: string;
  bestand: string;
  tijd: string;
  bron: string;
  /** Facts in the import. */
  aantal: number;
  /** Of which shown (the rest lost a conflict with bundled figures or an earlier import). */
  getoond: number;
  vervang: boolean;
  indicatoren: string[];
}

export const imports: { lijst: ImportInfo[]; bewaren: boolean; melding: Bericht | null } = $state({ lijst: [], bewaren: false, melding: null });

export type Fase = 'leeg' | 'lezen' | 'voorbeeld' | 'toevoegen' | 'klaar' | 'fout' | 'casus';

export interface CasusUitkomst {
  datasetId: string | null;
  naam: string;
  casussen: number;
  episodes: number;
  kosten: number;
  afgewezen: Afwijzing[];
  waarschuwingen: Bericht[];
}

export const invoer: {
  fase: Fase;
  bestand: string;
  grootte: number;
  voortgang: { gelezen: number; totaal: number } | null;
  /** Parse result without rows (rows went to DuckDB). */
  resultaat: Resultaat | null;
  conflicten: Conflicten | null;
  /** Facts staged in DuckDB so far. */
  geladen: number;
  melding: Bericht | null;
  casus: CasusUitkomst | null;
  wachtrij: number;
  ms: { lezen: number; laden: number } | null;
} = $state({ fase: 'leeg', bestand: '', grootte: 0, voortgang: null, resultaat: null, conflicten: null, geladen: 0, melding: null, casus: null, wachtrij: 0, ms: null });

import { BEWAAR_SLEUTEL, bewaartEigenData } from '../import/bewaren';
/** Above this many facts an import is not kept in IndexedDB (browser storage is limited). */
export const MAX_BEWAREN = 1_000_000;

let teller = 0;
let huidig: { id: string; bron: string; abort: AbortController; laden: () => Promise<void> } | null = null;
const wachtrij: File[] = [];

/** Every read and write of the import tables goes through the coordinator, in order. */
function bewerk<T>(werk: (db: Db) => Promise<T>): Promise<T> {
  return coordinator.eenmalig('eigen-data', zorgVoorTabellen).then(() => coordinator.bewerk(werk));
}

/** Once per app: tables for imports, and imports kept in IndexedDB (when the user opted in). */
export function startEigenData(): Promise<void> {
  imports.bewaren = bewaartEigenData();
  return coordinator.eenmalig('eigen-data-herstel', async () => {
    if (!imports.bewaren) return;
    const { lees } = await import('../import/opslag');
    const opgeslagen = await lees().catch(() => []);
    for (const o of opgeslagen) {
      await bewerk(async (d) => {
        const { bron } = await maakImport(d, { import_id: o.id, bestand: o.naam, tijd: o.geimporteerd, formaat: o.formaat });
        for (const c of o.csv) await laadBatchCsv(d, o.id, bron, c);
        await zetIndicatoren(d, o.id, o.indicatoren);
        await activeer(d, o.id, o.vervang);
      });
    }
    if (opgeslagen.length) {
      meldTabellenGewijzigd();
      await ververs();
    }
  });
}

export async function ververs(): Promise<void> {
  imports.lijst = (await bewerk(lijstImports)).map((r) => ({
    id: r.import_id, bestand: r.bestand, tijd: r.tijd, bron: r.bron, aantal: r.aantal, getoond: r.getoond, vervang: r.vervang, indicatoren: r.indicatoren,
  }));
}

const tijdNu = () => new Date().toLocaleString('nl-NL', { dateStyle: 'short', timeStyle: 'medium' }).replace(',', '');

/** Files from the drop zone or picker. Case files go to the case engine together; others one by one. */
export async function leesBestanden(files: File[], regios: GemeenteRij[]): Promise<void> {
  const { herkenBestand } = await import('../import/client');
  const casus: File[] = [];
  const logboek: File[] = [];
  for (const f of files) {
    const h = await herkenBestand(f).catch(() => null);
    if (h?.formaat === 'casus') casus.push(f);
    else if (h?.formaat === 'doorbraak') logboek.push(f);
    else wachtrij.push(f);
  }
  // a Doorbraak ledger stays in this tab's memory (src/lib/state/doorbraak.svelte.ts)
  if (logboek.length) await (await import('./doorbraak.svelte')).laadLogboek(logboek);
  if (casus.length) await laadCasus(casus, regios);
  if (invoer.fase !== 'lezen' && invoer.fase !== 'voorbeeld' && invoer.fase !== 'toevoegen') await volgende(regios);
  invoer.wachtrij = wachtrij.length;
}

async function volgende(regios: GemeenteRij[]): Promise<void> {
  const f = wachtrij.shift();
  invoer.wachtrij = wachtrij.length;
  if (f) await leesFeiten(f, regios);
}
let laatsteRegios: GemeenteRij[] = [];

async function leesFeiten(file: File, regios: GemeenteRij[]): Promise<void> {
  laatsteRegios = regios;
  Object.assign(invoer, { fase: 'lezen', bestand: file.name, grootte: file.size, voortgang: { gelezen: 0, totaal: file.size }, resultaat: null, conflicten: null, geladen: 0, melding: null, casus: null, ms: null });
  const abort = new AbortController();
  const id = `imp-${Date.now().toString(36)}-${++teller}`;
  const t0 = performance.now();
  let msLaden = 0;
  try {
    const { importeerBestand } = await import('../import/client');
    const { bron } = await bewerk((d) => maakImport(d, { import_id: id, bestand: file.name, tijd: tijdNu(), formaat: 'onbekend' }));
    // Batches are loaded one after the other while the worker keeps reading.
    let laden: Promise<void> = Promise.resolve();
    huidig = { id, bron, abort, laden: () => laden.catch(() => {}) };
    const r = await importeerBestand(file, { gemeenten: gemeenteLijst(regios) }, (v) => (invoer.voortgang = v), {
      signal: abort.signal,
      onCsv: (csv, aantal) => {
        laden = laden.then(async () => {
          if (abort.signal.aborted) return;
          const t = performance.now();
          await bewerk((d) => laadBatchCsv(d, id, bron, csv));
          msLaden += performance.now() - t;
          invoer.geladen += aantal;
        });
        return laden;
      },
    });
    await laden;
    if (abort.signal.aborted) return;
    await bewerk(rondLadenAf);
    if (r.formaat === 'casus') {
      // Recognised as a case file only after reading (rare): hand it over.
      await bewerk((d) => verwijderImport(d, id));
      huidig = null;
      await laadCasus([file], regios);
      return;
    }
    const info = r.indicatorInfo ?? {};
    const indicatoren = r.gevonden.indicatoren.map((code) => {
      const i = info[code];
      return { code, naam: i?.naam ?? code, eenheid: raadEenheid(i?.eenheid ?? '', i?.naam ?? '') };
    });
    await bewerk((d) => zetIndicatoren(d, id, indicatoren));
    invoer.resultaat = r;
    invoer.ms = { lezen: Math.round(performance.now() - t0), laden: Math.round(msLaden) };
    if (r.fout !== null) {
      await bewerk((d) => verwijderImport(d, id));
      huidig = null;
      invoer.fase = 'fout';
      return;
    }
    invoer.conflicten = await bewerk((d) => telConflicten(d, id));
    invoer.fase = 'voorbeeld';
  } catch (e) {
    if ((e as Error).name === 'AbortError' || abort.signal.aborted) return;
    invoer.fase = 'fout';
    invoer.melding = alsGeheugenFout(e) ?? alsBericht(e);
    await bewerk((d) => verwijderImport(d, id)).catch(() => {});
    huidig = null;
  }
}

/** Stops reading (worker terminated) or drops the preview; nothing is added. */
export async function annuleer(): Promise<void> {
  const h = huidig;
  huidig = null;
  h?.abort.abort();
  Object.assign(invoer, { fase: 'leeg', voortgang: null, resultaat: null, conflicten: null, geladen: 0, melding: null });
  // A batch being loaded right now finishes first; then everything of this import is removed.
  if (h) await h.laden().then(() => bewerk((d) => verwijderImport(d, h.id))).catch(() => {});
  await volgende(laatsteRegios);
}

/** "Toevoegen": the previewed facts become visible in every view. */
export async function voegToe(vervang: boolean): Promise<void> {
  const h = huidig;
  if (!h || invoer.fase !== 'voorbeeld') return;
  invoer.fase = 'toevoegen';
  try {
    await bewerk((d) => activeer(d, h.id, vervang));
    huidig = null;
    meldTabellenGewijzigd();
    await ververs();
    if (imports.bewaren) await bewaarImport(h.id);
    invoer.fase = 'klaar';
  } catch (e) {
    invoer.fase = 'fout';
    invoer.melding = alsGeheugenFout(e) ?? alsBericht(e);
    // activeer() has already put the tables back as they were; drop the staged facts too.
    await bewerk((d) => verwijderImport(d, h.id)).catch(() => {});
    huidig = null;
  }
  await volgende(laatsteRegios);
}

async function bewaarImport(id: string): Promise<void> {
  const i = imports.lijst.find((x) => x.id === id);
  if (!i) return;
  if (i.aantal > MAX_BEWAREN) {
    imports.melding = bericht(i.bestand, melding('imp_m_bewaren_te_groot', { aantal: i.aantal, max: MAX_BEWAREN }));
    return;
  }
  const { bewaar } = await import('../import/opslag');
  const [indicatoren, csv] = await bewerk(async (d) => [await indicatorenVanImport(d, id), await importAlsCsv(d, id)] as const);
  await bewaar({ id, naam: i.bestand, geimporteerd: i.tijd, formaat: '', vervang: i.vervang, aantal: i.aantal, indicatoren, csv });
}

export async function verwijder(id: string): Promise<void> {
  await bewerk((d) => verwijderImport(d, id));
  meldTabellenGewijzigd();
  if (imports.bewaren) await (await import('../import/opslag')).verwijder(id).catch(() => {});
  await ververs();
}

/** The opt-in checkbox: keep imports in this browser (IndexedDB) across reloads. */
export async function zetBewaren(aan: boolean): Promise<void> {
  imports.bewaren = aan;
  imports.melding = null;
  try {
    if (aan) localStorage.setItem(BEWAAR_SLEUTEL, '1');
    else localStorage.removeItem(BEWAAR_SLEUTEL);
  } catch {
    /* private mode: then nothing is kept */
  }
  const opslag = await import('../import/opslag');
  if (aan) for (const i of imports.lijst) await bewaarImport(i.id);
  else await opslag.wis();
}

/**
 * "Wis alles": removes every import from this session and from the browser's storage, and turns
 * "bewaren" off, so a later import is not kept unless the user opts in again.
 */
export async function wisAlles(): Promise<void> {
  await bewerk(async (d) => {
    for (const i of imports.lijst) await verwijderImport(d, i.id);
  });
  await zetBewaren(false).catch(() => {});
  meldTabellenGewijzigd();
  await ververs();
}

/** Case files: handed to the case-data engine of the Kosten page (src/lib/db/casus.ts). */
async function laadCasus(files: File[], regios: GemeenteRij[]): Promise<void> {
  Object.assign(invoer, { fase: 'lezen', bestand: files.map((f) => f.name).join(', '), voortgang: null, resultaat: null, conflicten: null, melding: null, casus: null });
  try {
    const { laadEigen } = await import('./casus.svelte');
    const r = await laadEigen(files, gemeenteLijst(regios));
    invoer.casus = {
      datasetId: r.dataset?.dataset_id ?? null,
      naam: r.dataset?.naam ?? files.map((f) => f.name).join(', '),
      casussen: r.aantallen.casus,
      episodes: r.aantallen.episode,
      kosten: r.aantallen.kosten,
      afgewezen: r.afgewezen,
      waarschuwingen: r.waarschuwingen,
    };
    invoer.fase = 'casus';
  } catch (e) {
    invoer.fase = 'fout';
    invoer.melding = alsBericht(e);
  }
}
