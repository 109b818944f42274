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

/** A table and its indicators; its source in data/bronnen.csv is `cbs-<id>`. */
function tabel(id: string, titel: string, filter: string, onderwerpen: Onderwerp[], rest: Partial<TabelConfig> = {}): TabelConfig {
  return { id, titel, bron: `cbs-${id}`, filter, onderwerpen, ...rest };
}

export const TABELLEN: TabelConfig[] = [
  tabel('85098NED', 'Indicatoren jeugdzorg in natura; gemeenten', GEMEENTEN_EN_NL, [
    { stam: 'PercentageJongerenMetJeugdhulp', indicator: 'pct_jeugdhulp' },
    { stam: 'PercentageJeugdhulpMetVerblijf', indicator: 'pct_jeugdhulp_met_verblijf' },
    { stam: 'PercentageJongerenMetJeugdbescherming', indicator: 'pct_jeugdbescherming' },
    { stam: 'PercentageJongerenMetJeugdreclassering', indicator: 'pct_jeugdreclassering' },
  ]),
  // Realised costs in x 1 000 euro; one indicator per Iv3 taakveld. 6.72 + 6.82 is the cost
  // definition of seed 003, but the sum is derived in the model, not stored as a CBS figure here.
  tabel('83454NED', 'Gemeentelijke kosten; jeugdzorg, regio', GEMEENTEN_EN_NL, [{ stam: 'GerealiseerdeKosten', indicator: 'kosten_jeugdzorg_x1000' }], {
    categorieen: [{ titel: /^6\.72\b/, achtervoegsel: 'iv3_672' }, { titel: /^6\.82\b/, achtervoegsel: 'iv3_682' }],
  }),
  tabel('85039NED', 'Kerncijfers wijken en buurten 2021', KWB_GEMEENTEN_EN_NL, [
    { stam: 'PercentageJongerenMetJeugdzorg', indicator: 'kwb_pct_jongeren_jeugdzorg' },
    { stam: 'AantalInwoners', indicator: 'inwoners' },
  ], {
    vastePeriode: '2021JJ00',
    vasteStatus: 'onbekend',
    noot: 'verslagperiode niet in de tabel vastgelegd (KWB 2021 publiceert het laatst beschikbare jaar), periode = KWB-editie',
  }),
  tabel('85984NED', 'Kerncijfers wijken en buurten 2024', KWB_GEMEENTEN_EN_NL, [{ stam: 'AantalInwoners', indicator: 'inwoners' }], {
    vastePeriode: '2024JJ00',
    vasteStatus: 'onbekend',
    noot: 'KWB-editie 2024; peildatum volgens de tabeltoelichting',
  }),
];
