// Every figure the Doorbraak page shows equals its row in data/casus/kengetallen.csv, and the
// bundle validator refuses broken rows with file, row and column.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { FIGUREN, kies, opschaling, regelsVan, casussen, type Groep } from '../../../src/lib/model/doorbraak/figuren';
import { valideerBundel, type Tabellen } from '../../../src/lib/model/doorbraak/valideer';
import type { Kengetal } from '../../../src/lib/model/doorbraak/typen';

const lees = (pad: string) => Papa.parse<Record<string, string>>(readFileSync(pad, 'utf8').trim(), { header: true, delimiter: ';' }).data;
const tabellen = (): Tabellen => ({
  kengetallen: lees('data/casus/kengetallen.csv'),
  gemeenten: lees('data/doorbraak/gemeenten.csv'),
  doorbraken: lees('data/doorbraak/doorbraken.csv'),
  barrieres: lees('data/doorbraak/barrieres.csv'),
  paradigma: lees('data/doorbraak/paradigma.csv'),
});
const csv = new Map(lees('data/casus/kengetallen.csv').map((r) => [r.kengetal_id, r]));

describe('the bundled Doorbraak data', () => {
  const { bundel, fouten } = valideerBundel(tabellen(), 'seeds/000_2f2fdb95d280b563.txt');
  it('validates', () => expect(fouten).toEqual([]));

  it('every page figure equals kengetallen.csv (value, line, printed/derived)', () => {
    for (const groep of Object.keys(FIGUREN) as Groep[]) {
      for (const k of Object.values(kies(bundel, groep)) as Kengetal[]) {
        const r = csv.get(k.id)!;
        expect(r, k.id).toBeDefined();
        expect(k.waarde, k.id).toBe(Number(r.waarde));
        expect(k.regel, k.id).toBe(r.regel);
        expect(k.soort, k.id).toBe(r.soort);
      }
    }
  });

  it('keeps the printed figures of the issue and the report', () => {
    const z = kies(bundel, 'zwolle');
    expect([z.voorkomen.waarde, z.voorkomen.regel, z.perCasus.waarde]).toEqual([323005, 'L269', 53834]);
    expect(z.jb.soort).toBe('afgeleid');
    expect(opschaling(z.perCasus.waarde, 30)).toBe(z.a30.waarde);
    const n = kies(bundel, 'nijmegen');
    expect(n.zbo3.waarde).toBe(3 * n.perKind.waarde);
    const b = kies(bundel, 'budget');
    expect(b.gebruikt.waarde).toBe(33417.6);
    expect(b.pct.waarde).toBe(13.4);
  });

  it('says "enkele" where the report gives no count', () => {
    const nijmegen = bundel.gemeenten.find((g) => g.gemeente === 'Nijmegen')!;
    expect(casussen(bundel, nijmegen)).toMatchObject({ aantal: null, woord: 'enkele' });
    const zwolle = bundel.gemeenten.find((g) => g.gemeente === 'Zwolle')!;
    expect(casussen(bundel, zwolle).aantal).toBe(Number(csv.get('zwolle:casussen')!.waarde));
  });

  it('every barrier has a known gemeente, instrument and domain', () => {
    const codes = new Set(bundel.gemeenten.map((g) => g.gemeente_code));
    expect(bundel.barrieres.every((b) => codes.has(b.gemeente_code))).toBe(true);
    expect(bundel.paradigma.map((p) => p.instrument).sort()).toEqual(['financiering', 'governance', 'verantwoording', 'wetgeving']);
  });
});

describe('valideerBundel refuses', () => {
  it('a derived figure that does not follow from the printed ones', () => {
    const t = tabellen();
    t.kengetallen = t.kengetallen.map((r) => (r.kengetal_id === 'zwolle:opschaling_30_afgeleid' ? { ...r, waarde: '1600000' } : r));
    const { fouten } = valideerBundel(t, '');
    expect(fouten).toHaveLength(1);
    expect(fouten[0]).toMatchObject({ bestand: 'data/casus/kengetallen.csv', kolom: 'waarde', waarde: '1600000' });
    expect(fouten[0].melding).toBe('afgeleid cijfer klopt niet: de rekenregel geeft 1615020');
  });
  it('a bad line reference, an unknown instrument and an unknown gemeente', () => {
    const t = tabellen();
    t.barrieres = [{ ...t.barrieres[0], regel: 'r. 12', instrument: 'toezicht', gemeente_code: 'GM9999' }];
    const m = valideerBundel(t, '').fouten.map((f) => `${f.bestand} ${f.rij} ${f.kolom}`);
    expect(m).toEqual([
      'data/doorbraak/barrieres.csv 1 gemeente_code',
      'data/doorbraak/barrieres.csv 1 instrument',
      'data/doorbraak/barrieres.csv 1 regel',
    ]);
  });
});

describe('regelsVan', () => {
  it('merges and sorts line references', () => {
    expect(regelsVan(['L486', 'L269', 'L275 L486', 'L1702-1703'])).toBe('269, 275, 486, 1702–1703');
  });
});
