/**
 * What the three Kaart charts (map, gemeente next to its group, funnel) show around the chart:
 * title with the finding and the year, notes, description and table rows. Pure, unit-tested; the
 * group frame is also drawn on Vergelijken for gemeenten outside the study.
 */
import { tekst, vertaler } from '../../lib/i18n/teksten';
import { formatGetal, formatPercentage, formatWaarde } from '../../lib/i18n/format';
import type { GrafiekMeta } from '../../lib/charts/types';
import { methodeLabel, type Samenvatting, type Referentiegroep } from '../../lib/model/peers/index.ts';
import type { TrechterEenheid, TrechterResultaat } from '../../lib/model/trechter/index.ts';
import { rangTekst } from '../../lib/model/vergelijking/titels';
import { trechterUitleg } from '../../lib/model/trechter/index.ts';
import type { Taal } from '../../lib/i18n/taal';

/** What all three frames need: the gemeente, the indicator and its values. */
export interface KaartInvoer {
  taal: Taal;
  gemeente: string;
  /** Display name of the chosen gemeente. */
  gemeenteNaam: string;
  indicatorNaam: string;
  eenheid: string;
  som: Samenvatting;
  /** The source line of the indicator ("Bron: …"). */
  bronregel: string;
}

const fmtMet = (i: KaartInvoer) => (v: number | null) => (v == null ? tekst(i.taal, 'kaart_geen_waarde') : formatWaarde(v, i.eenheid, i.taal));

export function kaartMeta(
  i: KaartInvoer,
  kaart: { waarden: ReadonlyMap<string, number | null>; naamVan: (c: string) => string; peers: ReadonlySet<string>; noten: string[] },
): GrafiekMeta {
  const T = vertaler(i.taal);
  const fmt = fmtMet(i);
  const zonder = [...kaart.waarden.values()].filter((v) => v == null).length;
  const rijen = [...kaart.waarden]
    .map(([c, w]) => ({ naam: kaart.naamVan(c), code: c, w }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((r) => ({ naam: r.naam, waarde: fmt(r.w), rol: r.code === i.gemeente ? T('kaart_rol_gekozen') : kaart.peers.has(r.code) ? T('kaart_rol_peer') : '' }));
  return {
    id: 'kaart',
    titel: i.som.waarde == null
      ? `${i.indicatorNaam} ${T('kaart_per_gemeente')} (KWB 2021)`
      : T('kaart_kaart_titel', { g: i.gemeenteNaam, w: fmt(i.som.waarde), rang: rangTekst(i.som.rangLandelijk, i.taal) }),
    ondertitel: `${i.indicatorNaam} · KWB 2021 · ${T('kaart_kaart_onder')}`,
    bronregel: `${i.bronregel} · ${T('kaart_kaart_grenzen')}`,
    noten: [T('kaart_indeling'), ...(zonder ? [T('kaart_zonder_op_kaart', { n: zonder })] : []), ...kaart.noten],
    beschrijving: T('kaart_kaart_beschr', {
      n: kaart.waarden.size, ind: i.indicatorNaam.toLowerCase(), g: i.gemeenteNaam,
      peers: kaart.peers.size ? T('kaart_kaart_beschr_peers', { n: kaart.peers.size }) : '',
      rang: T(i.som.rangLandelijk?.gedeeld ? 'kaart_rang_gedeeld' : 'kaart_rang_gelijk'),
    }),
    kolommen: [
      { sleutel: 'naam', label: T('kaart_kolom_gemeente') },
      { sleutel: 'waarde', label: i.indicatorNaam, numeriek: true },
      { sleutel: 'rol', label: T('kaart_kolom_rol') },
    ],
    rijen,
  };
}

/** "Zaltbommel (12,4 %) ligt boven het gemiddelde van de referentiegroep (11,0 %) in KWB 2021". */
export function groepTitel(i: KaartInvoer): string {
  const T = vertaler(i.taal);
  const fmt = fmtMet(i);
  const { waarde, gemiddelde } = i.som;
  if (waarde == null) return T('kaart_groep_geen', { g: i.gemeenteNaam, ind: i.indicatorNaam.toLowerCase() });
  if (gemiddelde == null) return `${i.gemeenteNaam}: ${fmt(waarde)} (KWB 2021)`;
  const richting = fmt(waarde) === fmt(gemiddelde) ? 'gelijk' : waarde > gemiddelde ? 'boven' : 'onder';
  return T('kaart_groep_titel', { g: i.gemeenteNaam, w: fmt(waarde), richting: T(`kaart_richting_${richting}`), gem: fmt(gemiddelde) });
}

export function groepMeta(
  i: KaartInvoer,
  groep: Referentiegroep,
  extra: { waardeVan: (code: string) => number | null; bronregel: string; noten: string[] },
): GrafiekMeta {
  const T = vertaler(i.taal);
  const fmt = fmtMet(i);
  const s = i.som;
  const titel = groepTitel(i);
  return {
    id: 'groep',
    titel,
    ondertitel: `${i.indicatorNaam} · KWB 2021 · ${methodeLabel(groep.methode, i.taal)} (${groep.leden.length}) · ${T('kaart_hoogste')}`,
    bronregel: extra.bronregel,
    noten: [groep.uitleg, ...(s.ontbrekend ? [T('kaart_peers_zonder', { n: s.ontbrekend })] : []), ...extra.noten],
    beschrijving: s.waarde == null || s.gemiddelde == null
      ? `${titel}.`
      : T('kaart_groep_beschr', { g: i.gemeenteNaam, w: fmt(s.waarde), n: s.n, min: fmt(s.min), max: fmt(s.max), gem: fmt(s.gemiddelde), med: fmt(s.mediaan), rg: rangTekst(s.rangInGroep, i.taal), rl: rangTekst(s.rangLandelijk, i.taal) }),
    kolommen: [
      { sleutel: 'naam', label: T('kaart_kolom_gemeente') },
      { sleutel: 'rol', label: T('kaart_kolom_rol') },
      { sleutel: 'waarde', label: i.indicatorNaam, numeriek: true },
    ],
    rijen: [
      { naam: i.gemeenteNaam, rol: T('kaart_rol_gekozen'), waarde: fmt(s.waarde) },
      ...groep.leden.map((l) => ({ naam: l.naam, rol: T('kaart_rol_peer'), waarde: fmt(extra.waardeVan(l.code)) })),
      { naam: T('kaart_gemiddelde'), rol: '', waarde: fmt(s.gemiddelde) },
      { naam: T('kaart_mediaan'), rol: '', waarde: fmt(s.mediaan) },
    ],
  };
}

export const trechterPct = (p: number, taal: Taal) => formatPercentage(p * 100, 1, taal);

export function trechterMeta(
  r: TrechterResultaat,
  t: {
    taal: Taal;
    gemeente: string;
    gemeenteNaam: string;
    punten: readonly (TrechterEenheid & { naam: string })[];
    indicatorNaam: string;
    bronregel: string;
  },
): GrafiekMeta {
  const T = vertaler(t.taal);
  const pct = (p: number) => trechterPct(p, t.taal);
  const eigen = r.eenheden.find((e) => e.code === t.gemeente);
  const titel = !eigen
    ? T('kaart_trechter_geen', { g: t.gemeenteNaam })
    : eigen.p998 !== 'binnen'
      ? T('kaart_trechter_998', { g: t.gemeenteNaam, pos: T(`kaart_positie_${eigen.p998}`) })
      : eigen.p95 !== 'binnen'
        ? T('kaart_trechter_95', { g: t.gemeenteNaam, pos: T(`kaart_positie_${eigen.p95}`) })
        : T('kaart_trechter_binnen', { g: t.gemeenteNaam });
  const naamPer = new Map(t.punten.map((p) => [p.code, p.naam]));
  return {
    id: 'trechter',
    titel,
    ondertitel: `${t.indicatorNaam} · KWB 2021 · ${T('kaart_trechter_onder')} · ${T('kaart_landelijk')} ${pct(r.p0)}`,
    bronregel: t.bronregel,
    noten: [T('kaart_schatting_noot'), T('kaart_methode_noot'), T('hoog_niet_slecht'), ...(r.uitgesloten.length ? [T('kaart_trechter_uitgesloten', { n: r.uitgesloten.length })] : [])],
    beschrijving: trechterUitleg(r, t.taal),
    kolommen: [
      { sleutel: 'naam', label: T('kaart_kolom_gemeente') },
      { sleutel: 'p', label: '%', numeriek: true },
      { sleutel: 'n', label: T('kaart_kolom_jeugdigen'), numeriek: true },
      { sleutel: 'p95', label: '95 %' },
      { sleutel: 'p998', label: T('kaart_grens_998') },
    ],
    rijen: [...r.eenheden]
      .sort((a, b) => (naamPer.get(a.code) ?? '').localeCompare(naamPer.get(b.code) ?? '', 'nl'))
      .map((e) => ({ naam: naamPer.get(e.code) ?? e.code, p: pct(e.p), n: formatGetal(Math.round(e.n), 0, t.taal), p95: T(`kaart_positie_${e.p95}`), p998: T(`kaart_positie_${e.p998}`) })),
  };
}
