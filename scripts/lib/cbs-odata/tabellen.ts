// The CBS open-data tables the app uses, and how their columns map to the project's indicators.
// Column keys and category titles are NOT verified against the live API (no access from the build
// machine): keys are matched on their stable part (without the numeric suffix) or on the Title, and
// a topic or category that is not found is reported, never guessed.
import type { Status } from '../../../src/lib/import/typen.ts';

export interface Onderwerp {
  /** Key without numeric suffix, e.g. "PercentageJongerenMetJeugdzorg" for "…_88". */
  stam: string;
  /** Alternative: the exact DataProperties Title. */
  titel?: string;
  indicator: string;
}

export interface TabelConfig {
  id: string;
  titel: string;
  /** Bron-id as in data/bronnen.csv. */
  bron: string;
  /** OData $filter sent to CBS (only gemeenten and Nederland). */
  filter: string;
  onderwerpen: Onderwerp[];
  /** For a table with an extra category dimension: which categories, by Title pattern, and the indicator suffix. */
  categorieen?: { titel: RegExp; achtervoegsel: string }[];
  /** Tables without a Perioden dimension (KWB): the period, status and note of the whole table. */
  vastePeriode?: string;
  vasteStatus?: Status;
  noot?: string;
}

// Only gemeenten and Nederland; the KWB tables name their region column differently.
const GEMEENTEN_EN_NL = "startswith(RegioS,'GM') or RegioS eq 'NL01'";
const KWB_GEMEENTEN_EN_NL = "startswith(WijkenEnBuurten,'GM') or startswith(WijkenEnBuurten,'NL')";

export const TABELLEN: TabelConfig[] = [
  {
    id: '85098NED',
    titel: 'Indicatoren jeugdzorg in natura; gemeenten',
    bron: 'cbs-85098NED',
    filter: GEMEENTEN_EN_NL,
    onderwerpen: [
      { stam: 'PercentageJongerenMetJeugdhulp', indicator: 'pct_jeugdhulp' },
      { stam: 'PercentageJeugdhulpMetVerblijf', indicator: 'pct_jeugdhulp_met_verblijf' },
      { stam: 'PercentageJongerenMetJeugdbescherming', indicator: 'pct_jeugdbescherming' },
      { stam: 'PercentageJongerenMetJeugdreclassering', indicator: 'pct_jeugdreclassering' },
    ],
  },
  {
    id: '83454NED',
    titel: 'Gemeentelijke kosten; jeugdzorg, regio',
    bron: 'cbs-83454NED',
    filter: GEMEENTEN_EN_NL,
    // Realised costs in x 1 000 euro; one indicator per Iv3 taakveld. 6.72 + 6.82 is the cost
    // definition of seed 003, but the sum is derived in the model, not stored as a CBS figure here.
    onderwerpen: [{ stam: 'GerealiseerdeKosten', indicator: 'kosten_jeugdzorg_x1000' }],
    categorieen: [
      { titel: /^6\.72\b/, achtervoegsel: 'iv3_672' },
      { titel: /^6\.82\b/, achtervoegsel: 'iv3_682' },
    ],
  },
  {
    id: '85039NED',
    titel: 'Kerncijfers wijken en buurten 2021',
    bron: 'cbs-85039NED',
    filter: KWB_GEMEENTEN_EN_NL,
    onderwerpen: [
      { stam: 'PercentageJongerenMetJeugdzorg', indicator: 'kwb_pct_jongeren_jeugdzorg' },
      { stam: 'AantalInwoners', indicator: 'inwoners' },
    ],
    vastePeriode: '2021JJ00',
    vasteStatus: 'onbekend',
    noot: 'verslagperiode niet in de tabel vastgelegd (KWB 2021 publiceert het laatst beschikbare jaar), periode = KWB-editie',
  },
  {
    id: '85984NED',
    titel: 'Kerncijfers wijken en buurten 2024',
    bron: 'cbs-85984NED',
    filter: KWB_GEMEENTEN_EN_NL,
    onderwerpen: [{ stam: 'AantalInwoners', indicator: 'inwoners' }],
    vastePeriode: '2024JJ00',
    vasteStatus: 'onbekend',
    noot: 'KWB-editie 2024; peildatum volgens de tabeltoelichting',
  },
];
