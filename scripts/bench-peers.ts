/**
 * bench-peers.ts — referentiegroep voor elke gemeente, per methode, plus één kaart-herkleuring.
 * Uitvoer: JSON op stdout én in scripts/bench/resultaten/peers.json (--out <pad>): per methode gemiddelde,
 * p95 en max ms per set. Budget: ≤ 50 ms per set, ≤ 100 ms per herkleuring.
 * Zoals de app: alleen de gemeenten op de kaart van 2022 (345), met KWB 2021-kenmerken.
 *
 * Leest data/cbs/regios-gemeenten.csv + data/cbs/feiten-kwb-2021.csv (van build-data) en
 * data/geo/buren-2022.csv. Ontbreken die CBS-bestanden, dan valt het terug op het ruwe
 * KWB-bestand in ../shared (alleen in deze benchmark, nooit in de app).
 *   npx tsx scripts/bench-peers.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { arg } from './lib/argv.ts';
import {
  STUDIE_REFERENTIES_SEED003,
  gemeentenUitCbs,
  maakContext,
  parseBurenCsv,
  referentiegroep,
  type FeitInvoer,
  type GemeenteRij,
  type Methode,
  type RegioInvoer,
} from '../src/lib/model/peers/index.ts';
import { kaartGeometrie, kaartKleuren } from '../src/lib/charts/kaart/state.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pad = (p: string) => resolve(root, p);
const lees = <T>(p: string) =>
  Papa.parse<T>(readFileSync(pad(p), 'utf8'), { header: true, delimiter: ';', skipEmptyLines: true }).data;

function tabel(): { rijen: GemeenteRij[]; bron: string } {
  if (existsSync(pad('data/cbs/regios-gemeenten.csv')) && existsSync(pad('data/cbs/feiten-kwb-2021.csv'))) {
    const rijen = gemeentenUitCbs(lees<RegioInvoer>('data/cbs/regios-gemeenten.csv'), lees<FeitInvoer>('data/cbs/feiten-kwb-2021.csv'));
    return { rijen, bron: 'data/cbs/' };
  }
  const kwb = JSON.parse(readFileSync(pad('../shared/data/raw/cbs-kwb-2021-gemeenten.nlstat.json'), 'utf8')).Gemeente as Record<
    string,
    Record<string, any>
  >;
  const rijen = Object.entries(kwb).map(([code, g]) => ({
    code,
    naam: g.Naam || code,
    inwoners: g.Population ?? null,
    stedelijkheid: g.Services?.['Degree of urbanisation (1–5)'] ?? null,
    gem_inkomen_per_inwoner: g.IncomeWealth?.['Avg income per inhabitant (x€1k)'] ?? null,
    pct_sociaal_minimum: g.Inequality?.['At-or-below social minimum (%)'] ?? null,
    pct_onder_15: g.Demographics?.['Under 15 years (%)'] ?? null,
    pct_15_24: g.Demographics?.['15-24 years (%)'] ?? null,
  }));
  return { rijen, bron: '../shared/data/raw (terugval)' };
}

const topo = JSON.parse(readFileSync(pad('data/geo/gemeenten-2022.topo.json'), 'utf8'));
const kaartCodes = new Set<string>(topo.objects.gemeenten.geometries.map((g: { properties: { code: string } }) => g.properties.code));
const { rijen: alleRijen, bron } = tabel();
const rijen = alleRijen.filter((r) => kaartCodes.has(r.code));
const kwantiel = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const ms = (v: number) => +v.toFixed(4);
const buren = parseBurenCsv(readFileSync(pad('data/geo/buren-2022.csv'), 'utf8'));
const ctx = maakContext({ gemeenten: rijen, buren, studieSets: STUDIE_REFERENTIES_SEED003 });
const methoden: Methode[] = ['studie', 'buren', 'grootteklasse', 'stedelijkheid', 'gelijkend', 'handmatig'];

const resultaten: Record<string, unknown> = {};
for (const m of methoden) {
  const inst = m === 'handmatig' ? { basis: 'gelijkend' as const, verwijderen: ['GM0014'], toevoegen: ['GM0363'] } : {};
  referentiegroep(rijen[0].code, m, inst, ctx, 'nl'); // opwarmen (JIT)
  const t0 = performance.now();
  let leden = 0;
  let beschikbaar = 0;
  const tijden: number[] = [];
  for (const r of rijen) {
    const s = performance.now();
    const g = referentiegroep(r.code, m, inst, ctx, 'nl');
    tijden.push(performance.now() - s);
    leden += g.leden.length;
    if (g.beschikbaar) beschikbaar++;
  }
  const totaal = performance.now() - t0;
  resultaten[m] = {
    sets: rijen.length,
    beschikbaar,
    gemiddeldLeden: +(leden / rijen.length).toFixed(1),
    msTotaal: +totaal.toFixed(2),
    msGemiddeld: ms(tijden.reduce((a, b) => a + b, 0) / tijden.length),
    msP95: ms(kwantiel(tijden, 0.95)),
    msMax: ms(Math.max(...tijden)),
  };
}

// Kaart: geometrie één keer, daarna herkleuren per indicator.
const tg = performance.now();
const geo = kaartGeometrie(topo);
const msGeometrie = performance.now() - tg;
const indicatoren = ['inwoners', 'pct_sociaal_minimum', 'pct_onder_15', 'gem_inkomen_per_inwoner'] as const;
const fmt = (v: number) => v.toLocaleString('nl-NL');
const herkleur: number[] = [];
for (let i = 0; i < 100; i++) {
  const ind = indicatoren[i % indicatoren.length];
  const waarden = new Map(rijen.map((r) => [r.code, r[ind]]));
  const t = performance.now();
  kaartKleuren(geo.vormen, waarden, { formatWaarde: fmt });
  herkleur.push(performance.now() - t);
}
herkleur.sort((a, b) => a - b);

const uitvoer = JSON.stringify(
    {
      gemaakt: new Date().toISOString(),
      commando: 'npx tsx scripts/bench-peers.ts',
      bron,
      gemeenten: rijen.length,
      budget: { msPerSet: 50, msPerHerkleuring: 100 },
      referentiegroepen: resultaten,
      kaart: {
        gemeenten: geo.vormen.length,
        msGeometrieEenmalig: +msGeometrie.toFixed(2),
        herkleuringen: herkleur.length,
        msHerkleuringGemiddeld: ms(herkleur.reduce((a, b) => a + b, 0) / herkleur.length),
        msHerkleuringMediaan: ms(herkleur[herkleur.length >> 1]),
        msHerkleuringP95: ms(kwantiel(herkleur, 0.95)),
        msHerkleuringMax: ms(herkleur[herkleur.length - 1]),
      },
      node: process.version,
    },
    null,
    2,
  );
const uitPad = pad(arg('out', 'scripts/bench/resultaten/peers.json'));
mkdirSync(dirname(uitPad), { recursive: true });
writeFileSync(uitPad, uitvoer + '\n');
console.log(uitvoer);
console.error(`geschreven: ${uitPad}`);
