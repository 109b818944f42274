/**
 * Leest een datamap (data/ of tests/fixtures/data-small/) in als DataInvoer.
 *
 * Indeling (zie data/README.md):
 *   regios.csv + cbs/regios-*.csv        regio's (hand + door convert-cbs-raw.ts)
 *   feiten/*.csv + cbs/feiten-*.csv      feiten in lange vorm
 *   grootteklassen.csv, indicatoren.csv, bronnen.csv, referentiesets.csv, discrepanties.csv
 * Andere bestanden (bijv. data/geo/) worden door deze build niet gelezen.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseCsv, type CsvTabel } from './csv.ts';
import type { DataInvoer } from './validate.ts';

function lees(pad: string): CsvTabel {
  const naam = relative(process.cwd(), pad) || pad;
  if (!existsSync(pad)) {
    // Een ontbrekend bestand is een lege tabel zonder kolommen: de validator meldt dan
    // per verplichte kolom dat die ontbreekt, met de bestandsnaam erbij.
    return { bestand: naam, kolommen: [], rijen: [] };
  }
  return parseCsv(readFileSync(pad, 'utf8'), naam);
}

function csvsIn(map: string, prefix = ''): string[] {
  if (!existsSync(map)) return [];
  return readdirSync(map)
    .filter((f) => f.endsWith('.csv') && f.startsWith(prefix))
    .sort()
    .map((f) => join(map, f));
}

/** Alle invoerbestanden van een datamap, gesorteerd (voor hashing/mtime). */
export function invoerBestanden(dataDir: string): string[] {
  return [
    join(dataDir, 'regios.csv'),
    ...csvsIn(join(dataDir, 'cbs'), 'regios-'),
    join(dataDir, 'grootteklassen.csv'),
    join(dataDir, 'indicatoren.csv'),
    join(dataDir, 'bronnen.csv'),
    join(dataDir, 'referentiesets.csv'),
    join(dataDir, 'discrepanties.csv'),
    ...csvsIn(join(dataDir, 'feiten')),
    ...csvsIn(join(dataDir, 'cbs'), 'feiten-'),
  ].filter((p) => existsSync(p));
}

export function leesDatamap(dataDir: string): DataInvoer {
  return {
    regios: [join(dataDir, 'regios.csv'), ...csvsIn(join(dataDir, 'cbs'), 'regios-')].map(lees),
    grootteklassen: lees(join(dataDir, 'grootteklassen.csv')),
    indicatoren: lees(join(dataDir, 'indicatoren.csv')),
    bronnen: lees(join(dataDir, 'bronnen.csv')),
    referentiesets: lees(join(dataDir, 'referentiesets.csv')),
    discrepanties: lees(join(dataDir, 'discrepanties.csv')),
    feiten: [...csvsIn(join(dataDir, 'feiten')), ...csvsIn(join(dataDir, 'cbs'), 'feiten-')].map(lees),
  };
}

/** Jongste wijzigingstijd van de invoer: deterministische `builtAt` zonder SOURCE_DATE_EPOCH. */
export function jongsteMtime(dataDir: string): Date {
  let max = 0;
  for (const p of invoerBestanden(dataDir)) max = Math.max(max, statSync(p).mtimeMs);
  return new Date(Math.floor(max / 1000) * 1000);
}
