/*
 * The few number formats a description needs. The app's formatter (src/lib/i18n/format.ts,
 * `formatter(taal)`) satisfies this interface and is the default; a caller or test may pass
 * another one. Conventions (stijl.md): "€ 10.143", "9,4 %", "1e halfjaar 2017".
 */
export interface Formatter {
  formatEuro(v: number): string;
  /** `v` is in percent (9.4 → "9,4 %"), not a fraction. */
  formatPercentage(v: number, decimals?: number): string;
  formatGetal(v: number, decimals?: number): string;
  formatIndex(v: number): string;
  /** "2019" → "2019", "2017HJ01" → "1e halfjaar 2017". */
  formatPeriode(code: string): string;
}
