// Optional persistence of imported datasets in IndexedDB, so they survive a reload. Thin on purpose:
// it stores what the caller gives it and can wipe everything ("wis"). Not unit-tested (no IndexedDB
// in Node); the e2e tests cover it in a browser.

const DB = 'jeugdzorg-verkenner-import';
const STORE = 'datasets';

export interface OpgeslagenDataset {
  id: string; // import_id
  naam: string; // file name as shown
  geimporteerd: string; // time of the import as shown ("23-11-2026 16:12:05")
  formaat: string;
  vervang: boolean; // the user chose "vervang gebundelde cijfers"
  aantal: number; // facts
  indicatoren: { code: string; naam: string; eenheid: string }[];
  /** The facts as batch CSV (src/lib/import/batch-csv.ts): compact, and loads straight into DuckDB. */
  csv: Uint8Array[];
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function transactie<T>(modus: IDBTransactionMode, werk: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = werk(db.transaction(STORE, modus).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

export const bewaar = (d: OpgeslagenDataset) => transactie('readwrite', (s) => s.put(d)).then(() => undefined);
export const lees = () => transactie<OpgeslagenDataset[]>('readonly', (s) => s.getAll());
export const verwijder = (id: string) => transactie('readwrite', (s) => s.delete(id)).then(() => undefined);
/**
 * "Wis alles" and switching "bewaren" off: deletes the whole database, not only its rows, so
 * nothing of it (not even an empty store) stays in this browser.
 */
export function wis(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
    // every transactie() closes its connection, so nothing here blocks the delete for long
  });
}
