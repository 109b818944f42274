import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  HOST_SCRIPT, htmlAttribuut, maakEmbedCode, redenNietInsluitbaar,
} from '../../../src/lib/embed/code.ts';
import { bepaalThema, embedFlagsNaarParams, parseEmbedFlags, STANDAARD_FLAGS } from '../../../src/lib/embed/flags.ts';
import { HOOGTE_BERICHT_TYPE, startHoogteMelder, type HoogteOmgeving } from '../../../src/lib/embed/hoogte.ts';

const p = (s: string) => parseEmbedFlags(new URLSearchParams(s));

describe('parseEmbedFlags', () => {
  it('gives the defaults for an empty query', () => {
    expect(p('')).toEqual({ flags: { dark: 'auto', plain: false, lang: 'nl' }, ongeldig: [] });
  });
  it('reads valid values', () => {
    expect(p('dark=true&plain&lang=en').flags).toEqual({ dark: 'true', plain: true, lang: 'en' });
    expect(p('dark=false&plain=1').flags).toEqual({ dark: 'false', plain: true, lang: 'nl' });
    expect(p('dark=AUTO&lang=NL').flags).toEqual({ dark: 'auto', plain: false, lang: 'nl' });
  });
  it('treats false, 0 and empty correctly (not as "absent")', () => {
    expect(p('plain=false').flags.plain).toBe(false);
    expect(p('plain=0').flags.plain).toBe(false);
    expect(p('plain=').flags.plain).toBe(true); // "?plain=" like "?plain"
    expect(p('dark=0').flags.dark).toBe('false');
    expect(p('dark').flags.dark).toBe('true');
  });
  it('falls back to defaults on invalid values without throwing, and names them', () => {
    const r = p('dark=purple&plain=maybe&lang=de');
    expect(r.flags).toEqual({ ...STANDAARD_FLAGS });
    expect(r.ongeldig.sort()).toEqual(['dark', 'lang', 'plain']);
    expect(() => p('dark=%E0%A4%A&lang=<script>')).not.toThrow();
    expect(p('lang=<script>').flags.lang).toBe('nl');
  });
  it('writes only non-defaults back, and round-trips', () => {
    expect(embedFlagsNaarParams(STANDAARD_FLAGS).toString()).toBe('');
    const f = { dark: 'true' as const, plain: true, lang: 'en' as const };
    expect(parseEmbedFlags(embedFlagsNaarParams(f)).flags).toEqual(f);
  });
  it('resolves the theme, auto following the system', () => {
    expect(bepaalThema(p('').flags, true)).toBe('donker');
    expect(bepaalThema(p('').flags, false)).toBe('licht');
    expect(bepaalThema(p('dark=false').flags, true)).toBe('licht');
    expect(bepaalThema(p('dark=true').flags, false)).toBe('donker');
  });
});

describe('maakEmbedCode', () => {
  const kwaad = '"><script>alert(1)</script>';
  it('escapes a hostile title and id in the attributes', () => {
    const { iframe } = maakEmbedCode({ url: 'https://verkenner.example/embed.html?g=1&lang=en', titel: kwaad, id: kwaad });
    expect(iframe).not.toContain('<script');
    expect(iframe).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(iframe).toContain('src="https://verkenner.example/embed.html?g=1&amp;lang=en"');
    expect(iframe).toMatch(/data-jzv-embed="[A-Za-z0-9_-]+"/);
    // exactly one element, the attribute list is not broken open
    expect(iframe.match(/</g)?.length).toBe(2);
  });
  it('is responsive, lazy and has an initial height', () => {
    const { iframe, code, script } = maakEmbedCode({ url: 'https://v.example/e', titel: 'T', id: 'a', hoogte: 420 });
    expect(iframe).toContain('loading="lazy"');
    expect(iframe).toContain('width:100%');
    expect(iframe).toContain('height:420px');
    expect(code).toBe(`${iframe}\n${HOST_SCRIPT}`);
    expect(script).toContain(HOOGTE_BERICHT_TYPE);
  });
  it('refuses non-http URLs', () => {
    expect(() => maakEmbedCode({ url: 'javascript:alert(1)', titel: 'T', id: 'a' })).toThrow(/http/);
    expect(() => maakEmbedCode({ url: 'embed.html', titel: 'T', id: 'a' })).toThrow(/geen volledige URL/);
  });
  it('htmlAttribuut escapes all five characters', () => {
    expect(htmlAttribuut(`&"'<>`)).toBe('&amp;&quot;&#39;&lt;&gt;');
  });
});

describe('host script (runs in a fake page)', () => {
  function pagina() {
    let luisteraar: ((e: { data: unknown; source: unknown; origin: string }) => void) | null = null;
    let aanmeldingen = 0;
    const maakFrame = (src: string) => ({ src, contentWindow: {}, style: { height: '500px' } });
    const frames = [maakFrame('https://verkenner.example/embed.html?a'), maakFrame('https://verkenner.example/embed.html?b')];
    const venster: Record<string, unknown> = {
      addEventListener: (_t: string, f: typeof luisteraar) => { luisteraar = f; aanmeldingen++; },
    };
    const document = { querySelectorAll: () => frames };
    const body = HOST_SCRIPT.replace(/^<script>\n/, '').replace(/\n<\/script>$/, '');
    const run = () => new Function('window', 'document', body)(venster, document);
    return { frames, run, stuur: (e: { data: unknown; source: unknown; origin: string }) => luisteraar!(e), aanmeldingen: () => aanmeldingen };
  }

  it('sets the height of the iframe whose window sent the message', () => {
    const pg = pagina();
    pg.run();
    pg.stuur({ data: { type: HOOGTE_BERICHT_TYPE, hoogte: 612.3, id: 'x' }, source: pg.frames[1].contentWindow, origin: 'https://verkenner.example' });
    expect(pg.frames[1].style.height).toBe('613px');
    expect(pg.frames[0].style.height).toBe('500px');
  });
  it('ignores other message types, wrong origins, unknown windows and bad heights', () => {
    const pg = pagina();
    pg.run();
    const f = pg.frames[0];
    pg.stuur({ data: { type: 'iets-anders', hoogte: 700 }, source: f.contentWindow, origin: 'https://verkenner.example' });
    pg.stuur({ data: { type: HOOGTE_BERICHT_TYPE, hoogte: 700 }, source: f.contentWindow, origin: 'https://kwaad.example' });
    pg.stuur({ data: { type: HOOGTE_BERICHT_TYPE, hoogte: 700 }, source: {}, origin: 'https://verkenner.example' });
    pg.stuur({ data: { type: HOOGTE_BERICHT_TYPE, hoogte: '700' }, source: f.contentWindow, origin: 'https://verkenner.example' });
    pg.stuur({ data: { type: HOOGTE_BERICHT_TYPE, hoogte: -5 }, source: f.contentWindow, origin: 'https://verkenner.example' });
    pg.stuur({ data: null, source: f.contentWindow, origin: 'https://verkenner.example' });
    expect(f.style.height).toBe('500px');
    pg.stuur({ data: { type: HOOGTE_BERICHT_TYPE, hoogte: 1e9 }, source: f.contentWindow, origin: 'https://verkenner.example' });
    expect(f.style.height).toBe('20000px');
  });
  it('registers one listener however many snippets a page has', () => {
    const pg = pagina();
    pg.run();
    pg.run();
    expect(pg.aanmeldingen()).toBe(1);
  });
});

describe('tests/fixtures/embed-host-voorbeeld.html', () => {
  const html = readFileSync(fileURLToPath(new URL('../../fixtures/embed-host-voorbeeld.html', import.meta.url)), 'utf8');

  it('contains the generated host script verbatim', () => {
    expect(html).toContain(HOST_SCRIPT);
  });
  it('builds iframes identical to maakEmbedCode', () => {
    const bron = /<script id="jzv-bouw">([\s\S]*?)<\/script>/.exec(html)![1];
    const jzvIframe = new Function(`${bron}; return jzvIframe;`)() as (u: string, t: string, id: string, h: number) => string;
    const gevallen = [
      { url: 'http://127.0.0.1:4173/embed.html?grafiek=vergelijken', titel: 'Grafiek 1', id: 'voorbeeld-1', hoogte: 500 },
      { url: 'https://v.example/e?a=1&b="2"', titel: '"><script>alert(1)</script>', id: 'x y/z', hoogte: 37.6 },
    ];
    for (const g of gevallen) expect(jzvIframe(g.url, g.titel, g.id, g.hoogte)).toBe(maakEmbedCode(g).iframe);
  });
});

describe('startHoogteMelder', () => {
  function omgeving() {
    const frames: (() => void)[] = [];
    let observerCb: (() => void) | null = null;
    const geladen: (() => void)[] = [];
    let ontkoppeld = false;
    const o: HoogteOmgeving = {
      ResizeObserver: class {
        constructor(cb: () => void) { observerCb = cb; }
        observe() {}
        disconnect() { ontkoppeld = true; }
      },
      requestAnimationFrame: (cb) => frames.push(cb),
      cancelAnimationFrame: () => {},
      addEventListener: (_t, cb) => geladen.push(cb),
      removeEventListener: (_t, cb) => geladen.splice(geladen.indexOf(cb), 1),
    };
    const frame = () => frames.splice(0).forEach((f) => f());
    return { o, frame, resize: () => observerCb!(), laad: () => geladen.forEach((f) => f()), ontkoppeld: () => ontkoppeld, wachtend: () => frames.length };
  }

  it('posts on start, once per frame on resize, only when the height changed, and always on load', () => {
    const env = omgeving();
    const berichten: unknown[] = [];
    let hoogte = 400;
    const stop = startHoogteMelder({
      id: 'grafiek-1', element: {} as Element, omgeving: env.o, meet: () => hoogte,
      doel: { postMessage: (b, origin) => { expect(origin).toBe('*'); berichten.push(b); } },
    });
    env.frame();
    expect(berichten).toEqual([{ type: HOOGTE_BERICHT_TYPE, hoogte: 400, id: 'grafiek-1' }]);

    hoogte = 520;
    env.resize(); env.resize(); env.resize(); // a burst
    expect(env.wachtend()).toBe(1); // coalesced into one frame
    env.frame();
    expect(berichten).toHaveLength(2);
    expect(berichten[1]).toMatchObject({ hoogte: 520 });

    env.resize(); env.frame(); // unchanged → no message
    expect(berichten).toHaveLength(2);

    env.laad(); // load always reports
    expect(berichten).toHaveLength(3);

    stop();
    expect(env.ontkoppeld()).toBe(true);
  });
});

describe('redenNietInsluitbaar', () => {
  it('gives a Dutch reason for imported data and null otherwise', () => {
    expect(redenNietInsluitbaar({ eigenImport: false })).toBeNull();
    const reden = redenNietInsluitbaar({ eigenImport: true })!;
    expect(reden).toMatch(/zelf hebt geïmporteerd/);
    expect(reden).toMatch(/PNG, SVG of CSV/);
    expect(redenNietInsluitbaar({ eigenImport: true }, 'en')).toMatch(/imported yourself/);
  });
});
