/**
 * SQL for thuiszitter pathways on the casusdata tables (`casus`, `episode`, see casus.ts).
 * Builders only: src/lib/db/routes.ts runs them through a minimal `query(sql, params)`.
 *
 * Two derived tables are built once per load (SQL_MAAK_ROUTE_TABELLEN), so a filter change only
 * aggregates:
 *   route_segment — periods in which neither domain changes, with the combined state, the last
 *                   known onderwijssoort and the start of the current spell per Reeks (durations);
 *   route_stap    — consecutive segments with the same combined state merged (flows); `nr` counts
 *                   them per case from 1, so `nr = 1` is one row per case.
 * The rules are those of src/lib/model/routes/{toestand,definities,filter}.ts; the code lists are
 * inlined from there (fixed constants, never user input). User values always go in as `?`.
 * The pure-TS reference in route.ts computes the same numbers; tests compare the two.
 */
import { DEFINITIES, type DefinitieCode, REEKS_TOESTANDEN, type Reeks, definitie } from '../../model/routes/definities.ts';
import { type CohortFilter, LEEFTIJDSBANDEN, leeftijdsband } from '../../model/routes/filter.ts';
import { RANG_ONDERWIJS, RANG_ZORG, ZORG_ONTVANGT, ZORG_PLEK, type CombiToestand } from '../../model/routes/toestand.ts';
import type { DuurGroep, DuurKlasse, TransitieRij } from '../../model/routes/route.ts';
import type { Onderwijssoort } from '../../model/casus/contract.ts';
import type { RoutesVenster } from '../../model/kosten/kubusBundel.ts';

export interface SqlMetParams {
  sql: string;
  params: unknown[];
}
/** What the builders need from a database: run one statement with `?` parameters, get row objects. */
export type RouteQuery = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export const TABEL_SEGMENT = 'route_segment';
export const TABEL_STAP = 'route_stap';
/** Cases per gemeente (their first step), for the gemeente filter: a few rows instead of a scan of route_stap. */
export const TABEL_GEMEENTE = 'route_gemeente';
/** The view's flow and duration tables for its fixed window (sqlMaakKubussen). */
export const TABEL_STROOM = 'route_stroom';
export const TABEL_DUUR = 'route_duur';

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
 * Spell start per Reeks, in the one window every other column uses (no extra sort per Reeks):
 * segments of a case are contiguous, so a spell starts where the last segment outside it ended,
 * or at the case's first segment when none lies before it. A segment without onderwijs is outside.
 */
function spellKolommen(): string {
  const w = 'OVER (PARTITION BY cid ORDER BY begin ROWS UNBOUNDED PRECEDING)';
  return REEKSEN.map((r) => {
    const binnen = `onderwijs IN (${codes(REEKS_TOESTANDEN[r])})`;
    return `CASE WHEN ${binnen}
      THEN coalesce(max(CASE WHEN ${binnen} THEN NULL ELSE einde END) ${w}, min(begin) ${w}) END AS ${r}_sinds`;
  }).join(',\n    ');
}

/** Build route_segment, route_stap and route_gemeente from `casus` + `episode` (run in order, after each load). */
export function sqlMaakRouteTabellen(): string[] {
  const sinds = spellKolommen();
  const segment = `CREATE OR REPLACE TABLE ${TABEL_SEGMENT} AS
WITH ep AS ( -- cid: the case's row number, so every partition, sort and join below is on an integer, not a long text id;
  -- the codes as text (the table keeps them as ENUM): ties and order below are alphabetical, as in route.ts
  SELECT c.rowid AS cid, CAST(e.domein AS VARCHAR) AS domein, CAST(e.toestand AS VARCHAR) AS toestand,
    CAST(e.onderwijssoort AS VARCHAR) AS onderwijssoort, e.begin, coalesce(e.einde, DATE '9999-12-31') AS einde
  FROM episode e JOIN casus c ON c.casus_id = e.casus_id
),
grens AS (
  SELECT cid, min(begin) AS b0, max(einde) AS e0 FROM ep WHERE domein = 'onderwijs' GROUP BY cid
),
punt AS (
  SELECT DISTINCT p.cid, p.t
  FROM (SELECT cid, begin AS t FROM ep UNION ALL SELECT cid, einde AS t FROM ep) p
  JOIN grens g ON g.cid = p.cid AND p.t BETWEEN g.b0 AND g.e0
),
seg AS (
  SELECT cid, t AS begin, lead(t) OVER (PARTITION BY cid ORDER BY t) AS einde FROM punt
  QUALIFY einde IS NOT NULL
),
o AS ( -- overlap tie-break: rank, then code, then soort (none first), as in route.ts
  SELECT s.cid, s.begin,
    arg_min({'toestand': e.toestand, 'soort': e.onderwijssoort},
      (list_position(${lijstLiteraal(RANG_ONDERWIJS)}, e.toestand), e.toestand, coalesce(e.onderwijssoort, ''))) AS keus
  FROM seg s JOIN ep e ON e.cid = s.cid AND e.domein = 'onderwijs' AND e.begin <= s.begin AND e.einde > s.begin
  GROUP BY s.cid, s.begin
),
z AS (
  SELECT s.cid, s.begin, arg_min(e.toestand, list_position(${lijstLiteraal(RANG_ZORG)}, e.toestand)) AS zorg
  FROM seg s JOIN ep e ON e.cid = s.cid AND e.domein = 'zorg' AND e.begin <= s.begin AND e.einde > s.begin
  GROUP BY s.cid, s.begin
),
j AS (
  SELECT s.cid, s.begin, s.einde,
    o.keus.toestand AS onderwijs, z.zorg, o.keus.soort AS soort_eigen
  FROM seg s LEFT JOIN o ON o.cid = s.cid AND o.begin = s.begin
  LEFT JOIN z ON z.cid = s.cid AND z.begin = s.begin
),
g AS (
  SELECT *,
    coalesce(
      last_value(soort_eigen IGNORE NULLS) OVER (PARTITION BY cid ORDER BY begin ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW),
      first_value(soort_eigen IGNORE NULLS) OVER (PARTITION BY cid ORDER BY begin ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)
    ) AS soort,
    ${sinds}
  FROM j
),
h AS (
  SELECT cid, begin, einde, onderwijs, zorg, soort,
    ${CASE_COMBI} AS toestand,
    ${REEKSEN.map((r) => `${r}_sinds`).join(', ')}
  FROM g
)
SELECT c.dataset_id, c.casus_id, c.gemeente_code, c.geboortejaar, h.*
FROM h JOIN casus c ON c.rowid = h.cid`;
  const stap = `CREATE OR REPLACE TABLE ${TABEL_STAP} AS
WITH l AS (
  SELECT *, lag(toestand) OVER (PARTITION BY cid ORDER BY begin) AS vorige FROM ${TABEL_SEGMENT}
),
g AS (
  SELECT *, sum(CASE WHEN toestand IS DISTINCT FROM vorige THEN 1 ELSE 0 END)
    OVER (PARTITION BY cid ORDER BY begin ROWS UNBOUNDED PRECEDING) AS grp FROM l
)
SELECT any_value(dataset_id) AS dataset_id, cid, grp AS nr, any_value(gemeente_code) AS gemeente_code,
  any_value(geboortejaar) AS geboortejaar, min(begin) AS begin, max(einde) AS einde,
  any_value(toestand) AS toestand, arg_min(soort, begin) AS soort
FROM g GROUP BY cid, grp`;
  // built with the steps: asked after the first charts, a scan of route_stap (± 0,3 s in DuckDB-WASM at
  // 1 million routes) held the first filter change back and left the gemeente filter empty meanwhile
  const gemeente = `INSERT INTO ${TABEL_GEMEENTE}
SELECT dataset_id, gemeente_code, count(*)::INTEGER AS n FROM ${TABEL_STAP} WHERE nr = 1 GROUP BY ALL`;
  return [segment, stap, ...SQL_MAAK_KLEINE_TABELLEN, wisAfgeleid(TABEL_GEMEENTE), gemeente];
}

/** Datasets whose small route tables came from a casus:aggregeer bundle (no cases to derive them from). */
export const TABEL_ROUTE_BUNDEL = 'route_bundel';

/**
 * The small tables the page reads (route_gemeente, route_stroom, route_duur), created once with
 * their types: a rebuild replaces only the rows derived from cases (wisAfgeleid), so the rows a
 * bundle loaded (laadKubusBundel) stay.
 */
export const SQL_MAAK_KLEINE_TABELLEN: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS ${TABEL_ROUTE_BUNDEL} (dataset_id VARCHAR PRIMARY KEY)`,
  `CREATE TABLE IF NOT EXISTS ${TABEL_GEMEENTE} (dataset_id VARCHAR, gemeente_code VARCHAR, n INTEGER)`,
  `CREATE TABLE IF NOT EXISTS ${TABEL_STROOM} (dataset_id VARCHAR, gemeente_code VARCHAR, band VARCHAR, startsoort VARCHAR, stap INTEGER, van VARCHAR, naar VARCHAR, n INTEGER)`,
  `CREATE TABLE IF NOT EXISTS ${TABEL_DUUR} (dataset_id VARCHAR, gemeente_code VARCHAR, band VARCHAR, soort VARCHAR, definitie VARCHAR, klasse VARCHAR, n INTEGER, som_dagen BIGINT)`,
];

/** Marks a dataset's small tables as loaded from a bundle (params: [dataset_id]). */
export const SQL_ROUTE_BUNDEL_ERBIJ = `INSERT OR IGNORE INTO ${TABEL_ROUTE_BUNDEL} VALUES (?)`;

/** Removes one dataset's rows from the small tables, a bundle's included (params: [dataset_id]). */
export const SQL_VERWIJDER_KLEINE_TABELLEN: readonly string[] = [TABEL_GEMEENTE, TABEL_STROOM, TABEL_DUUR, TABEL_ROUTE_BUNDEL].map((t) => `DELETE FROM ${t} WHERE dataset_id = ?`);

/** Removes a small table's rows derived from cases, before they are derived again. */
const wisAfgeleid = (tabel: string) => `DELETE FROM ${tabel} WHERE dataset_id NOT IN (SELECT dataset_id FROM ${TABEL_ROUTE_BUNDEL})`;

/** Joins a list passed as one text parameter: a control character no code or dataset id contains. */
const SCHEIDING = '\u001f';

/**
 * `kolom` in a user-chosen list, or no condition when the list is empty, in one SQL text whatever
 * the list's length: the values go in as one joined text parameter (and a flag "no list"). A filter
 * change then runs the prepared statement it ran before, instead of preparing a new text for each
 * list length (a plan and an extra worker round trip in the browser).
 */
function lijstVoorwaarde(kolom: string, waarden: readonly string[] | undefined, params: unknown[]): string {
  const lijst = waarden ?? [];
  if (lijst.some((w) => w.includes(SCHEIDING))) throw new Error(`Ongeldige waarde in de keuze voor ${kolom}`);
  params.push(lijst.length === 0, lijst.join(SCHEIDING));
  return `(? OR list_contains(string_split(?, chr(${SCHEIDING.charCodeAt(0)})), ${kolom}))`;
}

/**
 * Age bands as one SQL text: a flag per band of the model (the bounds are its constants), so the
 * text does not depend on which bands are chosen. No band chosen = no condition; with a band,
 * children without geboortejaar drop out (NULL), as inLeeftijdsbanden.
 */
function leeftijdVoorwaarde(banden: readonly string[] | undefined, jaar: number, params: unknown[]): string {
  const gekozen = (banden ?? []).map((c) => leeftijdsband(c).code); // throws on an unknown code
  params.push(gekozen.length === 0);
  const delen = LEEFTIJDSBANDEN.map((b) => {
    params.push(gekozen.includes(b.code), jaar);
    return `(? AND (? - geboortejaar) BETWEEN ${b.van} AND ${b.tot})`;
  });
  return `(? OR ${delen.join(' OR ')})`;
}

/**
 * The age band a child is in at `jaar`, as a column for the small tables (NULL: in none). The
 * bands do not overlap, so "band in the chosen list" picks the same children as leeftijdVoorwaarde.
 */
function bandKolom(jaar: number): string {
  const banden = [...LEEFTIJDSBANDEN].sort((a, b) => a.van - b.van);
  if (banden.some((b, i) => i > 0 && b.van <= banden[i - 1].tot)) throw new Error('Leeftijdsbanden overlappen');
  return `CASE ${banden.map((b) => `WHEN (${jaar} - geboortejaar) BETWEEN ${b.van} AND ${b.tot} THEN '${b.code}'`).join(' ')} END`;
}

function casusVoorwaarden(filter: CohortFilter, jaar: number, params: unknown[]): string[] {
  return [
    lijstVoorwaarde('dataset_id', filter.datasets, params),
    lijstVoorwaarde('gemeente_code', filter.gemeente, params),
    leeftijdVoorwaarde(filter.leeftijdsband, jaar, params),
  ];
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
  const buiten = [lijstVoorwaarde('startsoort', filter.onderwijssoort, params)];
  params.push(opt.maxStappen);
  buiten.push('stap < ?');
  const sql = `WITH s AS (
  SELECT cid, toestand,
    row_number() OVER w - 1 AS stap,
    lead(toestand) OVER w AS naar,
    first_value(soort) OVER w AS startsoort
  FROM ${TABEL_STAP}
  WHERE ${w.join(' AND ')}
  WINDOW w AS (PARTITION BY cid ORDER BY begin)
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
}

/** Duration class of a spell from columns `sinds`, `dagen` and `peil` (mirror of duurKlasse). */
const CASE_KLASSE = `CASE WHEN dagen <= 42 THEN 'tot_6_weken'
    WHEN sinds + INTERVAL 3 MONTH >= peil THEN '6_weken_3_maanden'
    WHEN sinds + INTERVAL 12 MONTH >= peil THEN '3_maanden_1_jaar'
    WHEN sinds + INTERVAL 24 MONTH >= peil THEN '1_2_jaar'
    ELSE 'meer_dan_2_jaar' END`;

/**
 * Children meeting a definition at the peildatum, grouped by soort and duration class
 * (columns: soort, klasse, n, som_dagen) — feed to vatDuurSamen() for the headline number,
 * average and the 6-week / 3-month norms. Over all segments; the view reads route_duur instead
 * (sqlRouteGrafieken), which tests compare with this.
 */
export function sqlDuurGroepen(opt: DuurSqlOpties): SqlMetParams {
  const d = definitie(opt.definitie); // throws on an unknown code from the URL
  const filter = opt.filter ?? {};
  jaarVan(opt.peildatum);
  const params: unknown[] = [opt.peildatum];
  const w = [
    'r.begin <= p.peil',
    'r.einde > p.peil',
    definitieVoorwaarde(d.code),
    ...casusVoorwaarden(filter, jaarVan(opt.peildatum), params),
  ];
  w.push(lijstVoorwaarde('r.soort', filter.onderwijssoort, params));
  let minDuur = '';
  if (d.langerDanDagen != null) {
    params.push(d.langerDanDagen);
    minDuur = 'WHERE dagen > ?';
  }
  const sql = `WITH p AS (SELECT ?::DATE AS peil),
x AS (
  SELECT r.soort, r.${d.reeks}_sinds AS sinds, date_diff('day', r.${d.reeks}_sinds, p.peil) AS dagen, p.peil
  FROM ${TABEL_SEGMENT} r, p
  WHERE ${w.join(' AND ')}
)
SELECT soort, ${CASE_KLASSE} AS klasse, count(*)::INTEGER AS n, sum(dagen)::BIGINT AS som_dagen
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

/** The answer of sqlRouteGrafieken split into its charts (each part keeps the statement's order). */
export function leesRouteGrafieken(rows: readonly Record<string, unknown>[]): { transities: TransitieRij[]; duur: DuurGroep[] } {
  return {
    transities: leesTransitieRijen(rows.filter((r) => r.deel === 'stroom')),
    duur: leesDuurGroepen(rows.filter((r) => r.deel === 'duur')),
  };
}

// ---------- small derived tables for the view's fixed window (a filter change only aggregates) ----------


/** Flow window and peildatum of the small tables (a bundle's manifest records the ones it was built for). */
export type KubusOpties = RoutesVenster;

/**
 * Build, after the route tables: route_stroom = the flow of sqlTransities for one window, counted
 * per (dataset, gemeente, age band in van's year, startsoort) — every filter of the view is a
 * column of it, so a filter change sums a few thousand rows instead of re-running window functions
 * over all steps; route_duur = the children of each definition at the peildatum, counted per
 * (dataset, gemeente, age band in the peildatum's year, soort, definition, duration class) with
 * their day sum. Age bands instead of birth years and the definitions taken here keep both tables
 * (and the work of a filter change) a few times smaller, in rows that do not grow with the number of cases.
 * Run after sqlMaakRouteTabellen, which creates them. A bundle's rows (route_bundel) are kept: they
 * have no cases to derive them from. Returns statements with their parameters, to run in order.
 */
export function sqlMaakKubussen(opt: KubusOpties): SqlMetParams[] {
  const jaarStroom = jaarVan(opt.van);
  jaarVan(opt.tot);
  const jaarPeil = jaarVan(opt.peildatum);
  const stroom = `INSERT INTO ${TABEL_STROOM}
WITH s AS (
  SELECT dataset_id, gemeente_code, geboortejaar, cid, toestand,
    row_number() OVER w - 1 AS stap,
    lead(toestand) OVER w AS naar,
    first_value(soort) OVER w AS startsoort
  FROM ${TABEL_STAP}
  WHERE begin < ?::DATE AND einde > ?::DATE
  WINDOW w AS (PARTITION BY cid ORDER BY begin)
)
SELECT dataset_id, gemeente_code, ${bandKolom(jaarStroom)} AS band, startsoort, stap::INTEGER AS stap, toestand AS van, naar, count(*)::INTEGER AS n
FROM s WHERE stap < ?
GROUP BY ALL`;
  // per definition the rows of sqlDuurGroepen (its condition, spell and minimum duration), so a
  // filter change only adds up counts
  const perDefinitie = Object.values(DEFINITIES).map((d) => `SELECT dataset_id, gemeente_code, geboortejaar, soort, '${d.code}' AS definitie,
    ${d.reeks}_sinds AS sinds, date_diff('day', ${d.reeks}_sinds, peil) AS dagen, peil
  FROM r WHERE ${definitieVoorwaarde(d.code)}${d.langerDanDagen == null ? '' : ` AND date_diff('day', ${d.reeks}_sinds, peil) > ${d.langerDanDagen}`}`);
  const duur = `INSERT INTO ${TABEL_DUUR}
WITH p AS (SELECT ?::DATE AS peil),
r AS (
  SELECT s.*, p.peil FROM ${TABEL_SEGMENT} s, p WHERE s.begin <= p.peil AND s.einde > p.peil
),
x AS (
  ${perDefinitie.join('\n  UNION ALL ')}
)
SELECT dataset_id, gemeente_code, ${bandKolom(jaarPeil)} AS band, soort, definitie, ${CASE_KLASSE} AS klasse,
  count(*)::INTEGER AS n, sum(dagen)::BIGINT AS som_dagen
FROM x GROUP BY ALL`;
  return [
    { sql: wisAfgeleid(TABEL_STROOM), params: [] },
    { sql: stroom, params: [opt.tot, opt.van, opt.maxStappen] },
    { sql: wisAfgeleid(TABEL_DUUR), params: [] },
    { sql: duur, params: [opt.peildatum] },
  ];
}

/** The filters on the small tables' columns: dataset, gemeente and age band (checked against the model's bands). */
function kubusVoorwaarden(filter: CohortFilter, soortKolom: string, params: unknown[]): string[] {
  const banden = (filter.leeftijdsband ?? []).map((c) => leeftijdsband(c).code); // throws on an unknown code
  return [
    lijstVoorwaarde('dataset_id', filter.datasets, params),
    lijstVoorwaarde('gemeente_code', filter.gemeente, params),
    lijstVoorwaarde('band', banden, params),
    lijstVoorwaarde(soortKolom, filter.onderwijssoort, params),
  ];
}

/**
 * Every chart of the view from route_stroom and route_duur as ONE statement (UNION ALL; a `deel`
 * column says which chart a row belongs to, split by leesRouteGrafieken): in DuckDB-WASM each
 * statement is a worker round trip and a re-render of the page. The definition is a parameter, so
 * every filter change runs the one prepared statement. Rows as sqlTransities (deel 'stroom': stap,
 * van, naar, n; the window the tables were built for) and sqlDuurGroepen (deel 'duur': soort,
 * klasse, n, som_dagen; their peildatum), in the same order.
 */
export function sqlRouteGrafieken(definitieCode: DefinitieCode, filter: CohortFilter = {}): SqlMetParams {
  const d = definitie(definitieCode); // throws on an unknown code from the URL
  const params: unknown[] = [];
  const stroom = kubusVoorwaarden(filter, 'startsoort', params);
  params.push(d.code);
  const duur = ['definitie = ?', ...kubusVoorwaarden(filter, 'soort', params)];
  const sql = `SELECT 'stroom' AS deel, stap, van, naar, NULL::VARCHAR AS soort, NULL::VARCHAR AS klasse, sum(n)::INTEGER AS n, NULL::BIGINT AS som_dagen
FROM ${TABEL_STROOM} WHERE ${stroom.join(' AND ')} GROUP BY stap, van, naar
UNION ALL
SELECT 'duur', NULL, NULL, NULL, soort, klasse, sum(n)::INTEGER, sum(som_dagen)::BIGINT
FROM ${TABEL_DUUR} WHERE ${duur.join(' AND ')} GROUP BY soort, klasse
ORDER BY deel, stap, van, naar NULLS LAST, soort NULLS FIRST, klasse`;
  return { sql, params };
}
