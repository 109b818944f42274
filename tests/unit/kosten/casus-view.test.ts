import { beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { SQL_MAAK_PREAGGREGATEN, sqlBouwDataset } from '../../../src/lib/db/sql/kosten.ts';
import { alleGrafiekenVraag, casusVragen, splitsAlleGrafieken, type DeelRij } from '../../../src/lib/db/kostenCasus.ts';
import { casusPeriode, curveMeta, lorenzMeta, categorieMeta, verdelingMeta, type Context } from '../../../src/views/kosten/casus/meta.ts';
import { decodeCasusFilter, encodeCasusFilter, naarKostenFilter, LEGE_FILTER } from '../../../src/lib/model/kosten/filters.ts';
import { cohort, laad, rijen } from './helpers.ts';

const DS = 'synth-1-300';
let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await laad(await cohort(300, 11, 'fase'), DS);
  for (const s of SQL_MAAK_PREAGGREGATEN) await conn.run(s);
  for (const s of sqlBouwDataset(DS)) await conn.run(s.sql, s.params as never);
}, 60_000);

describe('casusfilter in de URL (kf)', () => {
  it('heen en terug geeft hetzelfde filter en past in de URL-grammatica', () => {
    const f = { onderwijssoort: ['VO', 'PO'] as never, leeftijdsband: ['16+', '12-15'] as never, gemeente: ['GM0513'], jaarVan: 2020, jaarTot: 2023 };
    const s = encodeCasusFilter(f);
    expect(s).toMatch(/^[A-Za-z0-9._~,:+-]{1,400}$/);
    expect(s).toBe('s:PO.VO,l:12-15.16+,g:GM0513,j:2020~2023');
    expect(decodeCasusFilter(s)).toEqual({ onderwijssoort: ['PO', 'VO'], leeftijdsband: ['12-15', '16+'], gemeente: ['GM0513'], jaarVan: 2020, jaarTot: 2023 });
    expect(encodeCasusFilter(LEGE_FILTER)).toBe('');
  });
  it('onzin valt veilig terug op geen filter per deel', () => {
    expect(decodeCasusFilter("s:XX.PO,l:99,g:GM1.GM0344,j:abc,zz:1")).toEqual({ onderwijssoort: ['PO'], leeftijdsband: [], gemeente: ['GM0344'], jaarVan: null, jaarTot: null });
    expect(decodeCasusFilter('j:2024~2019')).toMatchObject({ jaarVan: 2019, jaarTot: 2024 });
    expect(decodeCasusFilter('j:~2022')).toMatchObject({ jaarVan: null, jaarTot: 2022 });
    expect(decodeCasusFilter('x'.repeat(401))).toEqual(LEGE_FILTER);
  });
  it('naarKostenFilter zet alleen gekozen delen', () => {
    expect(naarKostenFilter(decodeCasusFilter('s:SO'), 'ds')).toEqual({ datasetIds: ['ds'], onderwijssoort: ['SO'] });
  });
});

describe('één gecombineerde query voor alle grafieken', () => {
  for (const kf of ['', 's:PO', 'g:GM0344.GM0855,j:2021~2023', 'l:12-15']) {
    it(`geeft dezelfde cijfers als vijf losse queries (${kf || 'geen filter'})`, async () => {
      const f = naarKostenFilter(decodeCasusFilter(kf), DS);
      const a = alleGrafiekenVraag(f, 'pre');
      const samen = splitsAlleGrafieken((await rijen(conn, a.sql, a.params)) as DeelRij[]);
      const los = casusVragen(f, 'pre');
      const r = async (v: { sql: string; params: unknown[] }) => rijen(conn, v.sql, v.params);
      const cat = await r(los.categorie);
      expect(samen.categorie.length).toBe(cat.length);
      for (const c of cat) expect(samen.categorie.find((x) => x.categorie === c.categorie)!.bedrag).toBeCloseTo(Number(c.bedrag), 6);
      const curve = await r(los.curve);
      expect(samen.curve).toHaveLength(curve.length);
      curve.forEach((c, i) => {
        expect(samen.curve[i].t).toBe(Number(c.t));
        expect(Number(samen.curve[i].cumulatief)).toBeCloseTo(Number(c.cumulatief), 6);
        expect(Number(samen.curve[i].gemiddeld)).toBeCloseTo(Number(c.gemiddeld), 6);
      });
      const h = (await r(los.hellingen))[0];
      expect(Number(samen.hellingen[0].helling_na)).toBeCloseTo(Number(h.helling_na), 6);
      const bins = await r(los.lorenz);
      expect(samen.lorenz.reduce((s, b) => s + b.n, 0)).toBe(bins.reduce((s, b) => s + Number(b.n), 0));
      const verd = await r(los.verdeling);
      expect(samen.verdeling.map((x) => x.n)).toEqual(verd.map((x) => Number(x.n)));
    });
  }
});

describe('grafiekteksten', () => {
  const ctx: Context = { taal: 'nl', datasetNaam: 'Test', bron: 'generator', herkomst: 'synthetisch', datumsGeschat: true };
  it('Lorenz-titel noemt het aandeel van de duurste 10 % uit de data', () => {
    // 10 cases: nine of 10 and one of 910 → the costliest 10 % take 910/1000
    const m = lorenzMeta([{ bin: 1, n: 9, bedrag: 90 }, { bin: 2, n: 1, bedrag: 910 }], ctx);
    expect(m.meta.titel).toBe('De duurste 10 % van de casussen neemt 91,0\u00a0% van het geld');
    expect(m.meta.synthetisch).toBe(true);
    expect(m.meta.noten.join(' ')).toMatch(/gelijkmatig over hun periode verdeeld/);
    expect(m.meta.noten.join(' ')).toMatch(/Geschatte datums/);
  });
  it('Lorenz die nog op de intervalkubus van een bundel wacht: titel en beschrijving zeggen dat, niet "geen data"', () => {
    const m = lorenzMeta([], ctx, 0.1, true);
    expect(m.wacht).toBe(true);
    expect(m.meta.titel).toBe('De Lorenzcurve voor een periode of leeftijdsband wordt nog geladen…');
    expect(m.meta.beschrijving).toBe(m.meta.titel);
    expect(lorenzMeta([], ctx).meta.titel).toBe('Geen casussen met kosten bij deze filters.');
  });
  it('curve: hellingen in de titel en een tabelrij per maand', () => {
    const rij = (t: number, c: number) => ({ t, gemiddeld: 0, cumulatief: c, n: 4 });
    const m = curveMeta([rij(-1, 100), rij(0, 300)], { helling_voor: 1200, helling_na: 2400, n: 4 }, { ...ctx, herkomst: 'bron' });
    expect(m.meta.titel).toMatch(/€\s1\.200 per jaar ervoor, €\s2\.400 erna/);
    expect(m.meta.rijen).toHaveLength(2);
    expect(m.meta.synthetisch).toBe(false);
  });
  it('categorie en verdeling: grootste post en klassen', () => {
    const c = categorieMeta([{ categorie: 'kolb', bedrag: 30 }, { categorie: 'ambulant', bedrag: 70 }], ctx);
    expect(c.meta.titel).toBe('De grootste kostenpost is ambulante jeugdhulp (70,0\u00a0% van het geld)');
    const v = verdelingMeta([{ klasse_van: 0, n: 3, bedrag: 6000 }, { klasse_van: 5000, n: 1, bedrag: 7000 }], ctx);
    expect(v.totN).toBe(4);
    expect(v.meta.rijen.map((r) => r.n)).toEqual(['3', '1']);
  });
  it('"de meeste" only above half: 11 of 22 is "de helft", 12 of 22 is "de meeste"', () => {
    const half = verdelingMeta([{ klasse_van: 0, n: 11, bedrag: 1 }, { klasse_van: 5000, n: 11, bedrag: 1 }], ctx);
    expect(half.meta.titel).toMatch(/^De helft van de casusjaren kost minder dan €\s5\.000 \(11 van 22 casusjaren\)$/);
    const meer = verdelingMeta([{ klasse_van: 0, n: 12, bedrag: 1 }, { klasse_van: 5000, n: 10, bedrag: 1 }], ctx);
    expect(meer.meta.titel).toMatch(/^De meeste casusjaren kosten minder dan €\s5\.000 \(12 van 22 casusjaren\)$/);
  });
  it('"overig" is not a finding: the title names the largest named item', () => {
    const c = categorieMeta([{ categorie: 'overig', bedrag: 60 }, { categorie: 'kolb', bedrag: 30 }, { categorie: 'ambulant', bedrag: 10 }], ctx);
    expect(c.meta.titel).toBe('De grootste benoemde kostenpost is KOLB (30,0\u00a0% van het geld); 60,0\u00a0% is niet nader ingedeeld');
    expect(c.meta.titel).not.toMatch(/kostenpost is overig/);
    const alleen = categorieMeta([{ categorie: 'overig', bedrag: 60 }], ctx);
    expect(alleen.meta.titel).toMatch(/niet naar categorie ingedeeld/);
  });
  it('every title names its period: the years with costs, narrowed by the filter; estimated dates say "ca."', () => {
    const jaren = [2021, 2022, 2023, 2024];
    const geen = { jaarVan: null, jaarTot: null };
    expect(casusPeriode(jaren, geen, false, 'nl')).toBe('2021–2024');
    expect(casusPeriode(jaren, { jaarVan: 2022, jaarTot: 2023 }, false, 'nl')).toBe('2022–2023');
    expect(casusPeriode(jaren, { jaarVan: 2024, jaarTot: null }, true, 'nl')).toBe('ca. 2024');
    expect(casusPeriode(jaren, geen, true, 'en')).toBe('c. 2021–2024');
    expect(casusPeriode(jaren, { jaarVan: 2030, jaarTot: null }, false, 'nl')).toBe('');
    const p = { ...ctx, periode: casusPeriode(jaren, geen, true, 'nl') };
    const titels = [
      lorenzMeta([{ bin: 1, n: 9, bedrag: 90 }, { bin: 2, n: 1, bedrag: 910 }], p).meta.titel,
      curveMeta([{ t: -1, gemiddeld: 0, cumulatief: 100, n: 4 }, { t: 0, gemiddeld: 0, cumulatief: 300, n: 4 }], { helling_voor: 1200, helling_na: 2400, n: 4 }, p).meta.titel,
      categorieMeta([{ categorie: 'kolb', bedrag: 30 }], p).meta.titel,
      verdelingMeta([{ klasse_van: 0, n: 3, bedrag: 6000 }], p).meta.titel,
    ];
    for (const titel of titels) expect(titel).toMatch(/ \(ca\. 2021–2024\)$/);
    // no cases: the "no data" sentence is not dressed up with a period
    expect(categorieMeta([], p).meta.titel).not.toMatch(/2021/);
  });
  it('an equal split (the 28 children) gets no Lorenz curve or distribution: the frame says why', () => {
    const p = { ...ctx, herkomst: 'bron' as const, gelijkVerdeeld: true, periode: 'ca. 2023–2024' };
    const l = lorenzMeta([{ bin: 1, n: 28, bedrag: 28 * 84029.65 }], p);
    const v = verdelingMeta([{ klasse_van: 80000, n: 28, bedrag: 28 * 84029.65 }], p);
    for (const m of [l.meta, v.meta]) {
      expect(m.titel).toBe('Niet getekend: elk kind kreeg hetzelfde bedrag, een gelijke verdeling van het gedrukte totaal (ca. 2023–2024)');
      expect(m.beschrijving).toContain('verdeelt die gelijk over de kinderen');
    }
    expect(l.punten).toEqual([]);
    expect(l.n).toBe(0);
    expect(v.totN).toBe(0);
    // without the flag the same rows are drawn
    expect(lorenzMeta([{ bin: 1, n: 28, bedrag: 28 * 84029.65 }], { ...p, gelijkVerdeeld: false }).n).toBe(28);
  });
});
