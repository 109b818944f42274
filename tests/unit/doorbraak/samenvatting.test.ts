import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseLogboek } from '../../../src/lib/model/doorbraak/logboek';
import { toonAantal, vatSamen } from '../../../src/lib/model/doorbraak/samenvatting';
import { grootsteCel, telMatrix } from '../../../src/lib/model/doorbraak/matrix';

const rijen = parseLogboek(readFileSync('public/doorbraak/logboek-voorbeeld.csv', 'utf8'), 'v.csv').rijen;

describe('vatSamen', () => {
  const s = vatSamen(rijen);
  it('avoided cost per case is current minus with-breakthrough, the whole distribution sorted', () => {
    for (const p of s.perCasus) {
      const r = rijen.find((x) => x.casus === p.casus)!;
      expect(p.vermeden).toBeCloseTo(r.kostenHuidig - r.kostenDoorbraak, 2);
    }
    expect(s.perCasus.map((p) => p.vermeden)).toEqual([...s.perCasus.map((p) => p.vermeden)].sort((a, b) => b - a));
    expect(s.min).toBe(Math.min(...s.perCasus.map((p) => p.vermeden)));
    expect(s.max).toBe(Math.max(...s.perCasus.map((p) => p.vermeden)));
  });
  it('totals add up and the mean and median follow from the cases', () => {
    expect(s.totaalVermeden).toBeCloseTo(s.totaalHuidig - s.totaalDoorbraak, 2);
    expect(s.gemiddeld! * s.casussen).toBeCloseTo(s.totaalVermeden, 2);
    const o = s.perCasus.map((p) => p.vermeden).sort((a, b) => a - b);
    expect(s.mediaan).toBe(o[(o.length - 1) / 2]);
    expect(s.duurder).toBe(rijen.filter((r) => r.kostenDoorbraak > r.kostenHuidig).length);
  });
  it('counts the maatwerkbudget over the cases that filled it in', () => {
    expect(s.budgetCasussen).toBe(rijen.filter((r) => r.maatwerkbudget !== null).length);
    expect(s.budgetGebruikt).toBeCloseTo(rijen.reduce((t, r) => t + (r.maatwerkbudget ?? 0), 0), 2);
  });
  it('counts each barrier once in its instrument × domain cell', () => {
    const n = rijen.reduce((t, r) => t + r.barrieres.length, 0);
    expect(s.matrix.totaal).toBe(n);
    expect(s.matrix.cellen.reduce((t, c) => t + c.aantal, 0)).toBe(n);
    const fo = s.matrix.cellen.find((c) => c.instrument === 'financiering' && c.domein === 'bestaanszekerheid')!;
    expect(fo.aantal).toBe(rijen.flatMap((r) => r.barrieres).filter((b) => b.instrument === 'financiering' && b.domein === 'bestaanszekerheid').length);
  });
  it('an empty ledger has no mean', () => {
    expect(vatSamen([])).toMatchObject({ casussen: 0, gemiddeld: null, mediaan: null, totaalVermeden: 0 });
  });
});

describe('telMatrix and suppression', () => {
  it('lists who ran into each cell and finds the largest', () => {
    const m = telMatrix([
      { instrument: 'wetgeving', domein: 'onderwijs', wie: 'Gouda' },
      { instrument: 'wetgeving', domein: 'onderwijs', wie: 'Gouda' },
      { instrument: 'wetgeving', domein: 'onderwijs', wie: 'Nijkerk' },
      { instrument: 'financiering', domein: 'wonen', wie: 'Zwolle' },
    ]);
    expect(grootsteCel(m)).toMatchObject({ instrument: 'wetgeving', domein: 'onderwijs', aantal: 3, wie: ['Gouda', 'Nijkerk'] });
    expect(m.perInstrument.wetgeving).toBe(3);
    expect(m.perDomein.wonen).toBe(1);
    expect(grootsteCel(telMatrix([]))).toBeNull();
  });
  it('shows counts below 5, zero included, as "< 5"', () => {
    const f = (n: number) => String(n);
    expect([0, 1, 4, 5, 12].map((n) => toonAantal(n, f))).toEqual(['< 5', '< 5', '< 5', '5', '12']);
  });
});
