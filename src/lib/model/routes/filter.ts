/**
 * Cohort filters shared by the SQL builders and the TS reference, so both select the same children.
 *
 * - onderwijssoort: the last known soort of the child at the moment that matters (the first step
 *   in the window for flows, the peildatum for durations), carried forward over states without
 *   a soort (e.g. BUITEN_ONDERWIJS) and, before the first known soort, taken from the first one.
 * - leeftijdsband: age = calendar year of the reference date − geboortejaar (only the year is
 *   stored, for privacy); the reference date is `van` for flows and `peildatum` for durations.
 *   Children without geboortejaar drop out when an age band is chosen.
 * - gemeente: casus.gemeente_code.
 */
import type { Onderwijssoort } from '../casus/contract.ts';
import { leeftijdsbanden } from '../casus/leeftijdsbanden.ts';

export const LEEFTIJDSBANDEN = leeftijdsbanden(['4-11', '12-15', '16-17', '18+'], 120);
export type LeeftijdsbandCode = (typeof LEEFTIJDSBANDEN)[number]['code'];

export interface CohortFilter {
  /** only these datasets (DuckDB column dataset_id); empty/absent = all */
  datasets?: readonly string[];
  onderwijssoort?: readonly Onderwijssoort[];
  leeftijdsband?: readonly LeeftijdsbandCode[];
  gemeente?: readonly string[];
}

export function leeftijdsband(code: string) {
  const b = LEEFTIJDSBANDEN.find((x) => x.code === code);
  if (!b) throw new Error(`Onbekende leeftijdsband "${code}"`);
  return b;
}

/** Reference TS check of the age filter (jaar = calendar year of the reference date). */
export function inLeeftijdsbanden(geboortejaar: number | null, jaar: number, banden: readonly LeeftijdsbandCode[] | undefined): boolean {
  if (!banden || banden.length === 0) return true;
  if (geboortejaar == null) return false;
  const leeftijd = jaar - geboortejaar;
  return banden.some((c) => {
    const b = leeftijdsband(c);
    return leeftijd >= b.van && leeftijd <= b.tot;
  });
}

export function inLijst<T>(waarde: T | null | undefined, lijst: readonly T[] | undefined): boolean {
  if (!lijst || lijst.length === 0) return true;
  return waarde != null && lijst.includes(waarde);
}
