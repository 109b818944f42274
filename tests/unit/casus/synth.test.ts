// The synthetic cohort (src/lib/db/sql/synth.ts), generated in native DuckDB by the page's SQL:
// deterministic, contract-valid, calibrated.
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../../src/lib/model/casus/synth/dataset.ts';
import { synthCohort, type Cohort } from '../../../scripts/lib/synth.ts';
import { KALIBRATIE, TOLERANTIE } from '../../../src/lib/model/casus/synth/kalibratie.ts';
import { valideerCasus, valideerEpisode, valideerKosten } from '../../../src/lib/model/casus/valideer.ts';
import { casusRegel, episodeRegel, kostenRegel } from '../../../src/lib/model/casus/synth/csv.ts';

const mi = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** The cohort per case, in case order. */
function perCasus(c: Cohort) {
  const m = new Map(c.casus.map((x) => [x.casus_id, { casus: x, episodes: [] as Cohort['episodes'], kosten: [] as Cohort['kosten'] }]));
  for (const e of c.episodes) m.get(e.casus_id)!.episodes.push(e);
  for (const k of c.kosten) m.get(k.casus_id)!.kosten.push(k);
  return [...m.values()];
}

describe('synthetische generator', () => {
  it('is deterministisch per seed, verschilt tussen seeds, en casus k hangt niet af van n', async () => {
    const a = JSON.stringify(await synthCohort(200, 42));
    const b = JSON.stringify(await synthCohort(200, 42));
    const c = JSON.stringify(await synthCohort(200, 43));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    const groot = perCasus(await synthCohort(300, 42)).slice(0, 200);
    expect(JSON.stringify(groot)).toBe(JSON.stringify(perCasus(JSON.parse(a))));
  });

  it('maand- en fasekosten geven per casus hetzelfde totaal', async () => {
    const m = perCasus(await synthCohort(300, 5, 'maand'));
    const f = perCasus(await synthCohort(300, 5, 'fase'));
    for (let i = 0; i < m.length; i++) {
      const sm = m[i].kosten.reduce((s, k) => s + k.bedrag_eur, 0);
      const sf = f[i].kosten.reduce((s, k) => s + k.bedrag_eur, 0);
      expect(sf).toBeCloseTo(sm, 6);
      expect(f[i].kosten.length).toBeLessThanOrEqual(m[i].kosten.length);
    }
  });

  it('elke rij voldoet aan het contract en draagt het label synthetisch', async () => {
    const ds = syntheticDataset({ n: 10, seed: 1 });
    expect(ds.herkomst).toBe('synthetisch');
    expect(ds.naam).toMatch(/Synthetische voorbeelddata/);
    const parse = (regel: string, kop: string[]) => Object.fromEntries(regel.trimEnd().split(';').map((v, i) => [kop[i], v]));
    let i = 0;
    for (const r of perCasus(await synthCohort(300, 9, 'maand'))) {
      expect(valideerCasus(parse(casusRegel(r.casus), ['casus_id', 'gemeente_code', 'geboortejaar', 'geslacht']), ++i).ok).toBe(true);
      for (const e of r.episodes) {
        const v = valideerEpisode(parse(episodeRegel(e), ['casus_id', 'domein', 'toestand', 'onderwijssoort', 'begin', 'einde', 'datum_kwaliteit']), i);
        expect(v.ok, JSON.stringify(v)).toBe(true);
      }
      for (const k of r.kosten) {
        expect(valideerKosten(parse(kostenRegel(k), ['casus_id', 'begin', 'einde', 'domein', 'categorie', 'bedrag_eur', 'kwaliteit']), i).ok).toBe(true);
      }
      // exactly one onderwijs and at most one zorg state at any month: no overlaps per domain
      for (const dom of ['onderwijs', 'zorg'] as const) {
        const eps = r.episodes.filter((e) => e.domein === dom).sort((a, b) => a.begin.localeCompare(b.begin));
        for (let j = 1; j < eps.length; j++) expect(eps[j - 1].einde !== null && eps[j - 1].einde! <= eps[j].begin).toBe(true);
      }
    }
  });

  it(`landt binnen ${TOLERANTIE * 100} % van de kalibratiedoelen (20.000 casussen)`, async () => {
    let voorBedrag = 0, voorMnd = 0, naBedrag = 0, naMnd = 0, plek = 0, naTot = 0, nUitval = 0, nPO = 0, somVoorMnd = 0;
    for (const r of perCasus(await synthCohort(20000, 2024, 'fase'))) {
      const u = r.episodes.find((e) => e.toestand === 'VOLLEDIG_VERZUIM');
      if (!u) continue;
      nUitval++;
      if (['PO', 'SBO', 'SO'].includes(u.onderwijssoort!)) nPO++;
      const start = r.episodes.filter((e) => e.domein === 'zorg').map((e) => e.begin).sort()[0];
      somVoorMnd += mi(u.begin) - mi(start);
      for (const k of r.kosten) {
        if (k.domein !== 'jeugdzorg') continue;
        const mnd = mi(k.einde) - mi(k.begin);
        if (k.einde <= u.begin) { voorBedrag += k.bedrag_eur; voorMnd += mnd; }
        else if (k.begin === u.begin) {
          naBedrag += k.bedrag_eur;
          naTot += k.bedrag_eur;
          if (k.categorie !== 'ambulant') { plek += k.bedrag_eur; naMnd += mnd; }
        }
      }
    }
    const rel = (x: number, doel: number) => Math.abs(x / doel - 1);
    expect(rel((voorBedrag / voorMnd) * 12, KALIBRATIE.jeugdzorgVoorPerJaar.waarde)).toBeLessThan(TOLERANTIE);
    expect(rel((naBedrag / naMnd) * 12, KALIBRATIE.jeugdzorgNaPerJaar.waarde)).toBeLessThan(TOLERANTIE);
    expect(rel(plek / naTot, KALIBRATIE.aandeelJeugdplekNa.waarde)).toBeLessThan(TOLERANTIE);
    expect(rel(somVoorMnd / nUitval, KALIBRATIE.maandenVoor.waarde)).toBeLessThan(TOLERANTIE);
    expect(rel(nPO / nUitval, KALIBRATIE.aandeelPO.waarde)).toBeLessThan(TOLERANTIE);
    expect(rel(nUitval / 20000, KALIBRATIE.aandeelUitval.waarde)).toBeLessThan(TOLERANTIE);
  }, 60_000);
});
