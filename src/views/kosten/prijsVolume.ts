/**
 * What the price × volume chart of the study's gemeenten shows: the points (lasten per gebruiker
 * against users per 1.000 inhabitants, derived = lasten per inwoner ÷ lasten per gebruiker), the
 * iso-cost curves, the axis domains and the frame (title with the finding, table, notes, source).
 * Pure, unit-tested; the view only draws it.
 */
import type { SpreidingCurve, SpreidingPunt } from '../../lib/charts/spreiding/Spreiding.svelte';
import type { GrafiekMeta } from '../../lib/charts/types';
import type { KostenStudieRij } from '../../lib/db/sql/kostenGemeente';
import { isoKostenCurve, isoKostenNiveaus } from '../../lib/model/kosten/isokosten';
import { casusKosten, referentie } from '../../lib/model/kosten/decompositie';
import { bronregel, regelVerwijzing, type BronRij } from '../../lib/model/bron';
import { formatEuro, formatGetal } from '../../lib/i18n/format';
import { vertaler } from '../../lib/i18n/teksten';
import type { Taal } from '../../lib/i18n/taal';

export interface PrijsVolumeInvoer {
  rijen: KostenStudieRij[];
  gemeente: string;
  taal: Taal;
  bronnen: Map<string, BronRij>;
  kortNaam: (rij: KostenStudieRij) => string;
}

/** Users per 1.000 inhabitants, derived; null when either amount is missing. */
export const perDuizend = (r: { lasten_per_inwoner: number | null; lasten_per_gebruiker: number | null }) =>
  r.lasten_per_inwoner != null && r.lasten_per_gebruiker != null && r.lasten_per_gebruiker > 0
    ? (1000 * r.lasten_per_inwoner) / r.lasten_per_gebruiker : null;

const RANG = { gekozen: 0, referentie: 1, overig: 2, land: 3 } as const;

export function prijsVolume({ rijen, gemeente, taal, bronnen, kortNaam }: PrijsVolumeInvoer) {
  const T = vertaler(taal);
  const fmtX = (v: number) => formatGetal(v, 1, taal);
  const fmtY = (v: number) => formatEuro(v, 0, taal);
  const isCasus = rijen.some((r) => r.focus_code === gemeente && r.rol === 'gemeente');
  const peers = new Set(rijen.filter((r) => r.focus_code === gemeente && r.rol === 'referentie').map((r) => r.code));

  // every gemeente of the study once (a gemeente may appear in more than one set)
  const perCode = new Map<string, KostenStudieRij>();
  for (const r of rijen) if ((r.soort === 'gemeente' || r.code === 'NL01') && !perCode.has(r.code)) perCode.set(r.code, r);
  const eenheden = [...perCode.values()];
  const groep = (code: string): SpreidingPunt['groep'] =>
    code === 'NL01' ? 'land' : code === gemeente ? 'gekozen' : peers.has(code) ? 'referentie' : 'overig';
  const naam = (r: KostenStudieRij) => (r.code === 'NL01' ? T('kosten_nederland') : r.naam);

  const punten = eenheden.flatMap((r): SpreidingPunt[] => {
    const v = perDuizend(r);
    return v === null ? [] : [{ code: r.code, label: naam(r), x: v, y: r.lasten_per_gebruiker!, groep: groep(r.code) }];
  });
  const zonder = eenheden.filter((r) => perDuizend(r) === null);
  const xs = punten.map((p) => p.x);
  const ys = punten.map((p) => p.y);
  const domeinX: [number, number] = xs.length ? [Math.floor(Math.min(...xs) * 0.9), Math.ceil(Math.max(...xs) * 1.06)] : [0, 1];
  const domeinY: [number, number] = ys.length ? [Math.floor((Math.min(...ys) * 0.9) / 1000) * 1000, Math.ceil((Math.max(...ys) * 1.04) / 1000) * 1000] : [0, 1];

  // size class of the chosen case: only lasten per inwoner is printed, so it is a curve, not a point
  const klasse = isCasus ? rijen.find((r) => r.focus_code === gemeente && r.rol === 'grootteklasse' && r.lasten_per_inwoner != null) : undefined;
  const isoCurve = (l: number) => isoKostenCurve(l, domeinX[0] / 1000, domeinX[1] / 1000, 80).map((p) => ({ x: p.gebruikersPerInwoner * 1000, y: p.lastenPerGebruiker }));
  const ls = punten.map((p) => (p.x * p.y) / 1000);
  const curves: SpreidingCurve[] = !ls.length ? [] : [
    ...isoKostenNiveaus(Math.min(...ls) * 0.9, Math.max(...ls) * 1.1, 50).map((l): SpreidingCurve => ({
      id: `iso-${l}`, label: T('kosten_l_per_inwoner', { l: formatEuro(l, 0, taal) }), soort: 'iso', punten: isoCurve(l),
    })),
    ...(klasse ? [{ id: 'klasse', soort: 'klasse' as const, label: `${kortNaam(klasse)}: ${formatEuro(klasse.lasten_per_inwoner, 0, taal)}`, punten: isoCurve(klasse.lasten_per_inwoner!) }] : []),
  ];

  const gekozen = punten.find((p) => p.groep === 'gekozen');
  const ref = isCasus ? referentie(casusKosten(rijen, gemeente).referenties) : null;
  const titel = gekozen && ref
    ? T('kosten_pv_titel', {
      gemeente: gekozen.label,
      prijs: T(gekozen.y < ref.lastenPerGebruiker ? 'kosten_pv_lagere' : 'kosten_pv_hogere'),
      volume: T(gekozen.x < ref.gebruikersPerInwoner * 1000 ? 'kosten_pv_minder' : 'kosten_pv_meer'),
    })
    : T('kosten_prijs_volume_jeugdzorg_gemeenten');
  const rolNaam = { gekozen: T('gekozen_gemeente'), referentie: T('kosten_referentiegemeente'), overig: T('kosten_andere_studiegemeente'), land: T('kosten_nederland') };
  const getoond = eenheden.flatMap((r) => [r.bron_gebruiker, r.bron_inwoner].map((b) => ({ bron: b, periode: '2019JJ00', status: r.status })));
  const meta: GrafiekMeta = {
    id: 'kosten-spreiding',
    titel,
    ondertitel: T('kosten_lasten_per_gebruiker_tegen'),
    bronregel: bronregel(getoond, bronnen, { taal, bewerking: true }),
    bronDetails: regelVerwijzing(getoond, bronnen, taal) || undefined,
    noten: [
      T('kosten_lasten_iv3_taakvelden_6'),
      T('kosten_gebruikers_per_1_000_2'),
      ...zonder.filter((r) => r.soort === 'gemeente').map((r) => T('kosten_niet_in_grafiek', {
        naam: r.naam,
        gebruiker: T(r.lasten_per_inwoner == null ? 'kosten_mist_lasten_per_inwoner' : 'kosten_mist_lasten_per_gebruiker'),
        noot_inwoner: r.noot_inwoner ? T('kosten_bronnoot', { noot: r.noot_inwoner }) : '',
      })),
      ...(klasse ? [T('kosten_grootteklasse_heeft_alleen_lasten', { lasten_per_inwoner: formatEuro(klasse.lasten_per_inwoner, 0, taal) })] : []),
    ],
    beschrijving: (gekozen
      ? T('kosten_label_y_per_gebruiker', { label: gekozen.label, y: fmtY(gekozen.y), gekozen: fmtX(gekozen.x), y2: formatEuro((gekozen.x * gekozen.y) / 1000, 0, taal) })
      : '') + T('kosten_spreidingsdiagram_land_gemeenten_uit', { land: punten.length - (punten.some((p) => p.groep === 'land') ? 1 : 0) }),
    kolommen: [
      { sleutel: 'naam', label: T('gemeente') },
      { sleutel: 'rol', label: T('kosten_rol') },
      { sleutel: 'p', label: T('kosten_lasten_per_gebruiker_2'), numeriek: true },
      { sleutel: 'l', label: T('kosten_lasten_per_inwoner'), numeriek: true },
      { sleutel: 'v', label: T('kosten_gebruikers_per_1_000_3'), numeriek: true },
    ],
    rijen: [...eenheden]
      .sort((a, b) => RANG[groep(a.code)] - RANG[groep(b.code)] || a.naam.localeCompare(b.naam))
      .map((r) => ({
        naam: naam(r),
        rol: rolNaam[groep(r.code)],
        p: formatEuro(r.lasten_per_gebruiker, 0, taal),
        l: formatEuro(r.lasten_per_inwoner, 0, taal),
        v: perDuizend(r) === null ? '–' : fmtX(perDuizend(r)!),
      })),
  };
  return { punten, curves, domeinX, domeinY, meta, fmtX, fmtY };
}
