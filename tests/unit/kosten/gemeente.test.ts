/**
 * Municipal price × volume on the real study data: the Kosten SQL (native DuckDB on public/data)
 * against the facts read directly from data/feiten/seed-003.csv, and the decomposition on it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openNodeDb } from '../../../scripts/db/node-db.ts';
import { schemaSql, BUNDEL_BESTANDEN } from '../../../src/lib/db/schema.ts';
import { kostenStudie, kostenVanGemeente, type KostenStudieRij } from '../../../src/lib/db/sql/kostenGemeente.ts';
import { afgerondeDelen, casusKosten, decomponeer, referentie } from '../../../src/lib/model/kosten/decompositie.ts';
import { parseCsv } from '../../../scripts/lib/csv.ts';

const feiten = parseCsv(readFileSync('data/feiten/seed-003.csv', 'utf8'), 'seed-003.csv').rijen.map((r) => r.waarden);
const w = (code: string, ind: string) => {
  const f = feiten.find((x) => x.regio_code === code && x.indicator === ind && x.periode === '2019JJ00');
  return f && f.waarde !== '' ? Number(f.waarde) : null;
};

let rijen: KostenStudieRij[];
let db: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => {
  db = await openNodeDb();
  for (const b of BUNDEL_BESTANDEN) await db.registreerBestand(b, readFileSync(`public/data/${b}`));
  for (const s of schemaSql((n) => db.bestandsPad(n))) await db.exec(s);
  const v = kostenStudie();
  rijen = await db.query<KostenStudieRij>(v.sql, v.params);
}, 60_000);

describe('kostenStudie (SQL)', () => {
  it('geeft per casus de gemeente en haar referentiegemeenten met de cijfers uit de bron', () => {
    const deventer = rijen.filter((r) => r.focus_code === 'GM0150');
    expect(deventer.find((r) => r.rol === 'gemeente')!.code).toBe('GM0150');
    const refs = deventer.filter((r) => r.rol === 'referentie').map((r) => r.code).sort();
    expect(refs).toEqual(['GM0193', 'GM0200', 'GM0202', 'GM0301']);
    for (const r of rijen.filter((x) => x.soort === 'gemeente')) {
      expect(r.lasten_per_gebruiker, r.naam).toBe(w(r.code, 'lasten_per_gebruiker'));
      expect(r.lasten_per_inwoner, r.naam).toBe(w(r.code, 'lasten_per_inwoner'));
    }
    expect(new Set(rijen.map((r) => r.focus_code))).toEqual(new Set(['GM0150', 'GM0344', 'GM0297', 'GM1894', 'GM1674']));
  });
  it('laat Amersfoort ontbrekend (null, niet 0) en houdt de noot', () => {
    const a = rijen.find((r) => r.code === 'GM0307')!;
    expect(a.lasten_per_inwoner).toBeNull();
    expect(a.noot_inwoner).toMatch(/niet gepubliceerd/);
    expect(a.lasten_per_gebruiker).toBe(10250);
  });
  it('grootteklassen hebben geen lasten per gebruiker', () => {
    for (const r of rijen.filter((x) => x.soort === 'grootteklasse')) expect(r.lasten_per_gebruiker).toBeNull();
  });
  it('kostenVanGemeente: geen rijen voor een gemeente buiten de studie', async () => {
    const v = kostenVanGemeente('GM0363');
    expect((await db.query(v.sql, v.params)).length).toBe(3);
    const leeg = kostenVanGemeente('GM0014');
    expect(await db.query(leeg.sql, leeg.params)).toEqual([]);
  });
});

describe('decompositie op de studiecijfers', () => {
  it('Deventer: volume + prijs = verschil met het ongewogen referentiegemiddelde', () => {
    const { gemeente, referenties } = casusKosten(rijen, 'GM0150');
    const ref = referentie(referenties)!;
    const refL = ['GM0200', 'GM0202', 'GM0301', 'GM0193'].map((c) => w(c, 'lasten_per_inwoner')!);
    expect(ref.lastenPerInwoner).toBeCloseTo(refL.reduce((a, b) => a + b) / 4, 10);
    const d = decomponeer(gemeente!, ref)!;
    expect(d.verschil).toBeCloseTo(w('GM0150', 'lasten_per_inwoner')! - ref.lastenPerInwoner, 10);
    expect(d.volume + d.prijs).toBeCloseTo(d.verschil, 9);
    // Deventer has both fewer users per inhabitant and a lower cost per user than its peers
    expect(d.volume).toBeLessThan(0);
    expect(d.prijs).toBeLessThan(0);
  });
  it('Utrecht: Amersfoort uitgesloten met reden', () => {
    const { referenties } = casusKosten(rijen, 'GM0344');
    const ref = referentie(referenties)!;
    expect(ref.uitgesloten.map((u) => u.naam)).toEqual(['Amersfoort']);
    expect(ref.leden).toHaveLength(5);
  });
});

describe('afgeronde delen tellen op', () => {
  it('ook als afzonderlijk afronden niet optelt', () => {
    const d = { verschil: -23.2, volume: 12.44, prijs: -35.64 };
    // naive: 12.4 + -35.6 = -23.2 fine; take a case that breaks
    const e = { verschil: 0.1, volume: 0.05, prijs: 0.05 }; // 0.1 + 0.1 = 0.2 ≠ 0.1 naively
    for (const x of [d, e, { verschil: -124.5, volume: -48.349, prijs: -76.151 }]) {
      const r = afgerondeDelen(x, 1);
      expect(Math.round((r.volume + r.prijs) * 10)).toBe(Math.round(r.verschil * 10));
      expect(Math.abs(r.volume - x.volume)).toBeLessThanOrEqual(0.1 + 1e-9);
      expect(Math.abs(r.prijs - x.prijs)).toBeLessThanOrEqual(0.1 + 1e-9);
    }
    expect(afgerondeDelen({ verschil: 0.1, volume: 0.05, prijs: 0.05 }, 1).verschil).toBe(0.1);
  });
});
