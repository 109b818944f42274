/**
 * Kaartstatus zonder layout/DOM: geometrie (eenmalig) en kleuren (per indicator).
 * Gescheiden zodat her-kleuren geen paden opnieuw berekent (budget ≤ 100 ms per her-kleur).
 *
 * De TopoJSON van scripts/build-geo.ts is vooraf vlak geprojecteerd (zie `projectie` daarin):
 * we tekenen met geoIdentity().reflectY(true), zonder bolgeometrie.
 */
import { geoIdentity, geoPath, interpolateYlGn } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

export interface KaartVorm {
  code: string;
  naam: string;
  /** SVG-pad in viewBox-coördinaten. */
  d: string;
  /** Zwaartepunt in viewBox-coördinaten (tooltip, pijltjestoetsen). */
  cx: number;
  cy: number;
}

export interface KaartGeometrie {
  breedte: number;
  hoogte: number;
  vormen: KaartVorm[];
}

type Props = { code: string; naam: string };

/** Paden in een viewBox van `breedte` breed; de hoogte volgt uit de vorm van Nederland. */
export function kaartGeometrie(topo: Topology, breedte = 600, objectNaam = 'gemeenten'): KaartGeometrie {
  const obj = topo.objects[objectNaam] as GeometryCollection<Props> | undefined;
  if (!obj) throw new Error(`TopoJSON: object "${objectNaam}" ontbreekt`);
  const fc = feature(topo, obj) as FeatureCollection<Geometry, Props>;
  // fitWidth bestaat op geoIdentity (d3-geo ≥ 1.12), maar ontbreekt in @types/d3-geo.
  const id = geoIdentity().reflectY(true) as ReturnType<typeof geoIdentity> & {
    fitWidth: (w: number, o: FeatureCollection) => ReturnType<typeof geoIdentity>;
  };
  const projectie = id.fitWidth(breedte, fc);
  const pad = geoPath(projectie);
  const [[, y0], [, y1]] = pad.bounds(fc);
  const hoogte = Math.ceil(y1 - Math.min(0, y0));
  const vormen = fc.features
    .map((f: Feature<Geometry, Props>) => {
      const [cx, cy] = pad.centroid(f);
      return { code: f.properties.code, naam: f.properties.naam, d: pad(f) ?? '', cx, cy };
    })
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return { breedte, hoogte, vormen };
}

export const GEEN_GEGEVENS = 'geen gegevens' as const;

export interface KaartKlasse {
  van: number;
  tot: number;
  kleur: string;
  label: string;
}

export interface KaartKleur {
  code: string;
  naam: string;
  waarde: number | null;
  /** Index in `klassen`, of 'geen gegevens'. */
  klasse: number | typeof GEEN_GEGEVENS;
  /** null = arceren (geen gegevens). */
  kleur: string | null;
  /** "Naam: waarde" — ook de aria-label. */
  label: string;
}

export interface KaartKleuren {
  klassen: KaartKlasse[];
  items: KaartKleur[];
  perCode: Map<string, KaartKleur>;
  aantalGeenGegevens: number;
}

/**
 * Rondt klassegrenzen af op een stap van ~1/100 van het bereik (10,3 i.p.v. 10,2874), zodat de
 * legenda leesbaar blijft zonder klassen samen te laten vallen.
 */
function afronder(min: number, max: number): (v: number) => number {
  const bereik = max - min;
  if (!(bereik > 0)) return (v) => v;
  const stap = 10 ** (Math.floor(Math.log10(bereik)) - 2);
  return (v) => Number((Math.round(v / stap) * stap).toPrecision(12));
}

function kwantielGrenzen(xs: number[], aantal: number): number[] {
  const s = [...xs].sort((a, b) => a - b);
  const rond = afronder(s[0], s[s.length - 1]);
  const q = (p: number) => {
    const h = (s.length - 1) * p;
    const lo = Math.floor(h);
    return s[lo] + (h - lo) * ((s[Math.min(lo + 1, s.length - 1)] ?? s[lo]) - s[lo]);
  };
  const binnen: number[] = [];
  for (let i = 1; i < aantal; i++) {
    const g = rond(q(i / aantal));
    if (g > s[0] && g < s[s.length - 1] && !binnen.includes(g)) binnen.push(g);
  }
  return [s[0], ...binnen.sort((a, b) => a - b), s[s.length - 1]];
}

/** Kleurenschaal: geel → groen (ColorBrewer YlGn, kleurenblind-veilig, botst niet met oranje/blauw). */
export function kleurVoor(i: number, aantal: number): string {
  const t = aantal <= 1 ? 0.6 : 0.12 + (0.83 * i) / (aantal - 1);
  return interpolateYlGn(t);
}

/**
 * Klassen (5–7, kwantielen, afgeronde grenzen) en per gemeente kleur + label.
 * Ontbrekend → 'geen gegevens' (gearceerd), nooit 0.
 */
export function kaartKleuren(
  vormen: readonly { code: string; naam: string }[],
  waarden: ReadonlyMap<string, number | null>,
  opties: { klassen?: number; formatWaarde: (v: number) => string },
): KaartKleuren {
  const gewenst = Math.min(7, Math.max(5, opties.klassen ?? 6));
  const xs: number[] = [];
  for (const v of vormen) {
    const w = waarden.get(v.code);
    if (w != null && Number.isFinite(w)) xs.push(w);
  }
  let klassen: KaartKlasse[] = [];
  if (xs.length) {
    const g = kwantielGrenzen(xs, gewenst);
    const n = Math.max(1, g.length - 1);
    klassen = Array.from({ length: n }, (_, i) => ({
      van: g[i],
      tot: g[i + 1] ?? g[i],
      kleur: kleurVoor(i, n),
      label: `${opties.formatWaarde(g[i])} – ${opties.formatWaarde(g[i + 1] ?? g[i])}`,
    }));
  }
  const klasseVan = (w: number) => {
    // Klasse j: van ≤ w < tot; de laatste klasse inclusief de bovengrens.
    for (let j = 0; j < klassen.length - 1; j++) if (w < klassen[j].tot) return j;
    return klassen.length - 1;
  };
  let aantalGeenGegevens = 0;
  const items: KaartKleur[] = vormen.map((v) => {
    const w = waarden.get(v.code);
    if (w == null || !Number.isFinite(w)) {
      aantalGeenGegevens++;
      return { code: v.code, naam: v.naam, waarde: null, klasse: GEEN_GEGEVENS, kleur: null, label: `${v.naam}: ${GEEN_GEGEVENS}` };
    }
    const k = klasseVan(w);
    return { code: v.code, naam: v.naam, waarde: w, klasse: k, kleur: klassen[k].kleur, label: `${v.naam}: ${opties.formatWaarde(w)}` };
  });
  return { klassen, items, perCode: new Map(items.map((i) => [i.code, i])), aantalGeenGegevens };
}

export type Richting = 'links' | 'rechts' | 'omhoog' | 'omlaag';

/**
 * Pijltjestoetsen: de dichtstbijzijnde gemeente in die richting (binnen een kegel van ±60°),
 * met een straf voor afwijken van de rechte lijn. Geen kandidaat → null (focus blijft staan).
 */
export function buurInRichting(vormen: readonly KaartVorm[], code: string, richting: Richting): string | null {
  const van = vormen.find((v) => v.code === code);
  if (!van) return null;
  const [dx, dy] = { links: [-1, 0], rechts: [1, 0], omhoog: [0, -1], omlaag: [0, 1] }[richting];
  let beste: string | null = null;
  let besteScore = Infinity;
  for (const v of vormen) {
    if (v.code === code) continue;
    const vx = v.cx - van.cx;
    const vy = v.cy - van.cy;
    const afstand = Math.hypot(vx, vy);
    if (!afstand) continue;
    const cos = (vx * dx + vy * dy) / afstand;
    if (cos < 0.5) continue;
    const score = afstand * (1 + 2 * (1 - cos));
    if (score < besteScore || (score === besteScore && beste != null && v.code < beste)) {
      besteScore = score;
      beste = v.code;
    }
  }
  return beste;
}
