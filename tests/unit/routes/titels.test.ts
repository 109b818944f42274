import { describe, expect, it } from 'vitest';
import { tekst, vertaler } from '../../../src/lib/i18n/teksten';

describe('thuiszitter titles', () => {
  it('Gouda: the 3-month norm is about a plan, never a multiple of time at home', () => {
    for (const taal of ['nl', 'en'] as const) {
      const t = tekst(taal, 'tzt_gouda', { n: 69, duur: taal === 'nl' ? '1 jaar en 10 maanden' : '1 year and 10 months' });
      expect(t).not.toMatch(/keer de norm|times the/);
      expect(t).toMatch(taal === 'nl' ? /zonder passend plan/ : /without a suitable plan/);
      // the snapshot has no date: the title says so instead of inventing a year
      expect(t).toMatch(taal === 'nl' ? /momentopname zonder datum/ : /undated snapshot/);
    }
  });

  it('flows and durations name their period', () => {
    const T = vertaler('nl');
    expect(T('tzt_stroom', { van: 'school', naar: 'thuis', keer: '12', n: '40', periode: '2015–2020' })).toContain('2015–2020');
    expect(T('tzt_stroom_leeg', { n: '3', periode: '2015–2020' })).toContain('2015–2020');
    expect(T('tzt_duur', { lang: '5', n: '20', aandeel: '25 %', peil: '1 oktober 2020' })).toContain('op 1 oktober 2020');
  });

  it('every case title has its years, or says the document gives none', () => {
    for (const taal of ['nl', 'en'] as const) {
      const T = vertaler(taal);
      const g = T('tzt_gouda_casus', { casus: 4, niveau: 'VO', voor: tekst(taal, 'tz_onbekend'), na: '€ 121.227', periode: '2021–2024' });
      // derived dates: the period is approximate, and an unknown amount stays unknown
      expect(g).toMatch(taal === 'nl' ? /^Gouda, casus 4 \(VO\), ca\. 2021–2024:/ : /^Gouda, case 4 \(VO\), c\. 2021–2024:/);
      expect(g).toContain(taal === 'nl' ? 'onbekend' : 'unknown');
      expect(T('tzt_gouda_casus', { casus: 1, niveau: 'PO', voor: '€ 12.711', na: '€ 116.744', periode: '2021–2024' })).toContain('€ 12.711');
      // vignettes give durations only: no invented year
      const v = T('tzt_vignet', { wie: 'Mohammed, 8 jaar (PO)', vraag: 'Wie betaalt?' });
      expect(v).not.toMatch(/\d{4}/);
      expect(v).toMatch(taal === 'nl' ? /jaar niet genoemd/ : /year not given/);
      expect(T('tzt_jaarkosten', { factor: '4,5', na: '€ 46k', voor: '€ 10k', tot: taal === 'nl' ? 'december 2024' : 'December 2024' })).toMatch(/2024\)$/);
    }
  });
});
