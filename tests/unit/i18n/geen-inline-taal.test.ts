// Guard for the one translation mechanism: UI strings are keys in TEKSTEN, never chosen inline by
// language in code (`taal === 'nl' ? 'x' : 'y'`), and never kept as `{ nl: …, en: … }` pairs or
// per-view dictionaries outside src/lib/i18n. Choosing a *formatter* or locale by language is fine
// and lives in src/lib/i18n/format.ts.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    return statSync(pad).isDirectory() ? bestanden(pad) : /\.(ts|svelte)$/.test(naam) ? [pad] : [];
  });
}

// A comparison with a language code followed by `?` (a ternary) or `&&`: a choice in code.
const KEUZE = /(===|!==)\s*['"](nl|en)['"]\s*(\?|&&)|['"](nl|en)['"]\s*(===|!==)[^?\n]*\?/;
// The same through an alias (`const nl = taal === 'nl'; nl ? 'Van' : 'From'`).
const ALIAS = /\b(nl|en)\s*\?\s*['"`]/;
// An object literal that pairs a Dutch and an English string, or a per-view dictionary block.
const PAAR = /\bnl:\s*['"`][^\n]*\ben:\s*['"`]|\bnl:\s*\(|^\s*(export )?const \w+ = \{\s*$|^\s*nl: \{\s*$/;

const vondsten = () =>
  bestanden('src')
    .filter((f) => !f.startsWith(join('src', 'lib', 'i18n')))
    .flatMap((f) => {
      const regels = readFileSync(f, 'utf8').split('\n');
      return regels.flatMap((r, i) => (KEUZE.test(r) || ALIAS.test(r) || /^\s*nl: \{\s*$/.test(r) || /\bnl:\s*['"`(]/.test(r) && PAAR.test(r) ? [f] : []));
    });

// Not yet moved into TEKSTEN (issue 12): per file, how many lines still choose a string by language
// or hold a per-view dictionary block. This list may only shrink: a new file, or more lines in a
// listed file, fails; fewer lines fail too until the number here is lowered.
const NOG_TE_DOEN: Record<string, number> = {
  "src/lib/charts/tijdlijn/state.ts": 1,
  "src/lib/model/beschrijving/zinnen.ts": 2,
  "src/lib/model/elftal/raadsvragen.ts": 21,
  "src/lib/model/routes/tijdlijn.ts": 5,
  "src/lib/model/vergelijking/alinea.ts": 1,
  "src/lib/url/staat.ts": 1,
  "src/views/thuiszitters/Jaarkosten.svelte": 2,
  "src/views/thuiszitters/Tijdlijnen.svelte": 1,
  "src/views/thuiszitters/titels.ts": 1,
};

describe('one translation mechanism', () => {
  it('has no per-view dictionary outside src/lib/i18n', () => {
    const woordenboeken = bestanden('src').filter((f) => !f.startsWith(join('src', 'lib', 'i18n')) && /(^|[/-])(teksten|taal)\.ts$/.test(f));
    expect(woordenboeken).toEqual([]);
  });

  it('has no new inline language choice of a string outside src/lib/i18n', () => {
    const telling: Record<string, number> = {};
    for (const f of vondsten()) telling[f] = (telling[f] ?? 0) + 1;
    expect(telling).toEqual(NOG_TE_DOEN);
  });
});
