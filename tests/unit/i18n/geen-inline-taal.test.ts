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

// A comparison with a language code followed by `?` (a ternary, also on the next line), `&&`, or
// `if (taal === 'en') return '…'`: a choice in code.
const KEUZE = /(===|!==)\s*['"](nl|en)['"]\s*(\?|&&|$)|['"](nl|en)['"]\s*(===|!==)[^?\n]*\?|(===|!==)\s*['"](nl|en)['"]\)\s*return\s*['"`]/;
// The same through an alias (`const nl = taal === 'nl'; nl ? 'Van' : 'From'`, also `nl ? DATA.x : 'English'`
// and a ternary that continues on the next line).
const ALIAS = /\b(nl|en)\s*\?\s*['"`]|\bnl\s*\?\s*\w|[:=]\s*nl\s*$/;
// An object literal that pairs a Dutch and an English string, or a per-view dictionary block.
const PAAR = /\bnl:\s*['"`][^\n]*\ben:\s*['"`]|\bnl:\s*\(|^\s*(export )?const \w+ = \{\s*$|^\s*nl: \{\s*$/;

const vondsten = () =>
  bestanden('src')
    .filter((f) => !f.startsWith(join('src', 'lib', 'i18n')) && !TWEETALIGE_DATA.has(f))
    .flatMap((f) => {
      const regels = readFileSync(f, 'utf8').split('\n');
      return regels.flatMap((r, i) => (KEUZE.test(r) || ALIAS.test(r) || /^\s*nl: \{\s*$/.test(r) || /\bnl:\s*['"`(]/.test(r) && PAAR.test(r) ? [`${f}:${i + 1}`] : []));
    });

// Bilingual *data* with the source lines it comes from (council questions and quotes from seed 004),
// read by language like indicator names: not UI strings, so not dictionary keys.
const TWEETALIGE_DATA = new Set(['src/lib/model/elftal/raadsvragen.ts', 'src/lib/model/elftal/citaten.ts']);

describe('one translation mechanism', () => {
  it('has no per-view dictionary outside src/lib/i18n', () => {
    const woordenboeken = bestanden('src').filter((f) => !f.startsWith(join('src', 'lib', 'i18n')) && /(^|[/-])(teksten|taal)\.ts$/.test(f));
    expect(woordenboeken).toEqual([]);
  });

  it('has no inline language choice of a string outside src/lib/i18n', () => {
    expect(vondsten()).toEqual([]);
  });
});
