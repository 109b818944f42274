/**
 * The combined state of a child at a date, from its onderwijs and zorg episodes (casusdata §episode).
 *
 * Rule (also in data/routes/README.md), applied to the onderwijs state first because "out of
 * school" is what the pathway is about; zorg only refines full absence:
 *   1. no onderwijs episode covers the date            → ONBEKEND (gaps mean unknown, not "nothing")
 *   2. NIET_INGESCHREVEN or VRIJSTELLING               → BUITEN_ONDERWIJS (absoluut verzuim / vrijgesteld)
 *   3. VOLLEDIG_VERZUIM and zorg is a place (DAGBESTEDING, KOLB, SPECIALISTISCH, VERBLIJF)
 *                                                      → JEUGDPLEK (thuis van school, op een jeugdplek)
 *   4. VOLLEDIG_VERZUIM otherwise (GEEN, WACHTLIJST, AMBULANT, or zorg unknown)
 *                                                      → THUIS (volledig verzuim)
 *   5. GEDEELTELIJK_VERZUIM                            → DEELS_THUIS
 *   6. OOV → OOV; STAGE_WERK → STAGE_WERK; UITGESTROOMD → UITGESTROOMD
 *   7. INGESCHREVEN                                    → OP_SCHOOL
 * When episodes of one domain overlap (a data error the importer should flag), the most severe
 * onderwijs state and the most intensive zorg state win: see the rank lists below. SQL
 * (src/lib/db/sql/routes.ts) uses the same lists, so the two implementations cannot drift.
 */
import type { ToestandOnderwijs, ToestandZorg } from '../casus/contract.ts';

export const COMBI_TOESTANDEN = [
  'OP_SCHOOL',
  'DEELS_THUIS',
  'THUIS',
  'JEUGDPLEK',
  'OOV',
  'STAGE_WERK',
  'BUITEN_ONDERWIJS',
  'UITGESTROOMD',
  'ONBEKEND',
] as const;
export type CombiToestand = (typeof COMBI_TOESTANDEN)[number];


/** Overlap tie-break: lower index wins (most severe first). */
export const RANG_ONDERWIJS: readonly ToestandOnderwijs[] = [
  'NIET_INGESCHREVEN',
  'VRIJSTELLING',
  'VOLLEDIG_VERZUIM',
  'GEDEELTELIJK_VERZUIM',
  'OOV',
  'STAGE_WERK',
  'INGESCHREVEN',
  'UITGESTROOMD',
];
/** Overlap tie-break: lower index wins (most intensive first). */
export const RANG_ZORG: readonly ToestandZorg[] = [
  'VERBLIJF',
  'SPECIALISTISCH',
  'KOLB',
  'DAGBESTEDING',
  'AMBULANT',
  'WACHTLIJST',
  'GEEN',
];

/** Zorg states that are a daytime place (a "tijdelijke jeugdplek" in Gouda's words, r. 465, 583–585). */
export const ZORG_PLEK: readonly ToestandZorg[] = ['DAGBESTEDING', 'KOLB', 'SPECIALISTISCH', 'VERBLIJF'];
/** Zorg states that count as "receiving care" for the narrow thuiszitter definition. */
export const ZORG_ONTVANGT: readonly ToestandZorg[] = ['AMBULANT', 'DAGBESTEDING', 'KOLB', 'SPECIALISTISCH', 'VERBLIJF'];

export function combiToestand(onderwijs: ToestandOnderwijs | null, zorg: ToestandZorg | null): CombiToestand {
  if (onderwijs == null) return 'ONBEKEND';
  switch (onderwijs) {
    case 'NIET_INGESCHREVEN':
    case 'VRIJSTELLING':
      return 'BUITEN_ONDERWIJS';
    case 'VOLLEDIG_VERZUIM':
      return zorg != null && ZORG_PLEK.includes(zorg) ? 'JEUGDPLEK' : 'THUIS';
    case 'GEDEELTELIJK_VERZUIM':
      return 'DEELS_THUIS';
    case 'OOV':
      return 'OOV';
    case 'STAGE_WERK':
      return 'STAGE_WERK';
    case 'UITGESTROOMD':
      return 'UITGESTROOMD';
    case 'INGESCHREVEN':
      return 'OP_SCHOOL';
  }
}

/** Dutch labels of the contract codes, for timeline bars and tables. */
export const TOESTAND_LABEL: Record<ToestandOnderwijs | ToestandZorg, string> = {
  INGESCHREVEN: 'Op school',
  GEDEELTELIJK_VERZUIM: 'Deels afwezig',
  VOLLEDIG_VERZUIM: 'Alle dagen afwezig',
  NIET_INGESCHREVEN: 'Niet ingeschreven',
  VRIJSTELLING: 'Vrijstelling',
  OOV: 'Opvangvoorziening (OOV)',
  STAGE_WERK: 'Stage of werk',
  UITGESTROOMD: 'Uitgestroomd',
  GEEN: 'Geen jeugdhulp',
  WACHTLIJST: 'Wachtlijst',
  AMBULANT: 'Ambulante hulp',
  DAGBESTEDING: 'Dagbesteding',
  KOLB: 'KOLB-plek',
  SPECIALISTISCH: 'Specialistische jeugdhulp',
  VERBLIJF: 'Verblijf',
};
