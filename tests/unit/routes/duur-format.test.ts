import { describe, expect, it } from 'vitest';
import { formatDuur, formatDuurDagen, formatDuurMaanden, formatDuurTussen, parseDuur, splitsMaanden } from '../../../src/lib/model/routes/duur.ts';
import { heleMaandenTussen, plusMaanden } from '../../../src/lib/model/routes/datum.ts';

describe('Nederlandse duur', () => {
  it('schrijft zoals de bronnen', () => {
    expect(formatDuurMaanden(22)).toBe('1 jaar en 10 maanden');
    expect(formatDuurMaanden(29)).toBe('2 jaar en 5 maanden');
    expect(formatDuurMaanden(24)).toBe('2 jaar');
    expect(formatDuurMaanden(13)).toBe('1 jaar en 1 maand');
    expect(formatDuurMaanden(1)).toBe('1 maand');
    expect(formatDuurMaanden(0)).toBe('0 maanden');
    expect(formatDuurMaanden(null)).toBe('onbekend');
    expect(formatDuur({ jaren: 3, maanden: 0 })).toBe('3 jaar');
  });
  it('splitst en weigert onzin', () => {
    expect(splitsMaanden(23)).toEqual({ jaren: 1, maanden: 11 });
    expect(() => splitsMaanden(-1)).toThrow();
    expect(() => splitsMaanden(Number.NaN)).toThrow();
  });
  it('kort in dagen en weken, lang in kalendermaanden', () => {
    expect(formatDuurDagen(1)).toBe('1 dag');
    expect(formatDuurDagen(6)).toBe('6 dagen');
    expect(formatDuurDagen(42)).toBe('6 weken');
    expect(formatDuurDagen(7)).toBe('1 week');
    expect(formatDuurTussen('2021-03-01', '2023-01-01')).toBe('1 jaar en 10 maanden');
    expect(formatDuurTussen('2021-03-01', '2022-12-31')).toBe('1 jaar en 9 maanden');
  });
  it('leest de tekst van de bronnen terug', () => {
    expect(parseDuur('1 jaar en 10 maanden')).toBe(22);
    expect(parseDuur('twee jaar')).toBe(24);
    expect(parseDuur('2 jaar en 5 maanden')).toBe(29);
    expect(parseDuur('zes maanden')).toBe(6);
    expect(parseDuur('nog een tijdje')).toBeNull();
  });
  it('kalendermaanden klemmen op de laatste dag', () => {
    expect(plusMaanden('2023-01-31', 1)).toBe('2023-02-28');
    expect(plusMaanden('2024-01-31', 1)).toBe('2024-02-29');
    expect(plusMaanden('2023-02-01', -23)).toBe('2021-03-01');
    expect(heleMaandenTussen('2023-01-31', '2023-02-28')).toBe(1);
    expect(heleMaandenTussen('2023-01-15', '2023-02-14')).toBe(0);
  });
});
