/**
 * Vraag builders for the Kaart page (peer groups, map colours, funnel plot).
 *
 * `kenmerkenVraag` pivots the long `feiten` table into one row per gemeente with the KWB 2021
 * characteristics the peer methods and the funnel plot need. Only the KWB 2021 edition
 * (periode 2021JJ00) is used, so every column refers to the same moment and the same
 * (2021) indeling; a gemeente without a fact gets NULL, never 0.
 * `kenmerkBronnenVraag` lists source, period, status and notes per indicator, so every number on
 * the page can be traced (bronregel).
 */
import type { Vraag } from '../vragen.ts';
import type { Rij } from '../types.ts';
import { STRIP_INDICATOREN } from '../../model/vergelijking/indicatoren.ts';

/**
 * Indicator codes pivoted into columns; the column name equals the indicator code. The same KWB
 * indicators every gemeente has, that the all-gemeenten strip offers.
 */
export const KENMERK_INDICATOREN = STRIP_INDICATOREN;

/** The KWB edition all characteristics come from. */
export const KENMERK_PERIODE = '2021JJ00';

export interface KenmerkenRij extends Rij {
  code: string;
  naam: string;
  grootteklasse: string | null;
  /** stedelijkheid from the regions table (fallback when the KWB fact is missing). */
  stedelijkheid_regio: number | null;
  opgeheven_per: string | null;
  opvolger_code: string | null;
  inwoners: number | null;
  stedelijkheid: number | null;
  gem_inkomen_per_inwoner: number | null;
  pct_sociaal_minimum: number | null;
  pct_onder_15: number | null;
  pct_15_24: number | null;
  kwb_pct_jongeren_jeugdzorg: number | null;
  wmo_clienten_per_1000: number | null;
}

export interface KenmerkBronRij extends Rij {
  indicator: string;
  periode: string;
  bron: string;
  status: string;
  /** Number of gemeenten with a value. */
  n: number;
  /** Distinct notes (at most a few), joined with " | ". */
  noten: string | null;
}

// Column list is built from the fixed list above (never from user input); values go in as `?`.
const kolommen = KENMERK_INDICATOREN.map((_, i) => `max(f.waarde) FILTER (WHERE f.indicator = ?) AS "${KENMERK_INDICATOREN[i]}"`).join(',\n       ');

export function kenmerkenVraag(periode: string = KENMERK_PERIODE): Vraag<KenmerkenRij> {
  return {
    naam: 'peers.kenmerken',
    sql: `SELECT g.code, g.naam, g.grootteklasse, g.stedelijkheid AS stedelijkheid_regio, g.opgeheven_per, g.opvolger_code,
       ${kolommen}
FROM regios g
LEFT JOIN feiten f ON f.regio_code = g.code AND f.periode = ? AND f.waarde IS NOT NULL
WHERE g.soort = 'gemeente'
GROUP BY ALL
ORDER BY g.code`,
    params: [...KENMERK_INDICATOREN, periode],
  };
}

export function kenmerkBronnenVraag(periode: string = KENMERK_PERIODE): Vraag<KenmerkBronRij> {
  return {
    naam: 'peers.bronnen',
    sql: `SELECT f.indicator, f.periode, f.bron, f.status, count(f.waarde)::INTEGER AS n,
       string_agg(DISTINCT f.noot, ' | ') AS noten
FROM feiten f JOIN regios g ON g.code = f.regio_code AND g.soort = 'gemeente'
WHERE f.periode = ? AND f.indicator IN (${KENMERK_INDICATOREN.map(() => '?').join(', ')})
GROUP BY ALL
ORDER BY f.indicator, f.bron`,
    params: [periode, ...KENMERK_INDICATOREN],
  };
}
