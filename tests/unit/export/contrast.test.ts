import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * WCAG AA for both themes, computed from the CSS variables in src/app.css (not from a copy):
 * text ≥ 4.5:1 (1.4.3), chart marks and focus ring ≥ 3:1 (1.4.11), semi-transparent marks with
 * their opacity blended over the background first.
 */
const css = readFileSync(new URL('../../../src/app.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** Declarations of every block whose selector is exactly `selector`, in file order (later wins). */
function variabelen(selector: string, binnenMedia: RegExp | null): Record<string, string> {
  const uit: Record<string, string> = {};
  // Walk blocks with their enclosing @media (one level deep is all app.css uses).
  const re = /([^{}]+)\{([^{}]*)\}|(@media[^{]+)\{|\}/g;
  let media: string | null = null;
  for (let m = re.exec(css); m; m = re.exec(css)) {
    if (m[3]) { media = m[3].trim(); continue; }
    if (m[0] === '}') { media = null; continue; }
    const sel = m[1].trim();
    const inMedia = media !== null;
    if (sel !== selector) continue;
    if (binnenMedia ? !(inMedia && binnenMedia.test(media!)) : inMedia) continue;
    for (const d of m[2].split(';')) {
      const i = d.indexOf(':');
      if (i > 0 && d.trim().startsWith('--')) uit[d.slice(0, i).trim()] = d.slice(i + 1).trim();
    }
  }
  return uit;
}

const licht = variabelen(':root', null);
const donker = { ...licht, ...variabelen(":root[data-thema='donker']", null) };
const systeemDonker = { ...licht, ...variabelen(":root:not([data-thema='licht'])", /prefers-color-scheme:\s*dark/) };
const print = { ...licht, ...variabelen(':root:not(#jzv-print)', /print/) };

type Rgb = [number, number, number];
function rgb(hex: string): Rgb {
  const h = hex.trim().replace('#', '');
  const v = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
  if (!/^[0-9a-f]{6}$/i.test(v)) throw new Error(`geen hex-kleur: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16)) as Rgb;
}
function luminantie([r, g, b]: Rgb): number {
  const f = (c: number) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}
function contrast(a: Rgb, b: Rgb): number {
  const [x, y] = [luminantie(a), luminantie(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
const meng = (voor: Rgb, achter: Rgb, dekking: number): Rgb => voor.map((c, i) => Math.round(c * dekking + achter[i] * (1 - dekking))) as Rgb;

describe('contrast helpers', () => {
  it('match the WCAG reference values', () => {
    expect(contrast(rgb('#000'), rgb('#fff'))).toBeCloseTo(21, 5);
    expect(contrast(rgb('#777777'), rgb('#ffffff'))).toBeCloseTo(4.48, 2);
    expect(meng(rgb('#000000'), rgb('#ffffff'), 0.5)).toEqual([128, 128, 128]);
  });
});

describe.each([
  ['licht', licht],
  ['donker (data-thema)', donker],
  ['donker (systeem)', systeemDonker],
  ['print', print],
])('thema %s', (_naam, v) => {
  const kleur = (n: string) => {
    expect(v[n], `variabele ${n}`).toBeDefined();
    return rgb(v[n]);
  };
  const achtergronden = ['--achtergrond', '--vlak'];

  it.each(['--tekst', '--tekst-zacht', '--link', '--fout'])('text %s ≥ 4.5:1 on background and panel', (n) => {
    for (const a of achtergronden) expect(contrast(kleur(n), kleur(a)), `${n} op ${a}`).toBeGreaterThanOrEqual(4.5);
  });

  it.each(['--gekozen', '--referentie', '--ref-gemiddelde', '--nederland', '--focus'])('mark %s ≥ 3:1 on the background', (n) => {
    expect(contrast(kleur(n), kleur('--achtergrond'))).toBeGreaterThanOrEqual(3);
  });

  it('semi-transparent strip marks still reach 3:1 after blending', () => {
    const bg = kleur('--achtergrond');
    const overig = meng(kleur('--overig'), bg, Number(v['--overig-dekking']));
    const klasse = meng(kleur('--referentie'), bg, Number(v['--klasse-dekking']));
    expect(contrast(overig, bg)).toBeGreaterThanOrEqual(3);
    expect(contrast(klasse, bg)).toBeGreaterThanOrEqual(3);
  });

  it('the chosen gemeente stands out from the other points', () => {
    // Not a WCAG rule, but the strip chart's whole point: orange vs grey must differ in lightness too.
    const bg = kleur('--achtergrond');
    const overig = meng(kleur('--overig'), bg, Number(v['--overig-dekking']));
    expect(contrast(kleur('--gekozen'), overig)).toBeGreaterThan(1.3);
  });
});

describe('dark mode blocks', () => {
  it('forced dark (embed dark=true) and system dark use the same palette', () => {
    expect(systeemDonker).toEqual(donker);
  });
  it('dark really differs from light', () => {
    expect(donker['--achtergrond']).not.toBe(licht['--achtergrond']);
    expect(luminantie(rgb(donker['--achtergrond']))).toBeLessThan(0.05);
  });
});
