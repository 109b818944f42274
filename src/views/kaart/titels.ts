/**
 * What the three Kaart charts (map, gemeente next to its group, funnel) show around the chart:
 * title with the finding and the year, notes, description and table rows. Pure, unit-tested; the
 * group frame is also drawn on Vergelijken for gemeenten outside the study.
 */
import { TEKSTEN } from '../../lib/i18n/teksten';
import { formatGetal, formatPercentage, formatWaarde } from '../../lib/i18n/format';
import type { GrafiekMeta } from '../../lib/charts/types';
import type { Samenvatting, Referentiegroep, PeerContext } from '../../lib/model/peers/index.ts';
import type { TrechterEenheid, TrechterResultaat } from '../../lib/model/trechter/index.ts';
import { rangTekst } from '../../lib/model/vergelijking/titels';
import { methodeLabel, uitleg } from './gegevens.ts';
import { tk } from './teksten.ts';
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

const fmtMet = (i: KaartInvoer) => (v: number | null) => (v == null ? tk(i.taal).geen_waarde : formatWaarde(v, i.eenheid, i.taal));

export function kaartMeta(
  i: KaartInvoer,
  kaart: { waarden: ReadonlyMap<string, number | null>; naamVan: (c: string) => string; peers: ReadonlySet<string>; noten: string[] },
): GrafiekMeta {
  const T = tk(i.taal);
  const fmt = fmtMet(i);
  const zonder = [...kaart.waarden.values()].filter((v) => v == null).length;
  const rijen = [...kaart.waarden]
    .map(([c, w]) => ({ naam: kaart.naamVan(c), code: c, w }))
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
    .map((r) => ({ naam: r.naam, waarde: fmt(r.w), rol: r.code === i.gemeente ? T.rol_gekozen : kaart.peers.has(r.code) ? T.rol_peer : '' }));
  return {
    id: 'kaart',
    titel: i.som.waarde == null
      ? `${i.indicatorNaam} ${T.per_gemeente} (KWB 2021)`
      : T.kaart_titel(i.gemeenteNaam, fmt(i.som.waarde), rangTekst(i.som.rangLandelijk, i.taal)),
    ondertitel: `${i.indicatorNaam} · KWB 2021 · ${T.kaart_onder}`,
    bronregel: `${i.bronregel} · ${T.kaart_grenzen}`,
    noten: [T.indeling, ...(zonder ? [T.zonder_op_kaart(zonder)] : []), ...kaart.noten],
    beschrijving: T.kaart_beschr(kaart.waarden.size, i.indicatorNaam, i.gemeenteNaam, kaart.peers.size, !!i.som.rangLandelijk?.gedeeld),
    kolommen: [
      { sleutel: 'naam', label: T.kolom_gemeente },
      { sleutel: 'waarde', label: i.indicatorNaam, numeriek: true },
      { sleutel: 'rol', label: T.kolom_rol },
    ],
    rijen,
  };
}

/** "Zaltbommel (12,4 %) ligt boven het gemiddelde van de referentiegroep (11,0 %) in KWB 2021". */
export function groepTitel(i: KaartInvoer): string {
  const T = tk(i.taal);
  const fmt = fmtMet(i);
  const { waarde, gemiddelde } = i.som;
  if (waarde == null) return T.groep_geen(i.gemeenteNaam, i.indicatorNaam);
  if (gemiddelde == null) return `${i.gemeenteNaam}: ${fmt(waarde)} (KWB 2021)`;
  const richting = fmt(waarde) === fmt(gemiddelde) ? 'gelijk' : waarde > gemiddelde ? 'boven' : 'onder';
  return T.groep_titel(i.gemeenteNaam, fmt(waarde), richting, fmt(gemiddelde));
}

export function groepMeta(
  i: KaartInvoer,
  groep: Referentiegroep,
  ctx: PeerContext,
  extra: { waardeVan: (code: string) => number | null; bronregel: string; noten: string[] },
): GrafiekMeta {
  const T = tk(i.taal);
  const fmt = fmtMet(i);
  const s = i.som;
  const titel = groepTitel(i);
  return {
    id: 'groep',
    titel,
    ondertitel: `${i.indicatorNaam} · KWB 2021 · ${methodeLabel(groep.methode, i.taal)} (${groep.leden.length}) · ${T.hoogste}`,
    bronregel: extra.bronregel,
    noten: [uitleg(groep, ctx, i.taal), ...(s.ontbrekend ? [T.peers_zonder(s.ontbrekend)] : []), ...extra.noten],
    beschrijving: s.waarde == null || s.gemiddelde == null
      ? `${titel}.`
      : T.groep_beschr(i.gemeenteNaam, fmt(s.waarde), s.n, fmt(s.min), fmt(s.max), fmt(s.gemiddelde), fmt(s.mediaan),
          rangTekst(s.rangInGroep, i.taal), rangTekst(s.rangLandelijk, i.taal)),
    kolommen: [
      { sleutel: 'naam', label: T.kolom_gemeente },
      { sleutel: 'rol', label: T.kolom_rol },
      { sleutel: 'waarde', label: i.indicatorNaam, numeriek: true },
    ],
    rijen: [
      { naam: i.gemeenteNaam, rol: T.rol_gekozen, waarde: fmt(s.waarde) },
      ...groep.leden.map((l) => ({ naam: l.naam, rol: T.rol_peer, waarde: fmt(extra.waardeVan(l.code)) })),
      { naam: T.gemiddelde, rol: '', waarde: fmt(s.gemiddelde) },
      { naam: T.mediaan, rol: '', waarde: fmt(s.mediaan) },
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
  const T = tk(t.taal);
  const pct = (p: number) => trechterPct(p, t.taal);
  const eigen = r.eenheden.find((e) => e.code === t.gemeente);
  const titel = !eigen
    ? T.trechter_geen(t.gemeenteNaam)
    : eigen.p998 !== 'binnen'
      ? T.trechter_998(t.gemeenteNaam, T.positie[eigen.p998])
      : eigen.p95 !== 'binnen'
        ? T.trechter_95(t.gemeenteNaam, T.positie[eigen.p95])
        : T.trechter_binnen(t.gemeenteNaam);
  const naamPer = new Map(t.punten.map((p) => [p.code, p.naam]));
  return {
    id: 'trechter',
    titel,
    ondertitel: `${t.indicatorNaam} · KWB 2021 · ${T.trechter_onder} · ${T.landelijk} ${pct(r.p0)}`,
    bronregel: t.bronregel,
    noten: [T.schatting_noot, T.methode_noot, TEKSTEN[t.taal].hoog_niet_slecht, ...(r.uitgesloten.length ? [T.trechter_uitgesloten(r.uitgesloten.length)] : [])],
    beschrijving: T.trechter_beschr(r),
    kolommen: [
      { sleutel: 'naam', label: T.kolom_gemeente },
      { sleutel: 'p', label: '%', numeriek: true },
      { sleutel: 'n', label: T.kolom_jeugdigen, numeriek: true },
      { sleutel: 'p95', label: '95 %' },
      { sleutel: 'p998', label: T.grens_998 },
    ],
    rijen: [...r.eenheden]
      .sort((a, b) => (naamPer.get(a.code) ?? '').localeCompare(naamPer.get(b.code) ?? '', 'nl'))
      .map((e) => ({ naam: naamPer.get(e.code) ?? e.code, p: pct(e.p), n: formatGetal(Math.round(e.n), 0, t.taal), p95: T.positie[e.p95], p998: T.positie[e.p998] })),
  };
}
