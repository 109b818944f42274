// `npm run data:cbs` — downloads the CBS open-data tables the app uses and writes them in the
// project's long format to data/cbs-online/, through the same parser and validation as a user's import.
//
//   npx tsx scripts/data-cbs.ts [--uit data/cbs-online] [--tabellen 85098NED,83454NED]
//                               [--regios data/cbs/regios-gemeenten.csv] [--fixtures tests/fixtures/cbs-odata]
//
// THE LIVE DOWNLOAD IS UNTESTED: the build and test machines have no access to opendata.cbs.nl. Only the
// `--fixtures` path (hand-written responses in CBS's documented OData v3 format, made-up values) is run
// by the unit tests. Column keys and category titles of the real tables may differ from the fixtures;
// the script then reports the missing topic/category instead of guessing (see tabellen.ts).
// With --fixtures the output goes to a temporary directory unless --uit is given, and every fact is
// marked as a made-up test figure, so fixture numbers can never pass for CBS figures.
import { existsSync, mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fixtureBron, liveBron, type ODataBron } from './lib/cbs-odata/bron.ts';
import { TABELLEN } from './lib/cbs-odata/tabellen.ts';
import { naarLangCsv, verwerkTabel } from './lib/cbs-odata/verwerk.ts';
import { gemeentenUitRegios } from '../src/lib/import/gemeenten.ts';
import { afgewezenNaarCsv } from '../src/lib/import/afgewezen-csv.ts';
import type { GemeenteInfo } from '../src/lib/import/typen.ts';
import { berichtTekst } from '../src/lib/import/melding.ts';
import { optie as arg } from './lib/argv.ts';

export interface DataCbsOpties {
  bron: ODataBron;
  uit: string;
  tabellen: string[];
  gemeenten: GemeenteInfo[];
  nu?: Date;
}

export interface CbsDownloadManifest {
  gemaakt: string;
  modus: 'live' | 'fixtures';
  geverifieerd: false;
  tabellen: { id: string; titel: string; bestand: string; feiten: number; afgewezen: number; fout: string | null; meldingen: string[]; urls: string[] }[];
}

/** The script's core, without argument parsing: also what the unit test runs. */
export async function draaiDataCbs(o: DataCbsOpties): Promise<CbsDownloadManifest> {
  mkdirSync(o.uit, { recursive: true });
  const manifest: CbsDownloadManifest = { gemaakt: (o.nu ?? new Date()).toISOString(), modus: o.bron.soort, geverifieerd: false, tabellen: [] };
  for (const id of o.tabellen) {
    const config = TABELLEN.find((t) => t.id === id);
    if (!config) throw new Error(`onbekende tabel ${id}; bekend: ${TABELLEN.map((t) => t.id).join(', ')}`);
    const { resultaat: r, urls, meldingen } = await verwerkTabel(o.bron, config, o.gemeenten);
    const bestand = `${id}.csv`;
    if (r.fout === null) writeFileSync(join(o.uit, bestand), naarLangCsv(r.rijen));
    if (r.afgewezen.length) writeFileSync(join(o.uit, `${id}-afgewezen.csv`), afgewezenNaarCsv(r.afgewezen));
    manifest.tabellen.push({ id, titel: config.titel, bestand, feiten: r.rijen.length, afgewezen: r.afgewezenAantal, fout: r.fout, meldingen: [...meldingen, ...r.waarschuwingen.map((w) => berichtTekst('nl', w))], urls });
  }
  writeFileSync(join(o.uit, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

async function main(): Promise<void> {
  const fixtures = arg('fixtures');
  const regios = arg('regios') ?? 'data/cbs/regios-gemeenten.csv';
  const gemeenten = existsSync(regios) ? gemeentenUitRegios(readFileSync(regios, 'utf8')) : [];
  if (!gemeenten.length) console.warn(`let op: ${regios} niet gevonden; alleen de CBS-regiolijst wordt gebruikt`);
  const uit = arg('uit') ?? (fixtures ? mkdtempSync(join(tmpdir(), 'data-cbs-')) : 'data/cbs-online');
  const tabellen = (arg('tabellen') ?? TABELLEN.map((t) => t.id).join(',')).split(',');
  const m = await draaiDataCbs({ bron: fixtures ? fixtureBron(fixtures) : liveBron(), uit, tabellen, gemeenten });
  for (const t of m.tabellen) {
    console.log(`${t.id}: ${t.feiten} feiten, ${t.afgewezen} afgewezen${t.fout ? ` — GEWEIGERD: ${t.fout}` : ''}`);
    for (const x of t.meldingen.slice(0, 10)) console.log(`  - ${x}`);
  }
  console.log(`geschreven naar ${uit}${m.modus === 'live' ? ' (live download, niet eerder geverifieerd: controleer de uitvoer)' : ' (FIXTURES: verzonnen cijfers)'}`);
  if (m.tabellen.some((t) => t.fout)) process.exitCode = 1;
}

if (process.argv[1] && /data-cbs\.ts$/.test(process.argv[1])) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  });
}

