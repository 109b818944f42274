import { describe, expect, it } from 'vitest';
import { parseBedrag, parseDatum, valideerCasus, valideerDataset, valideerEpisode, valideerKosten } from '../../../src/lib/model/casus/valideer.ts';

describe('validatie van contractrijen', () => {
  it('accepteert het voorbeeld uit het contract', () => {
    const e = valideerEpisode({ casus_id: 'a1', domein: 'onderwijs', toestand: 'VOLLEDIG_VERZUIM', onderwijssoort: 'PO', begin: '2021-03-01', einde: '', datum_kwaliteit: 'maand' }, 2);
    expect(e.ok && e.rij.einde).toBe(null);
    const k = valideerKosten({ casus_id: 'a1', begin: '2019-10-01', einde: '2021-03-01', domein: 'jeugdzorg', categorie: 'ambulant', bedrag_eur: '12711,00', kwaliteit: 'toegerekend' }, 1, { decimaal: ',' });
    expect(k.ok && k.rij.bedrag_eur).toBe(12711);
  });

  it('noemt bestand, rij en kolom bij een fout', () => {
    const r = valideerEpisode({ casus_id: 'a1', domein: 'zorg', toestand: 'INGESCHREVEN', onderwijssoort: '', begin: '31-02-2021', einde: '', datum_kwaliteit: 'maand' }, 7, { bestand: 'episode.csv' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fouten.map((f) => f.kolom).sort()).toEqual(['begin', 'toestand']);
    expect(r.fouten.every((f) => f.rij === 7 && f.bestand === 'episode.csv')).toBe(true);
    expect(r.fouten.find((f) => f.kolom === 'toestand')!.melding).toMatch(/onbekende code 'INGESCHREVEN'/);
  });

  it('controleert gemeentecode, geboortejaar en dataset-id', () => {
    const r = valideerCasus({ casus_id: 'x', gemeente_code: '0513', geboortejaar: '13' }, 1);
    expect(r.ok ? [] : r.fouten.map((f) => f.kolom)).toEqual(['gemeente_code', 'geboortejaar']);
    const d = valideerDataset({ dataset_id: 'a:b', naam: 'n', herkomst: 'bron', bron: 'b', contractversie: '1' }, 1);
    expect(d.ok).toBe(false);
  });

  it('einde moet na begin liggen en bedragen volgen het decimaalteken van het bestand', () => {
    const r = valideerKosten({ casus_id: 'a', begin: '2021-03-01', einde: '2021-03-01', domein: 'onderwijs', categorie: 'onderwijs_regulier', bedrag_eur: '1.000,00', kwaliteit: 'geschat' }, 3, { decimaal: ',' });
    expect(r.ok ? [] : r.fouten.map((f) => f.kolom)).toEqual(['einde', 'bedrag_eur']);
    expect(parseBedrag('12.5', '.')).toBe(12.5);
    expect(parseBedrag('12,5', '.')).toBeNull();
    expect(parseDatum('01-03-2021')).toBe('2021-03-01');
    expect(parseDatum('2021-13-01')).toBeNull();
  });
});
