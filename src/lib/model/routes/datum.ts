/**
 * Calendar helpers for pathways. Dates are ISO `YYYY-MM-DD` strings (as in the contract) and
 * computed as whole UTC days, so time zones and summer time never shift a date.
 */

const MS_PER_DAG = 86_400_000;
/** Stand-in for an open end (`einde` empty = still running); same value in SQL. */
export const OPEN_EINDE = '9999-12-31';

/** Days since 1970-01-01 for an ISO date. Throws on malformed input (caller names file/row). */
export function dagnummer(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Ongeldige datum "${iso}" (verwacht JJJJ-MM-DD)`);
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(t);
  if (d.getUTCMonth() !== Number(m[2]) - 1) throw new Error(`Ongeldige datum "${iso}"`);
  return Math.round(t / MS_PER_DAG);
}

/** Days from `van` to `tot` (tot − van). */
export function dagenTussen(van: string, tot: string): number {
  return dagnummer(tot) - dagnummer(van);
}

/**
 * Add calendar months; the day is clamped to the month's last day (31 jan + 1 maand = 28/29 feb),
 * which is also what DuckDB's `date + INTERVAL n MONTH` does.
 */
export function plusMaanden(iso: string, maanden: number): string {
  const [j, m, d] = iso.split('-').map(Number);
  const totaal = j * 12 + (m - 1) + maanden;
  const nj = Math.floor(totaal / 12);
  const nm = totaal - nj * 12;
  const laatste = new Date(Date.UTC(nj, nm + 1, 0)).getUTCDate();
  return `${String(nj).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(Math.min(d, laatste)).padStart(2, '0')}`;
}

/** Whole calendar months completed from `van` to `tot` (0 when tot ≤ van). */
export function heleMaandenTussen(van: string, tot: string): number {
  if (tot <= van) return 0;
  const [j1, m1] = van.split('-').map(Number);
  const [j2, m2] = tot.split('-').map(Number);
  let n = (j2 - j1) * 12 + (m2 - m1);
  while (n > 0 && plusMaanden(van, n) > tot) n--;
  return n;
}

export function eindeOfOpen(einde: string | null | undefined): string {
  return einde ?? OPEN_EINDE;
}
