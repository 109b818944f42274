/** Fills the {naam} placeholders of a t() string; unknown names stay visible. */
export function vul(sjabloon: string, waarden: Record<string, string | number>): string {
  return sjabloon.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(waarden, k) ? String(waarden[k]) : m));
}
