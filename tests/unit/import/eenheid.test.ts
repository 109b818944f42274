import { describe, expect, it } from 'vitest';
import { raadEenheid } from '../../../src/lib/import/eenheid.ts';

describe('raadEenheid: conservative unit guess for unknown indicators', () => {
  it.each([
    ['%', '', 'procent'],
    ['procent', '', 'procent'],
    ['x 1 000 euro', '', 'x1000_euro'],
    ['x 1.000 euro', '', 'x1000_euro'],
    ['euro', '', 'euro'],
    ['€', '', 'euro'],
    ['aantal', '', 'aantal'],
    ['per 1 000 inwoners', '', 'per_1000'],
    ['', 'Lasten jeugdzorg (euro)', 'euro'],
    ['', 'Aandeel met verblijf (%)', 'procent'],
  ])('unit %j / label %j → %s', (cel, label, verwacht) => {
    expect(raadEenheid(cel, label)).toBe(verwacht);
  });

  it.each([
    ['', 'Jongeren met jeugdhulp'],
    ['', 'percentage jongeren met jeugdhulp'], // word inside a sentence: not trusted
    ['x 1 miljoen euro', ''],
    ['jaar', ''],
    ['', 'Lasten (begroting 2023)'],
  ])('unclear unit %j / label %j → onbekend', (cel, label) => {
    expect(raadEenheid(cel, label)).toBe('onbekend');
  });

  it('the unit row wins over the label', () => {
    expect(raadEenheid('aantal', 'Kosten (euro)')).toBe('aantal');
  });
});
