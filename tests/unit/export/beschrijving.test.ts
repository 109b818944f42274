import { describe, expect, it } from 'vitest';
import { formatter as appFormatter } from '../../../src/lib/i18n/format.ts';
import {
  berekenIndex, berekenRang, beschrijfIndexverandering, beschrijfRang, beschrijfVergelijking,
  type Formatter,
} from '../../../src/lib/model/beschrijving/index.ts';

// Compare with plain spaces: the formatter uses no-break spaces in "€ 10.143" and "23 %".
const n = (s: string) => s.replace(/\u00a0/g, ' ');
const deventer = {
  gemeente: 'Deventer', waarde: 10143, eenheid: 'euro' as const,
  indicatorLabel: 'lasten per gebruiker', periode: '2019', referentie: { n: 4, gemiddelde: 13098 },
};

describe('beschrijfVergelijking', () => {
  it('gives the example sentence, percentage computed independently', () => {
    const pct = Math.round((100 * (13098 - 10143)) / 13098); // 22.56… → 23
    expect(pct).toBe(23);
    expect(n(beschrijfVergelijking(deventer))).toBe(
      `Deventer: € 10.143 lasten per gebruiker in 2019, ${pct} % onder het gemiddelde van 4 referentiegemeenten.`,
    );
  });

  it('says "boven" above the mean and handles one reference gemeente', () => {
    const zin = n(beschrijfVergelijking({ ...deventer, waarde: 15000, referentie: { n: 1, gemiddelde: 12000 } }));
    expect(zin).toBe('Deventer: € 15.000 lasten per gebruiker in 2019, 25 % boven het gemiddelde van 1 referentiegemeente.');
  });

  it('compares percentages in percentage points and mentions a provisional half-year', () => {
    const zin = n(beschrijfVergelijking({
      gemeente: 'Zwolle', waarde: 14.2, eenheid: 'procent', indicatorLabel: 'jongeren met jeugdhulp',
      periode: '2023HJ01', status: 'voorlopig', referentie: { n: 10, gemiddelde: 12.1 },
    }));
    expect(zin).toBe(
      'Zwolle: 14,2 % jongeren met jeugdhulp in het 1e halfjaar 2023 (voorlopig), 2,1 procentpunt boven het gemiddelde van 10 referentiegemeenten.',
    );
  });

  it('says "vrijwel gelijk" when the rounded difference is zero', () => {
    const zin = n(beschrijfVergelijking({ ...deventer, waarde: 13100 }));
    expect(zin).toMatch(/, vrijwel gelijk aan het gemiddelde van 4 referentiegemeenten\.$/);
    expect(n(beschrijfVergelijking({ ...deventer, waarde: 13098 }))).toMatch(/, gelijk aan het gemiddelde/);
  });

  it('leaves out the comparison without a reference mean', () => {
    expect(n(beschrijfVergelijking({ ...deventer, referentie: { n: 4, gemiddelde: null } }))).toBe(
      'Deventer: € 10.143 lasten per gebruiker in 2019.',
    );
  });

  it('says a missing value is missing, never 0', () => {
    const zin = n(beschrijfVergelijking({ ...deventer, gemeente: 'Olst-Wijhe', waarde: null }));
    expect(zin).toBe(
      'Voor Olst-Wijhe is geen waarde bekend voor lasten per gebruiker in 2019. Het gemiddelde van 4 referentiegemeenten is € 13.098.',
    );
    expect(zin).not.toMatch(/€ 0\b/);
  });

  it('writes English', () => {
    const zin = n(beschrijfVergelijking({ ...deventer, indicatorLabel: 'cost per user' }, { lang: 'en' }));
    expect(zin).toBe('Deventer: €10,143 cost per user in 2019, 23% below the average of 4 reference municipalities.');
    expect(n(beschrijfVergelijking({ ...deventer, waarde: null, indicatorLabel: 'cost per user' }, { lang: 'en' })))
      .toMatch(/^No value is known for Deventer for cost per user in 2019\./);
  });

  it('uses the formatter it is given', () => {
    const fmt: Formatter = {
      ...appFormatter('nl'),
      formatEuro: (v) => `EUR ${v}`,
      formatPercentage: (v, d = 1) => `${v.toFixed(d)} procent`,
    };
    expect(beschrijfVergelijking(deventer, { fmt })).toBe(
      'Deventer: EUR 10143 lasten per gebruiker in 2019, 23 procent onder het gemiddelde van 4 referentiegemeenten.',
    );
  });
});

describe('rank', () => {
  it('berekenRang counts strictly better values, skips missing, flags ties', () => {
    const w = [5, 3, null, 9, 3, 1];
    expect(berekenRang(w, 3, 'hoogste-eerst')).toEqual({ rang: 3, totaal: 5, gedeeld: true });
    expect(berekenRang(w, 3, 'laagste-eerst')).toEqual({ rang: 2, totaal: 5, gedeeld: true });
    expect(berekenRang(w, 9, 'hoogste-eerst')).toEqual({ rang: 1, totaal: 5, gedeeld: false });
    expect(berekenRang(w, null, 'hoogste-eerst')).toBeNull();
  });

  it('describes a rank with its direction and the peer mean', () => {
    const zin = n(beschrijfRang({ ...deventer, rang: 120, totaal: 352, richting: 'hoogste-eerst' }));
    expect(zin).toBe(
      'Deventer staat op plaats 120 van 352 gemeenten bij lasten per gebruiker in 2019 (€ 10.143; plaats 1 is de hoogste waarde). ' +
        'Het gemiddelde van 4 referentiegemeenten is € 13.098.',
    );
    expect(n(beschrijfRang({ ...deventer, rang: 7, totaal: 352, richting: 'laagste-eerst', gedeeld: true, referentie: undefined })))
      .toMatch(/^Deventer staat op een gedeelde plaats 7 van 352 gemeenten .*plaats 1 is de laagste waarde\)\.$/);
    expect(n(beschrijfVergelijking({ ...deventer, periode: '2017HJ02' }, { lang: 'en' })))
      .toContain('in the 2nd half 2017');
    expect(n(beschrijfRang({ ...deventer, rang: 120, totaal: 352, richting: 'hoogste-eerst' }, { lang: 'en' })))
      .toMatch(/^Deventer ranks 120 of 352 municipalities/);
  });
});

describe('index change', () => {
  it('computes the index independently and describes it', () => {
    const verwacht = (10143 / 9000) * 100; // 112.7
    expect(berekenIndex(9000, 10143)).toBeCloseTo(verwacht, 10);
    const zin = n(beschrijfIndexverandering({
      gemeente: 'Deventer', eenheid: 'euro', indicatorLabel: 'lasten per gebruiker',
      basis: { periode: '2017', waarde: 9000 }, laatste: { periode: '2019', waarde: 10143 },
      referentie: { n: 4, index: 105 },
    }));
    expect(zin).toBe(
      `Deventer: lasten per gebruiker van € 9.000 in 2017 naar € 10.143 in 2019, index ${Math.round(verwacht)} (2017 = 100). ` +
        'Het gemiddelde van 4 referentiegemeenten staat op index 105.',
    );
  });

  it('explains why no index can be given', () => {
    const basis = { gemeente: 'Deventer', eenheid: 'euro' as const, indicatorLabel: 'lasten per gebruiker' };
    expect(berekenIndex(0, 5)).toBeNull();
    expect(beschrijfIndexverandering({ ...basis, basis: { periode: '2017', waarde: null }, laatste: { periode: '2019', waarde: 5 } }))
      .toBe('Voor Deventer is geen indexverandering te berekenen voor lasten per gebruiker: er is geen waarde bekend voor 2017.');
    expect(beschrijfIndexverandering({ ...basis, basis: { periode: '2017', waarde: 0 }, laatste: { periode: '2019', waarde: 5 } }))
      .toMatch(/de waarde voor 2017 is niet groter dan nul\.$/);
  });
});
