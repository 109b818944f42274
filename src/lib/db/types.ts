export type Rij = Record<string, unknown>;

/**
 * What a question or loader needs: 'motor' = DuckDB started (the case tables, which the case
 * loaders create themselves), 'basis' = DuckDB started and the CBS base tables (regios, feiten, ...)
 * loaded. The case pages draw from 'motor' alone, so their first chart does not wait for the bundle.
 */
export type Niveau = 'motor' | 'basis';

/** The minimal database interface the query layer needs: DuckDB-WASM in the browser, native DuckDB in scripts. */
export interface Db {
  /** Parameterised query: user choices go in `params` (as `?`), never into the SQL text. */
  query<T extends Rij>(sql: string, params?: unknown[]): Promise<T[]>;
  exec(sql: string): Promise<void>;
  registreerBestand(naam: string, inhoud: Uint8Array): Promise<void>;
  verwijderBestand(naam: string): Promise<void>;
  /** How a registered file is named inside SQL (a file path in Node, the plain name in the browser). */
  bestandsPad(naam: string): string;
}
