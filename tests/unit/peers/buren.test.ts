import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { parseBurenCsv } from '../../../src/lib/model/peers/index.ts';
import { leesBurenCsv, leesTopo } from '../../fixtures/geo/laad.ts';

const csv = leesBurenCsv();
const buren = parseBurenCsv(csv);
const codes = (c: string) => (buren.get(c) ?? []).map((b) => b.code);

describe('burenlijst 2022 (data/geo/buren-2022.csv)', () => {
  it('is symmetrisch in het bestand zelf (elke A;B heeft een B;A)', () => {
    const regels = csv.trim().split('\n').slice(1).map((r) => r.split(';'));
    const set = new Set(regels.map(([a, b]) => `${a};${b}`));
    expect(regels.length).toBeGreaterThan(1500);
    for (const [a, b] of regels) expect(set.has(`${b};${a}`), `${b};${a} ontbreekt`).toBe(true);
    const gesorteerd = [...regels].map((r) => r.join(';')).sort();
    expect(regels.map((r) => r.join(';'))).toEqual(gesorteerd);
  });

  it('Texel, Ameland en Schiermonnikoog hebben geen buren', () => {
    for (const c of ['GM0448', 'GM0060', 'GM0088']) expect(codes(c)).toEqual([]);
  });

  it('Vlieland en Terschelling raken elkaar (in één punt) en hebben verder geen buren', () => {
    expect(codes('GM0096')).toEqual(['GM0093']);
    expect(codes('GM0093')).toEqual(['GM0096']);
    expect(buren.get('GM0096')![0].grens).toBe('punt');
  });

  it('Zwolle grenst aan Kampen, Dalfsen en Raalte', () => {
    const z = codes('GM0193');
    for (const c of ['GM0166', 'GM0148', 'GM0177']) expect(z).toContain(c);
    expect(z).not.toContain('GM0193');
    expect(z).not.toContain('GM0150'); // Deventer grenst niet aan Zwolle
  });

  it('parseBurenCsv wijst een kapotte regel af met regelnummer', () => {
    expect(() => parseBurenCsv('code;buur_code\nGM0001;GM0002\nGM0003;XX\n', 'x.csv')).toThrow(/x\.csv, regel 3/);
    expect(() => parseBurenCsv('a;b\n')).toThrow(/regel 1/);
    // Eén richting in de invoer wordt symmetrisch gemaakt.
    const k = parseBurenCsv('code;buur_code\nGM0001;GM0002\n');
    expect(k.get('GM0002')!.map((b) => b.code)).toEqual(['GM0001']);
  });
});

describe('TopoJSON 2022 (data/geo/gemeenten-2022.topo.json)', () => {
  const tekst = leesTopo();
  const topo = JSON.parse(tekst) as Topology;
  it('is compact (≤ 300 KB) en heeft 345 gemeenten met code en naam', () => {
    expect(tekst.length).toBeLessThanOrEqual(300 * 1024);
    const obj = topo.objects.gemeenten as GeometryCollection<{ code: string; naam: string }>;
    expect(obj.geometries).toHaveLength(345);
    const fc = feature(topo, obj);
    const zwolle = fc.features.find((f) => f.properties.code === 'GM0193');
    expect(zwolle?.properties.naam).toBe('Zwolle');
    // Elke gemeente in de burenlijst staat op de kaart.
    const opKaart = new Set(fc.features.map((f) => f.properties.code));
    for (const c of buren.keys()) expect(opKaart.has(c)).toBe(true);
  });
});
