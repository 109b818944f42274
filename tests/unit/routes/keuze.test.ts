import { describe, expect, it } from 'vitest';
import { cohortFilter, decodeRoutes, encodeRoutes, standaardKeuze, type RoutesKeuze } from '../../../src/lib/model/routes/keuze.ts';
import { DEFINITIE_CODES } from '../../../src/lib/model/routes/definities.ts';

const URL_ALFABET = /^[A-Za-z0-9._~,:+-]{0,400}$/;

describe('encodeRoutes / decodeRoutes', () => {
  it('laat de standaard leeg', () => {
    expect(encodeRoutes(standaardKeuze())).toBe('');
    expect(decodeRoutes('').keuze).toEqual(standaardKeuze());
  });

  it('houdt een volledige keuze heel, in het URL-alfabet van staat.ts', () => {
    const k: RoutesKeuze = { definitie: 'absoluut_verzuim', onderwijssoort: ['VO', 'PO'], leeftijdsband: ['18+', '4-11'], gemeente: ['GM0513', 'GM0193'], casus: 'gouda-3' };
    const s = encodeRoutes(k);
    expect(s).toMatch(URL_ALFABET);
    expect(s).toBe('d:av,s:PO+VO,l:4-11+18p,g:GM0193+GM0513,c:gouda-3');
    const terug = decodeRoutes(s);
    expect(terug.meldingen).toEqual([]);
    expect(terug.keuze).toEqual({ definitie: 'absoluut_verzuim', onderwijssoort: ['PO', 'VO'], leeftijdsband: ['4-11', '18+'], gemeente: ['GM0193', 'GM0513'], casus: 'gouda-3' });
  });

  it('elke definitie gaat heen en terug, met een verschillende code', () => {
    const gezien = new Set<string>();
    for (const d of DEFINITIE_CODES) {
      const s = encodeRoutes({ ...standaardKeuze(), definitie: d });
      gezien.add(s);
      expect(decodeRoutes(s).keuze.definitie).toBe(d);
    }
    expect(gezien.size).toBe(DEFINITIE_CODES.length);
  });

  it('gelijke keuzes geven dezelfde tekst (volgorde en dubbelen maken niet uit)', () => {
    const a = encodeRoutes({ ...standaardKeuze(), onderwijssoort: ['VO', 'PO', 'VO'] });
    const b = encodeRoutes({ ...standaardKeuze(), onderwijssoort: ['PO', 'VO'] });
    expect(a).toBe(b);
  });

  it('weigert rommel veilig en valt terug op de standaard', () => {
    for (const rommel of ['<script>', 'd:xx', 's:QQ', 'l:99-100', 'g:GM12', 'c:../../etc', 'x:1', 'd', 'a'.repeat(500), 'd:av,d:rv']) {
      const r = decodeRoutes(rommel);
      expect(r.meldingen.length, rommel).toBeGreaterThan(0);
    }
    expect(decodeRoutes('<script>').keuze).toEqual(standaardKeuze());
    expect(decodeRoutes('d:xx').keuze.definitie).toBe('thuiszitter_smal');
    expect(decodeRoutes('c:../../etc').keuze.casus).toBe('');
  });

  it('houdt de goede delen als één deel fout is', () => {
    const r = decodeRoutes('d:tsb,s:VO+QQ,g:GM0513');
    expect(r.keuze.definitie).toBe('thuiszitter_breed');
    expect(r.keuze.onderwijssoort).toEqual(['VO']);
    expect(r.keuze.gemeente).toEqual(['GM0513']);
    expect(r.meldingen).toHaveLength(1);
    expect(r.meldingen[0]).toContain('QQ');
  });

  it('een dubbele sleutel telt één keer: de eerste', () => {
    const r = decodeRoutes('d:av,d:rv');
    expect(r.keuze.definitie).toBe('absoluut_verzuim');
  });

  it('cohortFilter neemt de dataset en de lijsten over', () => {
    const k = decodeRoutes('s:VO,l:12-15,g:GM0513').keuze;
    expect(cohortFilter(k, 'synth-42-1000')).toEqual({ datasets: ['synth-42-1000'], onderwijssoort: ['VO'], leeftijdsband: ['12-15'], gemeente: ['GM0513'] });
    expect(cohortFilter(k, null).datasets).toBeUndefined();
  });
});
