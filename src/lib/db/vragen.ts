// Named, typed queries. A view asks for a `Vraag`; the coordinator answers it from the baked
// cache or DuckDB. User choices are always `?` parameters, never part of the SQL text.
import type { Niveau, Rij } from './types';

export interface Vraag<T extends Rij> {
  naam: string;
  sql: string;
  params: (string | number)[];
  /** 'motor' for questions that read only the case tables, so they need not wait for the base tables; default 'basis'. */
  niveau?: Niveau;
  /** The case dataset it reads: while that dataset is still loading (Coordinator.laadt) the query waits for it. */
  dataset?: string;
  /** Phantom field so a Vraag carries its row type. */
  readonly _rij?: T;
}

export function vraagSleutel(v: Vraag<Rij>): string {
  return `${v.naam}:${JSON.stringify(v.params)}`;
}

export interface GemeenteRij extends Rij {
  code: string;
  naam: string;
  soort: string;
  provincie: string | null;
  grootteklasse: string | null;
  stedelijkheid: number | null;
  opgeheven_per: string | null;
  opvolger_code: string | null;
}

export interface FeitRij extends Rij {
  regio_code: string;
  periode: string;
  indicator: string;
  waarde: number | null;
  status: string;
  bron: string;
  noot: string | null;
}

export interface VergelijkingRij extends FeitRij {
  naam: string;
  soort: string;
  rol: string;
  volgorde: number;
}

export interface StripRij extends Rij {
  code: string;
  naam: string;
  grootteklasse: string | null;
  opgeheven_per: string | null;
  opvolger_code: string | null;
  waarde: number | null;
  periode: string | null;
  status: string | null;
  bron: string | null;
  noot: string | null;
}

/** The study's chapter-6 indicators (seed 003). */
export const STUDIE_INDICATOREN = [
  'ses_deciel', 'armoede_deciel', 'lasten_per_gebruiker', 'lasten_per_inwoner',
  'index_lasten_per_inwoner', 'pct_jeugdhulp_zonder_verblijf', 'index_jeugdhulp_zonder_verblijf',
] as const;

export const vragen = {
  regios: (): Vraag<GemeenteRij> => ({
    naam: 'regios',
    sql: `SELECT code, naam, soort, provincie, grootteklasse, stedelijkheid, opgeheven_per, opvolger_code
          FROM regios ORDER BY soort, naam, code`,
    params: [],
  }),

  /** Every member of a case municipality's comparison (the study's table 1) with its figures. */
  vergelijking: (focusCode: string): Vraag<VergelijkingRij> => ({
    naam: 'vergelijking',
    sql: `SELECT r.lid_code AS regio_code, g.naam, g.soort, r.rol, r.volgorde,
                 f.indicator, f.periode, f.waarde, f.status, f.bron, f.noot
          FROM referentiesets r
          JOIN regios g ON g.code = r.lid_code
          JOIN feiten f ON f.regio_code = r.lid_code
           AND f.indicator IN (${STUDIE_INDICATOREN.map(() => '?').join(', ')})
          WHERE r.focus_code = ?
          ORDER BY r.volgorde, f.indicator, f.periode`,
    params: [...STUDIE_INDICATOREN, focusCode],
  }),

  /** One indicator for every gemeente, latest period per gemeente; gemeenten without a value are kept (waarde null). */
  indicatorAlleGemeenten: (indicator: string): Vraag<StripRij> => ({
    naam: 'indicatorAlleGemeenten',
    // From the pre-aggregated latest periods (schema.ts, SQL_FEITEN_LAATSTE), not from all facts.
    sql: `SELECT g.code, g.naam, g.grootteklasse, g.opgeheven_per, g.opvolger_code,
                 f.waarde, f.periode, f.status, f.bron, f.noot
          FROM regios g
          LEFT JOIN feiten_laatste f ON f.regio_code = g.code AND f.indicator = ?
          WHERE g.soort = 'gemeente'
          ORDER BY g.code`,
    params: [indicator],
  }),

  /** National value(s) of an indicator. */
  landelijk: (indicator: string): Vraag<FeitRij> => ({
    naam: 'landelijk',
    sql: `SELECT regio_code, periode, indicator, waarde, status, bron, noot
          FROM feiten WHERE regio_code = 'NL01' AND indicator = ? ORDER BY periode`,
    params: [indicator],
  }),

  indicatoren: (): Vraag<Rij> => ({ naam: 'indicatoren', sql: 'SELECT * FROM indicatoren ORDER BY code', params: [] }),
  bronnen: (): Vraag<Rij> => ({ naam: 'bronnen', sql: 'SELECT * FROM bronnen ORDER BY id', params: [] }),
  vlaggen: (): Vraag<Rij> => ({ naam: 'vlaggen', sql: 'SELECT * FROM vlaggen', params: [] }),
  /** Periods per indicator: lets the strip say "only one year" instead of implying a trend. */
  perioden: (): Vraag<{ indicator: string; periode: string; n: number }> => ({
    naam: 'perioden',
    sql: `SELECT indicator, periode, count(*)::INTEGER AS n FROM feiten GROUP BY ALL ORDER BY ALL`,
    params: [],
  }),
  /** Indicators with at least one gemeente value; `eigen` = some come from a user's import. */
  indicatorenMetGemeentecijfers: (): Vraag<{ code: string; naam_nl: string; naam_en: string; eenheid: string; eigen: boolean; gemeenten: number }> => ({
    naam: 'indicatorenMetGemeentecijfers',
    // From the pre-aggregated table (schema.ts, SQL_FEITEN_LAATSTE): one row per (regio, indicator).
    sql: `SELECT i.code, i.naam_nl, i.naam_en, i.eenheid,
                 bool_or(f.eigen_waarde) AS eigen,
                 count(*)::INTEGER AS gemeenten
          FROM indicatoren i
          JOIN feiten_laatste f ON f.indicator = i.code AND f.ooit_waarde
          JOIN regios g ON g.code = f.regio_code AND g.soort = 'gemeente'
          GROUP BY ALL ORDER BY i.code`,
    params: [],
  }),
  alleFeiten: (): Vraag<FeitRij> => ({
    naam: 'alleFeiten',
    sql: 'SELECT * FROM feiten ORDER BY regio_code, indicator, periode',
    params: [],
  }),
};

/** The case municipalities that have a study comparison (focus of a reference set). */
export const focussenVraag = (): Vraag<{ focus_code: string }> => ({
  naam: 'focussen',
  sql: 'SELECT DISTINCT focus_code FROM referentiesets ORDER BY 1',
  params: [],
});
