// Loads the bundled CSV tables (public/data) into DuckDB-WASM. Files are fetched whole: they are
// small, and HTTP range requests are unreliable on static hosts.
import type { Db } from './types';
import { BUNDEL_BESTANDEN, schemaSql } from './schema';
import { startStap } from './duckdb';

export interface Manifest {
  dataVersion: string;
  builtAt: string;
  files: { name: string; bytes: number; sha256: string; rows: number }[];
}

export async function laadBundel(db: Db, basis: string, versie: string): Promise<void> {
  await Promise.all(
    BUNDEL_BESTANDEN.map(async (naam) => {
      const r = await fetch(`${basis}${naam}?v=${encodeURIComponent(versie)}`);
      if (!r.ok) throw new Error(`Gegevensbestand ${naam} kon niet geladen worden (HTTP ${r.status}).`);
      await db.registreerBestand(naam, new Uint8Array(await r.arrayBuffer()));
    }),
  );
  startStap('bundel-bestanden');
  for (const sql of schemaSql((naam) => db.bestandsPad(naam))) await db.exec(sql);
}
