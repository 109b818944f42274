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

  it('every case title has its years, or says the document gives none', () => {
    for (const taal of ['nl', 'en'] as const) {
      const T = thuiszitterTitels(taal);
      const g = T.goudaCasus(4, 'VO', null, '€ 121.227', '2021–2024');
      // derived dates: the period is approximate, and an unknown amount stays unknown
      expect(g).toMatch(taal === 'nl' ? /^Gouda, casus 4 \(VO\), ca\. 2021–2024:/ : /^Gouda, case 4 \(VO\), c\. 2021–2024:/);
      expect(g).toContain(taal === 'nl' ? 'onbekend' : 'unknown');
      expect(T.goudaCasus(1, 'PO', '€ 12.711', '€ 116.744', '2021–2024')).toContain('€ 12.711');
      // vignettes give durations only: no invented year
      const v = T.vignet('Mohammed, 8 jaar (PO)', 'Wie betaalt?');
      expect(v).not.toMatch(/\d{4}/);
      expect(v).toMatch(taal === 'nl' ? /jaar niet genoemd/ : /year not given/);
      expect(T.jaarkosten('4,5', '€ 46k', '€ 10k', taal === 'nl' ? 'december 2024' : 'December 2024')).toMatch(/2024\)$/);
    }
  });
});
