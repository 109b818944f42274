// Copies the geo data the app needs into the browser bundle (public/data or --out):
//   data/geo/gemeenten-2022.topo.json  (pre-projected TopoJSON, made by scripts/build-geo.ts)
//   data/geo/buren-2022.csv            (`code;buur_code;grens`, symmetric)
// Both are checked before copying, so a broken file fails the build instead of the map.
// Usage: npx tsx scripts/bundel-geo.ts [--out public/data]
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBurenCsv } from '../src/lib/model/peers/context.ts';
import { arg } from './lib/argv.ts';

export const GEO_BESTANDEN = ['gemeenten-2022.topo.json', 'buren-2022.csv'] as const;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const uit = resolve(root, arg('--out', 'public/data'));
const bron = join(root, 'data/geo');

const topo = JSON.parse(readFileSync(join(bron, GEO_BESTANDEN[0]), 'utf8'));
const geometrieen = topo?.objects?.gemeenten?.geometries;
if (topo?.type !== 'Topology' || !Array.isArray(geometrieen) || !geometrieen.length) {
  throw new Error(`data/geo/${GEO_BESTANDEN[0]}: geen TopoJSON met object "gemeenten"`);
}
for (const [i, g] of geometrieen.entries()) {
  if (!/^GM\d{4}$/.test(g?.properties?.code ?? '') || !g.properties.naam) {
    throw new Error(`data/geo/${GEO_BESTANDEN[0]}: geometrie ${i} mist een geldige code of naam`);
  }
}
const buren = parseBurenCsv(readFileSync(join(bron, GEO_BESTANDEN[1]), 'utf8'), `data/geo/${GEO_BESTANDEN[1]}`);

mkdirSync(uit, { recursive: true });
for (const naam of GEO_BESTANDEN) copyFileSync(join(bron, naam), join(uit, naam));
const kb = (naam: string) => Math.round(statSync(join(uit, naam)).size / 1024);
console.log(
  `bundel-geo: ${geometrieen.length} gemeenten (${kb(GEO_BESTANDEN[0])} KB), ${buren.size} gemeenten met buren (${kb(GEO_BESTANDEN[1])} KB) → ${uit}`,
);
