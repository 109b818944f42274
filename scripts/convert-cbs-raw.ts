/**
 * convert-cbs-raw.ts — zet de ruwe CBS-bestanden om in gecommitte CSV's in data/cbs/.
 *
 * Gebruik: npx tsx scripts/convert-cbs-raw.ts [rawmap] [--herindelingen <csv>] [--data <map>]
 *   rawmap           standaard ../shared/data/raw (alleen de ontwikkelaar heeft die; de app en de
 *                    build lezen hem nooit — de uitvoer wordt gecommit)
 *   --herindelingen  standaard <rawmap>/../herindelingen.csv
 *   --data           standaard data  (leest regios.csv en grootteklassen.csv, schrijft cbs/)
 *
 * Schrijft: <data>/cbs/regios-gemeenten.csv, feiten-kwb-2021.csv, feiten-kwb-2024.csv
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv, schrijfCsv } from './lib/csv.ts';
import { KOLOMMEN, type Feit } from './lib/schema.ts';
import { converteerKwb, type Gemeentle, type Herindeling, type Kwb2024, type Nlstat } from './lib/kwb.ts';
import { Verzamelaar, valideerGrootteklassen, valideerRegios, foutTekst } from './lib/validate.ts';
import { optie } from './lib/argv.ts';

const posities = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && !(all[i - 1] ?? '').startsWith('--'));
const rawDir = resolve(posities[0] ?? '../shared/data/raw');
const herPad = resolve(optie('--herindelingen') ?? join(rawDir, '..', 'herindelingen.csv'));
const dataDir = resolve(optie('--data') ?? 'data');

const leesJson = <T>(p: string): T => JSON.parse(readFileSync(p, 'utf8')) as T;

const kwb2021 = leesJson<Nlstat>(join(rawDir, 'cbs-kwb-2021-gemeenten.nlstat.json'));
const kwb2024 = leesJson<Kwb2024>(join(rawDir, 'cbs-kwb-2024-inwoners.json'));
const gemeentlePad = join(rawDir, 'gemeenten-provincie-buren.gemeentle.json');
const gemeentle = existsSync(gemeentlePad) ? leesJson<Gemeentle>(gemeentlePad) : {};
// herindelingen.csv is komma-gescheiden (zo aangeleverd).
const her = parseCsv(readFileSync(herPad, 'utf8'), herPad, ',').rijen.map((r) => r.waarden as unknown as Herindeling);

// Provincies en grootteklassegrenzen komen uit de handmatige bestanden: één bron van waarheid.
const v = new Verzamelaar();
const handRegios = valideerRegios([parseCsv(readFileSync(join(dataDir, 'regios.csv'), 'utf8'), 'regios.csv')], v);
const klassen = valideerGrootteklassen(
  parseCsv(readFileSync(join(dataDir, 'grootteklassen.csv'), 'utf8'), 'grootteklassen.csv'),
  new Map(handRegios.map((r) => [r.code, r])),
  v,
);
if (v.fouten.length) {
  for (const f of v.fouten) console.error(foutTekst(f));
  process.exit(1);
}

const uit = converteerKwb(kwb2021, kwb2024, her, handRegios, klassen, gemeentle);
for (const w of uit.waarschuwingen) console.warn(`Let op: ${w}`);

const sorteer = (f: Feit[]) =>
  [...f].sort((a, b) => a.regio_code.localeCompare(b.regio_code) || a.indicator.localeCompare(b.indicator) || a.periode.localeCompare(b.periode));

const cbsDir = join(dataDir, 'cbs');
mkdirSync(cbsDir, { recursive: true });
writeFileSync(join(cbsDir, 'regios-gemeenten.csv'), schrijfCsv(KOLOMMEN.regios, [...uit.regios].sort((a, b) => a.code.localeCompare(b.code))));
writeFileSync(join(cbsDir, 'feiten-kwb-2021.csv'), schrijfCsv(KOLOMMEN.feiten, sorteer(uit.feiten2021)));
writeFileSync(join(cbsDir, 'feiten-kwb-2024.csv'), schrijfCsv(KOLOMMEN.feiten, sorteer(uit.feiten2024)));
console.log(
  `KWB omgezet → ${cbsDir}: ${uit.regios.length} gemeenten, ${uit.feiten2021.length} feiten 2021, ${uit.feiten2024.length} feiten 2024`,
);
