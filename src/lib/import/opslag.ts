// Optional persistence of imported datasets in IndexedDB, so they survive a reload. Thin on purpose:
// it stores what the caller gives it and can wipe everything ("wis"). Not unit-tested (no IndexedDB
// in Node); the e2e tests cover it in a browser.

const DB = 'jeugdzorg-verkenner-import';
const STORE = 'datasets';

export interface OpgeslagenDataset {
  id: string; // dataset_id
  naam: string; // file name as shown
  geimporteerd: string; // ISO time of the import
  formaat: string;
  rijen: unknown[];
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
/** The "wis" button: removes every stored import from this browser. */
export const wis = () => transactie('readwrite', (s) => s.clear()).then(() => undefined);
