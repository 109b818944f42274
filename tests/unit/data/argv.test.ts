import { describe, expect, it } from 'vitest';
import { arg, optie, positioneel, vlag } from '../../../scripts/lib/argv.ts';

const argv = (...a: string[]) => ['node', 'script', ...a];

describe('scripts/lib/argv: the one command-line reader', () => {
  it('reads --naam waarde and --naam=waarde', () => {
    expect(optie('n', argv('--n', '5'))).toBe('5');
    expect(optie('--n', argv('--n=5'))).toBe('5');
    expect(arg('n', '7', argv())).toBe('7');
  });
  it("takes an empty value as a value, so --eigen '' can switch a default off", () => {
    expect(arg('eigen', '100000', argv('--eigen', ''))).toBe('');
    expect(arg('eigen', '100000', argv('--eigen='))).toBe('');
  });
  it('does not take the next option as the value of a flag', () => {
    expect(optie('snel', argv('--snel', '--n', '5'))).toBeUndefined();
    expect(vlag('snel', argv('--snel', '--n', '5'))).toBe(true);
  });
  it('lists the positional arguments', () => {
    expect(positioneel(argv('map', '--out', 'x', 'ander'))).toEqual(['map', 'ander']);
  });
});
