/** De build als commando: echte data, de kleine fixture, en een kapotte datamap. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCsv } from '../../../scripts/lib/csv.ts';

function bouw(data: string, out: string, env: Record<string, string> = {}) {
  return spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/build-data.ts', '--data', data, '--out', out], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}
const lees = (p: string) => parseCsv(readFileSync(p, 'utf8'), p);

describe('build-data.ts', () => {
  it('bouwt de echte data: bestanden, manifest met hashes, deterministisch', () => {
    const a = mkdtempSync(join(tmpdir(), 'jv-a-'));
    const b = mkdtempSync(join(tmpdir(), 'jv-b-'));
    const ra = bouw('data', a, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(ra.status, ra.stderr).toBe(0);
    const rb = bouw('data', b, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(rb.status, rb.stderr).toBe(0);
    const ma = JSON.parse(readFileSync(join(a, 'manifest.json'), 'utf8'));
    const mb = JSON.parse(readFileSync(join(b, 'manifest.json'), 'utf8'));
    expect(ma).toEqual(mb);
    expect(ma.builtAt).toBe('2023-11-14T22:13:20.000Z');
    expect(ma.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    const namen = ma.files.map((f: { name: string }) => f.name).sort();
    expect(namen).toEqual(['bronnen.csv', 'feiten.csv', 'indicatoren.csv', 'referentiesets.csv', 'regios.csv', 'vlaggen.csv']);
    const feiten = readFileSync(join(a, 'feiten.csv'), 'utf8');
    expect(feiten.charCodeAt(0)).not.toBe(0xfeff);
    const fm = ma.files.find((f: { name: string }) => f.name === 'feiten.csv');
    expect(fm.bytes).toBe(Buffer.byteLength(feiten));
    expect(fm.rows).toBe(lees(join(a, 'feiten.csv')).rijen.length);
    expect(lees(join(a, 'feiten.csv')).kolommen).toEqual(['regio_code', 'periode', 'indicator', 'waarde', 'status', 'bron', 'noot']);
    const deventer = lees(join(a, 'feiten.csv')).rijen.find(
      (r) => r.waarden.regio_code === 'GM0150' && r.waarden.indicator === 'lasten_per_gebruiker',
    );
    expect(deventer?.waarden.waarde).toBe('10143');
    expect(lees(join(a, 'vlaggen.csv')).rijen.map((r) => r.waarden.regio_code)).toContain('GM1894');
  }, 60_000);

  it('bouwt de kleine fixture met de opzettelijk andere waarden', () => {
    const out = mkdtempSync(join(tmpdir(), 'jv-s-'));
    const r = bouw('tests/fixtures/data-small', out);
    expect(r.status, r.stderr).toBe(0);
    const f = lees(join(out, 'feiten.csv')).rijen.map((x) => x.waarden);
    const w = (regio: string, ind: string) => f.find((x) => x.regio_code === regio && x.indicator === ind)?.waarde;
    expect(w('GM0150', 'lasten_per_gebruiker')).toBe('9876');
    expect(w('GM0200', 'lasten_per_gebruiker')).toBe('13500');
    expect(w('GM0150', 'kwb_pct_jongeren_jeugdzorg')).toBe('11.7');
    expect(lees(join(out, 'regios.csv')).rijen.filter((x) => x.waarden.soort === 'gemeente')).toHaveLength(32);
  }, 60_000);

  it('faalt met exitcode 1 en een Nederlandse melding met bestand, regel en kolom', () => {
    const kapot = mkdtempSync(join(tmpdir(), 'jv-kapot-'));
    cpSync('tests/fixtures/data-small', kapot, { recursive: true });
    const pad = join(kapot, 'feiten', 'seed-003.csv');
    const regels = readFileSync(pad, 'utf8').split('\n');
    regels[4] = regels[4].replace(/^[A-Z0-9_]+;/, 'GM9999;');
    writeFileSync(pad, regels.join('\n'));
    const out = mkdtempSync(join(tmpdir(), 'jv-o-'));
    const r = bouw(kapot, out);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Validatie mislukt/);
    expect(r.stderr).toMatch(/seed-003\.csv, regel 5, kolom 'regio_code': regiocode 'GM9999' staat niet in de regio's/);
  }, 60_000);
});
