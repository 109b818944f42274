import { describe, expect, it } from 'vitest';
import { geldigeKeuze, leesUrl, schrijfUrl, STANDAARD, type AppStaat, type Herindeling } from '../../src/lib/url/staat';

const herindelingen = new Map<string, Herindeling>([
  ['GM0370', { van_code: 'GM0370', van_naam: 'Beemster', naar_code: 'GM0439', naar_naam: 'Purmerend', ingangsdatum: '2022-01-01' }],
  // A hypothetical chain, to prove chains are followed.
  ['GM9001', { van_code: 'GM9001', van_naam: 'Oud', naar_code: 'GM9002', naar_naam: 'Tussen', ingangsdatum: '2020-01-01' }],
  ['GM9002', { van_code: 'GM9002', van_naam: 'Tussen', naar_code: 'GM0439', naar_naam: 'Purmerend', ingangsdatum: '2022-01-01' }],
]);
const bekend = (c: string) => ['GM0150', 'GM0344', 'GM0439', 'GM0370'].includes(c);
const ctx = { herindelingen, bekend };

describe('URL state', () => {
  it('writes nothing for the defaults', () => {
    expect(schrijfUrl(STANDAARD)).toBe('');
  });
  it('writes only what differs, and reads it back', () => {
    const s = { ...STANDAARD, gemeente: 'GM0344', taal: 'en' as const };
    const url = schrijfUrl(s);
    expect(url).toBe('?gemeente=GM0344&lang=en');
    expect(leesUrl(url, ctx).staat).toEqual(s);
  });
  it('lands an old gemeente code on its successor with a note', () => {
    const { staat, meldingen } = leesUrl('?gemeente=GM0370', ctx);
    expect(staat.gemeente).toBe('GM0439');
    expect(meldingen[0]).toContain('Beemster');
    expect(meldingen[0]).toContain('Purmerend');
  });
  it('follows a chain of mergers', () => {
    expect(leesUrl('?gemeente=GM9001', ctx).staat.gemeente).toBe('GM0439');
  });
  it('falls back on unknown or malformed values with a Dutch note', () => {
    const onbekend = leesUrl('?gemeente=GM9999', ctx);
    expect(onbekend.staat.gemeente).toBe(STANDAARD.gemeente);
    expect(onbekend.meldingen.join(' ')).toContain('GM9999');
    const fout = leesUrl('?gemeente=%3Cscript%3E&pagina=hack', ctx);
    expect(fout.staat).toEqual(STANDAARD);
    expect(fout.meldingen).toHaveLength(2);
  });
  it('treats empty, "0" and "false" values as given-but-invalid or absent, never as a crash', () => {
    expect(leesUrl('?gemeente=', ctx).staat.gemeente).toBe(STANDAARD.gemeente);
    expect(leesUrl('?gemeente=', ctx).meldingen).toHaveLength(0);
    expect(leesUrl('?lang=0', ctx).staat.taal).toBe('nl');
    expect(leesUrl('?pagina=false', ctx).meldingen).toHaveLength(1);
  });
  it('migrates renamed parameters', () => {
    expect(leesUrl('?view=data&taal=en', ctx).staat).toMatchObject({ pagina: 'data', taal: 'en' });
  });
  it('normalises lower-case codes', () => {
    expect(leesUrl('?gemeente=gm0344', ctx).staat.gemeente).toBe('GM0344');
  });

  it('writes the data version only into share links, and notes a newer version', () => {
    const s = { ...STANDAARD, gemeente: 'GM0344' };
    expect(schrijfUrl(s)).toBe('?gemeente=GM0344');
    expect(schrijfUrl(s, { metVersie: 'abc123' })).toBe('?gemeente=GM0344&v=abc123');
    const oud = leesUrl('?gemeente=GM0344&v=abc123', { ...ctx, dataVersie: 'def456' });
    expect(oud.staat.versie).toBe('abc123');
    expect(oud.meldingen.join(' ')).toContain('def456');
    expect(leesUrl('?v=def456', { ...ctx, dataVersie: 'def456' }).meldingen).toHaveLength(0);
  });
  it('accepts encoded view state in a safe alphabet only', () => {
    expect(leesUrl('?peers=gelijkend.k10.finw-sted', ctx).staat.recept).toBe('gelijkend.k10.finw-sted');
    const fout = leesUrl('?peers=%3Cscript%3E&kf=a%20b', ctx);
    expect(fout.staat.recept).toBe('');
    expect(fout.staat.kosten).toBe('');
    expect(fout.meldingen).toHaveLength(2);
  });

  it('checks choices made in code: unknown language becomes nl, unknown page and non-strings are dropped', () => {
    expect(geldigeKeuze({ taal: 'xx' as AppStaat['taal'] })).toEqual({ taal: 'nl' });
    expect(geldigeKeuze({ taal: 'en' })).toEqual({ taal: 'en' });
    expect(geldigeKeuze({ gemeente: 'GM0344', pagina: 'kaart' })).toEqual({ gemeente: 'GM0344', pagina: 'kaart' });
    expect(geldigeKeuze({ pagina: 'geheim' as AppStaat['pagina'] })).toEqual({});
    expect(geldigeKeuze({ gemeente: 344 as unknown as string, onbekend: 'x' } as Partial<AppStaat>)).toEqual({});
    // an imported indicator may be named outside the URL grammar (upper case, dots): still chosen
    expect(geldigeKeuze({ indicator: 'Jongeren.met-jeugdzorg', kosten: '' })).toEqual({ indicator: 'Jongeren.met-jeugdzorg', kosten: '' });
  });
});
