/**
 * build-geo.ts — gemeentegrenzen 2022 → compacte TopoJSON + burenlijst.
 *
 * Gebruik: npx tsx scripts/build-geo.ts [pad/naar/pdok-gemeenten-2022.geojson]
 * Standaard: ../shared/data/raw/pdok-gemeenten-2022.geojson (relatief aan de repo).
 *
 * Schrijft (beide worden gecommit; de app leest nooit ../shared):
 *   data/geo/gemeenten-2022.topo.json  object `gemeenten`, properties {code, naam}
 *   data/geo/buren-2022.csv            `code;buur_code`, symmetrisch, gesorteerd
 *
 * Waarom zo:
 * - Buren worden bepaald op de *ongesimplificeerde, ongekwantiseerde* topologie: twee gemeenten
 *   zijn buren als ze een boog (arc) delen. Alleen een hoekpunt raken telt niet.
 * - De kaart wordt vooraf vlak geprojecteerd (equirectangulair rond 52,15° NB, x geschaald met
 *   cos φ0). Vlakke coördinaten maken de rendering onafhankelijk van de ringoriëntatie
 *   (d3-geo's bolgeometrie vult anders tegen-de-klok ringen als "hele wereld min gemeente").
 *   In de browser: d3.geoIdentity().reflectY(true).fitSize(...). Zie `projectie` in de uitvoer.
 * - Bron: CBS/PDOK gebiedsindelingen `gemeente_gegeneraliseerd` 2022 (CC BY 4.0).
 */
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry, Position } from 'geojson';

// topojson-server/-simplify hebben geen eigen typen; we typen alleen wat we gebruiken.
const require = createRequire(import.meta.url);
const server = require('topojson-server') as {
  topology: (objects: Record<string, unknown>, quantization?: number) => Topology;
};
const simplifyLib = require('topojson-simplify') as {
  presimplify: (t: Topology) => Topology;
  quantile: (t: Topology, p: number) => number;
  simplify: (t: Topology, minWeight: number) => Topology;
};
const client = require('topojson-client') as {
  neighbors: (objects: unknown[]) => number[][];
  quantize: (t: Topology, q: number) => Topology;
};

const PHI0 = 52.15; // graden NB, midden van Nederland
const COS0 = Math.cos((PHI0 * Math.PI) / 180);

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const invoer = resolve(process.argv[2] ?? resolve(repoRoot, '../shared/data/raw/pdok-gemeenten-2022.geojson'));
const uitDir = resolve(repoRoot, 'data/geo');

interface PdokProps {
  statcode: string;
  statnaam: string;
}

function projecteer(p: Position): Position {
  return [p[0] * COS0, p[1]];
}

function mapGeometrie(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(projecteer)) };
  if (g.type === 'MultiPolygon')
    return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(projecteer))) };
  throw new Error(`${invoer}: onverwacht geometrietype ${g.type}`);
}

/** Paren `A;B` (beide richtingen) van gemeenten met minstens één exact gelijk hoekpunt. */
function gedeeldePunten(features: { properties: { code: string }; geometry: Geometry }[]): Set<string> {
  const eigenaars = new Map<string, Set<string>>();
  for (const f of features) {
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    for (const poly of polys)
      for (const ring of poly)
        for (const p of ring) {
          const k = `${p[0]},${p[1]}`;
          let s = eigenaars.get(k);
          if (!s) eigenaars.set(k, (s = new Set()));
          s.add(f.properties.code);
        }
  }
  const paren = new Set<string>();
  for (const s of eigenaars.values()) {
    if (s.size < 2) continue;
    for (const a of s) for (const b of s) if (a !== b) paren.add(`${a};${b}`);
  }
  return paren;
}

function main(): void {
  const fc = JSON.parse(readFileSync(invoer, 'utf8')) as FeatureCollection<Geometry, PdokProps>;
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${invoer}: geen GeoJSON FeatureCollection`);
  }
  const features = fc.features
    .map((f, i) => {
      const code = f.properties?.statcode;
      const naam = f.properties?.statnaam;
      if (!code || !/^GM\d{4}$/.test(code)) throw new Error(`${invoer}: feature ${i}: ongeldige statcode ${String(code)}`);
      if (!naam) throw new Error(`${invoer}: feature ${i} (${code}): lege statnaam`);
      return { type: 'Feature' as const, id: code, properties: { code, naam }, geometry: mapGeometrie(f.geometry) };
    })
    .sort((a, b) => a.properties.code.localeCompare(b.properties.code));

  // 1. Buren op de volledige topologie (geen kwantisering: gedeelde grenzen zijn exact gelijk).
  const volledig = server.topology({ gemeenten: { type: 'FeatureCollection', features } });
  const geoms = (volledig.objects.gemeenten as GeometryCollection<{ code: string }>).geometries;
  const codeVan = (i: number) => (geoms[i].properties as { code: string }).code;
  const buurIdx = client.neighbors(geoms);
  const lijnBuren = new Set<string>();
  buurIdx.forEach((lijst, i) => {
    for (const j of lijst) lijnBuren.add(`${codeVan(i)};${codeVan(j)}`);
  });
  // Raken in één punt (bv. Vlieland–Terschelling, Huizen–Laren) levert geen gedeelde boog op,
  // maar de bron en gangbare burenlijsten tellen ze wel als buren ("queen"-buurschap).
  // Daarom ook exact gedeelde hoekpunten; kolom `grens` zegt welk soort contact het is.
  const puntBuren = gedeeldePunten(features);
  const paren = new Map<string, 'lijn' | 'punt'>();
  for (const p of lijnBuren) paren.set(p, 'lijn');
  for (const p of puntBuren) if (!paren.has(p)) paren.set(p, 'punt');
  const uniek = [...paren.keys()].sort().map((p) => `${p};${paren.get(p)}`);

  // 2. Vereenvoudigen + kwantiseren voor de kaart.
  const grof = server.topology({ gemeenten: { type: 'FeatureCollection', features } }, 1e5);
  const pre = simplifyLib.presimplify(grof);
  const drempel = simplifyLib.quantile(pre, 0.2); // houd ~20 % van de punten met het meeste gewicht
  const eenvoudig = simplifyLib.simplify(pre, drempel);
  const kaart = client.quantize(eenvoudig, 1e4) as Topology & Record<string, unknown>;
  // Extra (toegestaan) lid: hoe de coördinaten te lezen en waar ze vandaan komen.
  kaart.projectie = {
    type: 'equirectangulair',
    phi0: PHI0,
    x: 'lengtegraad × cos(phi0)',
    y: 'breedtegraad (noord = groter; teken met reflectY)',
  };
  kaart.bron = 'CBS/PDOK gebiedsindelingen, gemeente_gegeneraliseerd 2022 (CC BY 4.0); bewerking Jeugdzorg Verkenner';
  kaart.indeling = 2022;

  mkdirSync(uitDir, { recursive: true });
  const topoPad = resolve(uitDir, 'gemeenten-2022.topo.json');
  writeFileSync(topoPad, JSON.stringify(kaart));
  const burenPad = resolve(uitDir, 'buren-2022.csv');
  writeFileSync(burenPad, ['code;buur_code;grens', ...uniek].join('\n') + '\n');

  const metBuren = new Set([...paren.keys()].map((p) => p.slice(0, 6)));
  const zonderBuren = features.map((f) => f.properties.code).filter((c) => !metBuren.has(c));
  const alleenPunt = uniek.filter((r) => r.endsWith(';punt') && r.slice(0, 6) < r.slice(7, 13));
  console.log(
    JSON.stringify(
      {
        gemeenten: features.length,
        burenparen: uniek.length,
        zonderBuren,
        alleenPunt,
        topoBytes: statSync(topoPad).size,
        bestanden: [topoPad, burenPad],
      },
      null,
      2,
    ),
  );
}

main();
