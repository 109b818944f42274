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
const KEUZE = /(===|!==)\s*['"](nl|en)['"]\s*(\?|&&)|['"](nl|en)['"]\s*(===|!==)[^?\n]*\?/g;
// An object literal that pairs a Dutch and an English string.
const PAAR = /\bnl:\s*['"`][^\n]*\ben:\s*['"`]|\bnl:\s*\(/g;

const vondsten = () =>
  bestanden('src')
    .filter((f) => !f.startsWith(join('src', 'lib', 'i18n')))
    .flatMap((f) => {
      const regels = readFileSync(f, 'utf8').split('\n');
      return regels.flatMap((r, i) => (r.match(KEUZE) || r.match(PAAR) ? [`${f}:${i + 1}: ${r.trim()}`] : []));
    });

describe('one translation mechanism', () => {
  it('has no inline language choice of a string outside src/lib/i18n', () => {
    expect(vondsten()).toEqual([]);
  });
});
