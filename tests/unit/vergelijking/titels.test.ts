import { describe, expect, it } from 'vitest';
import { kortNaam, rangTekst, stripMeta, studieTitel as titel, Indicatoren } from '../../../src/lib/model/vergelijking/titels';
import { maakStrip } from '../../../src/lib/model/vergelijking/strip';
import type { StripRij } from '../../../src/lib/db/vragen';
import type { IndicatorMeta } from '../../../src/lib/model/vergelijking/meta';

/** nl-NL puts a (narrow) no-break space before % and after €. */
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const studieTitel = (i: Parameters<typeof titel>[0]) => sp(titel(i));
const basis = { taal: 'nl' as const, gemeente: 'Deventer' };

describe('studieTitel', () => {
  it('names the year and the difference for a level', () => {
    const t = studieTitel({ ...basis, indicator: 'lasten_per_gebruiker', indicatorLabel: 'lasten per gebruiker', periode: '2019JJ00', eigen: 80, gemiddelde: 100 });
    expect(t).toBe('Deventer: lasten per gebruiker 2019 20 % lager dan gemiddeld bij de referentiegemeenten');
  });

  it('says an index compares growth between two years, not levels', () => {
    const t = studieTitel({ ...basis, indicator: 'index_lasten_per_inwoner', indicatorLabel: 'index lasten per inwoner (rekening 2019, begroting 2017 = 100)', periode: '2019JJ00', eigen: 112, gemiddelde: 95.4 });
    expect(t).toContain('groei 2017→2019 (lasten per inwoner): index 112');
    expect(t).toContain('112 tegen 95');
    expect(t).not.toMatch(/hoger|lager/);
  });

  it('gives the half-year index its own years', () => {
    const t = studieTitel({ ...basis, indicator: 'index_jeugdhulp_zonder_verblijf', indicatorLabel: 'index % jeugdigen', periode: '2020HJ01', eigen: 98, gemiddelde: null });
    expect(t).toContain('2017→2020');
    expect(t).toContain('index 98');
  });

  it('says missing when the gemeente has no value, never a difference', () => {
    const t = studieTitel({ ...basis, indicator: 'lasten_per_inwoner', indicatorLabel: 'lasten per inwoner', periode: '2019JJ00', eigen: null, gemiddelde: 100 });
    expect(t).toBe('Deventer: lasten per inwoner 2019: geen waarde');
  });

  it('calls a rounded-away difference equal, in English too', () => {
    const t = studieTitel({ taal: 'en', gemeente: 'Utrecht', indicator: 'lasten_per_inwoner', indicatorLabel: 'cost per inhabitant', periode: '2019JJ00', eigen: 100.2, gemiddelde: 100 });
    expect(t).toBe('Utrecht: cost per inhabitant 2019 equal to the reference mean');
  });
});

describe('kortNaam', () => {
  it('names the size classes from the bounds in their code, in the UI language', () => {
    const klasse = (code: string) => ({ code, naam: 'naam uit de data' });
    expect(kortNaam(klasse('GK_20_50K'))).toBe('20.000–50.000 inwoners');
    expect(kortNaam(klasse('GK_20_50K'), 'en')).toBe('20,000–50,000 inhabitants');
    expect(kortNaam(klasse('GKA_0_5K'))).toBe('Minder dan 5.000 inwoners');
    expect(kortNaam(klasse('GKA_0_5K'), 'en')).toBe('Fewer than 5,000 inhabitants');
    expect(kortNaam(klasse('GKA_250K_PLUS'), 'en')).toBe('250,000 inhabitants or more');
    expect(kortNaam({ code: 'GM0193', naam: 'Zwolle' }, 'en')).toBe('Zwolle');
  });
});

describe('rangTekst', () => {
  it('says a shared rank is shared', () => {
    expect(rangTekst({ rang: 3, van: 10, gedeeld: true }, 'nl')).toBe('3 (gedeeld) van 10');
    expect(rangTekst({ rang: 3, van: 10, gedeeld: false }, 'en')).toBe('3 of 10');
    expect(rangTekst(null, 'nl')).toBe('–');
  });
});

describe('stripMeta', () => {
  const ind = new Indicatoren(new Map([['p', { code: 'p', naam_nl: 'Aandeel', naam_en: 'Share', eenheid: 'procent' } as IndicatorMeta]]), 'nl');
  const rij = (code: string, waarde: number | null): StripRij =>
    ({ code, naam: code, waarde, periode: '2021JJ00', grootteklasse: null, opgeheven_per: null, opvolger_code: null, noot: null, bron: null, status: null }) as unknown as StripRij;
  const rijen = [rij('A', 12), rij('B', 10), rij('C', 10), rij('D', 8), rij('E', null)];
  const maak = (code: string) =>
    stripMeta({ taal: 'nl', gemeente: code, indicator: 'p', strip: maakStrip(rijen, code), rijen, ind, bronnen: new Map(), aantalPerioden: 1, naamVan: (c) => c });

  it('puts the year in the title and marks a tie as shared', () => {
    const m = maak('B');
    expect(m.titel).toBe('B staat op plaats 2 (gedeeld) van 4 gemeenten (Aandeel, 2021)');
    expect(m.beschrijving).toContain('gedeelde plaats 2');
  });

  it('an untied rank has no "(gedeeld)" and the table ranks ties alike', () => {
    const m = maak('D');
    expect(m.titel).toBe('D staat op plaats 4 van 4 gemeenten (Aandeel, 2021)');
    expect(m.rijen.map((r) => r.rang)).toEqual([1, 2, 2, 4, null]);
  });

  it('a gemeente without a value gets no rank and the missing count is a note', () => {
    const m = maak('E');
    expect(m.titel).toBe('E: Aandeel 2021: geen waarde');
    expect(m.noten.some((n) => n.startsWith('1 gemeenten'))).toBe(true);
  });
});
