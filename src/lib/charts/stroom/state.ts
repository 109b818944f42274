/**
 * Layout for a small Sankey (flow) diagram, written here instead of adding d3-sankey: nodes sit
 * in columns (one per step), their height is the number of children, links are bands between
 * adjacent columns. Layout-free input (plain arrays) → positions; the Svelte component only draws.
 */
import { COMBI_TOESTANDEN, type CombiToestand } from '../../model/routes/toestand.ts';
import { combiLabel } from '../../model/routes/labels.ts';
import type { TransitieRij } from '../../model/routes/route.ts';
import type { Taal } from '../../i18n/taal';
import { tekst } from '../../i18n/teksten';

export interface SankeyKnoopInvoer {
  id: string;
  label: string;
  kolom: number;
  /** order within the column (lower = higher up); defaults to input order */
  volgorde?: number;
  /** children whose route ends here (not drawn as a link); adds to the outgoing links */
  eindigt?: number;
  kleur?: string;
  uitleg?: string;
}

export interface SankeyLinkInvoer {
  bron: string;
  doel: string;
  n: number;
}

export interface SankeyKnoop extends Required<Omit<SankeyKnoopInvoer, 'uitleg'>> {
  uitleg: string | null;
  /** height in children: max(in, out + ends) */
  waarde: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** children in and out along links */
  in: number;
  uit: number;
}

export interface SankeyLink extends SankeyLinkInvoer {
  id: string;
  breedte: number;
  /** centre of the band at the source and at the target */
  y0: number;
  y1: number;
  x0: number;
  x1: number;
  /** SVG path of the band's centre line; draw with stroke-width = breedte */
  pad: string;
  kleur: string;
}

export interface SankeyLayout {
  knopen: SankeyKnoop[];
  links: SankeyLink[];
  breedte: number;
  hoogte: number;
  /** pixels per child */
  schaal: number;
}

export interface SankeyOpties {
  breedte: number;
  hoogte: number;
  knoopBreedte?: number;
  tussenruimte?: number;
}

export function maakSankey(knopenIn: readonly SankeyKnoopInvoer[], linksIn: readonly SankeyLinkInvoer[], opt: SankeyOpties): SankeyLayout {
  const kb = opt.knoopBreedte ?? 12;
  const gap = opt.tussenruimte ?? 10;
  const perId = new Map<string, SankeyKnoop>();
  knopenIn.forEach((k, i) => {
    if (perId.has(k.id)) throw new Error(`Knoop "${k.id}" komt twee keer voor`);
    perId.set(k.id, {
      id: k.id, label: k.label, kolom: k.kolom, volgorde: k.volgorde ?? i, eindigt: k.eindigt ?? 0, waarde: 0,
      kleur: k.kleur ?? '#6b7280', uitleg: k.uitleg ?? null, x0: 0, x1: 0, y0: 0, y1: 0, in: 0, uit: 0,
    });
  });
  const links = linksIn.filter((l) => l.n > 0);
  for (const l of links) {
    const b = perId.get(l.bron);
    const d = perId.get(l.doel);
    if (!b || !d) throw new Error(`Link ${l.bron} → ${l.doel} verwijst naar een onbekende knoop`);
    if (d.kolom <= b.kolom) throw new Error(`Link ${l.bron} → ${l.doel} gaat niet naar rechts`);
    b.uit += l.n;
    d.in += l.n;
  }
  const knopen = [...perId.values()];
  for (const k of knopen) k.waarde = Math.max(k.in, k.uit + k.eindigt);
  const kolommen = [...new Set(knopen.map((k) => k.kolom))].sort((a, b) => a - b);
  const perKolom = kolommen.map((c) => knopen.filter((k) => k.kolom === c && k.waarde > 0).sort((a, b) => a.volgorde - b.volgorde));
  // one scale for all columns: the fullest column fills the height
  const schaal = Math.min(
    ...perKolom.map((ks) => {
      const som = ks.reduce((t, k) => t + k.waarde, 0);
      return som > 0 ? Math.max(0, opt.hoogte - gap * (ks.length - 1)) / som : Infinity;
    }),
  );
  const s = Number.isFinite(schaal) ? schaal : 0;
  const stap = kolommen.length > 1 ? (opt.breedte - kb) / (kolommen.length - 1) : 0;
  perKolom.forEach((ks, i) => {
    let y = 0;
    for (const k of ks) {
      k.x0 = i * stap;
      k.x1 = k.x0 + kb;
      k.y0 = y;
      k.y1 = y + k.waarde * s;
      y = k.y1 + gap;
    }
  });
  // stack bands: out of a node in target order, into a node in source order (fewer crossings)
  const uitOffset = new Map<string, number>();
  const inOffset = new Map<string, number>();
  const gesorteerd = [...links].sort((a, b) => {
    const ba = perId.get(a.bron)!, bb = perId.get(b.bron)!, da = perId.get(a.doel)!, db = perId.get(b.doel)!;
    return ba.y0 - bb.y0 || da.y0 - db.y0;
  });
  const uit: SankeyLink[] = [];
  for (const l of gesorteerd) {
    const b = perId.get(l.bron)!;
    const w = l.n * s;
    const y0 = b.y0 + (uitOffset.get(b.id) ?? 0) + w / 2;
    uitOffset.set(b.id, (uitOffset.get(b.id) ?? 0) + w);
    uit.push({ ...l, id: `${l.bron}→${l.doel}`, breedte: w, y0, y1: 0, x0: b.x1, x1: 0, pad: '', kleur: b.kleur });
  }
  for (const l of [...uit].sort((a, b) => perId.get(a.doel)!.y0 - perId.get(b.doel)!.y0 || perId.get(a.bron)!.y0 - perId.get(b.bron)!.y0)) {
    const d = perId.get(l.doel)!;
    l.y1 = d.y0 + (inOffset.get(d.id) ?? 0) + l.breedte / 2;
    inOffset.set(d.id, (inOffset.get(d.id) ?? 0) + l.breedte);
    l.x1 = d.x0;
    const xm = (l.x0 + l.x1) / 2;
    l.pad = `M${r(l.x0)},${r(l.y0)}C${r(xm)},${r(l.y0)} ${r(xm)},${r(l.y1)} ${r(l.x1)},${r(l.y1)}`;
  }
  return { knopen: perKolom.flat(), links: uit, breedte: opt.breedte, hoogte: opt.hoogte, schaal: s };
}

const r = (x: number) => Math.round(x * 10) / 10;

/** Colour-blind-safe colours (Okabe–Ito) per combined state; unknown stays grey. */
export const KLEUR_TOESTAND: Record<CombiToestand, string> = {
  OP_SCHOOL: '#009E73',
  DEELS_THUIS: '#E69F00',
  THUIS: '#D55E00',
  JEUGDPLEK: '#CC79A7',
  OOV: '#56B4E9',
  STAGE_WERK: '#0072B2',
  BUITEN_ONDERWIJS: '#4b5563',
  UITGESTROOMD: '#1e3a8a',
  ONBEKEND: '#9ca3af',
};

/**
 * Transition rows (route.ts / routes SQL) → Sankey input. Column k holds the states at step k;
 * a node's value includes the routes that end there, so every child is visible in column 0.
 */
export function uitTransities(rijen: readonly TransitieRij[]): { knopen: SankeyKnoopInvoer[]; links: SankeyLinkInvoer[] } {
  const knopen = new Map<string, SankeyKnoopInvoer>();
  const knoop = (stap: number, t: CombiToestand) => {
    const id = `${stap}:${t}`;
    if (!knopen.has(id)) {
      knopen.set(id, {
        id, ...combiLabel(t, 'nl'), kolom: stap, volgorde: COMBI_TOESTANDEN.indexOf(t),
        eindigt: 0, kleur: KLEUR_TOESTAND[t],
      });
    }
    return knopen.get(id)!;
  };
  const links: SankeyLinkInvoer[] = [];
  for (const r of rijen) {
    const b = knoop(r.stap, r.van);
    if (r.naar == null) b.eindigt = (b.eindigt ?? 0) + r.n;
    else links.push({ bron: b.id, doel: knoop(r.stap + 1, r.naar).id, n: r.n });
  }
  return { knopen: [...knopen.values()], links };
}

/** Aria/tooltip text for a link (Dutch by default). */
export function linkTekst(l: { n: number }, van: SankeyKnoop, naar: SankeyKnoop, aantal: (n: number) => string = String, taal: Taal = 'nl'): string {
  return tekst(taal, l.n === 1 ? 'tz_link_een' : 'tz_link', { n: aantal(l.n), van: van.label, stapVan: van.kolom + 1, naar: naar.label, stapNaar: naar.kolom + 1 });
}

export function knoopTekst(k: SankeyKnoop, aantal: (n: number) => string = String, taal: Taal = 'nl'): string {
  const delen = [tekst(taal, k.waarde === 1 ? 'tz_knoop_een' : 'tz_knoop', { label: k.label, stap: k.kolom + 1, n: aantal(k.waarde) })];
  if (k.in > 0) delen.push(tekst(taal, 'tz_kwamen_binnen', { waarde: aantal(k.in) }));
  if (k.uit > 0) delen.push(tekst(taal, 'tz_gingen_verder', { waarde: aantal(k.uit) }));
  if (k.eindigt > 0) delen.push(tekst(taal, 'tz_bleven_zo_tot_het_einde', { waarde: aantal(k.eindigt) }));
  const afgekapt = k.waarde - k.uit - k.eindigt;
  if (afgekapt > 0) delen.push(tekst(taal, 'tz_van_worden_latere_stappen_niet', { waarde: aantal(afgekapt) }));
  return delen.join('; ');
}
