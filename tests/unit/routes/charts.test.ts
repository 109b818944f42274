import { describe, expect, it } from 'vitest';
import { maakSankey, uitTransities, knoopTekst, linkTekst } from '../../../src/lib/charts/stroom/state.ts';
import { maakTijdlijn } from '../../../src/lib/charts/tijdlijn/state.ts';
import { telTransities } from '../../../src/lib/model/routes/route.ts';
import { goudaTijdlijn, vignetTijdlijn } from '../../../src/lib/model/routes/tijdlijn.ts';
import { BARRIERES, GOUDA_KOSTENCASUSSEN, VIGNETTEN } from '../../../src/lib/model/routes/data.ts';
import { CASUSSEN, EPISODES } from './fixture.ts';

describe('Sankey-layout', () => {
  const rijen = telTransities(CASUSSEN, EPISODES, { van: '2019-01-01', tot: '2024-01-01', maxStappen: 3 });
  const { knopen, links } = uitTransities(rijen);
  const l = maakSankey(knopen, links, { breedte: 600, hoogte: 300, knoopBreedte: 10, tussenruimte: 8 });

  it('kolom 0 telt elk kind met een route één keer', () => {
    const k0 = l.knopen.filter((k) => k.kolom === 0).reduce((t, k) => t + k.waarde, 0);
    expect(k0).toBe(8); // a b c d f g h i (e has no onderwijs)
    expect(l.knopen.find((k) => k.id === '0:OP_SCHOOL')?.waarde).toBe(6);
  });
  it('knoophoogte = kinderen × schaal; de volste kolom past precies', () => {
    for (const k of l.knopen) expect(k.y1 - k.y0).toBeCloseTo(k.waarde * l.schaal, 6);
    const perKolom = new Map<number, number>();
    for (const k of l.knopen) perKolom.set(k.kolom, Math.max(perKolom.get(k.kolom) ?? 0, k.y1));
    expect(Math.max(...perKolom.values())).toBeCloseTo(300, 6);
    expect(Math.max(...l.knopen.map((k) => k.x1))).toBeCloseTo(600, 6);
  });
  it('banden blijven binnen hun knopen en tellen op tot de instroom', () => {
    for (const k of l.knopen) {
      const uit = l.links.filter((x) => x.bron === k.id);
      for (const b of uit) {
        expect(b.y0 - b.breedte / 2).toBeGreaterThanOrEqual(k.y0 - 1e-6);
        expect(b.y0 + b.breedte / 2).toBeLessThanOrEqual(k.y1 + 1e-6);
      }
      const inn = l.links.filter((x) => x.doel === k.id).reduce((t, x) => t + x.n, 0);
      expect(inn).toBe(k.in);
    }
  });
  it('Nederlandse teksten voor hover/focus en schermlezers', () => {
    const b = l.links.find((x) => x.id === '0:OP_SCHOOL→1:DEELS_THUIS')!;
    const tekst = linkTekst(b, l.knopen.find((k) => k.id === b.bron)!, l.knopen.find((k) => k.id === b.doel)!);
    expect(tekst).toBe('2 kinderen van Op school (stap 1) naar Deels thuis (stap 2)');
    expect(knoopTekst(l.knopen.find((k) => k.id === '0:THUIS')!)).toMatch(/^Thuis, stap 1: 1 kind/);
  });
  it('weigert links naar links of naar onbekende knopen', () => {
    expect(() => maakSankey([{ id: 'a', label: 'A', kolom: 1 }, { id: 'b', label: 'B', kolom: 0 }], [{ bron: 'a', doel: 'b', n: 1 }], { breedte: 100, hoogte: 100 })).toThrow();
    expect(() => maakSankey([{ id: 'a', label: 'A', kolom: 0 }], [{ bron: 'a', doel: 'x', n: 1 }], { breedte: 100, hoogte: 100 })).toThrow();
  });
});

describe('tijdlijn-layout', () => {
  it('Gouda casus 1: uitval op de schaal, kostenstapels evenredig, onderwijs onbekend', () => {
    const c = goudaTijdlijn(GOUDA_KOSTENCASUSSEN.casussen[0], GOUDA_KOSTENCASUSSEN);
    const l = maakTijdlijn(c, { breedte: 800 });
    expect(l.domein).toEqual(['2021-06-01', '2025-01-01']);
    expect(l.uitval).toBeCloseTo(l.x('2023-02-01'), 6);
    const voor = l.kosten.find((k) => k.maand === '2022-01')!;
    const na = l.kosten.find((k) => k.maand === '2024-01')!;
    // monthly amounts: VOOR 12.711 over 610 days, NA 116.744 over 700 days → heights in that ratio
    const hoogte = (k: typeof voor) => k.jeugdzorg!.y0 - k.jeugdzorg!.y1;
    expect(hoogte(na) / hoogte(voor)).toBeCloseTo((116744 / 700) / (12711 / 610), 6);
    expect(l.kosten.every((k) => k.onderwijs === null)).toBe(true);
  });
  it('Gouda: care states the document does not give are assumptions (ambulant before dropout; day activities after, VO only)', () => {
    const z = GOUDA_KOSTENCASUSSEN.zorg_na_uitval;
    const po = GOUDA_KOSTENCASUSSEN.casussen.find((c) => c.niveau === 'PO')!;
    const vo = GOUDA_KOSTENCASUSSEN.casussen.find((c) => c.niveau === 'VO')!;
    const zorg = (c: typeof po) => goudaTijdlijn(c, GOUDA_KOSTENCASUSSEN).balken.filter((b) => b.baan === 'zorg');
    const [poVoor, poNa] = zorg(po);
    expect(poVoor.aanname).toBe(z.voor_uitval.uitleg);
    // PO's day activities are in the text (r. 491): not an assumption
    expect(poNa.aanname).toBeUndefined();
    expect(zorg(vo).map((b) => b.aanname)).toEqual([z.voor_uitval.uitleg, z.VO.uitleg]);
    // the source's own contradiction on the places after dropout stands at the timeline
    const noten = goudaTijdlijn(vo, GOUDA_KOSTENCASUSSEN).noten.join(' ');
    expect(noten).toContain(GOUDA_KOSTENCASUSSEN.totalen.jeugdplek_tegenstrijdig);
    expect(GOUDA_KOSTENCASUSSEN.totalen.jeugdplek_tegenstrijdig).toMatch(/r\. 491.*583–585/);
    // education lanes come from the source's definitions, never marked
    expect(goudaTijdlijn(vo, GOUDA_KOSTENCASUSSEN).balken.filter((b) => b.baan === 'onderwijs').every((b) => !b.aanname)).toBe(true);
    // the chart says it in the bar's text too (screen readers, tooltip)
    const l = maakTijdlijn(goudaTijdlijn(vo, GOUDA_KOSTENCASUSSEN), { breedte: 600 });
    expect(l.balken.filter((b) => b.aanname).map((b) => b.tekst)).toEqual([
      expect.stringContaining('aanname, niet in het document: Vorm van jeugdhulp vóór uitval niet gepubliceerd'),
      expect.stringContaining('aanname, niet in het document: VO: 2 x dagbesteding'),
    ]);
  });
  it('vignet: onbekend begin opent naar links, ongedateerde stappen apart', () => {
    const kai = vignetTijdlijn(VIGNETTEN.vignetten[1], BARRIERES);
    const l = maakTijdlijn(kai, { breedte: 600 });
    expect(l.balken.some((b) => b.openLinks)).toBe(true);
    expect(l.balken.filter((b) => b.openRechts).length).toBeGreaterThan(0);
    expect(l.ongedateerd.map((g) => g.label)).toEqual([VIGNETTEN.vignetten[1].stappen[2].omschrijving]);
    expect(l.kosten).toEqual([]);
    for (const b of l.balken) expect(b.x1).toBeGreaterThan(b.x0);
  });
});

describe('tijdlijn: jaarlabels', () => {
  it('op 360 px valt geen jaarlabel buiten de grafiek; de lijn blijft staan', () => {
    const c = vignetTijdlijn(VIGNETTEN.vignetten[0], BARRIERES);
    for (const breedte of [360, 420, 800]) {
      const l = maakTijdlijn(c, { breedte });
      expect(l.jaren.length).toBeGreaterThan(1);
      for (const j of l.jaren) if (j.label) expect(j.x + 3 + 30).toBeLessThanOrEqual(breedte);
      expect(l.jaren.filter((j) => j.label).length).toBeGreaterThan(0);
    }
    // the case of the screenshot: the last year (2025) sits at the right edge at 360 px
    const smal = maakTijdlijn(c, { breedte: 360 });
    expect(smal.jaren.at(-1)!.label).toBe('');
    expect(smal.jaren.at(-1)!.x).toBeLessThanOrEqual(360);
  });
});

describe('tijdlijn: gebeurtenissen op dezelfde datum', () => {
  it('markers overlappen niet, de datumpositie blijft bewaard', () => {
    const l = maakTijdlijn(vignetTijdlijn(VIGNETTEN.vignetten[0], BARRIERES), { breedte: 600 });
    const xs = l.gebeurtenissen.map((g) => g.x);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(18 - 1e-9);
    // four events happen "now" (2025-01-01): all point at the same date
    expect(l.gebeurtenissen.filter((g) => g.xDatum === l.x('2025-01-01')).length).toBe(4);
  });
});
