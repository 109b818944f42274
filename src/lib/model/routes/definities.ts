/**
 * Switchable definitions of verzuim and thuiszitter (casusdata "Derived, never stored").
 * Each has a label and a one-line explanation (tz_def_<code> in the dictionary) that the UI shows
 * next to every number.
 *
 * A child meets a definition at a date when its onderwijs state is in `zonderZorg`, or in
 * `metZorg` while its zorg state is one of ZORG_ONTVANGT (receiving care — a waiting list is
 * not receiving care), and, if `langerDanDagen` is set, the current spell of states in
 * `reeks` has lasted more than that many days. The spell (reeks) is also the "out of school
 * since" used for durations: a run of touching onderwijs episodes in those states; an
 * unknown gap ends the run.
 */
import type { ToestandOnderwijs } from '../casus/contract.ts';

export const DEFINITIE_CODES = [
  'relatief_verzuim',
  'langdurig_relatief_verzuim',
  'absoluut_verzuim',
  'thuiszitter_smal',
  'thuiszitter_breed',
] as const;
export type DefinitieCode = (typeof DEFINITIE_CODES)[number];

/** Which precomputed spell a definition measures its duration on (column `<reeks>_sinds` in SQL). */
export type Reeks = 'verzuim' | 'absoluut' | 'breed';
export const REEKS_TOESTANDEN: Record<Reeks, readonly ToestandOnderwijs[]> = {
  verzuim: ['GEDEELTELIJK_VERZUIM', 'VOLLEDIG_VERZUIM'],
  absoluut: ['NIET_INGESCHREVEN'],
  breed: ['GEDEELTELIJK_VERZUIM', 'VOLLEDIG_VERZUIM', 'NIET_INGESCHREVEN', 'VRIJSTELLING'],
};

export interface Definitie {
  code: DefinitieCode;
  bron: string;
  zonderZorg: readonly ToestandOnderwijs[];
  metZorg: readonly ToestandOnderwijs[];
  langerDanDagen: number | null;
  reeks: Reeks;
}

const VERZUIM: readonly ToestandOnderwijs[] = ['GEDEELTELIJK_VERZUIM', 'VOLLEDIG_VERZUIM'];

export const DEFINITIES: Record<DefinitieCode, Definitie> = {
  relatief_verzuim: {
    code: 'relatief_verzuim',
    bron: 'Casusdata-contract; Kamerbrief 26695-108 (2016), zie anchors §F',
    zonderZorg: VERZUIM,
    metZorg: [],
    langerDanDagen: null,
    reeks: 'verzuim',
  },
  langdurig_relatief_verzuim: {
    code: 'langdurig_relatief_verzuim',
    bron: 'Casusdata-contract (meer dan 4 weken); Kamerbrief 26695-108 (2016) noemt "minstens 4 weken"',
    zonderZorg: VERZUIM,
    metZorg: [],
    langerDanDagen: 28,
    reeks: 'verzuim',
  },
  absoluut_verzuim: {
    code: 'absoluut_verzuim',
    bron: 'Casusdata-contract; Kamerbrief 26695-108 (2016)',
    zonderZorg: ['NIET_INGESCHREVEN'],
    metZorg: [],
    langerDanDagen: null,
    reeks: 'absoluut',
  },
  thuiszitter_smal: {
    code: 'thuiszitter_smal',
    bron: 'IPW, Collectieve doorbraak thuiszitters (Gouda), r. 603–609',
    zonderZorg: [],
    metZorg: VERZUIM,
    langerDanDagen: null,
    reeks: 'verzuim',
  },
  thuiszitter_breed: {
    code: 'thuiszitter_breed',
    bron: 'IPW, Collectieve doorbraak thuiszitters (Gouda), r. 615–619',
    zonderZorg: ['NIET_INGESCHREVEN', 'VRIJSTELLING'],
    metZorg: VERZUIM,
    langerDanDagen: null,
    reeks: 'breed',
  },
};

export function definitie(code: string): Definitie {
  const d = (DEFINITIES as Record<string, Definitie | undefined>)[code];
  if (!d) throw new Error(`Onbekende definitie "${code}"; kies uit ${DEFINITIE_CODES.join(', ')}`);
  return d;
}
