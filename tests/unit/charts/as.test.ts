import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { asTicks } from '../../../src/lib/charts/as/state';
import { tekstBreedte } from '../../../src/lib/charts/tekstmaat';

const euro = (v: number) => `€ ${v.toLocaleString('nl-NL')}`;

describe('asTicks: one axis for every chart', () => {
  it('labels every tick of a roomy bottom axis, centred', () => {
    const x = scaleLinear().domain([0, 100]).range([40, 640]);
    const ticks = asTicks(x, { richting: 'onder', aantal: 5, formatteer: String, breedte: 680 });
    expect(ticks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
    expect(ticks.every((t) => t.anker === 'middle')).toBe(true);
    expect(ticks[1].pos).toBeCloseTo(160);
  });

  it('anchors a label inside the chart when centring would cut it off at an edge', () => {
    const x = scaleLinear().domain([0, 4_000_000]).range([4, 356]);
    const ticks = asTicks(x, { richting: 'onder', waarden: [0, 4_000_000], formatteer: euro, breedte: 360 });
    expect(ticks[0].anker).toBe('start');
    expect(ticks[1].anker).toBe('end');
    // every label lies within 0..breedte
    for (const t of ticks) {
      const w = tekstBreedte(t.label, 11);
      const [links, rechts] = t.anker === 'start' ? [t.pos, t.pos + w] : t.anker === 'end' ? [t.pos - w, t.pos] : [t.pos - w / 2, t.pos + w / 2];
      expect(links).toBeGreaterThanOrEqual(0);
      expect(rechts).toBeLessThanOrEqual(360);
    }
  });

  it('drops every other label instead of letting long labels collide (grid ticks stay)', () => {
    const x = scaleLinear().domain([0, 1_000_000]).range([50, 330]);
    const ticks = asTicks(x, { richting: 'onder', aantal: 10, formatteer: euro, breedte: 360 });
    const getoond = ticks.filter((t) => t.label);
    expect(ticks.length).toBeGreaterThan(getoond.length);
    expect(getoond.length).toBeGreaterThan(1);
    for (let i = 1; i < getoond.length; i++) {
      const afstand = getoond[i].pos - getoond[i - 1].pos;
      const nodig = (tekstBreedte(getoond[i].label, 11) + tekstBreedte(getoond[i - 1].label, 11)) / 2;
      expect(afstand).toBeGreaterThanOrEqual(nodig);
    }
  });

  it('a left axis anchors labels at their end and thins them when rows are closer than the font', () => {
    const ruim = asTicks(scaleLinear().domain([0, 100]).range([200, 0]), { richting: 'links', aantal: 5, formatteer: String });
    expect(ruim.every((t) => t.anker === 'end' && t.label !== '')).toBe(true);
    const krap = asTicks(scaleLinear().domain([0, 100]).range([40, 0]), { richting: 'links', aantal: 10, formatteer: String });
    expect(krap.filter((t) => t.label).length).toBeLessThan(krap.length);
  });

  it('uses explicit values when given', () => {
    const x = scaleLinear().domain([0, 1]).range([0, 300]);
    const ticks = asTicks(x, { richting: 'onder', waarden: [0.25, 0.5], formatteer: (v) => `${v * 100} %`, breedte: 300 });
    expect(ticks.map((t) => t.label)).toEqual(['25 %', '50 %']);
  });
});
