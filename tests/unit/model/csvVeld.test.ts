import { describe, expect, it } from 'vitest';
import { citeer, neutraliseerFormule } from '../../../src/lib/model/csvVeld.ts';

describe('citeer: one CSV quoting rule (RFC 4180)', () => {
  it('leaves a plain field as it is', () => {
    expect(citeer('Deventer')).toBe('Deventer');
    expect(citeer('a,b')).toBe('a,b'); // "," is not the separator here
  });
  it('quotes the separator, a quote or a line break, and doubles inner quotes', () => {
    expect(citeer('a;b')).toBe('"a;b"');
    expect(citeer('a,b', ',')).toBe('"a,b"');
    expect(citeer('zei "x"')).toBe('"zei ""x"""');
    expect(citeer('regel\nregel')).toBe('"regel\nregel"');
    expect(citeer('cr\r')).toBe('"cr\r"');
  });
  it('quotes padded text only when asked', () => {
    expect(citeer(' rand ')).toBe(' rand ');
    expect(citeer(' rand ', ';', { randSpaties: true })).toBe('" rand "');
  });
  it('quotes every field when asked', () => {
    expect(citeer('x', ';', { altijd: true })).toBe('"x"');
    expect(citeer('', ';', { altijd: true })).toBe('""');
  });
  it('neutraliseerFormule leaves text that is not a formula alone', () => {
    expect(neutraliseerFormule('=1+1')).toBe("'=1+1");
    expect(neutraliseerFormule('< 5')).toBe('< 5');
  });
});
