// Which choices to answer in advance when a user opens a control (Coordinator.voorhaal): the
// other values of that control, nearest to the chosen one first. Arrow keys and a pointer both
// move to neighbours most often, and a long list (gemeenten) is not worth a query per entry.

/** Options answered in advance at most, per opened control. */
export const VOORZIEN_MAX = 16;

/** The values other than `huidig`, by distance from it in the list, at most `max`. */
export function naasteKeuzes<T>(waarden: readonly T[], huidig: T, max = VOORZIEN_MAX): T[] {
  const nu = waarden.indexOf(huidig);
  return waarden
    .map((w, i) => ({ w, afstand: nu < 0 ? i : Math.abs(i - nu) }))
    .filter((x) => x.w !== huidig)
    .sort((a, b) => a.afstand - b.afstand)
    .slice(0, max)
    .map((x) => x.w);
}
