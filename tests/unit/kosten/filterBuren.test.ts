import { describe, expect, it } from 'vitest';
import { alleBuren, CASUS_FILTERS, filterBuren, type CasusKeuzes } from '../../../src/lib/model/kosten/filterBuren';
import { decodeCasusFilter, encodeCasusFilter, LEGE_FILTER, type CasusFilterUrl } from '../../../src/lib/model/kosten/filters';

const keuzes: CasusKeuzes = { gemeente: ['GM0344', 'GM0513', 'GM0855'], onderwijssoort: ['PO', 'SO', 'VO'], jaar: [2020, 2021, 2022, 2023] };
const code = (f: CasusFilterUrl) => encodeCasusFilter(f);
/** How many filters two states differ in. */
const stappen = (a: CasusFilterUrl, b: CasusFilterUrl) => Object.values(CASUS_FILTERS).filter((d) => d.huidig(a) !== d.huidig(b)).length;

describe('filterBuren: the states one choice in one filter away', () => {
  it('gives that filter\'s other values, nearest first, "all" included, the rest of the state kept', () => {
    const f = { ...LEGE_FILTER, onderwijssoort: ['SO' as const], gemeente: ['GM0513'] };
    expect(filterBuren(f, keuzes, 'gemeente').map(code)).toEqual(['s:SO,g:GM0344', 's:SO,g:GM0855', 's:SO']);
    expect(filterBuren(f, keuzes, 'onderwijssoort').map(code)).toEqual(['s:PO,g:GM0513', 's:VO,g:GM0513', 'g:GM0513']);
  });
  it('leaves out a period that ends before it starts', () => {
    const f = { ...LEGE_FILTER, jaarTot: 2021 };
    expect(filterBuren(f, keuzes, 'jaarVan').map((x) => x.jaarVan)).toEqual([2020, 2021]);
  });
  it('writes the same change a select makes (the URL round trip keeps it)', () => {
    for (const [id, d] of Object.entries(CASUS_FILTERS)) {
      for (const v of ['', ...d.waarden(keuzes)]) {
        const f = decodeCasusFilter(encodeCasusFilter({ ...LEGE_FILTER, ...d.zet(v) }));
        expect(d.huidig(f), id).toBe(v);
      }
    }
  });
});

describe('alleBuren: every state one choice away, for a reader of the charts', () => {
  const f = { ...LEGE_FILTER, leeftijdsband: ['8-11' as const], jaarVan: 2021 };
  it('holds each state one choice away once, and nothing else', () => {
    const buren = alleBuren(f, keuzes);
    const verwacht = Object.keys(CASUS_FILTERS).flatMap((id) => filterBuren(f, keuzes, id as keyof typeof CASUS_FILTERS));
    expect(new Set(buren.map(code))).toEqual(new Set(verwacht.map(code)));
    expect(new Set(buren.map(code)).size).toBe(buren.length);
    for (const b of buren) expect(stappen(f, b)).toBe(1);
  });
  it('starts with each filter\'s nearest option, or with the whole list of the filter opened last', () => {
    const gewijzigd = (b: CasusFilterUrl) => Object.entries(CASUS_FILTERS).find(([, d]) => d.huidig(b) !== d.huidig(f))![0];
    expect(alleBuren(f, keuzes).slice(0, 5).map(gewijzigd)).toEqual(Object.keys(CASUS_FILTERS));
    const gemeenten = filterBuren(f, keuzes, 'gemeente').map(code);
    expect(alleBuren(f, keuzes, 'gemeente').slice(0, gemeenten.length).map(code)).toEqual(gemeenten);
  });
});
