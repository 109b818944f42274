import { describe, expect, it } from 'vitest';
import { casusSjabloon, kolomUitleg } from '../../../src/lib/model/casus/sjabloon';
import { KOLOMMEN } from '../../../src/lib/model/casus/contract';
import { parseTekst } from '../../../src/lib/import/importeer';
import { voegCasusBestandenSamen } from '../../../src/lib/import/casus';

describe('case file template', () => {
  const s = casusSjabloon();
  it('has the three contract files with the contract header and two example cases', () => {
    for (const t of ['casus', 'episode', 'kosten'] as const) {
      const regels = s[`${t}.csv`].trim().split('\r\n');
      expect(regels[0]).toBe(KOLOMMEN[t].join(';'));
      for (const r of regels.slice(1)) expect(r.split(';')).toHaveLength(KOLOMMEN[t].length);
    }
    const ids = new Set(s['casus.csv'].trim().split('\r\n').slice(1).map((r) => r.split(';')[0]));
    expect([...ids]).toEqual(['voorbeeld-1', 'voorbeeld-2']);
  });
  it('explains every column, and says the examples are invented', () => {
    for (const t of ['casus', 'episode', 'kosten'] as const) {
      for (const r of kolomUitleg(t)) expect(r).toMatch(/^\w+: \S/);
    }
    expect(s['LEESMIJ.txt']).toContain('VERZONNEN');
    expect(s['LEESMIJ.txt']).toContain('DAGBESTEDING');
  });
  it('passes the case file reader without a single rejected row', () => {
    const r = voegCasusBestandenSamen(['casus.csv', 'episode.csv', 'kosten.csv'].map((naam) => parseTekst(s[naam], { bestand: naam, formaat: 'casus' })));
    expect(r.afgewezen).toEqual([]);
    expect(r.casus).toHaveLength(2);
    expect(r.episodes).toHaveLength(7);
    expect(r.kosten).toHaveLength(3);
  });
});
