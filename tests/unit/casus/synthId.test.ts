import { describe, expect, it } from 'vitest';
import { leesSynthBundelId, leesSynthId, leesSynthOfBundel, synthId } from '../../../src/lib/model/casus/bundel';

describe('synthetic dataset ids: one parser for the cohort and its cube bundle', () => {
  it('reads seed and size of an offered size, and of its bundle', () => {
    expect(leesSynthId(synthId(42, 100_000))).toEqual({ seed: 42, n: 100_000 });
    expect(leesSynthBundelId('synth-42-1000000-kubussen')).toEqual({ seed: 42, n: 1_000_000 });
    expect(leesSynthOfBundel('synth-7-10000')).toEqual({ seed: 7, n: 10_000, bundel: false });
    expect(leesSynthOfBundel('synth-42-100000-kubussen')).toEqual({ seed: 42, n: 100_000, bundel: true });
  });
  it('is null for other ids and for sizes the page does not offer', () => {
    for (const id of ['gouda-zorgpaden-6', 'eigen-abc', 'synth-42-12345', 'synth-42-12345-kubussen', 'synth-42-1000000-bench', 'synth--1000'])
      expect(leesSynthOfBundel(id), id).toBeNull();
  });
});
