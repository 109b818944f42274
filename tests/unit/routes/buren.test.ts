import { describe, expect, it } from 'vitest';
import { bandBuren, gemeenteBuren, routesBuren, soortBuren, wissel } from '../../../src/lib/model/routes/buren';
import { encodeRoutes, standaardKeuze, type RoutesKeuze } from '../../../src/lib/model/routes/keuze';
import { ONDERWIJSSOORT } from '../../../src/lib/model/casus/contract';

const k: RoutesKeuze = { ...standaardKeuze(), onderwijssoort: ['VO'], gemeente: ['GM0513'] };
const codes = ['GM0344', 'GM0513', 'GM0855'];
/** How many controls two states differ in. */
const verschil = (a: RoutesKeuze, b: RoutesKeuze) =>
  (['definitie', 'onderwijssoort', 'leeftijdsband', 'gemeente'] as const).filter((c) => JSON.stringify(a[c]) !== JSON.stringify(b[c])).length;

describe('Thuiszitters: the states one choice away', () => {
  it('a checkbox group toggles one box at a time, the box pointed at first', () => {
    expect(wissel(['PO', 'VO'], 'VO')).toEqual(['PO']);
    expect(soortBuren(k, 'SO')[0]).toEqual({ onderwijssoort: ['VO', 'SO'] });
    expect(soortBuren(k).map((s) => s.onderwijssoort)).toHaveLength(ONDERWIJSSOORT.length);
    expect(bandBuren(k, '16-17')[0]).toEqual({ leeftijdsband: ['16-17'] });
  });
  it('the gemeente select: the other gemeenten and "all", nearest first', () => {
    expect(gemeenteBuren(k, codes)).toEqual([{ gemeente: ['GM0344'] }, { gemeente: ['GM0855'] }, { gemeente: [] }]);
  });
  it('all controls together: each state one choice away once, nothing else, each control\'s nearest first', () => {
    const buren = routesBuren(k, codes).map((s) => ({ ...k, ...s }));
    expect(new Set(buren.map(encodeRoutes)).size).toBe(buren.length);
    for (const b of buren) expect(verschil(k, b)).toBe(1);
    const eerst = buren.slice(0, 4).map((b) => (['definitie', 'onderwijssoort', 'leeftijdsband', 'gemeente'] as const).find((c) => JSON.stringify(b[c]) !== JSON.stringify(k[c])));
    expect(eerst).toEqual(['definitie', 'onderwijssoort', 'leeftijdsband', 'gemeente']);
  });
});
