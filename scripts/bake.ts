// Runs the first view's named queries in native DuckDB at build time and writes their results to
// voorbereid.json, so the first chart renders before DuckDB-WASM has started.
// Usage: tsx scripts/bake.ts [--dir public/data]
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeDb, kopieerNaar } from './db/node-db.ts';
import { BUNDEL_BESTANDEN, schemaSql } from '../src/lib/db/schema.ts';
import { vragen, vraagSleutel, focussenVraag, STUDIE_INDICATOREN, type Vraag } from '../src/lib/db/vragen.ts';
import { STANDAARD_STRIP_INDICATOR } from '../src/lib/model/vergelijking/indicatoren.ts';
import type { Rij } from '../src/lib/db/types.ts';
import { kenmerkenVraag, kenmerkBronnenVraag } from '../src/lib/db/sql/peers.ts';
import { arg } from './lib/argv.ts';
import { elftalFeitenVraag, referentieLedenVraag } from '../src/lib/db/sql/elftal.ts';

const dir = arg('--dir', 'public/data');

const db = await openNodeDb();
for (const naam of BUNDEL_BESTANDEN) kopieerNaar(db, join(dir, naam), naam);
for (const sql of schemaSql((n) => db.bestandsPad(n))) await db.exec(sql);

const focussen = await db.query<{ focus_code: string }>('SELECT DISTINCT focus_code FROM referentiesets ORDER BY 1');
const teBakken: Vraag<Rij>[] = [
  vragen.regios(), vragen.indicatoren(), vragen.bronnen(), vragen.vlaggen(), vragen.perioden(), focussenVraag(),
  vragen.indicatorAlleGemeenten(STANDAARD_STRIP_INDICATOR), vragen.landelijk(STANDAARD_STRIP_INDICATOR),
  ...STUDIE_INDICATOREN.map((i) => vragen.landelijk(i)),
  ...focussen.map((f) => vragen.vergelijking(f.focus_code)),
  // The Kaart page's characteristics of all gemeenten, so the map and peers draw before DuckDB is up.
  kenmerkenVraag(), kenmerkBronnenVraag(),
  // The elftal page's budget lines and reference sets (small, gemeente-independent).
  elftalFeitenVraag(), referentieLedenVraag(),
];
const uit: Record<string, Rij[]> = {};
for (const v of teBakken) uit[vraagSleutel(v)] = await db.query(v.sql, v.params);
db.sluit();

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const json = JSON.stringify({ dataVersion: manifest.dataVersion, vragen: uit });
writeFileSync(join(dir, 'voorbereid.json'), json);
console.log(`voorbereid.json: ${teBakken.length} vragen, ${(json.length / 1024).toFixed(0)} KB`);
