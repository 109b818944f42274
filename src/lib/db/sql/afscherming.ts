// DuckDB reads only the files the app registered itself, never a URL or a path someone typed.
// Registered files live under one virtual folder; after start-up DuckDB may open nothing else
// (`enable_external_access = false` with that folder as the only `allowed_directories`), and the
// configuration is locked so no later statement can switch it back. Checked with DuckDB-WASM in
// tests/unit/db/afscherming.test.ts: a URL, `/etc/…` or `../` is refused with a Permission Error
// before any request is made, and `LOAD httpfs` is refused too.

/** The only folder DuckDB may read: every registered file is named `${BESTANDEN_MAP}<naam>`. */
export const BESTANDEN_MAP = '/jzv-bestanden/';

/** Run once, after the bundled schema settings and before any file is read. */
export const SQL_AFSCHERMING = [
  `SET allowed_directories = ['${BESTANDEN_MAP}']`,
  'SET enable_external_access = false',
  'SET lock_configuration = true',
] as const;

// File names are made by the app (`feiten.csv`, `casus-3-episode.csv`): no folders, no schemes.
const VEILIGE_NAAM = /^[A-Za-z0-9][A-Za-z0-9._-]{0,120}$/;

/** The path of a registered file inside DuckDB; refuses anything that is not a plain file name. */
export function geregistreerdPad(naam: string): string {
  if (!VEILIGE_NAAM.test(naam) || naam.includes('..')) throw new Error(`Ongeldige bestandsnaam voor de rekenmodule: ${JSON.stringify(naam)}`);
  return `${BESTANDEN_MAP}${naam}`;
}
