/**
 * Labels of the routes model in the UI language: combined states, definitions, duration classes and
 * age bands are keys of the one dictionary (tz_combi_, tz_def_, tz_klasse_, tz_band_), named by the
 * model's codes, so a missing key is a type error rather than a blank on screen.
 */
import type { CombiToestand } from './toestand.ts';
import { tekst, type TekstSleutel } from '../../i18n/teksten';
import type { DefinitieCode } from './definities.ts';
import type { DuurKlasse } from './route.ts';
import type { LeeftijdsbandCode } from './filter.ts';
import { splitsMaanden } from './duur.ts';

import type { Taal } from '../../i18n/taal';


/** Short label (chart nodes) and one-line explanation (hover, table) of a combined state. */
export function combiLabel(t: CombiToestand, taal: Taal): { label: string; uitleg: string } {
  const c = t.toLowerCase() as Lowercase<CombiToestand>;
  return { label: tekst(taal, `tz_combi_${c}`), uitleg: tekst(taal, `tz_combi_${c}_uitleg`) };
}

export function definitieTekst(code: DefinitieCode, taal: Taal): { label: string; uitleg: string } {
  return { label: tekst(taal, `tz_def_${code}`), uitleg: tekst(taal, `tz_def_${code}_uitleg`) };
}

export function klasseLabel(k: DuurKlasse, taal: Taal): string {
  return tekst(taal, `tz_klasse_${k}`);
}

const BAND_SLEUTEL: Record<LeeftijdsbandCode, TekstSleutel> = { '4-11': 'tz_band_4_11', '12-15': 'tz_band_12_15', '16-17': 'tz_band_16_17', '18+': 'tz_band_18_plus' };
export const bandLabel = (b: LeeftijdsbandCode, taal: Taal): string => tekst(taal, BAND_SLEUTEL[b]);

/** "1 jaar en 10 maanden" / "1 year and 10 months"; null → onbekend / unknown. */
export function duurTekst(maanden: number | null | undefined, taal: Taal): string {
  if (maanden == null) return tekst(taal, 'tz_onbekend');
  const { jaren, maanden: m } = splitsMaanden(maanden);
  const jaar = jaren > 0 ? tekst(taal, jaren === 1 ? 'tz_duur_jaar' : 'tz_duur_jaren', { n: jaren }) : '';
  const maand = m > 0 || jaren === 0 ? tekst(taal, m === 1 ? 'tz_duur_maand' : 'tz_duur_maanden', { n: m }) : '';
  return jaar && maand ? tekst(taal, 'tz_duur_en', { jaar, maand }) : jaar || maand;
}

/** Average days → calendar-ish months (30.4375 days) for wording. */
export function dagenNaarMaanden(dagen: number): number {
  return dagen / 30.4375;
}
