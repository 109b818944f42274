// A user's own figures ("eigen import") in DuckDB, next to the bundled ones.
//
// How it works (why: nothing is shown before the user says "Toevoegen", and removing an import
// must restore the bundled figures exactly):
// - The first time, the bundled `feiten` and `indicatoren` are copied to `feiten_bundel` and
//   `indicatoren_bundel`. Those copies never change.
// - Parsed facts are loaded in batches into the staging table `eigen_feiten` (one `import_id` per
//   file) while the worker is still reading: each batch becomes CSV text, registered as a file and
//   inserted with `read_csv(?)`. User values (file name, codes, notes) are only ever CSV cells or `?`
//   parameters, never part of the SQL text.
// - "Toevoegen" marks the import `actief`; `feiten` and `indicatoren` are then (re)built from the
//   bundled copies plus the active imports. Per key (regio_code, periode, indicator) one fact wins:
//   an import with `vervang` (the user ticked "vervang gebundelde cijfers") > bundled > other
//   imports; between imports the earlier one wins.
// - Unknown indicator codes get a row in `indicatoren`: naam_nl = naam_en = the label from the file
//   (plain text), eenheid = a conservative guess (src/lib/import/eenheid.ts) or 'onbekend',
//   richting 'neutraal' (we do not know whether higher is better), definitie naming the import.
// Every imported fact carries `bron = 'eigen import: <bestand> (<tijd>)'`, unique per import.
import type { Db } from './types';
import { SQL_FEITEN_LAATSTE } from './schema';
import type { ParsedFact } from '../import/typen';
import { feitenNaarCsv } from '../import/batch-csv';
import { bericht, melding, type Bericht } from '../import/melding';

export { feitenNaarCsv } from '../import/batch-csv';

export const EIGEN_DDL = [
  `CREATE TABLE IF NOT EXISTS eigen_imports (import_id VARCHAR, volg INTEGER, bestand VARCHAR,
     tijd VARCHAR, bron VARCHAR, formaat VARCHAR, actief BOOLEAN, vervang BOOLEAN)`,
  `CREATE TABLE IF NOT EXISTS eigen_feiten (import_id VARCHAR, regio_code VARCHAR, periode VARCHAR, indicator VARCHAR,
     waarde DOUBLE, status VARCHAR, bron VARCHAR, noot VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS eigen_indicatoren (import_id VARCHAR, code VARCHAR, naam VARCHAR, eenheid VARCHAR)`,
  `CREATE TABLE IF NOT EXISTS feiten_bundel AS SELECT * FROM feiten`,
  `CREATE TABLE IF NOT EXISTS indicatoren_bundel AS SELECT * FROM indicatoren`,
];

export const SQL_LAAD_BATCH = `INSERT INTO eigen_feiten
  SELECT ?, regio_code, periode, indicator, waarde, status, ?, nullif(noot, '')
  FROM read_csv(?, delim=';', header=true, quote='"', escape='"', auto_detect=false,
    columns={'regio_code':'VARCHAR','periode':'VARCHAR','indicator':'VARCHAR','waarde':'DOUBLE','status':'VARCHAR','noot':'VARCHAR'})`;

/**
 * Rebuild of `feiten` from the bundled copy and the active imports (see the header for the order).
 * Each source is added without the keys of the sources that win over it, and large imports in
 * slices of STUK rows. Why not one `row_number() OVER (PARTITION BY key)` over everything, or one
 * INSERT per import: both hold all rows uncompressed at once (the window; the transaction until
 * commit), and a 200 MB import (16 M facts) ran DuckDB-WASM out of its 3 GB. Each slice is
 * committed and compressed before the next, sorted by indicator: then a row group holds few
 * indicators and a query for one indicator skips the others by their min/max (zone maps);
 * unsorted, every uncached query after a 200 MB import scanned all 16 M facts (2–5 s).
 * Keys are unique within one import (the parser rejects duplicates) and within the bundle, so no
 * other deduplication is needed. Slices are rowid ranges of `eigen_feiten`: rowids only move when
 * a checkpoint vacuums deleted rows, and the only checkpoints are outside a rebuild.
 */
export const STUK = 500_000;
const ZELFDE_SLEUTEL = 'o.regio_code = s.regio_code AND o.periode = s.periode AND o.indicator = s.indicator';
export const SQL_FEITEN_LEEG = `CREATE OR REPLACE TABLE feiten AS SELECT regio_code, periode, indicator, waarde, status, bron, noot FROM feiten_bundel LIMIT 0`;

/** `AND NOT EXISTS` a fact with the same key in the imports `winnaars` (as `?` parameters). */
function nietIn(winnaars: string[]): string {
  if (!winnaars.length) return '';
  return ` AND NOT EXISTS (SELECT 1 FROM eigen_feiten o WHERE o.import_id IN (${winnaars.map(() => '?').join(', ')}) AND ${ZELFDE_SLEUTEL})`;
}

export const SQL_HERBOUW_INDICATOREN = `CREATE OR REPLACE TABLE indicatoren AS
  SELECT * FROM indicatoren_bundel
  UNION ALL BY NAME
  SELECT code, naam AS naam_nl, naam AS naam_en, eenheid,
         'Eigen import: ' || bestand || ' (' || tijd || '). Naam en eenheid zoals in het bestand; eenheid voorzichtig geraden.' AS definitie,
         '' AS formule, 'neutraal' AS richting, '' AS cbs_code
  FROM (
    SELECT ei.code, ei.naam, ei.eenheid, i.bestand, i.tijd FROM eigen_indicatoren ei JOIN eigen_imports i USING (import_id)
    WHERE i.actief AND ei.code NOT IN (SELECT code FROM indicatoren_bundel)
    QUALIFY row_number() OVER (PARTITION BY ei.code ORDER BY i.volg) = 1
  )`;

const klaar = new WeakMap<Db, Promise<void>>();
let bestandNr = 0;

/** Creates the import tables and the bundled copies once per database. */
export function zorgVoorTabellen(db: Db): Promise<void> {
  let p = klaar.get(db);
  if (!p) {
    p = (async () => {
      for (const s of EIGEN_DDL) await db.exec(s);
    })();
    p.catch(() => klaar.delete(db));
    klaar.set(db, p);
  }
  return p;
}

export interface NieuweImport {
  import_id: string;
  bestand: string;
  tijd: string; // shown as is, e.g. "23-11-2026 16:12:05"
  formaat: string;
}

/** `eigen import: <bestand> (<tijd>)`, made unique among the existing imports with " #2", " #3"… */
export async function maakImport(db: Db, imp: NieuweImport): Promise<{ bron: string; volg: number }> {
  await zorgVoorTabellen(db);
  const [{ volg }] = await db.query<{ volg: number }>('SELECT (coalesce(max(volg), 0) + 1)::INTEGER AS volg FROM eigen_imports');
  let bron = `eigen import: ${imp.bestand} (${imp.tijd})`;
  const bestaand = new Set((await db.query<{ bron: string }>('SELECT bron FROM eigen_imports')).map((r) => r.bron));
  for (let n = 2; bestaand.has(bron); n++) bron = `eigen import: ${imp.bestand} (${imp.tijd}) #${n}`;
  await db.query('INSERT INTO eigen_imports VALUES (?, ?, ?, ?, ?, ?, false, false)', [imp.import_id, volg, imp.bestand, imp.tijd, bron, imp.formaat]);
  return { bron, volg };
}

/** Loads one batch of parsed facts (as CSV bytes) into the staging table. */
export async function laadBatchCsv(db: Db, importId: string, bron: string, csv: Uint8Array): Promise<void> {
  const naam = `eigen-import-${++bestandNr}.csv`;
  await db.registreerBestand(naam, csv);
  try {
    await db.query(SQL_LAAD_BATCH, [importId, bron, db.bestandsPad(naam)]);
  } finally {
    await db.verwijderBestand(naam);
  }
}

const enc = new TextEncoder();
export function laadBatch(db: Db, importId: string, bron: string, rijen: ParsedFact[]): Promise<void> {
  return laadBatchCsv(db, importId, bron, enc.encode(feitenNaarCsv(rijen)));
}

export async function zetIndicatoren(db: Db, importId: string, info: { code: string; naam: string; eenheid: string }[]): Promise<void> {
  for (const i of info) await db.query('INSERT INTO eigen_indicatoren VALUES (?, ?, ?, ?)', [importId, i.code, i.naam, i.eenheid]);
}

export interface Conflicten {
  /** Facts of this import with the same key as a bundled fact. */
  metGebundeld: number;
  /** … of which the value differs. */
  metGebundeldAnders: number;
  /** Facts with the same key as a fact of an earlier, active import (that one stays). */
  metEerdereImport: number;
  /** Facts in staging for this import. */
  totaal: number;
  /** Facts per status (definitief / voorlopig / onbekend), as the file had them. */
  perStatus: Record<string, number>;
}

export async function telConflicten(db: Db, importId: string): Promise<Conflicten> {
  const [r] = await db.query<{ totaal: number; met_gebundeld: number; anders: number }>(
    `SELECT count(*)::INTEGER AS totaal, count(b.regio_code)::INTEGER AS met_gebundeld,
            count(b.regio_code) FILTER (WHERE e.waarde IS DISTINCT FROM b.waarde)::INTEGER AS anders
     FROM eigen_feiten e LEFT JOIN feiten_bundel b
       ON b.regio_code = e.regio_code AND b.periode = e.periode AND b.indicator = e.indicator
     WHERE e.import_id = ?`,
    [importId],
  );
  // Only join with other imports when there are any: a self-join of a 16 M-fact import is costly.
  const [andere] = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM eigen_imports WHERE actief AND import_id <> ?', [importId]);
  const [o] = andere.n === 0 ? [{ n: 0 }] : await db.query<{ n: number }>(
    `SELECT count(*)::INTEGER AS n FROM eigen_feiten e
     WHERE e.import_id = ? AND EXISTS (
       SELECT 1 FROM eigen_feiten o JOIN eigen_imports i USING (import_id)
       WHERE i.actief AND o.import_id <> e.import_id
         AND o.regio_code = e.regio_code AND o.periode = e.periode AND o.indicator = e.indicator)`,
    [importId],
  );
  const st = await db.query<{ status: string; n: number }>('SELECT status, count(*)::INTEGER AS n FROM eigen_feiten WHERE import_id = ? GROUP BY 1 ORDER BY 1', [importId]);
  return { totaal: r.totaal, metGebundeld: r.met_gebundeld, metGebundeldAnders: r.anders, metEerdereImport: o.n, perStatus: Object.fromEntries(st.map((x) => [x.status, x.n])) };
}

/** Rebuilds `feiten` and `indicatoren`. The caller then calls meldTabellenGewijzigd(). */
export async function herbouw(db: Db, stuk = STUK): Promise<void> {
  await zorgVoorTabellen(db);
  const actief = await db.query<{ import_id: string; vervang: boolean; bron: string }>('SELECT import_id, vervang, bron FROM eigen_imports WHERE actief ORDER BY volg');
  // Precedence: imports with "vervang" (earlier first) > bundled > other imports (earlier first).
  const vervangend = actief.filter((a) => a.vervang);
  const overig = actief.filter((a) => !a.vervang);
  await db.exec(SQL_FEITEN_LEEG);
  const eerder: string[] = [];
  for (const i of vervangend) {
    await voegImportToe(db, i, false, eerder, stuk);
    eerder.push(i.import_id);
  }
  await db.query(
    `INSERT INTO feiten SELECT regio_code, periode, indicator, waarde, status, bron, noot FROM feiten_bundel s WHERE true${nietIn(eerder)}`,
    eerder,
  );
  for (const i of overig) {
    await voegImportToe(db, i, true, eerder, stuk);
    eerder.push(i.import_id);
  }
  await db.exec(SQL_HERBOUW_INDICATOREN);
  await db.exec(SQL_FEITEN_LAATSTE);
  await db.exec('CHECKPOINT');
}

/** One import's facts into `feiten`, in slices, without the keys of `winnaars` (and of the bundle). */
async function voegImportToe(db: Db, imp: { import_id: string; bron: string }, naBundel: boolean, winnaars: string[], stuk: number): Promise<void> {
  const [r] = await db.query<{ van: number | null; tot: number | null }>('SELECT min(rowid)::BIGINT AS van, max(rowid)::BIGINT AS tot FROM eigen_feiten WHERE import_id = ?', [imp.import_id]);
  if (r.van === null || r.tot === null) return;
  const bundel = naBundel ? ' AND NOT EXISTS (SELECT 1 FROM feiten_bundel o WHERE ' + ZELFDE_SLEUTEL + ')' : '';
  const sql = `INSERT INTO feiten SELECT s.regio_code, s.periode, s.indicator, s.waarde, s.status, ?, s.noot FROM eigen_feiten s
    WHERE s.import_id = ? AND s.rowid >= ? AND s.rowid < ?${bundel}${nietIn(winnaars)}
    ORDER BY s.indicator, s.periode, s.regio_code`;
  for (let van = Number(r.van); van <= Number(r.tot); van += stuk) {
    await db.query(sql, [imp.bron, imp.import_id, van, van + stuk, ...winnaars]);
  }
}

/**
 * "Toevoegen": the staged facts become visible. If the rebuild fails (out of memory), the import is
 * switched off again and `feiten` rebuilt as it was, so a failed add loses nothing; the error is
 * passed on for the page to explain.
 */
export async function activeer(db: Db, importId: string, vervang: boolean): Promise<void> {
  await db.query('UPDATE eigen_imports SET actief = true, vervang = ? WHERE import_id = ?', [vervang, importId]);
  try {
    await herbouw(db);
  } catch (e) {
    await db.query('UPDATE eigen_imports SET actief = false WHERE import_id = ?', [importId]);
    await herbouw(db);
    throw e;
  }
}

/** After the last batch: compress what was staged (an in-memory table compresses at a checkpoint). */
export async function rondLadenAf(db: Db): Promise<void> {
  await db.exec('CHECKPOINT');
}

/** DuckDB's out-of-memory error, as a message for the import page (shown in the UI language). */
export function alsGeheugenFout(e: unknown): Bericht | null {
  const tekst = e instanceof Error ? e.message : String(e);
  if (!/out of memory|could not allocate|memory limit/i.test(tekst)) return null;
  return bericht(null, melding('imp_m_geheugen'));
}

/** Removes an import (staged or active) and everything it added; bundled figures come back. */
export async function verwijderImport(db: Db, importId: string): Promise<void> {
  await zorgVoorTabellen(db);
  const [r] = await db.query<{ actief: boolean | null }>('SELECT bool_or(actief) AS actief FROM eigen_imports WHERE import_id = ?', [importId]);
  for (const t of ['eigen_feiten', 'eigen_indicatoren', 'eigen_imports']) await db.query(`DELETE FROM ${t} WHERE import_id = ?`, [importId]);
  if (r?.actief) await herbouw(db);
}

export interface ImportRij {
  import_id: string;
  bestand: string;
  tijd: string;
  bron: string;
  formaat: string;
  vervang: boolean;
  /** Facts of this import. */
  aantal: number;
  /** Of which in `feiten` now (the others lost a conflict). */
  getoond: number;
  indicatoren: string[];
}

export async function lijstImports(db: Db): Promise<ImportRij[]> {
  await zorgVoorTabellen(db);
  const rijen = await db.query<Omit<ImportRij, 'indicatoren'>>(
    `SELECT i.import_id, i.bestand, i.tijd, i.bron, i.formaat, i.vervang,
            (SELECT count(*) FROM eigen_feiten e WHERE e.import_id = i.import_id)::INTEGER AS aantal,
            (SELECT count(*) FROM feiten f WHERE f.bron = i.bron)::INTEGER AS getoond
     FROM eigen_imports i WHERE i.actief ORDER BY i.volg`,
  );
  const ind = await db.query<{ import_id: string; indicator: string }>(
    `SELECT DISTINCT e.import_id, e.indicator FROM eigen_feiten e JOIN eigen_imports i USING (import_id) WHERE i.actief ORDER BY 1, 2`,
  );
  return rijen.map((r) => ({ ...r, vervang: Boolean(r.vervang), indicatoren: ind.filter((x) => x.import_id === r.import_id).map((x) => x.indicator) }));
}

/** The facts of one import as batch CSV (for keeping it in IndexedDB), in pages of `per` rows. */
export async function importAlsCsv(db: Db, importId: string, per = 100_000): Promise<Uint8Array[]> {
  const uit: Uint8Array[] = [];
  for (let offset = 0; ; offset += per) {
    const rijen = await db.query<ParsedFact & Record<string, unknown>>(
      `SELECT regio_code, periode, indicator, waarde, status, bron, coalesce(noot, '') AS noot FROM eigen_feiten
       WHERE import_id = ? ORDER BY regio_code, indicator, periode LIMIT ? OFFSET ?`,
      [importId, per, offset],
    );
    if (rijen.length === 0) break;
    uit.push(enc.encode(feitenNaarCsv(rijen)));
    if (rijen.length < per) break;
  }
  return uit;
}

export async function indicatorenVanImport(db: Db, importId: string): Promise<{ code: string; naam: string; eenheid: string }[]> {
  return db.query('SELECT code, naam, eenheid FROM eigen_indicatoren WHERE import_id = ? ORDER BY code', [importId]);
}
