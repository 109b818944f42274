// The Thuiszitters choices one step away from a state, per control, nearest first: what the page
// asks ahead (Coordinator.voorhaal) when a control is opened (Keuzes.svelte), and all controls
// interleaved once an answer has been read a moment (Thuiszitters.svelte).
import { ONDERWIJSSOORT, type Onderwijssoort } from '../casus/contract.ts';
import { naasteKeuzes, verweven } from '../voorzien.ts';
import { DEFINITIE_CODES } from './definities.ts';
import { LEEFTIJDSBANDEN, type LeeftijdsbandCode } from './filter.ts';
import type { RoutesKeuze } from './keuze.ts';

export type RoutesStap = Partial<RoutesKeuze>;

const BANDCODES = LEEFTIJDSBANDEN.map((b) => b.code);

/** A checkbox group's list with `x` toggled. */
export function wissel<T>(lijst: readonly T[], x: T): T[] {
  return lijst.includes(x) ? lijst.filter((y) => y !== x) : [...lijst, x];
}

/** Toggling each box of a group, `eerst` (the box pointed at) first, then its neighbours. */
function vinkBuren<T>(alle: readonly T[], huidig: readonly T[], eerst: T | undefined, stap: (l: T[]) => RoutesStap): RoutesStap[] {
  return (eerst !== undefined ? [eerst, ...naasteKeuzes(alle, eerst)] : [...alle]).map((x) => stap(wissel(huidig, x)));
}

export const definitieBuren = (k: RoutesKeuze): RoutesStap[] => naasteKeuzes(DEFINITIE_CODES, k.definitie).map((d) => ({ definitie: d }));
export const soortBuren = (k: RoutesKeuze, eerst?: Onderwijssoort): RoutesStap[] => vinkBuren(ONDERWIJSSOORT, k.onderwijssoort, eerst, (l) => ({ onderwijssoort: l }));
export const bandBuren = (k: RoutesKeuze, eerst?: LeeftijdsbandCode): RoutesStap[] => vinkBuren(BANDCODES, k.leeftijdsband, eerst, (l) => ({ leeftijdsband: l }));
export const gemeenteBuren = (k: RoutesKeuze, codes: readonly string[]): RoutesStap[] =>
  naasteKeuzes(['', ...codes], k.gemeente[0] ?? '').map((g) => ({ gemeente: g ? [g] : [] }));

/** Every state one choice away, the controls interleaved (each control's nearest first). */
export function routesBuren(k: RoutesKeuze, gemeenteCodes: readonly string[]): RoutesStap[] {
  return verweven([definitieBuren(k), soortBuren(k), bandBuren(k), gemeenteBuren(k, gemeenteCodes)]);
}
