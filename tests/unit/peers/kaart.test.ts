import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { buurInRichting, kaartGeometrie, kaartKleuren } from '../../../src/lib/charts/kaart/state.ts';
import { trechterLayout } from '../../../src/lib/charts/trechter/state.ts';
import { trechter } from '../../../src/lib/model/trechter/index.ts';
import { gemeentenUitCbs, grootteklasseLabel, maakContext, referentiegroep } from '../../../src/lib/model/peers/index.ts';
import { leesTopo } from '../../fixtures/geo/laad.ts';

const topo = JSON.parse(leesTopo()) as Topology;
const geo = kaartGeometrie(topo, 600);
const fmt = (v: number) => v.toLocaleString('nl-NL');

describe('kaartstatus', () => {
  it('noorden boven: Groningen ligt hoger en oostelijker dan Middelburg', () => {
    const gr = geo.vormen.find((v) => v.code === 'GM0014')!;
    const mb = geo.vormen.find((v) => v.code === 'GM0687')!;
    expect(gr.cy).toBeLessThan(mb.cy);
    expect(gr.cx).toBeGreaterThan(mb.cx);
    expect(geo.hoogte).toBeGreaterThan(600); // Nederland is hoger dan breed
    for (const v of geo.vormen) expect(v.d.startsWith('M')).toBe(true);
  });
  it('klassen 5–7, ontbrekend = geen gegevens (niet 0), grenzen oplopend', () => {
    // Waarde = volgnummer (synthetisch), behalve drie gemeenten zonder gegevens.
    const waarden = new Map<string, number | null>(geo.vormen.map((v, i) => [v.code, i]));
    for (const c of ['GM1980', 'GM1982', 'GM1991']) waarden.set(c, null);
    const k = kaartKleuren(geo.vormen, waarden, { klassen: 6, formatWaarde: fmt });
    expect(k.klassen.length).toBeGreaterThanOrEqual(5);
    expect(k.klassen.length).toBeLessThanOrEqual(7);
    expect(k.aantalGeenGegevens).toBe(3);
    const dw = k.perCode.get('GM1980')!;
    expect(dw).toMatchObject({ klasse: 'geen gegevens', kleur: null, label: 'Dijk en Waard: geen gegevens' });
    for (let i = 1; i < k.klassen.length; i++) expect(k.klassen[i].van).toBeGreaterThan(k.klassen[i - 1].van);
    expect(new Set(k.klassen.map((x) => x.kleur)).size).toBe(k.klassen.length);
    const zw = k.perCode.get('GM0193')!;
    expect(zw.label).toBe(`Zwolle: ${fmt(zw.waarde!)}`);
    const kl = k.klassen[zw.klasse as number];
    expect(zw.waarde!).toBeGreaterThanOrEqual(kl.van);
  });
  it('pijltjes: van Zwolle naar links is een westelijker gemeente; van Texel omhoog = Vlieland of Terschelling', () => {
    const zw = geo.vormen.find((v) => v.code === 'GM0193')!;
    const links = geo.vormen.find((v) => v.code === buurInRichting(geo.vormen, 'GM0193', 'links'))!;
    expect(links.cx).toBeLessThan(zw.cx);
    expect(['GM0096', 'GM0093']).toContain(buurInRichting(geo.vormen, 'GM0448', 'omhoog'));
  });
});

describe('trechterlayout', () => {
  it('gekozen gemeente laatst getekend en oranje rol; peers blauw', () => {
    const punten = [
      { code: 'A', naam: 'A', p: 0.1, n: 1000 },
      { code: 'B', naam: 'B', p: 0.12, n: 5000 },
      { code: 'C', naam: 'C', p: 0.08, n: 300 },
      { code: 'D', naam: 'D', p: null, n: 300 },
    ];
    const r = trechter(punten, { p0: 0.1 });
    const l = trechterLayout({ punten, resultaat: r, breedte: 500, hoogte: 300, gekozen: 'A', markeer: ['C'] });
    expect(l.cirkels.map((c) => c.code)).toEqual(['B', 'C', 'A']);
    expect(l.cirkels.map((c) => c.rol)).toEqual(['overig', 'peer', 'gekozen']);
    // Grotere n → verder naar rechts (log-schaal).
    expect(l.cirkels[0].cx).toBeGreaterThan(l.cirkels[2].cx);
    expect(l.paden.boven95.startsWith('M')).toBe(true);
    expect(l.cirkels[2].label).toMatch(/^A: 10,0 % van ongeveer 1\.000 jeugdigen \(geschat\)$/);
  });
});

describe('gemeentetabel uit data/cbs en grootteklasse-codes', () => {
  it('zet lange rijen om; ontbrekend blijft null; codes als GKA_20_50K werken', () => {
    const rijen = gemeentenUitCbs(
      [
        { code: 'GM0001', naam: 'Een', soort: 'gemeente', grootteklasse: 'GKA_20_50K', stedelijkheid: '3' },
        { code: 'GM0002', naam: 'Twee', soort: 'gemeente', grootteklasse: 'GKA_20_50K', stedelijkheid: '' },
        { code: 'GM0003', naam: 'Drie', soort: 'gemeente', grootteklasse: 'GKA_250K_PLUS', stedelijkheid: '1', opgeheven_per: '2022-01-01' },
        { code: 'PV20', naam: 'Groningen', soort: 'provincie' },
      ],
      [
        { regio_code: 'GM0001', indicator: 'inwoners', waarde: '25000' },
        { regio_code: 'GM0001', indicator: 'pct_onder_15', waarde: '15.5' },
        { regio_code: 'GM0002', indicator: 'inwoners', waarde: '' },
      ],
    );
    expect(rijen.map((r) => r.code)).toEqual(['GM0001', 'GM0002', 'GM0003']);
    expect(rijen[0]).toMatchObject({ inwoners: 25000, stedelijkheid: 3, pct_onder_15: 15.5, pct_sociaal_minimum: null });
    expect(rijen[1]).toMatchObject({ inwoners: null, stedelijkheid: null });
    expect(gemeentenUitCbs([{ code: 'GM0003', naam: 'x', opgeheven_per: '2022-01-01' }], [], true)).toEqual([]);
    expect(grootteklasseLabel('GKA_20_50K', 'nl')).toBe('20.000 tot 50.000 inwoners');
    expect(grootteklasseLabel('GKA_250K_PLUS', 'nl')).toBe('250.000 inwoners of meer');
    const ctx = maakContext({ gemeenten: rijen, buren: new Map() });
    const g = referentiegroep('GM0001', 'grootteklasse', {}, ctx, 'nl');
    expect(g.leden.map((l) => l.code)).toEqual(['GM0002']);
    expect(g.uitleg).toMatch(/20\.000 tot 50\.000 inwoners/);
    expect(g.uitleg).not.toMatch(/afgeleid/);
  });
});
