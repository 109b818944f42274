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

/**
 * Round robin over lists: every list's first item before any list's second, and so on, at most
 * `max` items. For a reader looking at a chart, each control's nearest option is as likely a
 * next step as another's.
 */
export function verweven<T>(lijsten: readonly (readonly T[])[], max = Infinity): T[] {
  const uit: T[] = [];
  for (let i = 0; uit.length < max && lijsten.some((l) => i < l.length); i++) {
    for (const l of lijsten) if (i < l.length && uit.length < max) uit.push(l[i]);
  }
  return uit;
}

/**
 * The states two choices away from `s`: the neighbours of its neighbours, round robin over them
 * (each neighbour's nearest first), without `s`, its neighbours and repeats (by `sleutel`), at
 * most `max`. A reader who stays a while may go on there; asking them also warms DuckDB up.
 */
export function tweeStappen<S>(s: S, buren: (s: S) => S[], sleutel: (s: S) => string, max: number): S[] {
  const een = buren(s);
  const gezien = new Set([s, ...een].map(sleutel));
  const uit: S[] = [];
  for (const x of verweven(een.map(buren))) {
    if (uit.length >= max) break;
    const k = sleutel(x);
    if (gezien.has(k)) continue;
    gezien.add(k);
    uit.push(x);
  }
  return uit;
}
