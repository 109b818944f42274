// Glue of the Kaart page (src/views/kaart/gegevens.ts): default recipe, DuckDB rows → peer rows,
// funnel input; and, on those rows, the peer model's sentences in both languages.
import { describe, expect, it } from 'vitest';
import { actiefRecept, peerRijen, trechterInvoer } from '../../../src/views/kaart/gegevens.ts';
import { encodeRecept, grootteklasseLabel, maakContext, parseBurenCsv, referentiegroep, STUDIE_REFERENTIES_SEED003 } from '../../../src/lib/model/peers/index.ts';
import type { KenmerkenRij } from '../../../src/lib/db/sql/peers.ts';

const rij = (code: string, naam: string, o: Partial<KenmerkenRij> = {}): KenmerkenRij => ({
  code, naam, grootteklasse: 'GKA_20_50K', stedelijkheid_regio: 3, opgeheven_per: null, opvolger_code: null,
  inwoners: 30000, stedelijkheid: null, gem_inkomen_per_inwoner: 28, pct_sociaal_minimum: 6, pct_onder_15: 16, pct_15_24: 12,
  kwb_pct_jongeren_jeugdzorg: 10, wmo_clienten_per_1000: 60, ...o,
});
const buren = parseBurenCsv('code;buur_code;grens\nGM0001;GM0002;lijn\nGM0002;GM0003;punt\n');
const rijen = [rij('GM0001', 'Aa'), rij('GM0002', 'Bee', { inwoners: 60000, stedelijkheid: 2 }), rij('GM0003', 'Cee'), rij('GM0150', 'Deventer'), rij('GM0009', 'Eiland')];
const kaart = new Set(['GM0001', 'GM0002', 'GM0003', 'GM0150', 'GM0009']);
const ctx = maakContext({ gemeenten: peerRijen(kaart, rijen, []), buren, studieSets: STUDIE_REFERENTIES_SEED003 });

describe('peerRijen', () => {
  it('keeps only gemeenten on the 2022 map and prefers the KWB urbanity over the regions table', () => {
    const r = peerRijen(new Set(['GM0001', 'GM0002']), rijen, []);
    expect(r.map((x) => x.code)).toEqual(['GM0001', 'GM0002']);
    expect(r[0].stedelijkheid).toBe(3); // KWB value missing → regions table
    expect(r[1].stedelijkheid).toBe(2);
  });
  it('without DuckDB falls back to the regions table with unknown (null) characteristics, never 0', () => {
    const r = peerRijen(new Set(['GM0002', 'GM0001']), null, [
      { code: 'GM0002', naam: 'Bee', grootteklasse: 'GKA_50_100K', stedelijkheid: 2 },
      { code: 'GM0001', naam: 'Aa', grootteklasse: null, stedelijkheid: null },
      { code: 'GM0999', naam: 'Weg', grootteklasse: null, stedelijkheid: 1 },
    ]);
    expect(r.map((x) => x.code)).toEqual(['GM0001', 'GM0002']);
    expect(r[1].inwoners).toBeNull();
    expect(r[1].grootteklasse).toBe('GKA_50_100K');
  });
});

describe('actiefRecept', () => {
  it('defaults to the study set for a case gemeente and to similarity otherwise', () => {
    expect(actiefRecept('', 'GM0150', ctx)).toEqual({ recept: { methode: 'studie' }, standaard: true, ongeldig: false });
    expect(actiefRecept('', 'GM0001', ctx).recept.methode).toBe('gelijkend');
  });
  it('uses a valid URL recipe and rejects garbage safely', () => {
    const s = encodeRecept({ methode: 'handmatig', basis: 'buren', verwijderen: ['GM0002'] });
    const a = actiefRecept(s, 'GM0001', ctx);
    expect(a.standaard).toBe(false);
    expect(encodeRecept(a.recept)).toBe(s);
    const b = actiefRecept('buren.k99.xx', 'GM0001', ctx);
    expect(b).toMatchObject({ standaard: true, ongeldig: true, recept: { methode: 'gelijkend' } });
  });
});

describe('trechterInvoer', () => {
  it('turns the percentage into a fraction and estimates youths from the age shares', () => {
    const [e] = trechterInvoer([rij('GM0001', 'Aa', { inwoners: 10000, pct_onder_15: 15, pct_15_24: 10, kwb_pct_jongeren_jeugdzorg: 12.5 })]);
    expect(e.p).toBeCloseTo(0.125, 10);
    expect(e.n).toBeCloseTo(10000 * (15 + 3) / 100, 6); // 0–17: under 15 plus 3 of the 10 years 15–24
  });
  it('keeps missing values missing', () => {
    const [e] = trechterInvoer([rij('GM0001', 'Aa', { kwb_pct_jongeren_jeugdzorg: null, pct_15_24: null })]);
    expect(e.p).toBeNull();
    expect(e.n).toBeNull();
  });
});

describe('the peer sentences in both languages (from the one dictionary)', () => {
  const alle = (taal: 'nl' | 'en') => (['studie', 'buren', 'grootteklasse', 'stedelijkheid', 'gelijkend', 'handmatig'] as const)
    .flatMap((m) => ['GM0001', 'GM0002', 'GM0009', 'GM0150'].map((c) => referentiegroep(c, m, m === 'handmatig' ? { basis: 'buren', toevoegen: ['GM0150'] } : {}, ctx, taal)));
  it('fills every placeholder, in both languages', () => {
    for (const taal of ['nl', 'en'] as const) {
      for (const g of alle(taal)) {
        for (const s of [g.uitleg, g.waarschuwing ?? '', ...g.leden.flatMap((l) => l.redenen)]) expect(s, s).not.toMatch(/[{}]/);
      }
    }
  });
  it('explains neighbours and islands', () => {
    const g = referentiegroep('GM0002', 'buren', {}, ctx, 'en');
    expect(g.uitleg).toBe('Bee is compared with the 2 municipalities that border it (municipal boundaries 2022); 1 of them touches the border at only one point.');
    expect(referentiegroep('GM0002', 'buren', {}, ctx, 'nl').uitleg).toBe('Bee wordt vergeleken met de 2 gemeenten die eraan grenzen (gemeentegrenzen 2022); 1 daarvan raakt de grens maar in één punt.');
    expect(g.leden.map((l) => l.redenen[0])).toEqual(['borders Bee', 'touches Bee at one point']);
    const eiland = referentiegroep('GM0009', 'buren', {}, ctx, 'en');
    expect(eiland.beschikbaar).toBe(false);
    expect(eiland.uitleg).toBe("Eiland has no neighbouring municipalities: no other municipality borders it over land. Choose, for example, 'most similar municipalities' or 'same size class'.");
    expect(eiland.waarschuwing).toBe('no neighbouring municipalities');
  });
  it('names the size class and the urbanity in the language', () => {
    const g = referentiegroep('GM0001', 'grootteklasse', {}, ctx, 'en');
    expect(g.uitleg).toContain('with 20,000 to 50,000 inhabitants');
    expect(g.leden[0].redenen).toEqual(['also 20,000 to 50,000 inhabitants']);
    expect(grootteklasseLabel(1, 'en')).toBe('fewer than 5,000 inhabitants');
    expect(grootteklasseLabel(1, 'nl')).toBe('minder dan 5.000 inwoners');
    expect(grootteklasseLabel('GKA_250K_PLUS', 'en')).toBe('250,000 inhabitants or more');
    const s = referentiegroep('GM0002', 'stedelijkheid', {}, ctx, 'en');
    expect(s.uitleg).toBe('Bee is strongly urban (CBS class 2 of 5, by address density) and is compared with the 0 other municipalities in that class.');
  });
  it('writes the similarity reasons with the numbers of the language', () => {
    const nl = referentiegroep('GM0001', 'gelijkend', { k: 1, kenmerken: ['inwoners', 'gem_inkomen_per_inwoner'] }, ctx, 'nl');
    const en = referentiegroep('GM0001', 'gelijkend', { k: 1, kenmerken: ['inwoners', 'gem_inkomen_per_inwoner'] }, ctx, 'en');
    expect(nl.uitleg).toMatch(/^De 1 gemeenten die het meest op Aa lijken op inwoners en inkomen per inwoner \(gestandaardiseerde afstand, inwoners op logaritmische schaal\)\.$/);
    expect(en.uitleg).toBe('The 1 municipalities most similar to Aa on inhabitants and income per inhabitant (standardised distance, inhabitants on a log scale).');
    expect(nl.leden[0].redenen).toContain('inkomen per inwoner: € 28.000 (Aa: € 28.000)');
    expect(en.leden[0].redenen).toContain('income per inhabitant: € 28,000 (Aa: € 28,000)');
  });
  it('says where an own selection started', () => {
    const g = referentiegroep('GM0001', 'handmatig', { basis: 'buren', toevoegen: ['GM0150'] }, ctx, 'en');
    expect(g.uitleg).toBe('Own selection for Aa: starting from neighbouring municipalities, 1 added and 0 removed.');
    expect(g.leden.at(-1)!.redenen).toEqual(['added by you']);
  });
});
