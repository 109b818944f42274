// The db layer of own imports, on native DuckDB (same SQL as DuckDB-WASM in the browser).
import { beforeEach, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../scripts/db/node-db.ts';
import type { Db } from '../../../src/lib/db/types.ts';
import { vragen } from '../../../src/lib/db/vragen.ts';
import { activeer, alsGeheugenFout, feitenNaarCsv, herbouw, importAlsCsv, laadBatch, laadBatchCsv, lijstImports, maakImport, telConflicten, verwijderImport, zetIndicatoren } from '../../../src/lib/db/eigenData.ts';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import type { ParsedFact } from '../../../src/lib/import/typen.ts';
import { berichtTekst } from '../../../src/lib/import/melding.ts';
import { readFileSync } from 'node:fs';

const feit = (regio_code: string, periode: string, indicator: string, waarde: number | null, noot = ''): ParsedFact => ({
  regio_code, periode, indicator, waarde, status: 'definitief', bron: 'eigen import: x.csv', noot,
});

async function metBundel(): Promise<Db> {
  const db = await openNodeDb();
  await db.exec(`CREATE TABLE feiten (regio_code VARCHAR, periode VARCHAR, indicator VARCHAR, waarde DOUBLE, status VARCHAR, bron VARCHAR, noot VARCHAR)`);
  await db.exec(`INSERT INTO feiten VALUES ('GM0150','2019JJ00','lasten_per_inwoner',300,'definitief','seed-003:L1409',NULL),
                                            ('GM0344','2019JJ00','lasten_per_inwoner',410,'definitief','seed-003:L1410',NULL)`);
  await db.exec(`CREATE TABLE indicatoren (code VARCHAR, naam_nl VARCHAR, naam_en VARCHAR, eenheid VARCHAR, definitie VARCHAR, formule VARCHAR, richting VARCHAR, cbs_code VARCHAR)`);
  await db.exec(`INSERT INTO indicatoren VALUES ('lasten_per_inwoner','Lasten per inwoner','Expenditure per inhabitant','euro','d','f','lager_gunstiger','')`);
  return db;
}

const waarde = async (db: Db, regio: string, ind: string) =>
  (await db.query<{ waarde: number | null; bron: string }>('SELECT waarde, bron FROM feiten WHERE regio_code = ? AND indicator = ?', [regio, ind]));

describe('feitenNaarCsv', () => {
  it('quotes text and keeps missing values empty (NULL), never 0', () => {
    const csv = feitenNaarCsv([feit('GM0150', '2023JJ00', 'a', null, 'ontbreekt; "x"\nregel 2'), feit('GM0150', '2022JJ00', 'a', 1.5)]);
    const regels = csv.split('\n');
    expect(regels[0]).toBe('regio_code;periode;indicator;waarde;status;noot');
    expect(regels[1]).toBe('"GM0150";"2023JJ00";"a";;"definitief";"ontbreekt; ""x""');
    expect(csv).toContain('"GM0150";"2022JJ00";"a";1.5;"definitief";""');
  });
});

describe('eigen import in DuckDB', () => {
  let db: Db;
  beforeEach(async () => {
    db = await metBundel();
  });

  it('stages facts without showing them, then "Toevoegen" shows them with the import as bron', async () => {
    const { bron } = await maakImport(db, { import_id: 'a', bestand: 'mijn.csv', tijd: '23-11-2026 16:00:00', formaat: 'lang' });
    expect(bron).toBe('eigen import: mijn.csv (23-11-2026 16:00:00)');
    // a note with every CSV hazard, and a name with HTML in it: stored as plain text
    await laadBatch(db, 'a', bron, [feit('GM0150', '2023JJ00', 'nieuw', 7.25, 'x;"y"\nz <img src=x onerror=alert(1)>'), feit('GM0344', '2023JJ00', 'nieuw', null, 'ontbreekt')]);
    await zetIndicatoren(db, 'a', [{ code: 'nieuw', naam: "Jongeren <b>'t</b>", eenheid: 'onbekend' }]);
    expect(await waarde(db, 'GM0150', 'nieuw')).toEqual([]);
    await activeer(db, 'a', false);
    const r = await db.query<{ waarde: number | null; bron: string; noot: string | null }>("SELECT waarde, bron, noot FROM feiten WHERE indicator = 'nieuw' ORDER BY regio_code");
    expect(r).toEqual([
      { waarde: 7.25, bron, noot: 'x;"y"\nz <img src=x onerror=alert(1)>' },
      { waarde: null, bron, noot: 'ontbreekt' },
    ]);
    const ind = await db.query<{ naam_nl: string; eenheid: string; richting: string; definitie: string }>("SELECT * FROM indicatoren WHERE code = 'nieuw'");
    expect(ind[0].naam_nl).toBe("Jongeren <b>'t</b>");
    expect(ind[0].eenheid).toBe('onbekend');
    expect(ind[0].richting).toBe('neutraal');
    expect(ind[0].definitie).toContain('mijn.csv');
    const lijst = await lijstImports(db);
    expect(lijst).toHaveLength(1);
    expect(lijst[0]).toMatchObject({ import_id: 'a', bestand: 'mijn.csv', aantal: 2, getoond: 2, indicatoren: ['nieuw'] });
  });

  it('keeps the bundled figure on a conflict unless "vervang" is chosen, and removing restores it', async () => {
    const { bron } = await maakImport(db, { import_id: 'b', bestand: 'k.csv', tijd: 't1', formaat: 'lang' });
    await laadBatch(db, 'b', bron, [feit('GM0150', '2019JJ00', 'lasten_per_inwoner', 999), feit('GM0344', '2019JJ00', 'lasten_per_inwoner', 410), feit('GM0150', '2020JJ00', 'lasten_per_inwoner', 5)]);
    expect(await telConflicten(db, 'b')).toEqual({ totaal: 3, metGebundeld: 2, metGebundeldAnders: 1, metEerdereImport: 0, perStatus: { definitief: 3 } });
    await activeer(db, 'b', false);
    expect((await waarde(db, 'GM0150', 'lasten_per_inwoner')).map((x) => x.waarde).sort()).toEqual([300, 5]);
    expect((await lijstImports(db))[0]).toMatchObject({ aantal: 3, getoond: 1 });
    // the same import with "vervang": the user's figure wins
    await db.query('UPDATE eigen_imports SET vervang = true WHERE import_id = ?', ['b']);
    await herbouw(db);
    const na = await waarde(db, 'GM0150', 'lasten_per_inwoner');
    expect(na.map((x) => x.waarde).sort((a, b) => a! - b!)).toEqual([5, 999]);
    expect(na.every((x) => x.bron === bron)).toBe(true);
    await verwijderImport(db, 'b');
    expect(await waarde(db, 'GM0150', 'lasten_per_inwoner')).toEqual([{ waarde: 300, bron: 'seed-003:L1409' }]);
    expect(await db.query('SELECT * FROM eigen_feiten')).toEqual([]);
    expect(await lijstImports(db)).toEqual([]);
  });

  it('between two imports the earlier one wins, and conflicts with it are counted', async () => {
    const a = await maakImport(db, { import_id: 'a', bestand: 'same.csv', tijd: 't', formaat: 'lang' });
    await laadBatch(db, 'a', a.bron, [feit('GM0150', '2023JJ00', 'x', 1)]);
    await activeer(db, 'a', false);
    const b = await maakImport(db, { import_id: 'b', bestand: 'same.csv', tijd: 't', formaat: 'lang' });
    expect(b.bron).toBe('eigen import: same.csv (t) #2');
    await laadBatch(db, 'b', b.bron, [feit('GM0150', '2023JJ00', 'x', 2)]);
    expect((await telConflicten(db, 'b')).metEerdereImport).toBe(1);
    await activeer(db, 'b', false);
    expect(await waarde(db, 'GM0150', 'x')).toEqual([{ waarde: 1, bron: a.bron }]);
    await verwijderImport(db, 'a');
    expect(await waarde(db, 'GM0150', 'x')).toEqual([{ waarde: 2, bron: b.bron }]);
  });

  it('a later import with "vervang" beats the bundle and an earlier import; no key is ever shown twice', async () => {
    const a = await maakImport(db, { import_id: 'a', bestand: 'a.csv', tijd: 't', formaat: 'lang' });
    await laadBatch(db, 'a', a.bron, [feit('GM0150', '2019JJ00', 'lasten_per_inwoner', 1), feit('GM0150', '2023JJ00', 'x', 1)]);
    await activeer(db, 'a', false);
    const b = await maakImport(db, { import_id: 'b', bestand: 'b.csv', tijd: 't', formaat: 'lang' });
    await laadBatch(db, 'b', b.bron, [feit('GM0150', '2019JJ00', 'lasten_per_inwoner', 2), feit('GM0150', '2023JJ00', 'x', 2), feit('GM0344', '2023JJ00', 'x', 2)]);
    await activeer(db, 'b', true);
    expect(await waarde(db, 'GM0150', 'lasten_per_inwoner')).toEqual([{ waarde: 2, bron: b.bron }]);
    expect(await waarde(db, 'GM0150', 'x')).toEqual([{ waarde: 2, bron: b.bron }]);
    expect(await waarde(db, 'GM0344', 'lasten_per_inwoner')).toEqual([{ waarde: 410, bron: 'seed-003:L1410' }]);
    const dubbel = await db.query('SELECT regio_code, periode, indicator FROM feiten GROUP BY ALL HAVING count(*) > 1');
    expect(dubbel).toEqual([]);
    expect((await lijstImports(db)).map((r) => [r.import_id, r.getoond])).toEqual([['a', 0], ['b', 3]]);
    // rebuilt in slices of one row (as a 16 M-fact import is, in slices of STUK): the same table
    const heel = await db.query('SELECT * FROM feiten ORDER BY ALL');
    await herbouw(db, 1);
    expect(await db.query('SELECT * FROM feiten ORDER BY ALL')).toEqual(heel);
  });

  it('a failed "Toevoegen" (out of memory) puts feiten back as it was and says so in Dutch', async () => {
    const voor = await db.query('SELECT * FROM feiten ORDER BY ALL');
    const { bron } = await maakImport(db, { import_id: 'g', bestand: 'groot.csv', tijd: 't', formaat: 'lang' });
    await laadBatch(db, 'g', bron, [feit('GM0150', '2023JJ00', 'x', 1), feit('GM0344', '2023JJ00', 'x', 2)]);
    // DuckDB-WASM's own message when its 3 GB are full, on the first slice of the import
    let eerste = true;
    const krap: Db = {
      ...db,
      query: (sql, params) => {
        if (eerste && sql.includes('FROM eigen_feiten s')) {
          eerste = false;
          return Promise.reject(new Error('Out of Memory Error: could not allocate block of size 256.0 KiB (3.1 GiB/3.1 GiB used)'));
        }
        return db.query(sql, params);
      },
    };
    const fout = await activeer(krap, 'g', false).then(() => null, (e: Error) => e);
    expect(fout).not.toBeNull();
    expect(berichtTekst('nl', alsGeheugenFout(fout)!)).toMatch(/^te weinig geheugen in de browser voor dit bestand; er is niets toegevoegd/);
    expect(alsGeheugenFout(new Error('Binder Error: kolom bestaat niet'))).toBeNull();
    expect(await db.query('SELECT * FROM feiten ORDER BY ALL')).toEqual(voor);
    expect(await lijstImports(db)).toEqual([]);
  });

  it('a parsed StatLine fixture loads end to end, and exports back to the same facts', async () => {
    const tekst = readFileSync('tests/fixtures/import/statline-jeugdzorg.csv', 'utf8');
    const r = parseTekst(tekst, { bestand: 'statline-jeugdzorg.csv', gemeenten: [{ code: 'GM0150', naam: 'Deventer' }, { code: 'GM0513', naam: 'Gouda' }, { code: 'GM0518', naam: "'s-Gravenhage" }] });
    const feiten = r.rijen as ParsedFact[];
    expect(feiten.length).toBeGreaterThan(3);
    const { bron } = await maakImport(db, { import_id: 's', bestand: r.bestand, tijd: 'nu', formaat: r.formaat });
    await laadBatch(db, 's', bron, feiten);
    await activeer(db, 's', false);
    const n = await db.query<{ n: number }>('SELECT count(*)::INTEGER AS n FROM feiten WHERE bron = ?', [bron]);
    expect(n[0].n).toBe(feiten.length);
    // voorlopig status survives
    const voorlopig = feiten.filter((f) => f.status === 'voorlopig').length;
    expect(voorlopig).toBeGreaterThan(0);
    expect((await db.query<{ n: number }>("SELECT count(*)::INTEGER AS n FROM feiten WHERE bron = ? AND status = 'voorlopig'", [bron]))[0].n).toBe(voorlopig);
    // round trip through the IndexedDB form
    const csv = await importAlsCsv(db, 's', 2);
    expect(csv.length).toBe(Math.ceil(feiten.length / 2));
    const k = await maakImport(db, { import_id: 'kopie', bestand: 'kopie', tijd: 'x', formaat: 'lang' });
    for (const c of csv) await laadBatchCsv(db, 'kopie', k.bron, c);
    const verschil = await db.query(`SELECT regio_code, periode, indicator, waarde, status, noot FROM eigen_feiten WHERE import_id = 's'
      EXCEPT SELECT regio_code, periode, indicator, waarde, status, noot FROM eigen_feiten WHERE import_id = 'kopie'`);
    expect(verschil).toEqual([]);
  });
});

describe('indicatorenMetGemeentecijfers', () => {
  it('lists bundled and imported indicators with gemeente figures, flagging the imported ones', async () => {
    const db = await metBundel();
    await db.exec(`CREATE TABLE regios (code VARCHAR, naam VARCHAR, soort VARCHAR)`);
    await db.exec(`INSERT INTO regios VALUES ('GM0150','Deventer','gemeente'),('GM0344','Utrecht','gemeente'),('NL01','Nederland','land')`);
    const { bron } = await maakImport(db, { import_id: 'a', bestand: 'n.csv', tijd: 't', formaat: 'lang' });
    await laadBatch(db, 'a', bron, [feit('GM0150', '2023JJ00', 'nieuw', 1), feit('NL01', '2023JJ00', 'alleen_nl', 2), feit('GM0344', '2023JJ00', 'leeg', null)]);
    await zetIndicatoren(db, 'a', [{ code: 'nieuw', naam: 'Nieuw', eenheid: 'procent' }, { code: 'alleen_nl', naam: 'NL', eenheid: 'onbekend' }, { code: 'leeg', naam: 'L', eenheid: 'onbekend' }]);
    await activeer(db, 'a', false);
    const v = vragen.indicatorenMetGemeentecijfers();
    const r = await db.query(v.sql, v.params);
    expect(r).toEqual([
      { code: 'lasten_per_inwoner', naam_nl: 'Lasten per inwoner', naam_en: 'Expenditure per inhabitant', eenheid: 'euro', eigen: false, gemeenten: 2 },
      { code: 'nieuw', naam_nl: 'Nieuw', naam_en: 'Nieuw', eenheid: 'procent', eigen: true, gemeenten: 1 },
    ]);
  });
});

describe('feiten_laatste (latest period per regio and indicator)', () => {
  type F = { regio_code: string; periode: string; indicator: string; waarde: number | null; bron: string };
  /** Reference in TypeScript: per (regio, indicator) the fact with the highest period code. */
  const laatsteIn = (feiten: F[]) => {
    const m = new Map<string, F>();
    for (const f of feiten) {
      const k = `${f.regio_code}|${f.indicator}`;
      if (!m.has(k) || m.get(k)!.periode < f.periode) m.set(k, f);
    }
    return [...m.values()].sort((a, b) => (a.indicator + a.regio_code).localeCompare(b.indicator + b.regio_code));
  };
  const lees = (db: Db, tabel: string) => db.query<F>(`SELECT regio_code, periode, indicator, waarde, bron FROM ${tabel} ORDER BY indicator, regio_code, periode`);

  it('follows every rebuild of feiten: add, "vervang", remove; missing values stay null', async () => {
    const db = await metBundel();
    const { SQL_FEITEN_LAATSTE } = await import('../../../src/lib/db/schema.ts');
    await db.exec(SQL_FEITEN_LAATSTE);
    expect(await lees(db, 'feiten_laatste')).toEqual(laatsteIn(await lees(db, 'feiten')));
    const { bron } = await maakImport(db, { import_id: 'a', bestand: 'p.csv', tijd: 't', formaat: 'lang' });
    await laadBatch(db, 'a', bron, [
      feit('GM0150', '2018JJ00', 'lasten_per_inwoner', 1), feit('GM0150', '2021HJ01', 'lasten_per_inwoner', 2),
      feit('GM0344', '2019JJ00', 'lasten_per_inwoner', 3), feit('GM0344', '2022JJ00', 'nieuw', null), feit('GM0344', '2020JJ00', 'nieuw', 4),
    ]);
    for (const stap of [() => activeer(db, 'a', false), () => activeer(db, 'a', true), () => verwijderImport(db, 'a')]) {
      await stap();
      expect(await lees(db, 'feiten_laatste')).toEqual(laatsteIn(await lees(db, 'feiten')));
    }
    // spot checks of what the reference says, so the test cannot pass on two empty tables
    await maakImport(db, { import_id: 'b', bestand: 'q.csv', tijd: 't', formaat: 'lang' });
    await laadBatch(db, 'b', 'eigen import: q.csv (t)', [feit('GM0344', '2022JJ00', 'nieuw', null), feit('GM0344', '2020JJ00', 'nieuw', 4)]);
    await activeer(db, 'b', false);
    expect(await db.query("SELECT periode, waarde FROM feiten_laatste WHERE indicator = 'nieuw'")).toEqual([{ periode: '2022JJ00', waarde: null }]);
    expect(await db.query("SELECT periode, waarde FROM feiten_laatste WHERE regio_code = 'GM0150'")).toEqual([{ periode: '2019JJ00', waarde: 300 }]);
  });
});
