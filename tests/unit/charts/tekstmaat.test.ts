// Label measuring for chart margins and tick anchors (no canvas here: the estimate is used).
import { describe, expect, it, vi } from 'vitest';
import { inRegels, maxTekstBreedte, randAnker, tekstBreedte } from '../../../src/lib/charts/tekstmaat.ts';

describe('tekstmaat', () => {
  it('estimates wider for longer and for bold text', () => {
    expect(tekstBreedte('€ 1.000.000', 11)).toBeGreaterThan(tekstBreedte('€ 0', 11));
    expect(tekstBreedte('Deventer', 12, 700)).toBeGreaterThan(tekstBreedte('Deventer', 12));
    expect(maxTekstBreedte(['a', 'abc', 'ab'], 10)).toBe(tekstBreedte('abc', 10));
    expect(maxTekstBreedte([], 10)).toBe(0);
  });

  it('anchors a tick label at the edge it would run past', () => {
    expect(randAnker(340, 40, 350)).toBe('end');
    expect(randAnker(5, 40, 350)).toBe('start');
    expect(randAnker(175, 40, 350)).toBe('middle');
  });

  it('puts a long label in two lines that each fit, and keeps a short one whole', () => {
    const max = tekstBreedte('100.000–150.000', 12, 700) + 1;
    expect(inRegels('Deventer', max, 12, 700)).toEqual(['Deventer']);
    const regels = inRegels('100.000–150.000 inwoners', max, 12, 700);
    expect(regels).toEqual(['100.000–150.000', 'inwoners']);
    for (const r of regels) expect(tekstBreedte(r, 12, 700)).toBeLessThanOrEqual(max);
  });

  it('shortens with "…" only a word that fits nowhere', () => {
    const max = tekstBreedte('Jeugdregio', 12);
    const regels = inRegels('Jeugdregio IJsselland-Noordoost-Extra', max, 12);
    expect(regels[0]).toBe('Jeugdregio');
    expect(regels[1].endsWith('…')).toBe(true);
    expect(tekstBreedte(regels[1], 12)).toBeLessThanOrEqual(max);
  });

  it('measures a text once per font on a canvas, then answers from memory', async () => {
    // a page-like document with a canvas that counts its measurements
    const gemeten: string[] = [];
    const ctx = { font: '', measureText: (t: string) => (gemeten.push(`${ctx.font}|${t}`), { width: t.length * 7 }) };
    vi.stubGlobal('document', { createElement: () => ({ getContext: () => ctx }), body: {} });
    vi.stubGlobal('getComputedStyle', () => ({ fontFamily: 'Test Sans' }));
    vi.resetModules();
    try {
      const { tekstBreedte: opCanvas } = await import('../../../src/lib/charts/tekstmaat.ts');
      expect(opCanvas('€ 1.000', 11)).toBe(49);
      expect(opCanvas('€ 1.000', 11)).toBe(49);
      expect(opCanvas('€ 1.000', 11, 700)).toBe(49);
      expect(gemeten).toEqual(['400 11px Test Sans|€ 1.000', '700 11px Test Sans|€ 1.000']);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});
