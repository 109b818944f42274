import { describe, expect, it } from 'vitest';
import { samenvattingAlinea as alinea } from '../../../src/lib/model/vergelijking/alinea';
import { samenvatting } from '../../../src/lib/model/peers/samenvatting';

/** nl-NL puts a (narrow) no-break space before % and after €. */
const samenvattingAlinea = (i: Parameters<typeof alinea>[0]) => alinea(i).replace(/[\u00a0\u202f]/g, ' ');
const zinnen = (s: string) => s.split(/(?<=\.)\s+(?=[A-Z])/);

describe('samenvattingAlinea', () => {
  const gebruik = samenvatting(12.4, [10, 11, 14, 9], [12.4, 15, 10, 9, 8, 7]);

  it('a study gemeente: costs with the reference mean, use with national and peer rank, in three sentences', () => {
    const a = samenvattingAlinea({
      taal: 'nl', gemeente: 'Deventer', groep: '4 referentiegemeenten uit de studie', gebruik,
      kosten: { jaar: '2019', perGebruiker: 10143, perInwoner: 389, refPerGebruiker: 12000, refPerInwoner: 400, nRef: 4 },
    });
    expect(zinnen(a)).toHaveLength(3);
    expect(a).toContain('€ 10.143 per gebruiker en € 389 per inwoner');
    expect(a).toContain('gemiddeld € 12.000 per gebruiker en € 400 per inwoner');
    expect(a).toContain('12,4 % van de jongeren');
    expect(a).toContain('plaats 2 (gedeeld) van 7 gemeenten');
    expect(a).toContain('plaats 2 van 5');
    // no judgement the figures cannot carry
    expect(a).not.toMatch(/beter|slechter|te hoog|te duur/);
  });

  it('outside the study it says costs are not in the sources, and never invents them', () => {
    const a = samenvattingAlinea({ taal: 'nl', gemeente: 'Gouda', groep: '10 meest gelijkende gemeenten', gebruik, kosten: null });
    expect(a).toContain('niet in deze bronnen beschikbaar');
    expect(a).not.toContain('€');
    expect(zinnen(a).length).toBeGreaterThanOrEqual(2);
    expect(zinnen(a).length).toBeLessThanOrEqual(3);
  });

  it('a missing share is said to be missing, with no rank', () => {
    const a = samenvattingAlinea({ taal: 'nl', gemeente: 'Dijk en Waard', groep: '10 x', gebruik: samenvatting(null, [1, 2], [1, 2]), kosten: null });
    expect(a).toContain('geen aandeel jongeren met jeugdzorg bekend');
    expect(a).not.toContain('plaats');
  });

  it('a missing reference mean drops the comparison instead of guessing', () => {
    const a = samenvattingAlinea({
      taal: 'en', gemeente: 'Utrecht', groep: '5 x', gebruik,
      kosten: { jaar: '2019', perGebruiker: 9000, perInwoner: null, refPerGebruiker: null, refPerInwoner: null, nRef: 0 },
    });
    expect(a).toContain('€9,000 per user.');
    expect(a).not.toContain('averaged');
    expect(a).toContain('12.4%');
  });
  it('a merged-into gemeente without figures names its predecessors own values', () => {
    const a = samenvattingAlinea({
      taal: 'nl', gemeente: 'Dijk en Waard', groep: '10 x', gebruik: samenvatting(null, [1], [1]), kosten: null,
      voorgangers: [{ naam: 'Heerhugowaard', waarde: 12.4 }, { naam: 'Langedijk', waarde: null }],
    });
    expect(a).toContain('Heerhugowaard 12,4 %');
    expect(a).not.toContain('Langedijk');
  });
});
