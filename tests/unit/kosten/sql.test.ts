import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  sqlBouwDataset,
  SQL_MAAK_PREAGGREGATEN,
  sqlLorenzBins,
  sqlHellingen,
  sqlJaarkostenVerdeling,
  sqlKostenPerCategorie,
  sqlLorenz,
  sqlUitgelijndeCurve,
  waar,
  type Variant,
} from '../../../src/lib/db/sql/kosten.ts';
import { casusKenmerken, kostenPerCasus, kostenPerCasusJaar, kostenPerCategorie, uitgelijndeCurve } from '../../../src/lib/model/kosten/curves.ts';
import type { KostenFilter } from '../../../src/lib/model/kosten/filters.ts';
import { aandeelDuurste, lorenz, lorenzUitBins } from '../../../src/lib/model/kosten/lorenz.ts';
import { cohort, laad, namespaced, rijen, type Cohort } from './helpers.ts';
import { mulberry32 } from '../../../scripts/lib/prng.ts';

const DS = 'synth';
let conn: DuckDBConnection;
let ref: Cohort;

beforeAll(async () => {
  // phase rows spread over months exercise the day-weighted spreading; month rows the simple case
  const c = await cohort(400, 7, 'fase');
  conn = await laad(c, DS);
  for (const s of SQL_MAAK_PREAGGREGATEN) await conn.run(s);
  for (const s of sqlBouwDataset(DS)) await conn.run(s.sql, s.params as never);
  ref = namespaced(c, DS);
}, 60_000);

const FILTERS: KostenFilter[] = [
  {},
  { onderwijssoort: ['PO', 'SBO'] },
  { gemeente: ['GM0344', 'GM0855'], jaarVan: 2021, jaarTot: 2023 },
  { leeftijdsband: ['12-15'], datasetIds: [DS] },
  // one dataset + period / age band (the filters the page sends)
  { datasetIds: [DS], jaarVan: 2020, jaarTot: 2022 },
  { datasetIds: [DS], leeftijdsband: ['8-11'], jaarVan: 2021, onderwijssoort: ['PO', 'SO'] },
];
const VARIANTEN: Variant[] = ['ruw', 'pre'];

describe('SQL-bouwers tegen de TypeScript-referentie', () => {
  it('waar() zet gebruikerswaarden alleen als parameters', () => {
    const w = waar({ gemeente: ["GM0001'; DROP TABLE casus; --"], jaarVan: 2020 });
    expect(w.sql).toBe('WHERE gemeente_code IN (?) AND jaar >= ?');
    expect(w.params).toEqual(["GM0001'; DROP TABLE casus; --", 2020]);
  });

  for (const f of FILTERS) {
    for (const v of VARIANTEN) {
      const naam = `${v} ${JSON.stringify(f)}`;
      it(`kosten per categorie ${naam}`, async () => {
        const q = sqlKostenPerCategorie(f, v);
        const sql = new Map((await rijen(conn, q.sql, q.params)).map((r) => [r.categorie as string, Number(r.bedrag)]));
        const ts = kostenPerCategorie(casusKenmerken(ref.casus, ref.episodes), ref.kosten, f);
        expect(sql.size).toBe(ts.size);
        expect(sql.size).toBeGreaterThan(0);
        for (const [k, b] of ts) expect(sql.get(k)).toBeCloseTo(b, 4);
      });

      it(`jaarkostenverdeling ${naam}`, async () => {
        const q = sqlJaarkostenVerdeling(f, v, 10000);
        const sql = await rijen(conn, q.sql, q.params);
        const ts = [...kostenPerCasusJaar(casusKenmerken(ref.casus, ref.episodes), ref.kosten, f).values()].filter((b) => b > 0);
        const bins = new Map<number, number>();
        for (const b of ts) bins.set(Math.floor(b / 10000) * 10000, (bins.get(Math.floor(b / 10000) * 10000) ?? 0) + 1);
        expect(sql.reduce((s, r) => s + Number(r.n), 0)).toBe(ts.length);
        for (const r of sql) expect(Number(r.n)).toBe(bins.get(Number(r.klasse_van)));
      });

      it(`lorenz en duurste 10 % ${naam}`, async () => {
        const q = sqlLorenz(f, v, 20, 0.1);
        const sql = await rijen(conn, q.sql, q.params);
        const perCasus = [...kostenPerCasus(casusKenmerken(ref.casus, ref.episodes), ref.kosten, f).values()];
        const n = perCasus.length;
        const laatste = sql[sql.length - 1];
        expect(Number(laatste.n)).toBe(n);
        expect(Number(laatste.aandeel_kosten)).toBeCloseTo(1, 9);
        // SQL takes floor(10 % of n) whole cases; the TS helper interpolates — compare on a whole count
        expect(Number(laatste.aandeel_top)).toBeCloseTo(aandeelDuurste(perCasus, Math.floor(n * 0.1) / n), 6);
      });

      it(`lorenz uit bins ${naam}`, async () => {
        const q = sqlLorenzBins(f, v);
        const bins = (await rijen(conn, q.sql, q.params)).map((r) => ({ bin: Number(r.bin), n: Number(r.n), bedrag: Number(r.bedrag) }));
        const perCasus = [...kostenPerCasus(casusKenmerken(ref.casus, ref.episodes), ref.kosten, f).values()].filter((b) => b > 0);
        const l = lorenzUitBins(bins, 0.1);
        expect(l.n).toBe(perCasus.length);
        expect(l.totaal).toBeCloseTo(perCasus.reduce((s, b) => s + b, 0), 4);
        // within 1 percentage point of the exact interpolated share
        expect(Math.abs(l.aandeelTop - aandeelDuurste(perCasus, 0.1))).toBeLessThan(0.01);
        // every bin edge lies on the exact Lorenz curve
        const exact = lorenz(perCasus).punten;
        for (const pt of l.punten.slice(1, -1)) {
          const i = Math.round(pt.aandeelCasussen * perCasus.length);
          expect(pt.aandeelKosten).toBeCloseTo(exact[i].aandeelKosten, 9);
        }
      });

      it(`uitgelijnde curve en hellingen ${naam}`, async () => {
        const q = sqlUitgelijndeCurve(f, v, -24, 24);
        const sql = await rijen(conn, q.sql, q.params);
        const ts = uitgelijndeCurve(casusKenmerken(ref.casus, ref.episodes), ref.kosten, f, -24, 24, 12);
        expect(sql).toHaveLength(49);
        expect(Number(sql[0].n)).toBe(ts.nCasussen);
        for (let i = 0; i < 49; i++) {
          expect(Number(sql[i].t)).toBe(ts.punten[i].t);
          expect(Number(sql[i].cumulatief)).toBeCloseTo(ts.punten[i].cumulatief, 4);
        }
        const h = sqlHellingen(f, v, 12);
        const [hr] = await rijen(conn, h.sql, h.params);
        expect(Number(hr.helling_voor)).toBeCloseTo(ts.hellingVoor, 4);
        expect(Number(hr.helling_na)).toBeCloseTo(ts.hellingNa, 4);
      });
    }
  }

  it('de curve stijgt na het uitvalmoment sneller dan ervoor (kalibratie 23k → 46k)', () => {
    const ts = uitgelijndeCurve(casusKenmerken(ref.casus, ref.episodes), ref.kosten, {}, -24, 24, 12);
    expect(ts.hellingNa).toBeGreaterThan(1.5 * ts.hellingVoor);
  });
});

describe('uitgelijnde curve bij kostenregels die midden in een maand beginnen en eindigen', () => {
  // The generator writes whole months; a user's file need not. The curve cube splits a row into its
  // first and last month (day shares) and the whole months between; here every row is shifted.
  const DAG = 'dagen';
  let c2: DuckDBConnection;
  let ref2: Cohort;
  beforeAll(async () => {
    const c = await cohort(300, 8, 'fase');
    const rng = mulberry32(31);
    const schuif = (iso: string, dagen: number) => new Date(Date.parse(iso) + dagen * 864e5).toISOString().slice(0, 10);
    c.kosten = c.kosten.map((k) => ({ ...k, begin: schuif(k.begin, rng.int(0, 27)), einde: schuif(k.einde, rng.int(1, 27)) }));
    c2 = await laad(c, DAG);
    for (const s of SQL_MAAK_PREAGGREGATEN) await c2.run(s);
    for (const s of sqlBouwDataset(DAG)) await c2.run(s.sql, s.params as never);
    ref2 = namespaced(c, DAG);
  }, 60_000);

  for (const f of [{}, { onderwijssoort: ['PO', 'SO'] }, { gemeente: ['GM0344'], leeftijdsband: ['12-15'] }] as KostenFilter[]) {
    it(`pre = referentie ${JSON.stringify(f)}`, async () => {
      const q = sqlUitgelijndeCurve(f, 'pre', -24, 24);
      const sql = await rijen(c2, q.sql, q.params);
      const ts = uitgelijndeCurve(casusKenmerken(ref2.casus, ref2.episodes), ref2.kosten, f, -24, 24, 12);
      expect(ts.nCasussen).toBeGreaterThan(0);
      for (let i = 0; i < 49; i++) {
        expect(Number(sql[i].gemiddeld)).toBeCloseTo(ts.punten[i].gemiddeld, 4);
        expect(Number(sql[i].cumulatief)).toBeCloseTo(ts.punten[i].cumulatief, 4);
      }
    });
  }
});
