/**
 * SQL for thuiszitter pathways on the casusdata tables (`casus`, `episode`, see casus.ts).
 * Builders only: src/lib/db/routes.ts runs them through a minimal `query(sql, params)`.
 *
 * Two derived tables are built once per load (SQL_MAAK_ROUTE_TABELLEN), so a filter change only
 * aggregates:
 *   route_segment — periods in which neither domain changes, with the combined state, the last
 *                   known onderwijssoort and the start of the current spell per Reeks (durations);
 *   route_stap    — consecutive segments with the same combined state merged (flows).
 * The rules are those of src/lib/model/routes/{toestand,definities,filter}.ts; the code lists are
 * inlined from there (fixed constants, never user input). User values always go in as `?`.
 * The pure-TS reference in route.ts computes the same numbers; tests compare the two.
 */
import { DEFINITIES, type DefinitieCode, REEKS_TOESTANDEN, type Reeks, definitie } from '../../model/routes/definities.ts';
import { type CohortFilter, leeftijdsband } from '../../model/routes/filter.ts';
import { RANG_ONDERWIJS, RANG_ZORG, ZORG_ONTVANGT, ZORG_PLEK, type CombiToestand } from '../../model/routes/toestand.ts';
import type { DuurGroep, DuurKlasse, TransitieRij } from '../../model/routes/route.ts';
import type { Onderwijssoort } from '../../model/casus/contract.ts';

export interface SqlMetParams {
  sql: string;
  params: unknown[];
}
/** What the builders need from a database: run one statement with `?` parameters, get row objects. */
export type RouteQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export const TABEL_SEGMENT = 'route_segment';
export const TABEL_STAP = 'route_stap';

/** `'A', 'B'` from a fixed code list (constants from the model, never user values). */
function codes(lijst: readonly string[]): string {
  return lijst.map((c) => `'${c.replace(/'/g, "''")}'`).join(', ');
}
function lijstLiteraal(lijst: readonly string[]): string {
  return `[${codes(lijst)}]`;
}

/** Combined state as SQL CASE over columns `onderwijs`, `zorg` (mirror of combiToestand). */
const CASE_COMBI = `CASE
    WHEN onderwijs IS NULL THEN 'ONBEKEND'
    WHEN onderwijs IN ('NIET_INGESCHREVEN', 'VRIJSTELLING') THEN 'BUITEN_ONDERWIJS'
    WHEN onderwijs = 'VOLLEDIG_VERZUIM' AND zorg IN (${codes(ZORG_PLEK)}) THEN 'JEUGDPLEK'
    WHEN onderwijs = 'VOLLEDIG_VERZUIM' THEN 'THUIS'
    WHEN onderwijs = 'GEDEELTELIJK_VERZUIM' THEN 'DEELS_THUIS'
    WHEN onderwijs = 'OOV' THEN 'OOV'
    WHEN onderwijs = 'STAGE_WERK' THEN 'STAGE_WERK'
    WHEN onderwijs = 'UITGESTROOMD' THEN 'UITGESTROOMD'
    WHEN onderwijs = 'INGESCHREVEN' THEN 'OP_SCHOOL'
    ELSE 'ONBEKEND' END`;

const REEKSEN = Object.keys(REEKS_TOESTANDEN) as Reeks[];

/**
 * Spells by gaps-and-islands: g_<reeks> counts the rows *outside* the spell so far, so every run
 * of rows inside it shares one number with the row just before it; the spell start is the
 * earliest begin among the rows inside the spell in that group.
 */
function spellKolommen(): { groep: string; sinds: string } {
  const groep = REEKSEN.map(
    (r) => `sum(CASE WHEN onderwijs IN (${codes(REEKS_TOESTANDEN[r])}) THEN 0 ELSE 1 END)
      OVER (PARTITION BY casus_id ORDER BY begin ROWS UNBOUNDED PRECEDING) AS g_${r}`,
  ).join(',\n    ');
  const sinds = REEKSEN.map(
    (r) => `CASE WHEN onderwijs IN (${codes(REEKS_TOESTANDEN[r])})
      THEN min(CASE WHEN onderwijs IN (${codes(REEKS_TOESTANDEN[r])}) THEN begin END)
        OVER (PARTITION BY casus_id, g_${r}) END AS ${r}_sinds`,
  ).join(',\n    ');
  return { groep, sinds };
}

/** Build route_segment and route_stap from `casus` + `episode` (run in order, after each load). */
export function sqlMaakRouteTabellen(): string[] {
  const { groep, sinds } = spellKolommen();
  const segment = `CREATE OR REPLACE TABLE ${TABEL_SEGMENT} AS
WITH ep AS (
  SELECT casus_id, domein, toestand, onderwijssoort, begin, coalesce(einde, DATE '9999-12-31') AS einde FROM episode
),
grens AS (
  SELECT casus_id, min(begin) AS b0, max(einde) AS e0 FROM ep WHERE domein = 'onderwijs' GROUP BY casus_id
),
punt AS (
  SELECT DISTINCT p.casus_id, p.t
  FROM (SELECT casus_id, begin AS t FROM ep UNION ALL SELECT casus_id, einde AS t FROM ep) p
  JOIN grens g ON g.casus_id = p.casus_id AND p.t BETWEEN g.b0 AND g.e0
),
seg AS (
  SELECT casus_id, t AS begin, lead(t) OVER (PARTITION BY casus_id ORDER BY t) AS einde FROM punt
  QUALIFY einde IS NOT NULL
),
o AS ( -- overlap tie-break: rank, then code, then soort ('' first), as in route.ts
  SELECT s.casus_id, s.begin,
    min(lpad(list_position(${lijstLiteraal(RANG_ONDERWIJS)}, e.toestand)::VARCHAR, 2, '0') || '|' || e.toestand || '|' || coalesce(e.onderwijssoort, '')) AS k
  FROM seg s JOIN ep e ON e.casus_id = s.casus_id AND e.domein = 'onderwijs' AND e.begin <= s.begin AND e.einde > s.begin
  GROUP BY s.casus_id, s.begin
),
z AS (
  SELECT s.casus_id, s.begin, arg_min(e.toestand, list_position(${lijstLiteraal(RANG_ZORG)}, e.toestand)) AS zorg
  FROM seg s JOIN ep e ON e.casus_id = s.casus_id AND e.domein = 'zorg' AND e.begin <= s.begin AND e.einde > s.begin
  GROUP BY s.casus_id, s.begin
),
j AS (
  SELECT s.casus_id, s.begin, s.einde,
    nullif(split_part(o.k, '|', 2), '') AS onderwijs, z.zorg, nullif(split_part(o.k, '|', 3), '') AS soort_eigen
  FROM seg s LEFT JOIN o ON o.casus_id = s.casus_id AND o.begin = s.begin
  LEFT JOIN z ON z.casus_id = s.casus_id AND z.begin = s.begin
),
g AS (
  SELECT *,
    coalesce(
      last_value(soort_eigen IGNORE NULLS) OVER (PARTITION BY casus_id ORDER BY begin ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
      first_value(soort_eigen IGNORE NULLS) OVER (PARTITION BY casus_id ORDER BY begin ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    ) AS soort,
    ${groep}
  FROM j
),
h AS (
  SELECT casus_id, begin, einde, onderwijs, zorg, soort,
    ${CASE_COMBI} AS toestand,
    ${sinds}
  FROM g
)
SELECT c.dataset_id, c.gemeente_code, c.geboortejaar, h.*
FROM h JOIN casus c ON c.casus_id = h.casus_id`;
  const stap = `CREATE OR REPLACE TABLE ${TABEL_STAP} AS
WITH l AS (
  SELECT *, lag(toestand) OVER (PARTITION BY casus_id ORDER BY begin) AS vorige FROM ${TABEL_SEGMENT}
),
g AS (
  SELECT *, sum(CASE WHEN toestand IS DISTINCT FROM vorige THEN 1 ELSE 0 END)
    OVER (PARTITION BY casus_id ORDER BY begin ROWS UNBOUNDED PRECEDING) AS grp FROM l
)
SELECT any_value(dataset_id) AS dataset_id, casus_id, any_value(gemeente_code) AS gemeente_code,
  any_value(geboortejaar) AS geboortejaar, min(begin) AS begin, max(einde) AS einde,
  any_value(toestand) AS toestand, arg_min(soort, begin) AS soort
FROM g GROUP BY casus_id, grp`;
  return [segment, stap];
}

/** `x IN (?, ?)` for a user-chosen list, or nothing when the list is empty. */
function inParams(kolom: string, waarden: readonly unknown[] | undefined, params: unknown[]): string | null {
  if (!waarden || waarden.length === 0) return null;
  params.push(...waarden);
  return `${kolom} IN (${waarden.map(() => '?').join(', ')})`;
}

function casusVoorwaarden(filter: CohortFilter, jaar: number, params: unknown[]): string[] {
  const w: string[] = [];
  const ds = inParams('dataset_id', filter.datasets, params);
  if (ds) w.push(ds);
  const gm = inParams('gemeente_code', filter.gemeente, params);
  if (gm) w.push(gm);
  if (filter.leeftijdsband && filter.leeftijdsband.length > 0) {
    const delen = filter.leeftijdsband.map((c) => {
      const b = leeftijdsband(c);
      params.push(jaar, b.van, b.tot);
      return '(? - geboortejaar) BETWEEN ? AND ?';
    });
    w.push(`(${delen.join(' OR ')})`);
  }
  return w;
}

function jaarVan(iso: string): number {
  const j = Number(iso.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || !Number.isFinite(j)) throw new Error(`Ongeldige datum "${iso}"`);
  return j;
}

export interface TransitieSqlOpties {
  van: string;
  tot: string;
  maxStappen: number;
  filter?: CohortFilter;
}

/**
 * Flow for a cohort: per step, from-state → to-state counts (`naar` NULL = route ends in the window).
 * Columns: stap, van, naar, n. Same semantics as telTransities in route.ts.
 */
export function sqlTransities(opt: TransitieSqlOpties): SqlMetParams {
  const filter = opt.filter ?? {};
  const params: unknown[] = [opt.tot, opt.van];
  const w = ['begin < ?::DATE', 'einde > ?::DATE', ...casusVoorwaarden(filter, jaarVan(opt.van), params)];
  const buiten: string[] = [];
  const soort = inParams('startsoort', filter.onderwijssoort, params);
  if (soort) buiten.push(soort);
  params.push(opt.maxStappen);
  buiten.push('stap < ?');
  const sql = `WITH s AS (
  SELECT casus_id, toestand,
    row_number() OVER w - 1 AS stap,
    lead(toestand) OVER w AS naar,
    first_value(soort) OVER w AS startsoort
  FROM ${TABEL_STAP}
  WHERE ${w.join(' AND ')}
  WINDOW w AS (PARTITION BY casus_id ORDER BY begin)
)
SELECT stap::INTEGER AS stap, toestand AS van, naar, count(*)::INTEGER AS n
FROM s WHERE ${buiten.join(' AND ')}
GROUP BY ALL ORDER BY stap, van, naar NULLS LAST`;
  return { sql, params };
}

/** Definition condition on route_segment columns (constants only). */
function definitieVoorwaarde(code: DefinitieCode): string {
  const d = DEFINITIES[code];
  const delen: string[] = [];
  if (d.zonderZorg.length) delen.push(`onderwijs IN (${codes(d.zonderZorg)})`);
  if (d.metZorg.length) delen.push(`(onderwijs IN (${codes(d.metZorg)}) AND zorg IN (${codes(ZORG_ONTVANGT)}))`);
  return `(${delen.join(' OR ')})`;
}

export interface DuurSqlOpties {
  peildatum: string;
  definitie: DefinitieCode;
  filter?: CohortFilter;
  /** read route_duur (built for this peildatum by sqlMaakKubussen) instead of all segments */
  uitPeilTabel?: boolean;
}

/**
 * Children meeting a definition at the peildatum, grouped by soort and duration class
 * (columns: soort, klasse, n, som_dagen) — feed to vatDuurSamen() for the headline number,
 * average and the 6-week / 3-month norms.
 */
export function sqlDuurGroepen(opt: DuurSqlOpties): SqlMetParams {
  const d = definitie(opt.definitie); // throws on an unknown code from the URL
  const filter = opt.filter ?? {};
  jaarVan(opt.peildatum);
  const params: unknown[] = [opt.peildatum];
  const kubus = opt.uitPeilTabel === true;
  const w = [
    // route_duur holds only rows covering its peildatum, already counted per group (column n)
    ...(kubus ? [] : ['r.begin <= p.peil', 'r.einde > p.peil']),
    definitieVoorwaarde(d.code),
    ...casusVoorwaarden(filter, jaarVan(opt.peildatum), params),
  ];
  const soort = inParams('r.soort', filter.onderwijssoort, params);
  if (soort) w.push(soort);
  let minDuur = '';
  if (d.langerDanDagen != null) {
    params.push(d.langerDanDagen);
    minDuur = 'WHERE dagen > ?';
  }
  const sql = `WITH p AS (SELECT ?::DATE AS peil),
x AS (
  SELECT r.soort, r.${d.reeks}_sinds AS sinds, date_diff('day', r.${d.reeks}_sinds, p.peil) AS dagen, p.peil, ${kubus ? 'r.n' : '1'} AS gewicht
  FROM ${kubus ? TABEL_DUUR : TABEL_SEGMENT} r, p
  WHERE ${w.join(' AND ')}
)
SELECT soort,
  CASE WHEN dagen <= 42 THEN 'tot_6_weken'
    WHEN sinds + INTERVAL 3 MONTH >= peil THEN '6_weken_3_maanden'
    WHEN sinds + INTERVAL 12 MONTH >= peil THEN '3_maanden_1_jaar'
    WHEN sinds + INTERVAL 24 MONTH >= peil THEN '1_2_jaar'
    ELSE 'meer_dan_2_jaar' END AS klasse,
  sum(gewicht)::INTEGER AS n, sum(dagen * gewicht)::BIGINT AS som_dagen
FROM x ${minDuur}
GROUP BY ALL ORDER BY soort NULLS FIRST, klasse`;
  return { sql, params };
}

// ---------- reading rows back (DuckDB returns BIGINT/HUGEINT as bigint) ----------

function getal(v: unknown): number {
  return typeof v === 'bigint' ? Number(v) : Number(v);
}

export function leesTransitieRijen(rows: readonly Record<string, unknown>[]): TransitieRij[] {
  return rows.map((r) => ({
    stap: getal(r.stap),
    van: r.van as CombiToestand,
    naar: (r.naar ?? null) as CombiToestand | null,
    n: getal(r.n),
  }));
}

export function leesDuurGroepen(rows: readonly Record<string, unknown>[]): DuurGroep[] {
  return rows.map((r) => ({
    soort: (r.soort ?? null) as Onderwijssoort | null,
    klasse: r.klasse as DuurKlasse,
    n: getal(r.n),
    som_dagen: getal(r.som_dagen),
  }));
}

// ---------- small derived tables for the view's fixed window (a filter change only aggregates) ----------

export const TABEL_STROOM = 'route_stroom';
export const TABEL_DUUR = 'route_duur';

export interface KubusOpties {
  van: string;
  tot: string;
  maxStappen: number;
  peildatum: string;
}

/**
 * Build, after the route tables: route_stroom = the flow of sqlTransities for one window, counted
 * per (dataset, gemeente, geboortejaar, startsoort) — every filter of the view is a column of it,
 * so a filter change sums a few thousand rows instead of re-running window functions over all
 * steps; route_duur = the segments covering the peildatum counted per (dataset, gemeente,
 * geboortejaar, soort, onderwijs, zorg, spell starts) — everything a definition and its duration need.
 * Returns statements with their parameters, to run in order.
 */
export function sqlMaakKubussen(opt: KubusOpties): SqlMetParams[] {
  jaarVan(opt.van);
  jaarVan(opt.tot);
  jaarVan(opt.peildatum);
  const stroom = `CREATE OR REPLACE TABLE ${TABEL_STROOM} AS
WITH s AS (
  SELECT dataset_id, gemeente_code, geboortejaar, casus_id, toestand,
    row_number() OVER w - 1 AS stap,
    lead(toestand) OVER w AS naar,
    first_value(soort) OVER w AS startsoort
  FROM ${TABEL_STAP}
  WHERE begin < ?::DATE AND einde > ?::DATE
  WINDOW w AS (PARTITION BY casus_id ORDER BY begin)
)
SELECT dataset_id, gemeente_code, geboortejaar, startsoort, stap::INTEGER AS stap, toestand AS van, naar, count(*)::INTEGER AS n
FROM s WHERE stap < ?
GROUP BY ALL`;
  const peil = `CREATE OR REPLACE TABLE ${TABEL_DUUR} AS
SELECT dataset_id, gemeente_code, geboortejaar, soort, onderwijs, zorg, ${REEKSEN.map((r) => `${r}_sinds`).join(', ')}, count(*)::INTEGER AS n
FROM ${TABEL_SEGMENT} WHERE begin <= ?::DATE AND einde > ?::DATE
GROUP BY ALL`;
  return [
    { sql: stroom, params: [opt.tot, opt.van, opt.maxStappen] },
    { sql: peil, params: [opt.peildatum, opt.peildatum] },
  ];
}

/**
 * The flow from route_stroom (built for `van`; the age filter uses van's year, as sqlTransities).
 * Same columns and order as sqlTransities: stap, van, naar, n.
 */
export function sqlTransitiesUitKubus(van: string, filter: CohortFilter = {}): SqlMetParams {
  const params: unknown[] = [];
  const w = casusVoorwaarden(filter, jaarVan(van), params);
  const soort = inParams('startsoort', filter.onderwijssoort, params);
  if (soort) w.push(soort);
  const sql = `SELECT stap, van, naar, sum(n)::INTEGER AS n FROM ${TABEL_STROOM}
${w.length ? `WHERE ${w.join(' AND ')}` : ''}
GROUP BY ALL ORDER BY stap, van, naar NULLS LAST`;
  return { sql, params };
}

