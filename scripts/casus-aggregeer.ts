/**
 * Publish a region's case costs without publishing cases:
 *
 *   npm run casus:aggregeer -- <map of bestanden> --out map [--id regio-x] [--naam "…"] [--herkomst bron] [--geheugen 8GB] [--route-delen k]
 *   npm run casus:aggregeer -- --synth 1000000 [--seed 42] --out map [--id …]
 *
 * --synth generates the synthetic cohort in the same database with the browser's SQL
 * (scripts/lib/synth.ts) instead of reading files: no contract CSV of hundreds of MB in between.
 * Name, herkomst and source default to the input folder's dataset.csv when it has one.
 *
 * Reads contract CSV files (docs/casusdata.md: casus.csv, episode.csv, kosten.csv; `;`, decimal
 * point, ISO dates — as written by scripts/generate-synthetic.ts) with native DuckDB, on disk
 * (out-of-core: a temporary database file and spill directory, a memory limit), builds the cubes of
 * Kosten per casus with the SAME SQL the browser runs (src/lib/db/sql/casus.ts + kosten.ts), suppresses
 * cells resting on fewer than 5 cases (Lorenz bins are merged instead, model/kosten/onderdrukking.ts)
 * and writes one CSV per cube plus manifest.json with the provenance. The Thuiszitters page's small
 * tables (flows, durations, children per gemeente; src/lib/db/sql/routes.ts) go along the same way,
 * above 6 million cases built in slices of cases and added up (--route-delen, sqlRoutesInDeel). Timings, peak memory (RSS)
 * and output size go to stdout and, with --bench <file>, to JSON.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DDL_CASUSDATA, sqlLaadCasusCsv, sqlLaadEpisodeCsv, sqlLaadKostenCsv } from '../src/lib/db/sql/casus.ts';
import { casusPlakken, SQL_CASUS_NR_BEREIK, SQL_MAAK_PREAGGREGATEN, sqlBouwEerst, sqlBouwIntervalKubus, sqlSluitIntervalKubus } from '../src/lib/db/sql/kosten.ts';
import { KUBUS_EXPORTS, SQL_AGGREGAAT_TOTALEN, sqlKubusExport } from '../src/lib/db/sql/kostenAggregaat.ts';
import { MIN_AANTAL } from '../src/lib/model/kosten/onderdrukking.ts';
import { SQL_MAAK_KLEINE_TABELLEN, sqlMaakKubussen, sqlMaakRouteTabellen } from '../src/lib/db/sql/routes.ts';
import { ROUTE_EXPORTS, SQL_ROUTES_OPTELLEN, sqlRoutesDeelOpruimen, sqlRoutesInDeel } from '../src/lib/db/sql/routesAggregaat.ts';
import { VENSTER } from '../src/lib/db/routes.ts';
import { parseCsv } from './lib/csv.ts';
import { arg, optie, positioneel } from './lib/argv.ts';
import { genereerNatief } from './lib/synth.ts';
import { syntheticDataset } from '../src/lib/model/casus/synth/dataset.ts';


/** The three contract files, from a folder or listed one by one (recognised by name). */
function bestanden(): { casus: string; episode: string; kosten: string } {
  const lijst = positioneel().flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? readdirSync(p).map((f) => join(p, f)) : [p]));
  const vind = (t: string) => {
    const f = lijst.find((x) => basename(x).toLowerCase().startsWith(t) && x.toLowerCase().endsWith('.csv'));
    if (!f) {
      console.error(`Geen ${t}-bestand gevonden (verwacht ${t}*.csv). Gebruik: npm run casus:aggregeer -- <map of bestanden> --out map`);
      process.exit(2);
    }
    return f;
  };
  return { casus: vind('casus'), episode: vind('episode'), kosten: vind('kosten') };
}

/** The input's own dataset.csv (as the generator writes it), if any: its name, herkomst and source carry over. */
function invoerDataset(): Record<string, string> | null {
  const map = positioneel().find((p) => existsSync(p) && statSync(p).isDirectory());
  const pad = map ? join(map, 'dataset.csv') : null;
  if (!pad || !existsSync(pad)) return null;
  return parseCsv(readFileSync(pad, 'utf8'), pad).rijen[0]?.waarden ?? null;
}

async function sha256(pad: string): Promise<string> {
  const h = createHash('sha256');
  for await (const d of createReadStream(pad)) h.update(d as Buffer);
  return h.digest('hex');
}

/**
 * Builds the Thuiszitters tables; returns why they were left out (DuckDB ran out of memory), or null.
 * Any other error stops the command.
 */
async function bouwRoutes(con: DuckDBConnection, geheugen: string, delen: number): Promise<string | null> {
  const hoofd = String((await con.runAndReadAll('SELECT current_database() AS d')).getRowObjectsJS()[0].d);
  try {
    if (delen === 1) {
      for (const s of sqlMaakRouteTabellen()) await con.run(s);
      for (const q of sqlMaakKubussen(VENSTER)) await con.run(q.sql, q.params as never);
      return null;
    }
    // in slices of cases, added up: the window over every episode does not fit in memory at once
    for (const s of SQL_MAAK_KLEINE_TABELLEN) await con.run(s);
    for (let deel = 0; deel < delen; deel++) {
      for (const q of sqlRoutesInDeel(hoofd, deel, delen, VENSTER)) await con.run(q.sql, q.params as never);
    }
    for (const s of SQL_ROUTES_OPTELLEN) await con.run(s);
    return null;
  } catch (e) {
    const melding = (e as Error).message.split('\n')[0];
    if (!/out of memory/i.test(melding)) throw e;
    for (const s of sqlRoutesDeelOpruimen(hoofd)) await con.run(s); // the cubes are written from hoofd
    const waarom = `de tabellen van Thuiszitters passen niet in --geheugen ${geheugen} (${melding}); alleen de kubussen van Kosten per casus geschreven`;
    console.warn(`casus-aggregeer: ${waarom}. Meer geheugen (--geheugen), meer delen (--route-delen) of minder casussen per bundel helpt.`);
    return waarom;
  }
}

/** Cases per slice of the interval cube (the browser takes 25.000, to answer filter changes in between). */
const INTERVAL_PLAK_NATIEF = 1_000_000;

/** Cases per slice of the Thuiszitters tables: 5 million fitted in 8GB at once (README), 10 million did not. */
const ROUTE_DEEL_MAX = 6_000_000;

/** --route-delen k: the slices the Thuiszitters tables are built in; by default one per 6 million cases. */
function routeDelen(casussen: number): number {
  const k = optie('route-delen');
  if (k === undefined) return Math.max(1, Math.ceil(casussen / ROUTE_DEEL_MAX));
  if (!/^\d{1,3}$/.test(k) || Number(k) < 1) throw new Error(`--route-delen "${k}": een aantal van 1 tot 999`);
  return Number(k);
}

let piekRss = 0;
/** the peak of the step in progress (see `stap` in main) */
let piekStap = 0;
const meetGeheugen = setInterval(() => {
  const rss = process.memoryUsage().rss;
  piekRss = Math.max(piekRss, rss);
  piekStap = Math.max(piekStap, rss);
}, 100);

/** --synth n [--seed s]: the synthetic cohort instead of input files, or null. */
function synthOpdracht(): { n: number; seed: number } | null {
  const n = optie('synth');
  if (n === undefined) return null;
  const seed = Number(arg('seed', '42'));
  if (!/^\d+$/.test(n) || Number(n) < 1 || Number(n) > 10_000_000) throw new Error(`--synth "${n}": een aantal casussen van 1 tot 10.000.000`);
  if (!Number.isInteger(seed)) throw new Error('--seed moet een geheel getal zijn');
  return { n: Number(n), seed };
}

async function main() {
  const synth = synthOpdracht();
  const f = synth ? null : bestanden();
  const out = optie('out');
  if (!out) throw new Error('--out ontbreekt: de map voor de kubussen en manifest.json');
  const id = arg('id', synth ? `synth-${synth.seed}-${synth.n}-kubussen` : 'regio-aggregaat');
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(id)) throw new Error(`--id "${id}": alleen kleine letters, cijfers, - en _`);
  const eigen = synth ? syntheticDataset({ ...synth, kosten: 'fase' }) : invoerDataset();
  const naam = arg('naam', eigen?.naam ? `${eigen.naam}, alleen kubussen` : `Geaggregeerde casusdata (${basename(f!.casus)})`);
  const herkomst = arg('herkomst', eigen?.herkomst || 'bron');
  const geheugen = arg('geheugen', '8GB');
  if (!/^\d+(\.\d+)?\s*[KMGT]?i?B$/i.test(geheugen)) throw new Error(`--geheugen "${geheugen}": bijvoorbeeld 8GB`);
  mkdirSync(out, { recursive: true });
  const werk = mkdtempSync(join(tmpdir(), 'jzv-aggregeer-'));
  const tijden: Record<string, number> = {};
  /** peak RSS per step (MB): which step needs the memory */
  const piekPerStap: Record<string, number> = {};
  let t = performance.now();
  const stap = (naam: string) => {
    const nu = performance.now();
    tijden[naam] = Math.round(nu - t);
    piekPerStap[naam] = Math.round(Math.max(piekStap, process.memoryUsage().rss) / 2 ** 20);
    piekStap = 0;
    t = nu;
    console.log(`  ${naam}: ${(tijden[naam] / 1000).toFixed(1)} s, piek ${piekPerStap[naam]} MB RSS`);
  };
  const inst = await DuckDBInstance.create(join(werk, 'aggregeer.duckdb'), { memory_limit: geheugen, temp_directory: join(werk, 'spill'), preserve_insertion_order: 'false' });
  const con: DuckDBConnection = await inst.connect();
  try {
    for (const s of [...DDL_CASUSDATA, ...SQL_MAAK_PREAGGREGATEN]) await con.run(s);
    await con.run('INSERT INTO dataset VALUES (?, ?, ?, ?, 1)', [id, naam, herkomst, f ? `${basename(f.casus)}, ${basename(f.episode)}, ${basename(f.kosten)}` : eigen!.bron]);
    if (synth) {
      await genereerNatief(con, id, synth.n, synth.seed, 'fase');
      stap('genereren');
    } else {
      for (const [q, pad] of [[sqlLaadCasusCsv(), f!.casus], [sqlLaadEpisodeCsv(), f!.episode], [sqlLaadKostenCsv(), f!.kosten]] as const) {
        await con.run(q.sql, q.params(id, pad) as never);
      }
      stap('inlezen');
    }
    for (const s of sqlBouwEerst(id)) await con.run(s.sql, s.params as never);
    // the interval cube in slices of cases, as the browser builds it: in one go its window over
    // every case-year was the peak of the whole command (10,2 GB RSS at 10 M cases under --geheugen 8GB)
    const bereik = (await con.runAndReadAll(SQL_CASUS_NR_BEREIK, [id])).getRowObjectsJS()[0];
    for (const [van, tot] of casusPlakken(bereik, INTERVAL_PLAK_NATIEF)) for (const s of sqlBouwIntervalKubus(id, van, tot)) await con.run(s.sql, s.params as never);
    for (const s of sqlSluitIntervalKubus(id)) await con.run(s.sql, s.params as never);
    stap('kubussen');
    // the Thuiszitters page's small tables, for its window, by the SQL the page runs; they need the
    // most memory (a window over every episode): when they do not fit, the bundle is written without them
    const delen = routeDelen(synth?.n ?? Number((await con.runAndReadAll('SELECT count(*) AS n FROM casus')).getRowObjectsJS()[0].n));
    const routesWeg = await bouwRoutes(con, geheugen, delen);
    stap('routes');

    // DuckDB writes the files itself (COPY) and merges the Lorenz bins in SQL: no cube row passes through JavaScript
    const onderdrukt: Record<string, { rijen: number; n: number }> = {};
    const tabellen: Record<string, { bestand: string; rijen: number }> = {};
    for (const k of [...KUBUS_EXPORTS, ...(routesWeg ? [] : ROUTE_EXPORTS)]) {
      const bestand = `${k.tabel}.csv`;
      const q = sqlKubusExport(k, resolve(out, bestand));
      const o = (await con.runAndReadAll(q.onderdrukt, [id])).getRowObjectsJS()[0];
      onderdrukt[k.tabel] = { rijen: Number(o.rijen), n: Number(o.n) };
      const geschreven = await con.run(q.copy, [id]);
      tabellen[k.tabel] = { bestand, rijen: Number(geschreven.rowsChanged) };
    }
    const tot = (await con.runAndReadAll(SQL_AGGREGAAT_TOTALEN, [id, id, id])).getRowObjectsJS()[0] as Record<string, unknown>;
    stap('onderdrukken en schrijven');

    const invoer = f ? await Promise.all(Object.values(f).map(async (p) => ({ bestand: basename(p), bytes: statSync(p).size, sha256: await sha256(p) }))) : [];
    const manifest = {
      contractversie: 1,
      soort: 'kosten-per-casus-kubussen',
      dataset_id: id,
      naam,
      herkomst,
      bron: `${eigen?.bron ? `${eigen.bron}; ` : ''}${invoer.length ? `${invoer.map((x) => x.bestand).join(', ')}, ` : ''}geaggregeerd ${new Date().toISOString().slice(0, 16).replace('T', ' ')} met scripts/casus-aggregeer.ts`,
      invoer,
      sql: ['src/lib/db/sql/casus.ts', 'src/lib/db/sql/kosten.ts', 'src/lib/db/sql/kostenAggregaat.ts', 'src/lib/db/sql/routes.ts', 'src/lib/db/sql/routesAggregaat.ts', ...(synth ? ['src/lib/db/sql/synth.ts'] : [])],
      onderdrukking: { regel: `cellen op minder dan ${MIN_AANTAL} casussen weggelaten; Lorenz-bins samengevoegd tot elk ≥ ${MIN_AANTAL} casussen`, per_tabel: onderdrukt },
      totalen: { casussen: Number(tot.casussen), met_uitval: Number(tot.met_uitval), totaal_eur: Number(tot.totaal_eur) },
      tabellen,
      ...(routesWeg ? { routes_weggelaten: routesWeg } : { routes: { ...VENSTER } }),
    };
    writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
    const bytes = readdirSync(out).reduce((s, x) => s + statSync(join(out, x)).size, 0);
    const meting = {
      gemeten: new Date().toISOString(),
      casussen: Number(tot.casussen),
      invoer_bytes: invoer.reduce((s, x) => s + x.bytes, 0),
      tijden_ms: { ...tijden, totaal: Object.values(tijden).reduce((s, x) => s + x, 0) },
      piek_rss_mb: Math.round(piekRss / 2 ** 20),
      piek_rss_mb_per_stap: piekPerStap,
      duckdb_geheugenlimiet: geheugen,
      uitvoer_bytes: bytes,
      ...(routesWeg ? { routes_weggelaten: routesWeg } : { route_delen: delen }),
      systeembelasting_start: loadavg()[0],
    };
    console.log(`Klaar: ${meting.casussen} casussen → ${out} (${(bytes / 2 ** 20).toFixed(1)} MB), piek ${meting.piek_rss_mb} MB RSS.`);
    return meting;
  } finally {
    con.closeSync();
    inst.closeSync();
    rmSync(werk, { recursive: true, force: true });
  }
}

main()
  .then((m) => {
    const bench = optie('bench');
    if (bench) writeFileSync(bench, JSON.stringify(m, null, 1) + '\n');
  })
  .catch((e) => {
    console.error(`casus-aggregeer: ${(e as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => clearInterval(meetGeheugen));
