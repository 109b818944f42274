import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { valideerCasus, valideerDataset, valideerEpisode, valideerKosten } from '../../../src/lib/model/casus/valideer.ts';
import { publicatie } from '../../../src/lib/model/publicaties.ts';

const DIR = join(__dirname, '../../../data/casus');
function lees(pad: string): Record<string, string>[] {
  const [kop, ...regels] = readFileSync(pad, 'utf8').trimEnd().split('\n');
  const k = kop.split(';');
  return regels.filter((r) => r !== '').map((r) => Object.fromEntries(r.split(';').map((v, i) => [k[i], v])));
}
const cent = (s: string) => Math.round(Number(s) * 100);

describe('gebundelde bronaggregaten (data/casus)', () => {
  const datasets = lees(join(DIR, 'datasets.csv'));

  it('alle datasets zijn herkomst bron met document en regel', () => {
    for (const [i, d] of datasets.entries()) {
      expect(valideerDataset(d, i + 1).ok).toBe(true);
      expect(d.herkomst).toBe('bron');
      // a document path, or a catalogue id (data/bronnen.csv, which names the document) and lines
      const id = /^(seed-\d{3}) /.exec(d.bron)?.[1];
      if (id) expect(publicatie(id).document).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
      expect(d.bron).toMatch(id ? /^seed-\d{3} .*L\d+/ : /seeds\/00\d_.*L\d+/);
    }
  });

  it('elke rij in de casusbestanden voldoet aan het contract', () => {
    for (const d of readdirSync(DIR).filter((f) => statSync(join(DIR, f)).isDirectory())) {
      expect(datasets.map((x) => x.dataset_id)).toContain(d);
      lees(join(DIR, d, 'casus.csv')).forEach((r, i) => expect(valideerCasus(r, i + 1).ok).toBe(true));
      lees(join(DIR, d, 'episode.csv')).forEach((r, i) => expect(valideerEpisode(r, i + 1).ok).toBe(true));
      lees(join(DIR, d, 'kosten.csv')).forEach((r, i) => expect(valideerKosten(r, i + 1).ok).toBe(true));
    }
  });

  it('Gouda zes zorgpaden: rijen tellen op tot de gedrukte waarden per casus', () => {
    const k = lees(join(DIR, 'gouda-zorgpaden-6', 'kosten.csv'));
    const som = (f: (r: Record<string, string>) => boolean) => k.filter(f).reduce((s, r) => s + cent(r.bedrag_eur), 0);
    const voor = (r: Record<string, string>) => r.einde === '2023-02-01';
    const na = (r: Record<string, string>) => r.begin === '2023-02-01';
    // printed rows, seed-001 L549-562
    const gedrukt: [string, number | null, number, number][] = [
      ['casus1', 12711, 116744, 86], ['casus2', 6838, 15080, 40], ['casus3', 143492, 170572, 84],
      ['casus4', null, 121227, 63], ['casus5', 66437, 80989, 100], ['casus6', 35949, 51648, 31],
    ];
    for (const [id, v, n, pct] of gedrukt) {
      expect(som((r) => r.casus_id === id && voor(r))).toBe(v == null ? 0 : v * 100);
      expect(som((r) => r.casus_id === id && na(r))).toBe(n * 100);
      const plek = som((r) => r.casus_id === id && na(r) && r.categorie === 'dagbesteding');
      if (['casus1', 'casus2', 'casus6'].includes(id)) expect(plek / (n * 100)).toBeCloseTo(pct / 100, 4);
    }
    expect(k.some((r) => r.casus_id === 'casus4' && voor(r))).toBe(false); // onbekend stays missing
    expect(som(voor)).toBe(26542700); // rows: 265.427, printed total says 256.427 (kengetallen note)
    expect(som(na)).toBe(55626000); // rows: 556.260, printed total 556.169
    const e = lees(join(DIR, 'gouda-zorgpaden-6', 'episode.csv'));
    expect(e.every((r) => r.datum_kwaliteit === 'geschat')).toBe(true);
  });

  it('28 kinderen: per scenario 28 casussen die optellen tot het gedrukte totaal', () => {
    for (const [s, tot] of [['laag', 2352830], ['gemiddeld', 2668747], ['hoog', 2895794]] as const) {
      const k = lees(join(DIR, `gouda-breedte-28-${s}`, 'kosten.csv'));
      expect(k).toHaveLength(28);
      expect(k.reduce((a, r) => a + cent(r.bedrag_eur), 0)).toBe(tot * 100);
    }
  });

  it('kengetallen: elk getal met bron, regel en een notitie bij tegenstrijdigheden', () => {
    const k = lees(join(DIR, 'kengetallen.csv'));
    for (const r of k) {
      expect(r.bron).toMatch(/^seeds\/00[01]_/);
      expect(r.regel).toMatch(/^L\d+/);
      expect(Number.isFinite(Number(r.waarde))).toBe(true);
      expect(['gedrukt', 'afgeleid']).toContain(r.soort);
    }
    const g = (id: string) => k.find((r) => r.kengetal_id === id)!;
    expect(g('gouda-zorgpaden-6:voor_totaal_gedrukt').waarde).toBe('256427');
    expect(g('gouda-zorgpaden-6:voor_totaal_gedrukt').notitie).toMatch(/TEGENSTRIJDIG/);
    expect(new Set(k.map((r) => r.gemeente))).toEqual(new Set(['Gouda', 'Zwolle', 'Tilburg', 'Nijmegen', 'Nijkerk', 'Nederland', 'vijf gemeenten']));
  });
});
