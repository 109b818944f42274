// Puts the bundled real case datasets (data/casus, herkomst `bron`) into the browser bundle
// (public/data or --out) as contract CSV files DuckDB-WASM reads without extensions:
//   casus/<dataset_id>/{casus,episode,kosten}.csv, casus/datasets.csv, casus/kengetallen.csv
//   casus/index.json — the datasets with their counts, totals and whether dates are estimated;
//   casus/kubussen/<id>/ — casus:aggregeer bundles (manifest.json + cube CSVs), listed as kubusbundels;
//   voorbereid.json next to every dataset's files: the answers of its first view on Kosten per casus
//   (and, for a bron dataset with episodes, on Thuiszitters), baked here (not by casus:aggregeer) so
//   they always come from this build's SQL, run on the dataset's own files with the browser's loader.
// Every row is checked with the contract validators first, so a broken file fails the build.
// Usage: npx tsx scripts/bundel-casus.ts [--out public/data]
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './lib/csv.ts';
import { valideerCasus, valideerDataset, valideerEpisode, valideerKosten, type Resultaat } from '../src/lib/model/casus/valideer.ts';
import { bronDataset, isGelijkVerdeeld, type CasusIndex, type CasusIndexDataset } from '../src/lib/model/casus/bundel.ts';
import { arg } from './lib/argv.ts';
import { leesKubusManifest, routesVoor, VOORBEREID_BESTAND } from '../src/lib/model/kosten/kubusBundel.ts';
import { ROUTE_EXPORTS } from '../src/lib/db/sql/routesAggregaat.ts';
import { laadBronDataset, laadKubusBundel } from '../src/lib/db/casus.ts';
import { eersteCasusVragen } from '../src/lib/db/kostenCasus.ts';
import { eersteRoutesVragen, VENSTER, zorgVoorRoutes } from '../src/lib/db/routes.ts';
import { vraagSleutel, type Vraag } from '../src/lib/db/vragen.ts';
import type { Db, Rij } from '../src/lib/db/types.ts';
import { openNodeDb } from './db/node-db.ts';
import { KUBUS_EXPORTS, type KubusExport } from '../src/lib/db/sql/kostenAggregaat.ts';
import { bundelBestand } from '../src/lib/db/sql/kostenBundel.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const uit = join(resolve(root, arg('--out', 'public/data')), 'casus');
const bron = join(root, 'data/casus');

function lees<T>(pad: string, valideer: (r: Record<string, string>, rij: number, o: { bestand: string }) => Resultaat<T>): T[] {
  const naam = pad.slice(root.length + 1);
  const t = parseCsv(readFileSync(pad, 'utf8'), naam);
  return t.rijen.map((r, i) => {
    const v = valideer(r.waarden, i + 1, { bestand: naam });
    if (!v.ok) throw new Error(v.fouten.map((f) => `${f.bestand}, rij ${f.rij}, kolom ${f.kolom}: ${f.melding}`).join('\n'));
    return v.rij;
  });
}

const datasets = lees(join(bron, 'datasets.csv'), valideerDataset);
// printed totals per dataset (kengetal ids '<groep>:totaal' or '<groep>:totaal_<variant>', in euro)
const kengetallen = parseCsv(readFileSync(join(bron, 'kengetallen.csv'), 'utf8'), 'data/casus/kengetallen.csv').rijen.map((r) => r.waarden);
const gedrukt = (id: string) => {
  const k = kengetallen.find((x) => x.dataset_id === id && x.soort === 'gedrukt' && x.eenheid === 'EUR' && /:totaal(_[a-z]+)?$/.test(x.kengetal_id));
  return k ? { waarde: Number(k.waarde), bron: k.bron, regel: k.regel, notitie: k.notitie ?? '' } : null;
};
mkdirSync(uit, { recursive: true });
const index: CasusIndex = { contractversie: 1, datasets: [] };
for (const d of datasets) {
  if (d.herkomst !== 'bron') throw new Error(`data/casus/datasets.csv: ${d.dataset_id} heeft herkomst ${d.herkomst}; hier horen alleen bron-datasets`);
  const map = join(bron, d.dataset_id);
  const item: CasusIndexDataset = { ...d, herkomst: 'bron', bestanden: null, aantallen: null, totaal_eur: null, datums_geschat: false, gedrukt_totaal: gedrukt(d.dataset_id), gelijk_verdeeld: false };
  if (existsSync(join(map, 'casus.csv'))) {
    const casus = lees(join(map, 'casus.csv'), valideerCasus);
    const episodes = lees(join(map, 'episode.csv'), valideerEpisode);
    const kosten = lees(join(map, 'kosten.csv'), valideerKosten);
    const ids = new Set(casus.map((c) => c.casus_id));
    for (const r of [...episodes, ...kosten]) if (!ids.has(r.casus_id)) throw new Error(`${d.dataset_id}: casus_id ${r.casus_id} staat niet in casus.csv`);
    mkdirSync(join(uit, d.dataset_id), { recursive: true });
    const bestanden = { casus: `casus/${d.dataset_id}/casus.csv`, episode: `casus/${d.dataset_id}/episode.csv`, kosten: `casus/${d.dataset_id}/kosten.csv` };
    for (const t of ['casus', 'episode', 'kosten'] as const) copyFileSync(join(map, `${t}.csv`), join(uit, d.dataset_id, `${t}.csv`));
    const inhoud = { casus: readFileSync(join(map, 'casus.csv')), episode: readFileSync(join(map, 'episode.csv')), kosten: readFileSync(join(map, 'kosten.csv')) };
    const laad = (db: Db) => laadBronDataset(db, { dataset: bronDataset(item), inhoud });
    // Thuiszitters shows the datasets with episodes: their route tables as the page builds them
    const routes = episodes.length > 0;
    const antwoorden = await bakEersteVragen(
      routes ? (db) => zorgVoorRoutes(db, d.dataset_id, async () => (await laad(db), true), VENSTER) : laad,
      [...eersteCasusVragen(d.dataset_id, false), ...(routes ? eersteRoutesVragen(d.dataset_id) : [])],
    );
    writeFileSync(join(uit, d.dataset_id, VOORBEREID_BESTAND), JSON.stringify({ vragen: antwoorden }));
    item.bestanden = bestanden;
    item.aantallen = { casus: casus.length, episode: episodes.length, kosten: kosten.length };
    // cents summed as integers: the printed totals must come out exactly
    item.totaal_eur = kosten.reduce((s, k) => s + Math.round(k.bedrag_eur * 100), 0) / 100;
    item.datums_geschat = episodes.some((e) => e.datum_kwaliteit === 'geschat');
    item.gelijk_verdeeld = isGelijkVerdeeld(kosten);
  }
  index.datasets.push(item);
}
// casus:aggregeer bundles (cubes only, no cases, any herkomst): data/kubussen/<dataset_id>/, manifest checked
const kubusMap = join(root, 'data/kubussen');
index.kubusbundels = [];
rmSync(join(uit, 'kubussen'), { recursive: true, force: true }); // a bundle removed from data/ leaves the build too
for (const id of existsSync(kubusMap) ? readdirSync(kubusMap).sort() : []) {
  const waar = `data/kubussen/${id}`;
  const m = leesKubusManifest(JSON.parse(readFileSync(join(kubusMap, id, 'manifest.json'), 'utf8')), waar);
  if (m.dataset_id !== id) throw new Error(`${waar}/manifest.json: dataset_id "${m.dataset_id}" hoort gelijk te zijn aan de mapnaam`);
  mkdirSync(join(uit, 'kubussen', id), { recursive: true });
  // with the Thuiszitters tables for the page's window, the bundle is offered there too
  const routes = routesVoor(m, VENSTER);
  for (const f of ['manifest.json', ...[...KUBUS_EXPORTS, ...(routes ? ROUTE_EXPORTS : [])].map(bundelBestand)]) copyFileSync(join(kubusMap, id, f), join(uit, 'kubussen', id, f));
  const bundel = { pad: `${waar}/`, manifest: Promise.resolve(m), voorbereid: Promise.resolve(null), bestand: async (k: KubusExport) => ({ inhoud: readFileSync(join(kubusMap, id, bundelBestand(k))), msOphalen: 0 }) };
  const antwoorden = await bakEersteVragen((db) => laadKubusBundel(db, bundel), [...eersteCasusVragen(id, true), ...(routes ? eersteRoutesVragen(id) : [])]);
  writeFileSync(join(uit, 'kubussen', id, VOORBEREID_BESTAND), JSON.stringify({ vragen: antwoorden }));
  index.kubusbundels.push({ dataset_id: id, naam: m.naam, herkomst: m.herkomst, pad: `casus/kubussen/${id}/`, ...(routes ? { routes: true } : {}) });
}
/**
 * A dataset's first-view answers (eersteCasusVragen): `laad` puts its files through the browser's
 * own loader into native DuckDB, and the browser's questions are asked of them.
 */
async function bakEersteVragen(laad: (db: Db) => Promise<unknown>, vragen: Vraag<Rij>[]): Promise<Record<string, Rij[]>> {
  const db = await openNodeDb();
  try {
    await laad(db);
    const uit: Record<string, Rij[]> = {};
    for (const v of vragen) uit[vraagSleutel(v)] = await db.query(v.sql, v.params);
    return uit;
  } finally {
    db.sluit();
  }
}

copyFileSync(join(bron, 'datasets.csv'), join(uit, 'datasets.csv'));
copyFileSync(join(bron, 'kengetallen.csv'), join(uit, 'kengetallen.csv'));
writeFileSync(join(uit, 'index.json'), JSON.stringify(index, null, 1) + '\n');
const met = index.datasets.filter((d) => d.bestanden);
console.log(`bundel-casus: ${index.datasets.length} datasets (${met.length} met casussen: ${met.map((d) => `${d.dataset_id} ${d.aantallen!.casus}`).join(', ')}) → ${uit}`);
