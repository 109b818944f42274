import { describe, expect, it } from 'vitest';
import { perDuizend, prijsVolume } from '../../../src/views/kosten/prijsVolume';
import type { KostenStudieRij } from '../../../src/lib/db/sql/kostenGemeente';

// A hand-made study set: focus A with two reference gemeenten, the Netherlands, one gemeente
// without lasten per gebruiker, and A's size class (only lasten per inwoner).
const rij = (code: string, naam: string, rol: string, p: number | null, l: number | null, soort = 'gemeente'): KostenStudieRij => ({
  focus_code: 'GM0001', code, naam, soort, rol, volgorde: 0, lasten_per_gebruiker: p, lasten_per_inwoner: l, index_lasten_per_inwoner: null,
  bron_gebruiker: p == null ? null : 'seed-003:L1', bron_inwoner: l == null ? null : 'seed-003:L2', bron_index: null,
  noot_gebruiker: null, noot_inwoner: null, noot_index: null, status: 'definitief',
});
const RIJEN = [
  rij('GM0001', 'Aastad', 'gemeente', 8000, 400),
  rij('GM0002', 'Bedorp', 'referentie', 10000, 600),
  rij('GM0003', 'Cewaard', 'referentie', 9000, 540),
  rij('GM0004', 'Deveen', 'referentie', null, 500),
  rij('NL01', 'Nederland', 'land', 9500, 560, 'land'),
  rij('GK05', 'Gemeenten 50.000 tot 100.000 inwoners', 'grootteklasse', null, 480, 'grootteklasse'),
];
const invoer = (taal: 'nl' | 'en') => ({ rijen: RIJEN, gemeente: 'GM0001', taal, bronnen: new Map(), kortNaam: (r: { naam: string }) => r.naam });

describe('prijs × volume (Kosten)', () => {
  it('derives users per 1.000 inhabitants from the two printed amounts, or nothing', () => {
    expect(perDuizend({ lasten_per_inwoner: 400, lasten_per_gebruiker: 8000 })).toBe(50);
    expect(perDuizend({ lasten_per_inwoner: 400, lasten_per_gebruiker: null })).toBeNull();
  });

  it('draws every gemeente with both amounts once, and says which one is missing', () => {
    const pv = prijsVolume(invoer('nl'));
    expect(pv.punten.map((p) => [p.code, p.groep])).toEqual([['GM0001', 'gekozen'], ['GM0002', 'referentie'], ['GM0003', 'referentie'], ['NL01', 'land']]);
    expect(pv.meta.noten.some((n) => n.includes('Deveen'))).toBe(true);
    // the size class is a curve (only lasten per inwoner), not a point
    expect(pv.curves.some((c) => c.soort === 'klasse')).toBe(true);
    expect(pv.meta.rijen).toHaveLength(5);
  });

  it('titles the finding against the reference mean, in either language', () => {
    // A: lower price (8.000 < ± 9.500) and fewer users (50 < 60 per 1.000) than B and C
    expect(prijsVolume(invoer('nl')).meta.titel).toBe('Aastad heeft lagere lasten per gebruiker en minder gebruikers per inwoner dan haar referentiegemeenten');
    expect(prijsVolume(invoer('en')).meta.titel).toBe('Aastad has lower costs per user and fewer users per inhabitant than its reference municipalities');
    expect(prijsVolume(invoer('en')).punten.find((p) => p.code === 'NL01')!.label).toBe('Netherlands');
  });
});
