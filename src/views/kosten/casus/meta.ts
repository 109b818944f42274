// Turns the query answers into what each chart frame shows: title (the finding), table rows
// (exactly what the chart draws), notes, source line and description. Pure, unit-tested.
import type { GrafiekMeta } from '../../../lib/charts/types';
import { formatEuro, formatGetal, formatPercentage } from '../../../lib/i18n/format';
import { dunUit, lorenzUitBins, type LorenzPunt } from '../../../lib/model/kosten/lorenz';
import type { Categorie, Herkomst } from '../../../lib/model/casus/contract';
import { tekst, vertaler, type TekstSleutel } from '../../../lib/i18n/teksten';
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
  const T = vertaler(c.taal);
  return { ...meta, titel: metPeriode(T('helder_gelijk_titel'), c), beschrijving: T('helder_gelijk_uitleg') };
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
  return geschat ? tekst(taal, 'helder_periode_geschat', { periode }) : periode;
}

/** Title with the period it covers, so a chart read alone (export, embed) still says when. */
const metPeriode = (titel: string, c: Context) => (c.periode ? `${titel} (${c.periode})` : titel);

const CATEGORIE_SLEUTEL: Record<Categorie, TekstSleutel> = {
  ambulant: 'kc_categorie_ambulant', dagbesteding: 'kc_categorie_dagbesteding', kolb: 'kc_categorie_kolb', specialistisch: 'kc_categorie_specialistisch', verblijf: 'kc_categorie_verblijf',
  wijkteam: 'kc_categorie_wijkteam', onderwijs_regulier: 'kc_categorie_onderwijs_regulier', onderwijs_speciaal: 'kc_categorie_onderwijs_speciaal', overig: 'kc_categorie_overig',
};
/** A cost category's name; a category outside the contract (own file) shows as written. */
const categorieNaam = (cat: string, taal: Taal) => (Object.hasOwn(CATEGORIE_SLEUTEL, cat) ? tekst(taal, CATEGORIE_SLEUTEL[cat as Categorie]) : cat);

const pct = (v: number, taal: Taal) => formatPercentage(v * 100, 1, taal);

function basis(id: string, c: Context): Pick<GrafiekMeta, 'id' | 'bronregel' | 'bronDetails' | 'noten' | 'synthetisch' | 'eigenImport'> {
  const T = vertaler(c.taal);
  const noten: string[] = [T('kc_spreiding')];
  if (c.datumsGeschat) noten.push(T('kc_geschat'));
  if (c.teDun) noten.push(T('casus_te_dun'));
  if (c.herkomst === 'synthetisch') noten.push(T('kc_synth_noot'));
  if (c.herkomst === 'eigen_import') noten.push(T('kc_eigen_noot'));
  // a user's own case file never leaves the browser: no embed, and every export says whose data it is
  return {
    id, bronregel: `${T('kc_bron')}: ${c.bron} · ${T('kc_bewerking')}`, bronDetails: c.bronDetails || undefined, noten,
    synthetisch: c.herkomst === 'synthetisch', eigenImport: c.herkomst === 'eigen_import',
  };
}

export function curveMeta(rijen: CurveRij[], h: HellingRij | undefined, c: Context) {
  const T = vertaler(c.taal);
  const n = Number(rijen[0]?.n ?? 0);
  const punten = n ? rijen.map((r) => ({ t: Number(r.t), gemiddeld: Number(r.gemiddeld ?? 0), cumulatief: Number(r.cumulatief ?? 0) })) : [];
  const voor = n && h?.helling_voor != null ? Number(h.helling_voor) : null;
  const na = n && h?.helling_na != null ? Number(h.helling_na) : null;
  const e = (v: number | null) => formatEuro(v, 0, c.taal);
  const b = basis('kosten-curve', c);
  const meta: GrafiekMeta = {
    ...b,
    noten: [...b.noten, T('kc_nul_maanden')],
    titel: n ? metPeriode(T('kc_curve_titel', { v: e(voor), n: e(na) }), c) : T('kc_curve_titel_leeg'),
    ondertitel: T('kc_curve_onder', { d: c.datasetNaam }),
    beschrijving: n ? T('kc_curve_beschr', { n: formatGetal(n, 0, c.taal), c: e(punten[punten.length - 1]?.cumulatief ?? null), v: e(voor), na: e(na) }) : T('kc_curve_titel_leeg'),
    kolommen: [{ sleutel: 't', label: T('kc_kol_t') }, { sleutel: 'gemiddeld', label: T('kc_kol_gem'), numeriek: true }, { sleutel: 'cumulatief', label: T('kc_kol_cum'), numeriek: true }],
    rijen: punten.map((p) => ({ t: String(p.t), gemiddeld: e(p.gemiddeld), cumulatief: e(p.cumulatief) })),
  };
  return { meta, punten, hellingVoor: voor, hellingNa: na, n };
}

export function verdelingMeta(rijen: KlasseRij[], c: Context) {
  const T = vertaler(c.taal);
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
    titel: totN ? metPeriode(T(onder > totN / 2 ? 'kc_verd_titel_meeste' : 'kc_verd_titel_helft', { m: formatEuro(mediaanGrens, 0, c.taal), onder: formatGetal(onder, 0, c.taal), n: formatGetal(totN, 0, c.taal) }), c) : T('kc_geen_data'),
    ondertitel: T('kc_verd_onder', { d: c.datasetNaam }),
    beschrijving: totN ? T('kc_verd_beschr', { n: formatGetal(totN, 0, c.taal), g: formatEuro(totB / totN, 0, c.taal), m: grootste ? `€ ${label(grootste.van)}k` : '–' }) : T('kc_geen_data'),
    kolommen: [{ sleutel: 'klasse', label: `${T('kc_kol_klasse')} (× € ${formatGetal(1000, 0, c.taal)})` }, { sleutel: 'n', label: T('kc_kol_n'), numeriek: true }, { sleutel: 'bedrag', label: T('kc_kol_bedrag'), numeriek: true }],
    rijen: klassen.map((k) => ({ klasse: label(k.van), n: formatGetal(k.n, 0, c.taal), bedrag: formatEuro(k.bedrag, 0, c.taal) })),
  };
  if (c.gelijkVerdeeld && totN) return { meta: gelijkVerdeeldMeta(meta, c), klassen: [], totN: 0 };
  return { meta, klassen: klassen.map((k) => ({ label: label(k.van), n: k.n })), totN };
}

/**
 * `wacht`: the answer could not hold this curve yet (a bundle's interval cube is still loading),
 * so title and description say that instead of "no data".
 */
export function lorenzMeta(rijen: BinRij[], c: Context, top = 0.1, wacht = false) {
  const T = vertaler(c.taal);
  if (wacht) rijen = [];
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
    noten: [...basis('kosten-lorenz', c).noten, T('kc_lor_benadering')],
    titel: l.n ? metPeriode(T('kc_lor_titel', { p: pct(l.aandeelTop, c.taal) }), c) : T(wacht ? 'kc_lor_wacht' : 'kc_geen_data'),
    ondertitel: T('kc_lor_onder', { d: c.datasetNaam }),
    beschrijving: l.n ? T('kc_lor_beschr', { n: formatGetal(l.n, 0, c.taal), p: pct(l.aandeelTop, c.taal) }) : T(wacht ? 'kc_lor_wacht' : 'kc_geen_data'),
    kolommen: [{ sleutel: 'casussen', label: T('kc_kol_cas'), numeriek: true }, { sleutel: 'geld', label: T('kc_kol_geld'), numeriek: true }],
    rijen: tabel.map((p) => ({ casussen: pct(p.aandeelCasussen, c.taal), geld: pct(p.aandeelKosten, c.taal) })),
  };
  // at most 200 points to draw: the bins are ≈ 1 % wide, the eye cannot tell more apart
  if (c.gelijkVerdeeld && l.n) return { meta: gelijkVerdeeldMeta(meta, c), punten: [], aandeelTop: l.aandeelTop, n: 0, totaal: l.totaal, wacht };
  return { meta, punten: dunUit(l.punten, 200), aandeelTop: l.aandeelTop, n: l.n, totaal: l.totaal, wacht };
}

export function categorieMeta(rijen: CategorieRij[], c: Context) {
  const T = vertaler(c.taal);
  const totaal = rijen.reduce((s, r) => s + Number(r.bedrag), 0);
  const lijst = rijen
    .map((r) => ({ cat: r.categorie, naam: categorieNaam(r.categorie, c.taal), bedrag: Number(r.bedrag) }))
    .sort((a, b) => b.bedrag - a.bedrag);
  const top = lijst[0];
  const benoemd = lijst.find((x) => x.cat !== 'overig');
  const overig = lijst.find((x) => x.cat === 'overig');
  const titel = !top || !(totaal > 0)
    ? T('kc_geen_data')
    : top.cat !== 'overig'
      ? T('kc_cat_titel', { c: top.naam, p: pct(top.bedrag / totaal, c.taal) })
      : benoemd && benoemd.bedrag > 0
        ? T('kc_cat_titel_overig', { c: benoemd.naam, p: pct(benoemd.bedrag / totaal, c.taal), o: pct((overig?.bedrag ?? 0) / totaal, c.taal) })
        : T('kc_cat_titel_alleen_overig');
  const meta: GrafiekMeta = {
    ...basis('kosten-categorie', c),
    titel: totaal > 0 ? metPeriode(titel, c) : titel,
    ondertitel: T('kc_cat_onder', { d: c.datasetNaam }),
    beschrijving: top && totaal > 0 ? T('kc_cat_beschr', { t: formatEuro(totaal, 0, c.taal), c: top.naam, p: formatEuro(top.bedrag, 0, c.taal) }) : T('kc_geen_data'),
    kolommen: [{ sleutel: 'categorie', label: T('kc_kol_cat') }, { sleutel: 'bedrag', label: T('kc_kol_bedrag'), numeriek: true }, { sleutel: 'aandeel', label: T('kc_kol_aandeel'), numeriek: true }],
    rijen: lijst.map((x) => ({ categorie: x.naam, bedrag: formatEuro(x.bedrag, 0, c.taal), aandeel: pct(totaal ? x.bedrag / totaal : 0, c.taal) })),
  };
  return { meta, balken: lijst.map((x) => ({ label: x.naam, waarde: x.bedrag, tekst: formatEuro(x.bedrag, 0, c.taal) })), totaal };
}
