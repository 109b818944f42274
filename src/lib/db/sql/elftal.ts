// Queries for the elftal page. Both are independent of the chosen gemeente, so the
// build bakes them (scripts/bake.ts) and the page draws before DuckDB-WASM is up; imported
// taakvelden arrive through DuckDB once the tables change. Missing facts stay absent, never 0.
import type { Vraag } from '../vragen';
import type { Rij } from '../types';
import { TAAKVELDEN } from '../../model/elftal/taakvelden';
import { BUNDEL_VERDEDIGING } from '../../model/elftal/verdeling';
export const ELFTAL_INDICATOREN = [...TAAKVELDEN.map((t) => t.indicator), BUNDEL_VERDEDIGING, 'lasten_per_gebruiker'] as const;

export interface ElftalFeitRij extends Rij {
  regio_code: string;
  naam: string;
  indicator: string;
  periode: string;
  waarde: number | null;
  status: string;
  bron: string;
}

/** The latest fact per gemeente for the elftal's budget lines and the cost per user. */
export function elftalFeitenVraag(): Vraag<ElftalFeitRij> {
  return {
    naam: 'elftalFeiten',
    sql: `SELECT f.regio_code, g.naam, f.indicator, f.periode, f.waarde, f.status, f.bron
          FROM feiten_laatste f
          JOIN regios g ON g.code = f.regio_code AND g.soort = 'gemeente'
          WHERE f.indicator IN (${ELFTAL_INDICATOREN.map(() => '?').join(', ')})
          ORDER BY f.regio_code, f.indicator`,
    params: [...ELFTAL_INDICATOREN],
  };
}

export interface ReferentieLidRij extends Rij {
  focus_code: string;
  lid_code: string;
  volgorde: number;
}

/** The study's reference gemeenten per case gemeente (seed 003). */
export function referentieLedenVraag(): Vraag<ReferentieLidRij> {
  return {
    naam: 'referentieLeden',
    sql: `SELECT focus_code, lid_code, volgorde FROM referentiesets WHERE rol = 'referentie' ORDER BY focus_code, volgorde`,
    params: [],
  };
}
