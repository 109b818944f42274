// Titles, descriptions and table rows of the Vergelijken charts (the study's four charts and the
// all-gemeenten strip). Pure: the view passes the query answers, this returns what each chart frame
// shows. Titles say the finding with its year; index charts say they compare growth, not levels;
// a shared rank says so.
import { tekst, vertaler, type TekstSleutel } from '../../i18n/teksten';
import { formatGetal, formatPercentage, formatPeriode, formatWaarde, formatter } from '../../i18n/format';
import { beschrijfIndexverandering, beschrijfRang, beschrijfVergelijking, type Eenheid as BEenheid } from '../beschrijving';
import { bronregel, regelVerwijzing, type BronRij } from '../bron';
import type { GrafiekMeta, TabelRij } from '../../charts/types';
import type { StripRij } from '../../db/vragen';
import type { IndicatorMeta } from './meta';
import { stripGroep, type Strip } from './strip';
import { referentieGemiddelde, sleutel, verschilMetGemiddelde, type Eenheid, type Reekspunt } from './vergelijking';
import type { Taal } from '../../i18n/taal';
import { dataInTaal } from '../../i18n/taal';
import { klasseGrenzen } from '../peers/kenmerken';

/** The first and last period an index compares ("2017→2019"), per index indicator. */
export const INDEX_PERIODEN: Record<string, { basis: string; laatste: string; basisLabel: 'index_basis_begroting' | 'index_basis_hj' }> = {
  index_lasten_per_inwoner: { basis: '2017', laatste: '2019', basisLabel: 'index_basis_begroting' },
  index_jeugdhulp_zonder_verblijf: { basis: '2017', laatste: '2020', basisLabel: 'index_basis_hj' },
};

/**
 * A unit's name for charts: a size class is named from the bounds its code carries (GK_20_50K,
 * GKA_250K_PLUS) in the UI language; any other unit keeps its name.
 */
export function kortNaam(eenheid: { code: string; naam: string }, taal: Taal = 'nl'): string {
  const grenzen = klasseGrenzen(eenheid.code);
  if (!grenzen) return eenheid.naam;
  const getal = (v: number) => formatGetal(v, 0, taal);
  const { van, tot } = grenzen;
  if (tot === Infinity) return tekst(taal, 'peer_klasse_plus', { van: getal(van) });
  // "Minder dan 5.000 inwoners" starts a label: a capital
  const uit = van === 0 ? tekst(taal, 'peer_klasse_minder', { tot: getal(tot) }) : tekst(taal, 'peer_klasse_streep', { van: getal(van), tot: getal(tot) });
  return uit.charAt(0).toUpperCase() + uit.slice(1);
}

const EENHEID_SLEUTEL: Record<string, TekstSleutel> = {
  euro: 'eenheid_euro', procent: 'eenheid_procent', index: 'eenheid_index', deciel: 'eenheid_deciel',
  aantal: 'eenheid_aantal', klasse: 'eenheid_klasse', x1000_euro: 'eenheid_x1000_euro', per_1000: 'eenheid_per_1000',
};

/** Indicator names and units in the chosen language, from the indicator catalogue. */
export class Indicatoren {
  constructor(private readonly map: ReadonlyMap<string, IndicatorMeta>, readonly taal: Taal) {}
  naam(code: string): string {
    const m = this.map.get(code);
    return (m ? dataInTaal(this.taal, m.naam_nl, m.naam_en) : null) ?? code;
  }
  /** The name as it reads inside a sentence ("lasten jeugdzorg per gebruiker"). */
  klein(code: string): string {
    const n = this.naam(code);
    return n.charAt(0).toLowerCase() + n.slice(1);
  }
  eenheid(code: string): string {
    return this.map.get(code)?.eenheid ?? '';
  }
  eenheidLabel(code: string): string {
    const e = this.eenheid(code);
    return EENHEID_SLEUTEL[e] ? tekst(this.taal, EENHEID_SLEUTEL[e]) : e;
  }
  /** The unit as the description sentences know it. */
  zinEenheid(code: string): BEenheid {
    const e = this.eenheid(code);
    return e === 'euro' || e === 'procent' || e === 'index' ? e : 'aantal';
  }
}

export interface StudieTitelInvoer {
  taal: Taal;
  gemeente: string;
  indicator: string;
  /** Name in a sentence, lower case ("lasten jeugdzorg per gebruiker"). */
  indicatorLabel: string;
  periode: string;
  eigen: number | null;
  gemiddelde: number | null;
}

/**
 * "Deventer: lasten per gebruiker 2019 23 % lager dan gemiddeld bij de referentiegemeenten";
 * for an index: "Deventer: groei 2017→2019 van lasten per inwoner: index 112 tegen 95 gemiddeld
 * bij de referentiegemeenten" — an index compares growth since its base year, not levels.
 */
export function studieTitel(inv: StudieTitelInvoer): string {
  const T = vertaler(inv.taal);
  const jaar = formatPeriode(inv.periode, inv.taal);
  const index = INDEX_PERIODEN[inv.indicator];
  if (index) {
    // the catalogue name repeats the base ("(… begroting 2017 = 100)"); the title says the years itself
    const wat = inv.indicatorLabel.replace(/^index (of )?/i, '').replace(/\s*\(.*\)$/, '');
    const groei = `${inv.gemeente}: ${T('groei')} ${index.basis}→${index.laatste} (${wat})`;
    if (inv.eigen === null) return `${groei}: ${T('geen_waarde')}`;
    if (inv.gemiddelde === null) return `${groei}: index ${formatGetal(inv.eigen, 0, inv.taal)}`;
    return `${groei}: index ${formatGetal(inv.eigen, 0, inv.taal)} ${T('tegen')} ${formatGetal(inv.gemiddelde, 0, inv.taal)} ${T('gemiddeld_bij_referenties')}`;
  }
  const kern = `${inv.gemeente}: ${inv.indicatorLabel} ${jaar}`;
  const verschil = verschilMetGemiddelde(inv.eigen, inv.gemiddelde);
  if (inv.eigen === null) return `${kern}: ${T('geen_waarde')}`;
  if (verschil === null) return kern;
  if (Math.round(verschil) === 0) return `${kern} ${T('gelijk_aan_referenties')}`;
  return `${kern} ${formatPercentage(Math.abs(verschil), 0, inv.taal)} ${verschil < 0 ? T('lager') : T('hoger')} ${T('dan_referenties')}`;
}

export interface StudieMetaInvoer {
  taal: Taal;
  gemeente: string;
  indicator: string;
  periode: string;
  /** The chart's points (reeks()), labels already shortened. */
  punten: Reekspunt[];
  eenheden: Eenheid[];
  ind: Indicatoren;
  bronnen: Map<string, BronRij>;
}

/** Everything the frame of one of the study's charts shows. */
export function studieMeta(inv: StudieMetaInvoer): GrafiekMeta {
  const { taal, ind, punten, eenheden, indicator, periode } = inv;
  const T = vertaler(taal);
  const g = referentieGemiddelde(eenheden, indicator, periode);
  const eigen = punten.find((p) => p.rol === 'gemeente')?.waarde ?? null;
  const naam = ind.naam(indicator);
  const index = INDEX_PERIODEN[indicator];
  const fmtOpties = { lang: taal, fmt: formatter(taal) };
  const metPct = indicator === 'index_jeugdhulp_zonder_verblijf';
  const pct = (code: string, p: string) => eenheden.find((e) => e.code === code)?.waarden.get(sleutel('pct_jeugdhulp_zonder_verblijf', p))?.waarde ?? null;
  const gemCode = eenheden.find((e) => e.rol === 'gemeente')?.code ?? '';
  const beschrijving = metPct
    ? beschrijfIndexverandering({
        gemeente: inv.gemeente, eenheid: 'procent', indicatorLabel: ind.naam('pct_jeugdhulp_zonder_verblijf'),
        basis: { periode: '2017HJ01', waarde: pct(gemCode, '2017HJ01') },
        laatste: { periode: '2020HJ01', waarde: pct(gemCode, '2020HJ01') },
      }, fmtOpties) + ` ${T('gedrukte_index')}: ${formatGetal(eigen, 0, taal)}.`
    : beschrijfVergelijking({
        gemeente: inv.gemeente, eenheid: ind.zinEenheid(indicator), indicatorLabel: ind.klein(indicator), periode: periode.slice(0, 4),
        waarde: eigen, referentie: { n: g.n, gemiddelde: g.gemiddelde },
      }, fmtOpties) + (index ? ` ${T('index_is_groei')}` : '');
  const referenties = punten.filter((p) => p.rol === 'referentie').map((p) => p.label);
  const pctKolom = (p: string) => ({ sleutel: p === '2017HJ01' ? 'p17' : 'p20', label: formatPeriode(p, taal), numeriek: true, eenheid: ind.eenheidLabel('pct_jeugdhulp_zonder_verblijf') });
  const rij = (p: Reekspunt, opmaak: boolean): TabelRij => ({
    label: p.label,
    ...(metPct
      ? opmaak
        ? { p17: formatWaarde(pct(p.code, '2017HJ01'), 'procent', taal), p20: formatWaarde(pct(p.code, '2020HJ01'), 'procent', taal) }
        : { p17: pct(p.code, '2017HJ01'), p20: pct(p.code, '2020HJ01') }
      : {}),
    waarde: opmaak ? formatWaarde(p.waarde, ind.eenheid(indicator), taal) : p.waarde,
    noot: p.noot ?? '',
  });
  return {
    id: `studie-${indicator}`,
    recept: referenties.length ? `${referenties.length} ${T('referenties_uit_studie')}: ${referenties.join(', ')}` : undefined,
    titel: studieTitel({ taal, gemeente: inv.gemeente, indicator, indicatorLabel: ind.klein(indicator), periode, eigen, gemiddelde: g.gemiddelde }),
    ondertitel: `${naam}${index ? '' : ` · ${formatPeriode(periode, taal)}`} · ${ind.eenheidLabel(indicator)}`,
    bronregel: bronregel(punten.map((p) => ({ bron: p.bron, periode, status: p.status })), inv.bronnen, { taal, bewerking: true }),
    bronDetails: regelVerwijzing(punten.map((p) => ({ bron: p.bron, periode, status: p.status })), inv.bronnen, taal) || undefined,
    noten: [...new Set(punten.map((p) => p.noot).filter((n): n is string => !!n))],
    beschrijving,
    kolommen: [
      { sleutel: 'label', label: T('eenheid_kolom') },
      ...(metPct ? [pctKolom('2017HJ01'), pctKolom('2020HJ01')] : []),
      { sleutel: 'waarde', label: naam, numeriek: true, eenheid: ind.eenheidLabel(indicator) },
      { sleutel: 'noot', label: T('noot') },
    ],
    rijen: punten.map((p) => rij(p, true)),
    // The same rows unformatted, for CSV and the Raadsvraag-pakket.
    exportRijen: punten.map((p) => rij(p, false)),
  };
}

/** The reference line of an index chart ("Begroting 2017 = 100"). */
export function indexLijn(indicator: string, taal: Taal): { waarde: number; label: string } | undefined {
  const index = INDEX_PERIODEN[indicator];
  return index ? { waarde: 100, label: tekst(taal, index.basisLabel) } : undefined;
}

/** "plaats 12 van 340" or "plaats 12 (gedeeld) van 340". */
export function rangTekst(rang: { rang: number; van: number; gedeeld: boolean } | null, taal: Taal): string {
  const T = vertaler(taal);
  return rang ? `${rang.rang}${rang.gedeeld ? ` (${T('gedeeld')})` : ''} ${T('van')} ${rang.van}` : '–';
}

export interface StripMetaInvoer {
  taal: Taal;
  gemeente: string;
  indicator: string;
  strip: Strip;
  rijen: StripRij[];
  ind: Indicatoren;
  bronnen: Map<string, BronRij>;
  aantalPerioden: number;
  naamVan: (code: string) => string;
}

/** The all-gemeenten strip: rank title (with year and "(gedeeld)"), notes, ranked table. */
export function stripMeta(inv: StripMetaInvoer): GrafiekMeta {
  const { taal, ind, strip, rijen, indicator } = inv;
  const T = vertaler(taal);
  const naam = ind.naam(indicator);
  const eigen = rijen.find((r) => r.code === strip.punten.find((p) => p.groep === 'gekozen')?.code);
  const periode = eigen?.periode ?? rijen.find((r) => r.periode)?.periode ?? '';
  const jaar = formatPeriode(periode, taal);
  const gedeeld = strip.gekozenWaarde !== null && strip.punten.filter((p) => p.waarde === strip.gekozenWaarde).length > 1;
  const beschrijving = strip.rang === null
    ? `${T('geen_waarde_voor')} ${inv.gemeente}: ${naam} (${jaar}).`
    : beschrijfRang({
        gemeente: inv.gemeente, eenheid: ind.zinEenheid(indicator), indicatorLabel: ind.klein(indicator), periode: periode.slice(0, 4),
        waarde: strip.gekozenWaarde, rang: strip.rang, totaal: strip.n, richting: 'hoogste-eerst', gedeeld,
      }, { lang: taal, fmt: formatter(taal) });
  const gesorteerd = [...rijen].sort((a, b) => (b.waarde ?? -Infinity) - (a.waarde ?? -Infinity));
  // sorted descending: the rank is one more than the number of strictly higher values
  const rang = (w: number | null) => (w === null ? null : 1 + gesorteerd.filter((x) => (x.waarde ?? -Infinity) > w).length);
  // the group in words too, so size-class peers are not told apart by colour alone
  const groepTekst = { gekozen: T('gekozen_gemeente'), klasse: T('zelfde_grootteklasse'), overig: T('overige_gemeenten') };
  const groep = (r: StripRij) => groepTekst[stripGroep(r, eigen?.code ?? '', eigen?.grootteklasse)];
  const noot = (r: StripRij) => (r.opgeheven_per ? `${T('opgeheven')} ${r.opgeheven_per}, ${T('nu')} ${inv.naamVan(r.opvolger_code ?? '')}` : '');
  const noten = [
    ...(inv.aantalPerioden <= 1 ? [T('een_jaar')] : []),
    ...(indicator === 'kwb_pct_jongeren_jeugdzorg' ? [T('hoog_niet_slecht')] : []),
    ...[...new Set(rijen.map((r) => r.noot).filter((n): n is string => !!n))].slice(0, 2),
    ...(strip.zonderWaarde ? [`${strip.zonderWaarde} ${T('zonder_waarde_noot')}`] : []),
  ];
  return {
    id: 'strip',
    titel: strip.rang === null
      ? `${inv.gemeente}: ${naam} ${jaar}: ${T('geen_waarde')}`
      : `${inv.gemeente} ${T('staat_op_plaats')} ${rangTekst({ rang: strip.rang, van: strip.n, gedeeld }, taal)} ${T('gemeenten')} (${naam}, ${jaar})`,
    ondertitel: `${naam} · ${jaar} · ${T('een_is_hoogste')}${strip.rangInKlasse ? ` · ${T('in_grootteklasse')}: ${strip.rangInKlasse} / ${strip.nKlasse}` : ''}`,
    bronregel: bronregel(rijen.filter((r) => r.waarde !== null).slice(0, 50), inv.bronnen, { taal }),
    noten,
    beschrijving,
    kolommen: [
      { sleutel: 'naam', label: T('gemeente') },
      { sleutel: 'groep', label: T('strip_groep') },
      { sleutel: 'rang', label: T('rang'), numeriek: true },
      { sleutel: 'waarde', label: naam, numeriek: true, eenheid: ind.eenheidLabel(indicator) },
      { sleutel: 'noot', label: T('noot') },
    ],
    exportRijen: gesorteerd.map((r) => ({ naam: r.naam, groep: groep(r), rang: rang(r.waarde), waarde: r.waarde, noot: noot(r) })),
    rijen: gesorteerd.map((r) => ({ naam: r.naam, groep: groep(r), rang: rang(r.waarde), waarde: formatWaarde(r.waarde, ind.eenheid(indicator), taal), noot: noot(r) })),
  };
}
