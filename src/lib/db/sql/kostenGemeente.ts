// Queries for the Kosten page at municipal level (seed-003 ch. 6): every unit in the study's
// comparison sets with its 2019 cost figures in one row. Plain Vraag builders; the coordinator
// runs them (baked cache or DuckDB). Missing facts stay NULL, never 0.
import type { Vraag } from '../vragen';
import type { Rij } from '../types';

export const KOSTEN_INDICATOREN = ['lasten_per_gebruiker', 'lasten_per_inwoner', 'index_lasten_per_inwoner'] as const;
export const KOSTEN_PERIODE = '2019JJ00';

export interface KostenStudieRij extends Rij {
  focus_code: string;
  code: string;
  naam: string;
  soort: string;
  rol: string;
  volgorde: number;
  lasten_per_gebruiker: number | null;
  lasten_per_inwoner: number | null;
  index_lasten_per_inwoner: number | null;
  /** fact source per indicator ("seed-003:L1409"), null when the fact is absent */
  bron_gebruiker: string | null;
  bron_inwoner: string | null;
  bron_index: string | null;
  noot_gebruiker: string | null;
  noot_inwoner: string | null;
  noot_index: string | null;
  status: string | null;
}

const kol = (ind: string, veld: string, als: string) =>
  `max(f.${veld}) FILTER (WHERE f.indicator = '${ind}') AS ${als}`;

/**
 * One row per (focus, member) of every study reference set, with the three cost facts of 2019.
 * The indicator codes are constants of this module (not user input), the period is a parameter.
 */
export function kostenStudie(periode: string = KOSTEN_PERIODE): Vraag<KostenStudieRij> {
  return {
    naam: 'kostenStudie',
    sql: `SELECT r.focus_code, r.lid_code AS code, g.naam, g.soort, r.rol, r.volgorde,
            ${kol('lasten_per_gebruiker', 'waarde', 'lasten_per_gebruiker')},
            ${kol('lasten_per_inwoner', 'waarde', 'lasten_per_inwoner')},
            ${kol('index_lasten_per_inwoner', 'waarde', 'index_lasten_per_inwoner')},
            ${kol('lasten_per_gebruiker', 'bron', 'bron_gebruiker')},
            ${kol('lasten_per_inwoner', 'bron', 'bron_inwoner')},
            ${kol('index_lasten_per_inwoner', 'bron', 'bron_index')},
            ${kol('lasten_per_gebruiker', 'noot', 'noot_gebruiker')},
            ${kol('lasten_per_inwoner', 'noot', 'noot_inwoner')},
            ${kol('index_lasten_per_inwoner', 'noot', 'noot_index')},
            max(f.status) AS status
          FROM referentiesets r
          JOIN regios g ON g.code = r.lid_code
          LEFT JOIN feiten f ON f.regio_code = r.lid_code AND f.periode = ?
           AND f.indicator IN (${KOSTEN_INDICATOREN.map((i) => `'${i}'`).join(', ')})
          GROUP BY r.focus_code, r.lid_code, g.naam, g.soort, r.rol, r.volgorde
          ORDER BY r.focus_code, r.volgorde`,
    params: [periode],
  };
}

/** Does a gemeente have any cost figure in the study (as case or as reference gemeente)? */
export function kostenVanGemeente(code: string, periode: string = KOSTEN_PERIODE): Vraag<{ indicator: string; waarde: number | null; bron: string; noot: string | null } & Rij> {
  return {
    naam: 'kostenVanGemeente',
    sql: `SELECT indicator, waarde, bron, noot FROM feiten
          WHERE regio_code = ? AND periode = ?
            AND indicator IN (${KOSTEN_INDICATOREN.map(() => '?').join(', ')})
          ORDER BY indicator`,
    params: [code, periode, ...KOSTEN_INDICATOREN],
  };
}
