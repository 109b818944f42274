// Issue 15: the cubes answer every chart of Kosten per casus exactly as re-aggregating the raw
// rows does, on random filter states (native DuckDB, the same SQL the browser runs). 'ruw'
// spreads every cost row over its months each time; 'pre' reads only the cubes built at load.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { casusPlakken, LORENZ_SCHAAL_IV, sqlBouwDataset, sqlBouwIntervalKubus, sqlLorenz, sqlSluitIntervalKubus, SQL_CASUS_NR_BEREIK, SQL_MAAK_PREAGGREGATEN, sqlLorenzBins } from '../../../src/lib/db/sql/kosten.ts';
import { sqlAlleGrafieken } from '../../../src/lib/db/sql/kostenCasus.ts';
import { splitsAlleGrafieken, type DeelRij } from '../../../src/lib/db/kostenCasus.ts';
import { LEEFTIJDSBANDEN, type KostenFilter } from '../../../src/lib/model/kosten/filters.ts';
import { ONDERWIJSSOORT } from '../../../src/lib/model/casus/contract.ts';
import { GEMEENTEN } from '../../../src/lib/model/casus/synth/kalibratie.ts';
import { mulberry32 } from '../../../scripts/lib/prng.ts';
import { lorenzUitBins } from '../../../src/lib/model/kosten/lorenz.ts';
import { cohort, laad, rijen } from './helpers.ts';

const DS = 'kubus';
let conn: DuckDBConnection;
const JAREN = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];

beforeAll(async () => {
  conn = await laad(await cohort(800, 11, 'fase'), DS);
  for (const s of SQL_MAAK_PREAGGREGATEN) await conn.run(s);
  for (const s of sqlBouwDataset(DS)) await conn.run(s.sql, s.params as never);
}, 120_000);

/** A random filter state as the page can send it (one value per filter, any combination). */
function willekeurig(r: () => number): KostenFilter {
  const kies = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const f: KostenFilter = { datasetIds: [DS] };
  if (r() < 0.4) f.onderwijssoort = [kies(ONDERWIJSSOORT)];
  if (r() < 0.5) f.leeftijdsband = [kies(LEEFTIJDSBANDEN).code];
  if (r() < 0.3) f.gemeente = [kies(GEMEENTEN)[0]];
  if (r() < 0.6) f.jaarVan = kies(JAREN);
  if (r() < 0.6) f.jaarTot = kies(JAREN);
  return f;
}

async function antwoord(f: KostenFilter, v: 'pre' | 'ruw') {
  const q = sqlAlleGrafieken(f, v);
  return splitsAlleGrafieken((await rijen(conn, q.sql, q.params)) as DeelRij[]);
}

const dicht = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('kubussen = ruwe rijen (Kosten per casus)', () => {
  const rng = mulberry32(2026);
  const r = () => rng.next();
  const staten = Array.from({ length: 30 }, () => willekeurig(r));

  it('de willekeurige staten raken de kubus met periode en leeftijd', () => {
    expect(staten.filter((f) => f.jaarVan != null || f.jaarTot != null || f.leeftijdsband).length).toBeGreaterThan(15);
    // and the query really reads the interval cube, not the case-years
    expect(sqlLorenzBins({ datasetIds: [DS], jaarVan: 2020 }, 'pre').sql).toContain('pa_lorenz_iv');
    expect(sqlLorenzBins({ datasetIds: [DS], leeftijdsband: ['8-11'] }, 'pre').sql).not.toContain('pa_casus_jaar');
  });

  it('één SQL-tekst per Lorenz-pad: een filterwijziging hergebruikt de voorbereide opdracht', () => {
    // DuckDB-WASM keeps a prepared statement per text; a new text costs a prepare and a round trip
    const teksten = new Set(staten.map((f) => sqlAlleGrafieken(f, 'pre').sql));
    expect(teksten.size).toBe(2); // whole cases (pa_lorenz_bin) or a period/age filter (pa_lorenz_iv)
  });

  it.each(staten.map((f, i) => [i, f] as const))('staat %i: alle grafieken gelijk', async (_i, f) => {
    const [pre, ruw] = await Promise.all([antwoord(f, 'pre'), antwoord(f, 'ruw')]);
    // categories: same set, same money
    expect(pre.categorie.map((c) => c.categorie).sort()).toEqual(ruw.categorie.map((c) => c.categorie).sort());
    for (const c of ruw.categorie) expect(dicht(pre.categorie.find((x) => x.categorie === c.categorie)!.bedrag, c.bedrag)).toBe(true);
    // annual-cost distribution: same bins, counts and money
    expect(pre.verdeling.map((k) => [k.klasse_van, k.n])).toEqual(ruw.verdeling.map((k) => [k.klasse_van, k.n]));
    pre.verdeling.forEach((k, i) => expect(dicht(k.bedrag, ruw.verdeling[i].bedrag)).toBe(true));
    // curve around t = 0 (mean and cumulative per month) and the slopes before/after
    expect(pre.curve.length).toBe(ruw.curve.length);
    pre.curve.forEach((p, i) => {
      expect(p.n).toBe(ruw.curve[i].n);
      expect(dicht(p.gemiddeld ?? 0, ruw.curve[i].gemiddeld ?? 0)).toBe(true);
      expect(dicht(p.cumulatief ?? 0, ruw.curve[i].cumulatief ?? 0)).toBe(true);
    });
    expect(dicht(pre.hellingen[0].helling_voor ?? 0, ruw.hellingen[0].helling_voor ?? 0)).toBe(true);
    expect(dicht(pre.hellingen[0].helling_na ?? 0, ruw.hellingen[0].helling_na ?? 0)).toBe(true);
    // Lorenz: same cases and money; a case's total is summed in another order in the cube, so
    // one lying within float rounding of a bin edge may land in the neighbouring bin. Bound: the
    // running count per bin differs by at most 1 case, and the curve by at most 1/n.
    const lp = lorenzUitBins(pre.lorenz);
    const lr = lorenzUitBins(ruw.lorenz);
    expect(lp.n).toBe(lr.n);
    expect(dicht(lp.totaal, lr.totaal)).toBe(true);
    const cum = (bins: typeof pre.lorenz) => { let s = 0; return new Map(bins.map((b) => [b.bin, (s += b.n)])); };
    const cp = cum(pre.lorenz);
    const cr = cum(ruw.lorenz);
    const tot = (m: Map<number, number>, b: number) => { let v = 0; for (const [k, x] of m) if (k <= b) v = x; return v; };
    for (const b of new Set([...cp.keys(), ...cr.keys()])) expect(Math.abs(tot(cp, b) - tot(cr, b))).toBeLessThanOrEqual(1);
    expect(Math.abs(lp.aandeelTop - lr.aandeelTop)).toBeLessThanOrEqual(lr.n ? 1 / lr.n : 0);
  }, 60_000);

  // The interval cube has bins of ≈ 5 % (LORENZ_SCHAAL_IV), and 'ruw' bins alike, so the two agree
  // above; against the EXACT curve of the case totals the bins approximate in one place only.
  it('onder een periode- of leeftijdsfilter: bin-randen exact, top-aandeel binnen de grens van één bin', async () => {
    let getest = 0;
    for (const f of staten.filter((x) => x.jaarVan != null || x.jaarTot != null || x.leeftijdsband)) {
      const bins = (await antwoord(f, 'pre')).lorenz;
      const l = lorenzUitBins(bins, 0.1);
      const ex = sqlLorenz(f, 'ruw', 1e9, 0.1); // every case a point: the exact curve
      const punten = (await rijen(conn, ex.sql, ex.params)).map((r) => ({ k: Number(r.aandeel_kosten), n: Number(r.n) }));
      const n = punten.at(-1)?.n ?? 0;
      if (!n || !l.n) continue;
      getest++;
      // the bins hold the cases with money (bedrag > 0); cases at zero come first in the exact curve
      const pos = punten.slice(n - l.n).map((x) => x.k);
      // every point of the binned curve (a bin edge) lies on the exact curve
      for (const pt of l.punten.slice(1, -1)) expect(pt.aandeelKosten).toBeCloseTo(pos[Math.round(pt.aandeelCasussen * l.n) - 1], 9);
      // the costliest 10 %: inside the bin holding the boundary, cases are taken at the bin's mean.
      // Its amounts lie within a factor r = e^(1/LORENZ_SCHAAL_IV) of each other, so the error is at
      // most (r − 1) · that bin's share of the money.
      const r = Math.exp(1 / LORENZ_SCHAAL_IV);
      let rest = 0.1 * l.n;
      let grens = 0;
      for (const b of [...bins].sort((a, c) => c.bin - a.bin)) {
        if (b.n >= rest) { grens = b.bedrag; break; }
        rest -= b.n;
      }
      const exactTop = aandeelTopExact(pos, l.n, 0.1);
      expect(Math.abs(l.aandeelTop - exactTop)).toBeLessThanOrEqual(((r - 1) * grens) / l.totaal + 1e-9);
    }
    expect(getest).toBeGreaterThan(10);
  }, 60_000);
});

/** Share of the money of the costliest fraction p from the exact cumulative shares (cheapest first), fractional case interpolated. */
function aandeelTopExact(cum: number[], n: number, p: number): number {
  const k = n - p * n; // cases below the top
  const i = Math.floor(k);
  const onder = (j: number) => (j <= 0 ? 0 : cum[j - 1]);
  return 1 - (onder(i) + (k - i) * (onder(i + 1) - onder(i)));
}

// A synthetic load builds the interval cube after the first chart, in slices of cases
// (bouwIntervalKubus); meanwhile the Lorenz curve comes from the case-years (intervalKubus false).
describe('interval-kubus in plakken, en het antwoord zolang hij ontbreekt', () => {
  const cel = `SELECT gemeente_code, soort, band, van_min, van_max, tot_min, tot_max, bin, sum(n) AS n, round(sum(bedrag), 4) AS bedrag
    FROM pa_lorenz_iv WHERE dataset_id = ? GROUP BY ALL ORDER BY ALL`;

  it('casusPlakken dekt het bereik precies, in volgorde, de laatste plak korter', () => {
    expect(casusPlakken({ van: 1, tot: 250 }, 100)).toEqual([[1, 100], [101, 200], [201, 250]]);
    expect(casusPlakken({ van: BigInt(7), tot: BigInt(7) }, 100)).toEqual([[7, 7]]);
    expect(casusPlakken({ van: null, tot: null }, 100)).toEqual([]); // a dataset without cases
    expect(casusPlakken(undefined, 100)).toEqual([]);
    expect(casusPlakken({ van: 1, tot: 10 }, 0)).toEqual([]);
  });

  it('plakken van 97 casussen geven dezelfde kubus als één bouw', async () => {
    const heel = await rijen(conn, cel, [DS]);
    expect(heel.length).toBeGreaterThan(100);
    await conn.run('DELETE FROM pa_lorenz_iv WHERE dataset_id = ?', [DS]);
    const [b] = await rijen(conn, SQL_CASUS_NR_BEREIK, [DS]);
    const plakken = casusPlakken(b, 97);
    expect(plakken.length).toBeGreaterThan(5);
    for (const [van, tot] of plakken) for (const s of sqlBouwIntervalKubus(DS, van, tot)) await conn.run(s.sql, s.params as never);
    const voorSluiten = Number((await rijen(conn, 'SELECT count(*) AS n FROM pa_lorenz_iv WHERE dataset_id = ?', [DS]))[0].n);
    for (const s of sqlSluitIntervalKubus(DS)) await conn.run(s.sql, s.params as never);
    expect(await rijen(conn, cel, [DS])).toEqual(heel);
    // closing merged the slices: one row per cell and bin, fewer than the slices left
    const naSluiten = Number((await rijen(conn, 'SELECT count(*) AS n FROM pa_lorenz_iv WHERE dataset_id = ?', [DS]))[0].n);
    expect(naSluiten).toBe(heel.length);
    expect(naSluiten).toBeLessThan(voorSluiten);
  }, 60_000);

  it('zonder interval-kubus leest de Lorenz-curve de casusjaren en blijft hij gelijk', async () => {
    const rng = mulberry32(7);
    const r = () => rng.next();
    let metPeriode = 0;
    for (let i = 0; i < 12; i++) {
      const f = willekeurig(r);
      const q = sqlLorenzBins(f, 'pre', { intervalKubus: false });
      expect(q.sql).not.toContain('pa_lorenz_iv');
      if (f.jaarVan != null || f.jaarTot != null || f.leeftijdsband) metPeriode++;
      const alle = sqlAlleGrafieken(f, 'pre', { intervalKubus: false });
      const met = lorenzUitBins((await antwoord(f, 'pre')).lorenz);
      const zonder = lorenzUitBins(splitsAlleGrafieken((await rijen(conn, alle.sql, alle.params)) as DeelRij[]).lorenz);
      expect(zonder.n).toBe(met.n);
      expect(dicht(zonder.totaal, met.totaal)).toBe(true);
      expect(Math.abs(zonder.aandeelTop - met.aandeelTop)).toBeLessThanOrEqual(met.n ? 1 / met.n : 0);
    }
    expect(metPeriode).toBeGreaterThan(3);
  }, 60_000);
});
