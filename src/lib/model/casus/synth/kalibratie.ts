/**
 * Calibration targets for the synthetic cohort. Every number is either taken from a source
 * (seed document + line) or marked as an assumption (aanname). The generator (src/lib/db/sql/synth.ts) draws from these;
 * tests/unit/casus/synth.test.ts checks its output lands within TOLERANTIE of them.
 */
const S1 = 'seed-001 seeds/001_825890019b7aede4.txt';

export const KALIBRATIE = {
  jeugdzorgVoorPerJaar: { waarde: 23000, bron: `${S1} L473 L522` },
  jeugdzorgNaPerJaar: { waarde: 46000, bron: `${S1} L473 L530` },
  onderwijsRegulierPerJaar: { waarde: 7000, bron: `${S1} L524` },
  onderwijsSpeciaalPerJaar: { waarde: 14000, bron: `${S1} L526 L623` },
  maandenVoor: { waarde: 20, bron: `${S1} L510 (1 jaar en 8 maanden)` },
  maandenNa: { waarde: 23, bron: `${S1} L516 (1 jaar en 11 maanden)` },
  aandeelJeugdplekNa: { waarde: 0.67, bron: `${S1} L577 L581-582` },
  /** dagbesteding 4, KOLB 2, specialistisch 1 (7 plekken voor 6 casussen) */
  jeugdplekType: { waarde: [4, 2, 1] as const, bron: `${S1} L583-585` },
  aandeelPO: { waarde: 0.6, bron: `${S1} L608 (69 thuiszitters: 60 % PO, 40 % VO)` },
  // --- assumptions (aanname): not in any source
  aandeelUitval: { waarde: 0.6, bron: 'aanname: deel van de cohort dat volledig uitvalt' },
  cvJeugdzorg: { waarde: 0.8, bron: 'aanname: spreiding kosten per casus (variatiecoëfficiënt)' },
  correlatieVoorNa: { waarde: 0.6, bron: 'aanname: correlatie tussen kosten voor en na uitval' },
  maandenGedeeltelijk: { waarde: 4, bron: 'aanname: gemiddelde duur gedeeltelijk verzuim voor volledige uitval' },
  maandenZonderUitval: { waarde: 24, bron: 'aanname: gemiddelde zorgduur zonder uitval' },
  aandeelSpeciaal: { waarde: 0.25, bron: 'aanname: deel in speciaal onderwijs (SBO/SO/VSO) bij start' },
} as const;

/** Relative tolerance used in the calibration test (means over ≥ 20.000 cases). */
export const TOLERANTIE = 0.05;

/** Fixed list of real gemeente codes; the data are labelled synthetic wherever they appear. */
export const GEMEENTEN = [
  ['GM0513', 'Gouda', 3],
  ['GM0193', 'Zwolle', 4],
  ['GM0855', 'Tilburg', 6],
  ['GM0268', 'Nijmegen', 5],
  ['GM0267', 'Nijkerk', 1],
  ['GM0344', 'Utrecht', 9],
  ['GM0150', 'Deventer', 3],
  ['GM0297', 'Zaltbommel', 1],
  ['GM1674', 'Roosendaal', 2],
  ['GM1894', 'Peel en Maas', 1],
] as const;

/** First day after the synthetic observation window (exclusive), like Gouda's "t/m december 2024". */
export const DATA_EINDE = { jaar: 2025, maand: 1 };
/** Dropout moments are drawn uniformly from these months. */
export const UITVAL_VAN = { jaar: 2019, maand: 1 };
export const UITVAL_TOT = { jaar: 2024, maand: 6 };
