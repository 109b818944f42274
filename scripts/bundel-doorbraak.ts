// Puts the Doorbraak page's figures (seed 000, IPW "Toekomst van de jeugdbescherming") into the
// browser bundle as doorbraak/doorbraak.json: the ipw-vijf-gemeenten rows of
// casus/kengetallen.csv plus data/doorbraak/{gemeenten,doorbraken,barrieres,paradigma}.csv.
// Every row is validated first (src/lib/model/doorbraak/valideer.ts); any error stops the build
// with file, row and column.
// Usage: npx tsx scripts/bundel-doorbraak.ts [--data data] [--out public/data]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from './lib/csv.ts';
import { arg } from './lib/argv.ts';
import { IPW_DATASET, valideerBundel } from '../src/lib/model/doorbraak/valideer.ts';

const data = resolve(arg('--data', 'data'));
const uit = join(resolve(arg('--out', 'public/data')), 'doorbraak');
const lees = (pad: string) => parseCsv(readFileSync(join(data, pad), 'utf8'), pad).rijen.map((r) => r.waarden);

const kengetallen = lees('casus/kengetallen.csv');
const document = kengetallen.find((r) => r.dataset_id === IPW_DATASET)?.bron ?? '';
const { bundel, fouten } = valideerBundel({
  kengetallen,
  gemeenten: lees('doorbraak/gemeenten.csv'),
  doorbraken: lees('doorbraak/doorbraken.csv'),
  barrieres: lees('doorbraak/barrieres.csv'),
  paradigma: lees('doorbraak/paradigma.csv'),
}, document);
if (fouten.length) {
  for (const f of fouten) console.error(`${f.bestand}, rij ${f.rij}, kolom ${f.kolom}: ${f.melding} (waarde '${f.waarde}')`);
  process.exit(1);
}
mkdirSync(uit, { recursive: true });
writeFileSync(join(uit, 'doorbraak.json'), JSON.stringify(bundel) + '\n');
console.log(`bundel-doorbraak: ${bundel.kengetallen.length} kengetallen, ${bundel.gemeenten.length} gemeenten, ${bundel.barrieres.length} belemmeringen → ${uit}`);
