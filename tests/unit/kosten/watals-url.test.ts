import { describe, expect, it } from 'vitest';
import { decodeWatAls, encodeWatAls, kruisFouten, leesGetal, standaardInvoer, veldFout, berekenWatAls } from '../../../src/lib/model/kosten/watals.ts';

const GECODEERD = /^[A-Za-z0-9._~,:+-]{1,400}$/; // the alphabet src/lib/url/staat.ts accepts

describe('Wat als in de URL', () => {
  it('standaardinvoer geeft een lege string en terug', () => {
    expect(encodeWatAls(standaardInvoer())).toBe('');
    expect(decodeWatAls('')).toEqual(standaardInvoer());
  });
  it('schrijft alleen afwijkingen en leest ze terug', () => {
    const inv = { ...standaardInvoer(), kinderen: 40, jeugdzorgNaPerJaar: 52500.5, maandenUitSchool: 19.07 };
    const s = encodeWatAls(inv);
    expect(s).toBe('k40,mu19.07,jn52500.5');
    expect(s).toMatch(GECODEERD);
    expect(decodeWatAls(s)).toEqual(inv);
  });
  it('weigert onzin als geheel', () => {
    for (const s of ['x', 'k', 'k-1', 'k1e5', 'k40,k41', 'zz5', 'k40,', ',k40', 'k40;mu3', 'h0', 'k1.5', 'mu601', 'mp30', 'K40', 'k 40', 'k0x10']) {
      expect(decodeWatAls(s), s).toBeNull();
    }
  });
  it('maandenTotPlek groter dan maandenUitSchool wordt geweigerd (kruiscontrole)', () => {
    expect(decodeWatAls('mu5,mp6')).toBeNull();
    expect(kruisFouten({ ...standaardInvoer(), maandenTotPlek: 20 }, 'nl')[0]).toMatch(/passende plek/);
  });
});

describe('getallen lezen zoals ze getypt worden', () => {
  it('nl en en', () => {
    expect(leesGetal('23.000', 'nl')).toBe(23000);
    expect(leesGetal('€ 46.000', 'nl')).toBe(46000);
    expect(leesGetal('19,5', 'nl')).toBe(19.5);
    expect(leesGetal('1.234.567,89', 'nl')).toBe(1234567.89);
    expect(leesGetal('23000', 'nl')).toBe(23000);
    expect(leesGetal('19.5', 'nl')).toBeNull();
    expect(leesGetal('23,000', 'en')).toBe(23000);
    expect(leesGetal('19.5', 'en')).toBe(19.5);
    for (const s of ['', 'abc', '1,2,3', '12a', '--3', '1.23.4']) expect(leesGetal(s, 'nl'), s).toBeNull();
  });
  it('veldfouten in het Nederlands en Engels', () => {
    expect(veldFout('kinderen', null, 'nl')).toMatch(/Vul een getal in/);
    expect(veldFout('kinderen', 2.5, 'nl')).toMatch(/geheel getal/);
    expect(veldFout('horizonMaanden', 0, 'nl')).toMatch(/van 1 tot en met 600/);
    expect(veldFout('kinderen', -1, 'en')).toMatch(/Choose a value/);
    expect(veldFout('jeugdzorgNaPerJaar', 46000, 'nl')).toBeNull();
  });
});

describe('rekenvoorbeeld met andere invoer (onafhankelijk nagerekend)', () => {
  it('10 kinderen, 24 maanden thuis, plek na 3 maanden, horizon 24', () => {
    const inv = { ...standaardInvoer(), kinderen: 10, maandenUitSchool: 24, maandenTotPlek: 3, horizonMaanden: 24 };
    const u = berekenWatAls(inv);
    // zonder: 24 months at (46k + 7k); met: 3 months at 53k and 21 months at (23k + 14k)
    expect(u.zonder.totaal).toBeCloseTo(10 * 24 * 53000 / 12, 6);
    expect(u.met.totaal).toBeCloseTo(10 * (3 * 53000 + 21 * 37000) / 12, 6);
    expect(u.verschil).toBeCloseTo(10 * 21 * 16000 / 12, 6);
  });
});
