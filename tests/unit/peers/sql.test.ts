// The Kaart page's SQL (src/lib/db/sql/peers.ts) run in native DuckDB on a small hand-made table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb } from '../../../scripts/db/node-db.ts';
import { kenmerkBronnenVraag, kenmerkenVraag, KENMERK_INDICATOREN } from '../../../src/lib/db/sql/peers.ts';

type NodeDb = Awaited<ReturnType<typeof openNodeDb>>;
let db: NodeDb;

beforeAll(async () => {
  db = await openNodeDb();
  await db.exec(`CREATE TABLE regios AS SELECT * FROM (VALUES
    ('GM0001', 'Aadorp', 'gemeente', 'GKA_20_50K', 3, NULL, NULL),
    ('GM0002', 'Beedorp', 'gemeente', 'GKA_5_10K', 5, '2022-01-01', 'GM0003'),
    ('GM0003', 'Ceestad', 'gemeente', NULL, NULL, NULL, NULL),
    ('PV20', 'Groningen', 'provincie', NULL, NULL, NULL, NULL)
  ) t(code, naam, soort, grootteklasse, stedelijkheid, opgeheven_per, opvolger_code)`);
  await db.exec(`CREATE TABLE feiten AS SELECT * FROM (VALUES
    ('GM0001', '2021JJ00', 'inwoners', 30000.0, 'onbekend', 'cbs-85039NED', 'peildatum'),
    ('GM0001', '2024JJ00', 'inwoners', 31000.0, 'onbekend', 'cbs-85984NED', NULL),
    ('GM0001', '2021JJ00', 'pct_onder_15', 16.5, 'onbekend', 'cbs-85039NED', NULL),
    ('GM0001', '2021JJ00', 'kwb_pct_jongeren_jeugdzorg', 11.2, 'onbekend', 'cbs-85039NED', 'verslagjaar onbekend'),
    ('GM0002', '2021JJ00', 'inwoners', 8000.0, 'onbekend', 'cbs-85039NED', 'peildatum'),
    ('GM0002', '2021JJ00', 'kwb_pct_jongeren_jeugdzorg', NULL, 'onbekend', 'cbs-85039NED', 'geheim'),
    ('GM0003', '2024JJ00', 'inwoners', 50000.0, 'onbekend', 'cbs-85984NED', NULL),
    ('PV20', '2021JJ00', 'inwoners', 600000.0, 'onbekend', 'cbs-85039NED', NULL)
  ) t(regio_code, periode, indicator, waarde, status, bron, noot)`);
});
afterAll(() => db?.sluit());

describe('kenmerkenVraag', () => {
  it('pivots one row per gemeente with KWB 2021 values only; missing stays null', async () => {
    const v = kenmerkenVraag();
    const rijen = await db.query<Record<string, unknown>>(v.sql, v.params);
    expect(rijen.map((r) => r.code)).toEqual(['GM0001', 'GM0002', 'GM0003']);
    const a = rijen[0];
    expect(a.inwoners).toBe(30000); // the 2024 figure (other indeling) is not mixed in
    expect(a.pct_onder_15).toBe(16.5);
    expect(a.kwb_pct_jongeren_jeugdzorg).toBe(11.2);
    expect(a.pct_15_24).toBeNull();
    expect(a.stedelijkheid_regio).toBe(3);
    expect(rijen[1].kwb_pct_jongeren_jeugdzorg).toBeNull(); // empty fact → null, not 0
    expect(rijen[1].opvolger_code).toBe('GM0003');
    expect(rijen[2].inwoners).toBeNull(); // new gemeente: only a 2024 figure → no KWB 2021 value
    for (const k of KENMERK_INDICATOREN) expect(k in a).toBe(true);
  });

  it('user values are parameters, never part of the SQL text', () => {
    const v = kenmerkenVraag("2021JJ00'; DROP TABLE feiten; --");
    expect(v.sql).not.toContain('DROP');
    expect(v.params.at(-1)).toContain('DROP');
  });
});

describe('kenmerkBronnenVraag', () => {
  it('counts gemeenten with a value per indicator and source', async () => {
    const v = kenmerkBronnenVraag();
    const rijen = await db.query<Record<string, unknown>>(v.sql, v.params);
    const inw = rijen.find((r) => r.indicator === 'inwoners')!;
    expect(inw.n).toBe(2); // GM0001 + GM0002; the province is not a gemeente
    expect(inw.bron).toBe('cbs-85039NED');
    const jz = rijen.find((r) => r.indicator === 'kwb_pct_jongeren_jeugdzorg')!;
    expect(jz.n).toBe(1);
    expect(String(jz.noten)).toContain('geheim');
  });
});
