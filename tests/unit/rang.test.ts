import { describe, expect, it } from 'vitest';
import { plaatsIn } from '../../src/lib/model/rang.ts';

describe('plaatsIn: competitierang', () => {
  it('1 + het aantal strikt betere waarden; gelijke waarden delen een plaats', () => {
    const w = [5, 3, 3, null, 1, 4];
    expect(plaatsIn(w, 3)).toEqual({ rang: 3, bekend: 5, gelijk: 2 });
    expect(plaatsIn(w, 3, 'laagste-eerst')).toEqual({ rang: 2, bekend: 5, gelijk: 2 });
    expect(plaatsIn(w, 9)?.rang).toBe(1);
  });
  it('ontbrekend wordt niet gerangschikt en telt niet mee', () => {
    expect(plaatsIn([1, 2], null)).toBeNull();
    expect(plaatsIn([1, 2], Number.NaN)).toBeNull();
    expect(plaatsIn([null, undefined, Number.NaN, 2], 1)).toEqual({ rang: 2, bekend: 1, gelijk: 0 });
  });
});
