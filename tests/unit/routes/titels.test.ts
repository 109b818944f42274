import { describe, expect, it } from 'vitest';
import { thuiszitterTitels } from '../../../src/views/thuiszitters/titels';

describe('thuiszitter titles', () => {
  it('Gouda: the 3-month norm is about a plan, never a multiple of time at home', () => {
    for (const taal of ['nl', 'en'] as const) {
      const t = thuiszitterTitels(taal).gouda(69, taal === 'nl' ? '1 jaar en 10 maanden' : '1 year and 10 months');
      expect(t).not.toMatch(/keer de norm|times the/);
      expect(t).toMatch(taal === 'nl' ? /zonder passend plan/ : /without a suitable plan/);
      // the snapshot has no date: the title says so instead of inventing a year
      expect(t).toMatch(taal === 'nl' ? /momentopname zonder datum/ : /undated snapshot/);
    }
  });

  it('flows and durations name their period', () => {
    const T = thuiszitterTitels('nl');
    expect(T.stroom('school', 'thuis', '12', '40', '2015–2020')).toContain('2015–2020');
    expect(T.stroomLeeg('3', '2015–2020')).toContain('2015–2020');
    expect(T.duur('5', '20', '25 %', '1 oktober 2020')).toContain('op 1 oktober 2020');
  });
});
