import { describe, expect, it } from 'vitest';
import { formatEuro, formatPercentage, formatPeriode, formatGetal, formatWaarde, formatDatum, formatVerschilPct } from '../../src/lib/i18n/format';

// Intl uses non-breaking spaces; normalise whitespace only, never the value.
const n = (s: string) => s.replace(/\s/g, ' ');

describe('nl-NL formatting', () => {
  it('formats euros with a thousands dot and no cents', () => {
    expect(n(formatEuro(10143))).toBe('€ 10.143');
    expect(n(formatEuro(1234567.4))).toBe('€ 1.234.567');
    expect(n(formatEuro(12711, 2))).toBe('€ 12.711,00');
  });
  it('formats percentages with a decimal comma', () => {
    expect(n(formatPercentage(9.4))).toBe('9,4 %');
    expect(n(formatPercentage(10))).toBe('10,0 %');
    expect(n(formatVerschilPct(-22.56))).toBe('−23 %');
  });
  it('shows missing as a dash, never as zero', () => {
    expect(formatEuro(null)).toBe('–');
    expect(formatPercentage(undefined)).toBe('–');
    expect(formatGetal(Number.NaN)).toBe('–');
    expect(formatWaarde(null, 'euro')).toBe('–');
  });
  it('formats CBS period codes in Dutch and English', () => {
    expect(formatPeriode('2019JJ00')).toBe('2019');
    expect(formatPeriode('2017HJ01')).toBe('1e halfjaar 2017');
    expect(formatPeriode('2020KW02')).toBe('2e kwartaal 2020');
    expect(formatPeriode('2021MM03')).toBe('maart 2021');
    expect(formatPeriode('2017HJ01', 'en')).toBe('1st half 2017');
  });
  it('uses Dutch month names for dates', () => {
    expect(formatDatum('2026-11-23T10:00:00Z')).toBe('23 november 2026');
  });
  it('formats by unit', () => {
    expect(n(formatWaarde(29.6, 'x1000_euro'))).toBe('€ 29.600');
    expect(formatWaarde(7, 'deciel')).toBe('7');
    // an imported indicator with an unknown unit keeps the precision of the file
    expect(n(formatWaarde(0.125, 'onbekend'))).toBe('0,125');
    expect(n(formatWaarde(1234.5, 'onbekend'))).toBe('1.234,5');
    expect(formatWaarde(7, 'onbekend')).toBe('7');
    expect(formatWaarde(null, 'onbekend')).toBe('–');
  });
});
