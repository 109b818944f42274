// Turns the query answers into what each chart frame shows: title (the finding), table rows
// (exactly what the chart draws), notes, source line and description. Pure, unit-tested.
import type { GrafiekMeta } from '../../../lib/charts/types';
import { formatEuro, formatGetal, formatPercentage } from '../../../lib/i18n/format';
import { dunUit, lorenzUitBins, type LorenzPunt } from '../../../lib/model/kosten/lorenz';
import type { Categorie, Herkomst } from '../../../lib/model/casus/contract';
import { CATEGORIE_NAAM, TEKST } from './teksten';
import { TEKSTEN } from '../../../lib/i18n/teksten';
import { vul } from '../../../lib/i18n/vul';
import type { BinRij, CategorieRij, CurveRij, HellingRij, KlasseRij } from '../../../lib/db/kostenCasus';

import type { Taal } from '../../../lib/i18n/taal';

export interface Context {
  taal: Taal;
  datasetNaam: string;
  /** the dataset's citation (the publication, generator + seed, or file name + time) */
  bron: string;
  /** where in the publication (document and lines), for the frame's details toggle */
  bronDetails?: string;
  herkomst: Herkomst;
  datumsGeschat: boolean;
  /** too few cases to read a pattern from (published data, model/casus/bundel.ts teDun) */
  teDun?: boolean;
  /** the years the charts cover ("2022–2024", "ca. 2023–2024"), from casusPeriode; in every title */
  periode?: string;
  /** every case got an equal share of a printed total (CasusIndexDataset.gelijk_verdeeld) */
  gelijkVerdeeld?: boolean;
}

/**
 * An equal split has no spread or concentration of its own: the Lorenz curve and the distribution
 * would only draw our split. Their frames say so (title, description, note) and draw nothing.
 */
function gelijkVerdeeldMeta(meta: GrafiekMeta, c: Context): GrafiekMeta {
  const T = TEKSTEN[c.taal];
  return { ...meta, titel: metPeriode(T.helder_gelijk_titel, c), beschrijving: T.helder_gelijk_uitleg };
}

/**
 * The calendar years the charts cover: the years with costs in the dataset, narrowed by the
 * filter's from/to years. Estimated dates (the published Gouda cases) make it "ca. …".
 * '' when the dataset has no years (still loading).
 */
export function casusPeriode(jaren: readonly number[], filter: { jaarVan: number | null; jaarTot: number | null }, geschat: boolean, taal: Taal): string {
  const binnen = jaren.filter((j) => (filter.jaarVan == null || j >= filter.jaarVan) && (filter.jaarTot == null || j <= filter.jaarTot));
  if (!binnen.length) return '';
  const van = Math.min(...binnen);
  const tot = Math.max(...binnen);
  const periode = van === tot ? String(van) : `${van}–${tot}`;
  return geschat ? vul(TEKSTEN[taal].helder_periode_geschat, { periode }) : periode;
}

/** Title with the period it covers, so a chart read alone (export, embed) still says when. */
const metPeriode = (titel: string, c: Context) => (c.periode ? `${titel} (${c.periode})` : titel);

const pct = (v: number, taal: Taal) => formatPercentage(v * 100, 1, taal);

function basis(id: string, c: Context): Pick<GrafiekMeta, 'id' | 'bronregel' | 'bronDetails' | 'noten' | 'synthetisch' | 'eigenImport'> {
  const T = TEKST[c.taal];
  const noten: string[] = [T.spreiding];
  if (c.datumsGeschat) noten.push(T.geschat);
  if (c.teDun) noten.push(TEKSTEN[c.taal].casus_te_dun);
  if (c.herkomst === 'synthetisch') noten.push(T.synthNoot);
  if (c.herkomst === 'eigen_import') noten.push(T.eigenNoot);
  // a user's own case file never leaves the browser: no embed, and every export says whose data it is
  return {
    id, bronregel: `${T.bron}: ${c.bron} · ${T.bewerking}`, bronDetails: c.bronDetails || undefined, noten,
    synthetisch: c.herkomst === 'synthetisch', eigenImport: c.herkomst === 'eigen_import',
  };
}

export function curveMeta(rijen: CurveRij[], h: HellingRij | undefined, c: Context) {
  const T = TEKST[c.taal];
  const n = Number(rijen[0]?.n ?? 0);
  const punten = n ? rijen.map((r) => ({ t: Number(r.t), gemiddeld: Number(r.gemiddeld ?? 0), cumulatief: Number(r.cumulatief ?? 0) })) : [];
  const voor = n && h?.helling_voor != null ? Number(h.helling_voor) : null;
  const na = n && h?.helling_na != null ? Number(h.helling_na) : null;
  const e = (v: number | null) => formatEuro(v, 0, c.taal);
  const b = basis('kosten-curve', c);
  const meta: GrafiekMeta = {
    ...b,
    noten: [...b.noten, T.nulMaanden],
    titel: n ? metPeriode(T.curveTitel(e(voor), e(na)), c) : T.curveTitelLeeg,
    ondertitel: T.curveOnder(c.datasetNaam),
    beschrijving: n ? T.curveBeschr(formatGetal(n, 0, c.taal), e(punten[punten.length - 1]?.cumulatief ?? null), e(voor), e(na)) : T.curveTitelLeeg,
    kolommen: [{ sleutel: 't', label: T.kolT }, { sleutel: 'gemiddeld', label: T.kolGem, numeriek: true }, { sleutel: 'cumulatief', label: T.kolCum, numeriek: true }],
    rijen: punten.map((p) => ({ t: String(p.t), gemiddeld: e(p.gemiddeld), cumulatief: e(p.cumulatief) })),
  };
  return { meta, punten, hellingVoor: voor, hellingNa: na, n };
}

export function verdelingMeta(rijen: KlasseRij[], c: Context) {
  const T = TEKST[c.taal];
  const klassen = rijen.map((r) => ({ van: Number(r.klasse_van), n: Number(r.n), bedrag: Number(r.bedrag) }));
  const totN = klassen.reduce((s, k) => s + k.n, 0);
  const totB = klassen.reduce((s, k) => s + k.bedrag, 0);
  const label = (van: number) => `${formatGetal(van / 1000, 0, c.taal)}–${formatGetal((van + 5000) / 1000, 0, c.taal)}`;
  // smallest class bound below which at least half of the case-years fall
  let onder = 0;
  let mediaanGrens = 0;
  for (const k of klassen) {
    onder += k.n;
    if (onder >= totN / 2) {
      mediaanGrens = k.van + 5000;
      break;
    }
  }
  const grootste = klassen.reduce((a, k) => (k.n > (a?.n ?? -1) ? k : a), null as (typeof klassen)[number] | null);
  const meta: GrafiekMeta = {
    ...basis('kosten-verdeling', c),
    titel: totN ? metPeriode(T.verdTitel(formatEuro(mediaanGrens, 0, c.taal), formatGetal(onder, 0, c.taal), formatGetal(totN, 0, c.taal), onder > totN / 2), c) : T.geenData,
    ondertitel: T.verdOnder(c.datasetNaam),
    beschrijving: totN ? T.verdBeschr(formatGetal(totN, 0, c.taal), formatEuro(totB / totN, 0, c.taal), grootste ? `€ ${label(grootste.van)}k` : '–') : T.geenData,
    kolommen: [{ sleutel: 'klasse', label: `${T.kolKlasse} (× € ${formatGetal(1000, 0, c.taal)})` }, { sleutel: 'n', label: T.kolN, numeriek: true }, { sleutel: 'bedrag', label: T.kolBedrag, numeriek: true }],
    rijen: klassen.map((k) => ({ klasse: label(k.van), n: formatGetal(k.n, 0, c.taal), bedrag: formatEuro(k.bedrag, 0, c.taal) })),
  };
  if (c.gelijkVerdeeld && totN) return { meta: gelijkVerdeeldMeta(meta, c), klassen: [], totN: 0 };
  return { meta, klassen: klassen.map((k) => ({ label: label(k.van), n: k.n })), totN };
}

export function lorenzMeta(rijen: BinRij[], c: Context, top = 0.1) {
  const T = TEKST[c.taal];
  const l = lorenzUitBins(rijen.map((r) => ({ bin: Number(r.bin), n: Number(r.n), bedrag: Number(r.bedrag) })), top);
  // table: the curve at every 10 % of cases (nearest bin edge at or below)
  const tabel: LorenzPunt[] = [];
  for (let d = 1; d <= 10; d++) {
    let p: LorenzPunt = l.punten[0];
    for (const x of l.punten) if (x.aandeelCasussen <= d / 10 + 1e-9) p = x;
    if (!tabel.includes(p)) tabel.push(p);
  }
  const meta: GrafiekMeta = {
    ...basis('kosten-lorenz', c),
    noten: [...basis('kosten-lorenz', c).noten, T.lorBenadering],
    titel: l.n ? metPeriode(T.lorTitel(pct(l.aandeelTop, c.taal)), c) : T.geenData,
    ondertitel: T.lorOnder(c.datasetNaam),
    beschrijving: l.n ? T.lorBeschr(formatGetal(l.n, 0, c.taal), pct(l.aandeelTop, c.taal)) : T.geenData,
    kolommen: [{ sleutel: 'casussen', label: T.kolCas, numeriek: true }, { sleutel: 'geld', label: T.kolGeld, numeriek: true }],
    rijen: tabel.map((p) => ({ casussen: pct(p.aandeelCasussen, c.taal), geld: pct(p.aandeelKosten, c.taal) })),
  };
  // at most 200 points to draw: the bins are ≈ 1 % wide, the eye cannot tell more apart
  if (c.gelijkVerdeeld && l.n) return { meta: gelijkVerdeeldMeta(meta, c), punten: [], aandeelTop: l.aandeelTop, n: 0, totaal: l.totaal };
  return { meta, punten: dunUit(l.punten, 200), aandeelTop: l.aandeelTop, n: l.n, totaal: l.totaal };
}

export function categorieMeta(rijen: CategorieRij[], c: Context) {
  const T = TEKST[c.taal];
  const totaal = rijen.reduce((s, r) => s + Number(r.bedrag), 0);
  const lijst = rijen
    .map((r) => ({ cat: r.categorie, naam: CATEGORIE_NAAM[c.taal][r.categorie as Categorie] ?? r.categorie, bedrag: Number(r.bedrag) }))
    .sort((a, b) => b.bedrag - a.bedrag);
  const top = lijst[0];
  const benoemd = lijst.find((x) => x.cat !== 'overig');
  const overig = lijst.find((x) => x.cat === 'overig');
  const titel = !top || !(totaal > 0)
    ? T.geenData
    : top.cat !== 'overig'
      ? T.catTitel(top.naam, pct(top.bedrag / totaal, c.taal))
      : benoemd && benoemd.bedrag > 0
        ? T.catTitelOverig(benoemd.naam, pct(benoemd.bedrag / totaal, c.taal), pct((overig?.bedrag ?? 0) / totaal, c.taal))
        : T.catTitelAlleenOverig;
  const meta: GrafiekMeta = {
    ...basis('kosten-categorie', c),
    titel: totaal > 0 ? metPeriode(titel, c) : titel,
    ondertitel: T.catOnder(c.datasetNaam),
    beschrijving: top && totaal > 0 ? T.catBeschr(formatEuro(totaal, 0, c.taal), top.naam, formatEuro(top.bedrag, 0, c.taal)) : T.geenData,
    kolommen: [{ sleutel: 'categorie', label: T.kolCat }, { sleutel: 'bedrag', label: T.kolBedrag, numeriek: true }, { sleutel: 'aandeel', label: T.kolAandeel, numeriek: true }],
    rijen: lijst.map((x) => ({ categorie: x.naam, bedrag: formatEuro(x.bedrag, 0, c.taal), aandeel: pct(totaal ? x.bedrag / totaal : 0, c.taal) })),
  };
  return { meta, balken: lijst.map((x) => ({ label: x.naam, waarde: x.bedrag, tekst: formatEuro(x.bedrag, 0, c.taal) })), totaal };
}
