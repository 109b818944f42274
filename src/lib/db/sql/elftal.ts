// Queries for the elftal page (issue 17): the latest fact per gemeente for the elftal's budget
// lines (bundled 6.72 + 6.82 per inwoner, imported taakvelden) and the key figures of the
// raadsinformatie, for the chosen gemeente and its study reference set. Codes are `?` parameters.
import type { FeitRij, Vraag } from '../vragen';
import { TAAKVELDEN } from '../../model/elftal/taakvelden';

/** Bundled: Iv3 6.72 + 6.82 per inwoner (seed 003, 2019). */
export const BUNDEL_VERDEDIGING = 'lasten_per_inwoner';
export const ELFTAL_INDICATOREN = [
  ...TAAKVELDEN.map((t) => t.indicator),
  BUNDEL_VERDEDIGING,
  'lasten_per_gebruiker',
  'kwb_pct_jongeren_jeugdzorg',
] as const;

export interface ElftalFeitRij extends FeitRij {
  naam: string;
  /** 'gemeente' for the chosen one, else the role in the study's reference set */
  rol: string;
  volgorde: number;
}

/** The gemeente itself plus, where the study has one, its reference gemeenten. */
export function elftalFeitenVraag(gemeente: string): Vraag<ElftalFeitRij> {
  const inds = ELFTAL_INDICATOREN.map(() => '?').join(', ');
  return {
    naam: 'elftalFeiten',
    sql: `WITH leden AS (
            SELECT ? AS code, 'gemeente' AS rol, 0 AS volgorde
            UNION ALL
            SELECT lid_code, rol, volgorde FROM referentiesets WHERE focus_code = ? AND rol = 'referentie'
          )
          SELECT f.regio_code, g.naam, l.rol, l.volgorde, f.indicator, f.periode, f.waarde, f.status, f.bron, f.noot
          FROM leden l
          JOIN regios g ON g.code = l.code
          JOIN feiten_laatste f ON f.regio_code = l.code AND f.indicator IN (${inds})
          ORDER BY l.volgorde, g.naam, f.indicator`,
    params: [gemeente, gemeente, ...ELFTAL_INDICATOREN],
  };
}
