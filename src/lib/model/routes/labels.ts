/**
 * Labels of the routes model in the UI language. Combined states are keys of the one dictionary;
 * definitions and duration classes take their Dutch from the model modules and keep English here,
 * keyed by the same codes, so a missing translation is a type error rather than a blank on screen.
 */
import type { CombiToestand } from './toestand.ts';
import { tekst } from '../../i18n/teksten';
import { DEFINITIES, type DefinitieCode } from './definities.ts';
import { DUUR_KLASSEN, type DuurKlasse } from './route.ts';
import { LEEFTIJDSBANDEN, type LeeftijdsbandCode } from './filter.ts';
import { formatDuurMaanden, splitsMaanden } from './duur.ts';

import type { Taal } from '../../i18n/taal';


const DEFINITIE_EN: Record<DefinitieCode, { label: string; uitleg: string }> = {
  relatief_verzuim: { label: 'Relative absence', uitleg: 'Enrolled at a school, but (partly) absent.' },
  langdurig_relatief_verzuim: { label: 'Long-term relative absence', uitleg: 'Enrolled, but (partly) absent for more than 4 weeks.' },
  absoluut_verzuim: { label: 'Absolute absence', uitleg: 'Of compulsory school age but not enrolled at any school.' },
  thuiszitter_smal: { label: 'Child out of school (narrow, as Gouda)', uitleg: 'Enrolled, (partly) absent from school and in a care trajectory; as Gouda’s count of 69.' },
  thuiszitter_breed: { label: 'Child out of school (broad)', uitleg: 'As narrow, plus children who are not enrolled or are exempted.' },
};

const KLASSE_EN: Record<DuurKlasse, string> = {
  tot_6_weken: '6 weeks or less',
  '6_weken_3_maanden': 'over 6 weeks, up to 3 months',
  '3_maanden_1_jaar': 'over 3 months, up to 1 year',
  '1_2_jaar': 'over 1 year, up to 2 years',
  meer_dan_2_jaar: 'over 2 years',
};

const BAND_EN: Record<LeeftijdsbandCode, string> = {
  '4-11': '4 to 11 years',
  '12-15': '12 to 15 years',
  '16-17': '16 and 17 years',
  '18+': '18 years and older',
};

/** Short label (chart nodes) and one-line explanation (hover, table) of a combined state. */
export function combiLabel(t: CombiToestand, taal: Taal): { label: string; uitleg: string } {
  const c = t.toLowerCase() as Lowercase<CombiToestand>;
  return { label: tekst(taal, `tz_combi_${c}`), uitleg: tekst(taal, `tz_combi_${c}_uitleg`) };
}

export function definitieTekst(code: DefinitieCode, taal: Taal): { label: string; uitleg: string } {
  return taal === 'nl' ? { label: DEFINITIES[code].label, uitleg: DEFINITIES[code].uitleg } : DEFINITIE_EN[code];
}

export function klasseLabel(k: DuurKlasse, taal: Taal): string {
  return taal === 'nl' ? DUUR_KLASSEN.find((x) => x.code === k)!.label : KLASSE_EN[k];
}

/** "1 jaar en 10 maanden" / "1 year and 10 months"; null → onbekend / unknown. */
export function duurTekst(maanden: number | null | undefined, taal: Taal): string {
  if (taal === 'nl') return formatDuurMaanden(maanden);
  if (maanden == null) return 'unknown';
  const { jaren, maanden: m } = splitsMaanden(maanden);
  const delen: string[] = [];
  if (jaren > 0) delen.push(`${jaren} ${jaren === 1 ? 'year' : 'years'}`);
  if (m > 0 || jaren === 0) delen.push(`${m} ${m === 1 ? 'month' : 'months'}`);
  return delen.join(' and ');
}

/** Average days → calendar-ish months (30.4375 days) for wording. */
export function dagenNaarMaanden(dagen: number): number {
  return dagen / 30.4375;
}
