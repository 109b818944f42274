// Titles of the Thuiszitters charts (flows, durations, Gouda's snapshot), with the period each
// one covers. Pure and unit-tested; the numbers arrive formatted. The 3-month norm is about a
// plan ("niemand langer dan 3 maanden thuis zonder passend plan", seed 004 L4757–4766), so a
// title never measures time at home in multiples of it.
import type { Taal } from '../../lib/i18n/taal';


const TITELS = {
  nl: {
    stroom: (van: string, naar: string, keer: string, n: string, periode: string) =>
      `Meest gevolgde stap ${periode}: van ${van} naar ${naar} (${keer} keer, ${n} kinderen)`,
    stroomLeeg: (n: string, periode: string) => `${n} kinderen, geen overgangen (${periode})`,
    duurLeeg: (def: string, peil: string) => `Op de peildatum ${peil} telt niemand als ${def}`,
    duur: (lang: string, n: string, aandeel: string, peil: string) =>
      `${lang} van de ${n} kinderen (${aandeel}) zitten op ${peil} langer dan 3 maanden thuis; de norm is dat niemand zo lang zonder plan is`,
    gouda: (n: number, duur: string) =>
      `Gouda (momentopname zonder datum): ${n} thuiszitters, gemiddeld ${duur} thuis; de norm is dat niemand langer dan 3 maanden zonder passend plan thuiszit`,
    // the six cost cases: dates are derived from the averages, so the years are approximate
    goudaCasus: (casus: number, niveau: string, voor: string | null, na: string, periode: string) =>
      `Gouda, casus ${casus} (${niveau}), ca. ${periode}: jeugdzorg ${voor ?? 'onbekend'} vóór en ${na} na schooluitval`,
    // the vignettes give durations, never dates: say so rather than print a year
    vignet: (wie: string, vraag: string) => `${wie}, jaar niet genoemd: “${vraag}”`,
    jaarkosten: (factor: string, na: string, voor: string, tot: string) =>
      `Na schooluitval kost jeugdzorg ${factor} keer zoveel per jaar: ${na} tegen ${voor} ervoor (kosten t/m ${tot})`,
  },
  en: {
    stroom: (van: string, naar: string, keer: string, n: string, periode: string) =>
      `Most common step ${periode}: from ${van} to ${naar} (${keer} times, ${n} children)`,
    stroomLeeg: (n: string, periode: string) => `${n} children, no transitions (${periode})`,
    duurLeeg: (def: string, peil: string) => `Nobody counts as ${def} on the reference date ${peil}`,
    duur: (lang: string, n: string, aandeel: string, peil: string) =>
      `${lang} of ${n} children (${aandeel}) have been out of school for over 3 months on ${peil}; the norm is that nobody is without a plan that long`,
    gouda: (n: number, duur: string) =>
      `Gouda (undated snapshot): ${n} children out of school, on average ${duur} at home; the norm is that nobody is out of school for over 3 months without a suitable plan`,
    goudaCasus: (casus: number, niveau: string, voor: string | null, na: string, periode: string) =>
      `Gouda, case ${casus} (${niveau}), c. ${periode}: youth care ${voor ?? 'unknown'} before and ${na} after dropping out`,
    vignet: (wie: string, vraag: string) => `${wie}, year not given: “${vraag}”`,
    jaarkosten: (factor: string, na: string, voor: string, tot: string) =>
      `After dropping out, youth care costs ${factor} times as much per year: ${na} against ${voor} before (costs up to ${tot})`,
  },
};

export const thuiszitterTitels = (taal: Taal) => TITELS[taal];
