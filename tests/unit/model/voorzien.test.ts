import { describe, expect, it } from 'vitest';
import { naasteKeuzes, tweeStappen, verweven } from '../../../src/lib/model/voorzien';

describe('naasteKeuzes: what to answer in advance when a control is opened', () => {
  it('gives the other values, nearest to the chosen one first (ties: the earlier one)', () => {
    expect(naasteKeuzes(['', 'a', 'b', 'c', 'd'], 'b')).toEqual(['a', 'c', '', 'd']);
  });
  it('caps the list, keeping the nearest', () => {
    expect(naasteKeuzes(['a', 'b', 'c', 'd', 'e', 'f'], 'a', 3)).toEqual(['b', 'c', 'd']);
    expect(naasteKeuzes(['a', 'b', 'c', 'd', 'e', 'f'], 'f', 2)).toEqual(['e', 'd']);
  });
  it('a value not in the list: the list in its order', () => {
    expect(naasteKeuzes(['a', 'b'], 'x')).toEqual(['a', 'b']);
  });
});

describe('verweven: every list\'s first before any list\'s second', () => {
  it('interleaves lists of different lengths and caps the result', () => {
    expect(verweven([['a1', 'a2', 'a3'], ['b1'], [], ['c1', 'c2']])).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
    expect(verweven([['a1', 'a2'], ['b1', 'b2']], 3)).toEqual(['a1', 'b1', 'a2']);
    expect(verweven<string>([])).toEqual([]);
  });
});

describe('tweeStappen: the states two choices away, asked after those one away', () => {
  // states are numbers; a neighbour is one up or down, nearest choice first
  const buren = (s: number) => [s + 1, s - 1];
  it("gives the neighbours' neighbours round robin, without the start, its neighbours or repeats", () => {
    expect(tweeStappen(0, buren, String, 10)).toEqual([2, -2]);
    const twee = (s: string) => [`${s}a`, `${s}b`];
    expect(tweeStappen('', twee, (s) => s, 10)).toEqual(['aa', 'ba', 'ab', 'bb']);
  });
  it('stops at max and compares states by their key', () => {
    const twee = (s: string) => [`${s}a`, `${s}b`];
    expect(tweeStappen('', twee, (s) => s, 3)).toEqual(['aa', 'ba', 'ab']);
    // 'ab' and 'ba' are the same state (order does not matter): asked once
    const sleutel = (s: string) => [...s].sort().join('');
    expect(tweeStappen('', twee, sleutel, 10)).toEqual(['aa', 'ba', 'bb']);
  });
});
