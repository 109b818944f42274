// One CSV field quoting rule (RFC 4180) for every CSV this project writes: exports, rejected rows,
// import batches for DuckDB, the contract CSV of case files and the build scripts' data files.
// The callers differ only in the options below, not in how a field is quoted.

export interface CiteerOpties {
  /** quote every field (import batches: a note may hold anything, and DuckDB reads it as text) */
  altijd?: boolean;
  /** also quote a field with leading or trailing spaces, so a reader that trims keeps them */
  randSpaties?: boolean;
}

/** `s` as one CSV field: quoted, with inner quotes doubled, when it holds the separator, a quote or a line break. */
export function citeer(s: string, scheidingsteken = ';', opties: CiteerOpties = {}): string {
  const nodig = opties.altijd || s.includes(scheidingsteken) || /["\r\n]/.test(s) || (opties.randSpaties === true && s !== s.trim());
  return nodig ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Formula injection (OWASP "CSV injection"): a text cell starting with = + - @ tab or CR is run as
 * a formula by Excel/LibreOffice. Prefix it with an apostrophe so it is shown as text.
 */
export function neutraliseerFormule(tekst: string): string {
  return /^[=+\-@\t\r]/.test(tekst) ? `'${tekst}` : tekst;
}
