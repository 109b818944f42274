// Which bundled figures (kengetallen.csv ids) each part of the Doorbraak page shows, and small pure
// helpers around them. The page reads figures only through `kies`, so a unit test can check every
// page figure against the CSV.
import type { DoorbraakBundel, DoorbraakGemeente, Kengetal } from './typen.ts';

export const FIGUREN = {
  zwolle: {
    voorkomen: 'zwolle:voorkomen', perCasus: 'zwolle:per_casus', jb: 'zwolle:voorkomen_jb', overig: 'zwolle:voorkomen_overig',
    n30: 'zwolle:opschaling_30', n40: 'zwolle:opschaling_40', a30: 'zwolle:opschaling_30_afgeleid', a40: 'zwolle:opschaling_40_afgeleid',
    kba: 'zwolle:casussen_kba', casussen: 'zwolle:casussen',
  },
  tilburg: {
    landelijk: 'tilburg:landelijk', rachel: 'tilburg:rachel', perGezin: 'tilburg:per_gezin', alternatief: 'tilburg:alternatief',
    uren: 'tilburg:rachel_uren', doelgroep: 'tilburg:doelgroep', verschil: 'tilburg:besparing_per_gezin',
  },
  nijmegen: {
    zbo3: 'nijmegen:zbo_3', zboTekst: 'nijmegen:zbo_tekst', perKind: 'nijmegen:zbo_per_kind', halve: 'nijmegen:halve_fte',
    kwart: 'nijmegen:kwart_fte', fte: 'nijmegen:fte', besparing: 'nijmegen:besparing', urenWeek: 'nijmegen:uren_per_week',
    weken: 'nijmegen:schoolweken', uren3: 'nijmegen:uren_3', fteUren: 'nijmegen:fte_uren',
  },
  nijkerk: {
    minHuidig: 'nijkerk:18min_huidig', minDreigend: 'nijkerk:18min_dreigend', plusHuidig: 'nijkerk:18plus_huidig',
    plusDreigend: 'nijkerk:18plus_dreigend', minVerschil: 'nijkerk:18min_verschil', plusVerschil: 'nijkerk:18plus_verschil',
    tekst: 'nijkerk:verschil_tekst', investering: 'nijkerk:investering_20', perJongere: 'nijkerk:investering_per_jaar',
    besparing: 'nijkerk:besparing_20', netto: 'nijkerk:netto_20',
  },
  gouda: { voor: 'gouda:thijn_voor', na: 'gouda:thijn_na' },
  budget: {
    perGemeente: 'ipw:maatwerkbudget_per_gemeente', begroot: 'ipw:maatwerkbudget_begroot', gebruikt: 'ipw:maatwerkbudget_gebruikt',
    pct: 'ipw:maatwerkbudget_pct', casussen: 'ipw:casussen',
  },
} as const;

export type Groep = keyof typeof FIGUREN;
export type Figuren<G extends Groep> = { [K in keyof (typeof FIGUREN)[G]]: Kengetal };

/** The figures of one page part; throws when the bundle lacks one (the build validated it). */
export function kies<G extends Groep>(b: DoorbraakBundel, groep: G): Figuren<G> {
  const per = new Map(b.kengetallen.map((k) => [k.id, k]));
  const uit: Record<string, Kengetal> = {};
  for (const [sleutel, id] of Object.entries(FIGUREN[groep])) {
    const k = per.get(id);
    if (!k) throw new Error(`kengetal ${id} ontbreekt in de gegevens van de Doorbraak-pagina`);
    uit[sleutel] = k;
  }
  return uit as Figuren<G>;
}

/** Line numbers of the figures shown, merged and sorted: "269, 275, 486". */
export function regelsVan(ks: readonly Kengetal[] | readonly string[]): string {
  const delen = ks.flatMap((k) => (typeof k === 'string' ? k : k.regel).split(/\s+/)).filter(Boolean);
  const gezien = new Set<string>();
  const sleutels: { van: number; tekst: string }[] = [];
  for (const d of delen) {
    const m = /^L(\d+)(?:-(\d+))?$/.exec(d);
    if (!m) continue;
    const tekst = m[2] ? `${m[1]}–${m[2]}` : m[1];
    if (gezien.has(tekst)) continue;
    gezien.add(tekst);
    sleutels.push({ van: Number(m[1]), tekst });
  }
  return sleutels.sort((a, b) => a.van - b.van).map((s) => s.tekst).join(', ');
}

/** The scale-up as the report's rule, labelled derived on the page: N × saving per case. */
export function opschaling(perCasus: number, n: number): number {
  return n * perCasus;
}

/** Number of cases as the report gives it: a count, or its own word ("enkele") when it gives none. */
export function casussen(b: DoorbraakBundel, g: DoorbraakGemeente): { aantal: number | null; woord: string; regel: string } {
  const k = g.casussen_kengetal ? b.kengetallen.find((x) => x.id === g.casussen_kengetal) : undefined;
  return k ? { aantal: k.waarde, woord: '', regel: k.regel } : { aantal: null, woord: g.casussen_tekst, regel: g.regel };
}
