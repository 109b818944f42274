/**
 * build-data.ts — valideert data/ en schrijft de browserbundel naar public/data/.
 *
 * Gebruik: npx tsx scripts/build-data.ts [--data <map>] [--out <map>]
 *   --data  invoermap (standaard: data)          bijv. tests/fixtures/data-small
 *   --out   uitvoermap (standaard: public/data)
 *
 * Leest uitsluitend de invoermap (nooit ../shared). Bij een validatiefout: alle fouten met
 * bestand, regel en kolom op stderr en exitcode 1; er wordt dan niets geschreven.
 * builtAt = SOURCE_DATE_EPOCH als die gezet is, anders de jongste mtime van de invoer.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CsvFormaatFout } from './lib/csv.ts';
import { leesDatamap, jongsteMtime } from './lib/load.ts';
import { valideerDataset, foutTekst } from './lib/validate.ts';
import { berekenVlaggen, combineerVlaggen } from './lib/flags.ts';
import { maakBundel } from './lib/bundle.ts';
import { arg as argument } from './lib/argv.ts';

function main(): number {
  const dataDir = resolve(argument('--data', 'data'));
  const outDir = resolve(argument('--out', join('public', 'data')));

  let invoer;
  try {
    invoer = leesDatamap(dataDir);
  } catch (e) {
    if (e instanceof CsvFormaatFout) {
      console.error(`Datafout: ${e.message}`);
      return 1;
    }
    throw e;
  }
  const { dataset, fouten } = valideerDataset(invoer);
  if (fouten.length > 0) {
    console.error(`Validatie mislukt: ${fouten.length} fout(en) in ${dataDir}`);
    for (const f of fouten.slice(0, 200)) console.error(`  ${foutTekst(f)}`);
    if (fouten.length > 200) console.error(`  … en nog ${fouten.length - 200} fout(en)`);
    return 1;
  }

  const berekend = berekenVlaggen(dataset);
  const { vlaggen, ongedocumenteerd, nietGevonden } = combineerVlaggen(dataset, berekend);
  for (const b of ongedocumenteerd) {
    console.warn(`Let op: vlag niet gedocumenteerd in discrepanties.csv: ${b.regio_code} ${b.indicator} ${b.periode} ${b.soort}: ${b.berekening}`);
  }
  for (const d of nietGevonden) {
    console.warn(`Let op: gedocumenteerde discrepantie niet (meer) berekend: ${d.regio_code} ${d.indicator} ${d.periode} ${d.soort}`);
  }

  const epoch = process.env.SOURCE_DATE_EPOCH;
  const builtAt = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : jongsteMtime(dataDir);
  const { bestanden, manifest } = maakBundel(dataset, vlaggen, builtAt);

  mkdirSync(outDir, { recursive: true });
  for (const b of bestanden) writeFileSync(join(outDir, b.naam), b.inhoud, 'utf8');
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n', 'utf8');

  const som = manifest.files.map((f) => `${f.name} ${f.rows}`).join(', ');
  console.log(`Data gebouwd (versie ${manifest.dataVersion}) → ${outDir}: ${som}; ${vlaggen.length} vlag(gen).`);
  return 0;
}

process.exitCode = main();
