/**
 * Per-case timelines: the input of charts/tijdlijn, built from the vignettes, the Gouda cost
 * cases, or any contract case (synthetic or imported). Two lanes (onderwijs, zorg), events with
 * barriers, and monthly costs by domain where known (null = unknown, never 0).
 */
import type { DatumKwaliteit, Episode, Herkomst, Kosten } from '../casus/contract.ts';
import { dagnummer, plusMaanden } from './datum.ts';
import type { Barriere, GoudaKostenBestand, GoudaKostencasus, Vignet } from './bronnen.ts';
import { bronRegel, type Regels } from './bronnen.ts';
import { publicatie, vindplaats } from '../publicaties.ts';
import { TOESTAND_LABEL } from './toestand.ts';
import { tekst } from '../../i18n/teksten.ts';
import type { Taal } from '../../i18n/taal.ts';

export interface TijdlijnBalk {
  baan: 'onderwijs' | 'zorg';
  /** null = start not known (drawn open to the left) */
  begin: string | null;
  /** null = still running */
  einde: string | null;
  code: string;
  label: string;
  kwaliteit: DatumKwaliteit;
  /** Why this state is an assumption (the source does not give it); absent = from the source. */
  aanname?: string;
}

export interface TijdlijnGebeurtenis {
  /** null = date not known (listed under the chart, not placed) */
  datum: string | null;
  label: string;
  barrieres: { code: string; omschrijving: string }[];
  bron: string | null;
}

export interface TijdlijnKostenMaand {
  /** YYYY-MM */
  maand: string;
  jeugdzorg: number | null;
  onderwijs: number | null;
}

export interface TijdlijnCasus {
  id: string;
  titel: string;
  herkomst: Herkomst;
  /** the source line: the publication, never its line numbers */
  bron: string;
  /** where in the publication (document and lines), for the frame's details toggle */
  bronDetails?: string;
  geschatteDatums: boolean;
  noten: string[];
  balken: TijdlijnBalk[];
  gebeurtenissen: TijdlijnGebeurtenis[];
  kosten: TijdlijnKostenMaand[];
  uitvalmoment: string | null;
  /** the case's "now" (right edge when bars are still running) */
  nu: string;
}

/**
 * Spread each amount evenly over the days of its period and sum per calendar month and domain
 * (the contract: "an amount is spread evenly over its period; say so in the UI").
 */
export function kostenPerMaand(kosten: readonly Pick<Kosten, 'begin' | 'einde' | 'domein' | 'bedrag_eur'>[]): TijdlijnKostenMaand[] {
  const m = new Map<string, TijdlijnKostenMaand>();
  for (const k of kosten) {
    const b = dagnummer(k.begin);
    const e = dagnummer(k.einde);
    if (e <= b) throw new Error(`Kosten met einde ${k.einde} niet na begin ${k.begin}`);
    const perDag = k.bedrag_eur / (e - b);
    let maand = k.begin.slice(0, 7) + '-01';
    while (dagnummer(maand) < e) {
      const volgende = plusMaanden(maand, 1);
      const dagen = Math.min(e, dagnummer(volgende)) - Math.max(b, dagnummer(maand));
      const sleutel = maand.slice(0, 7);
      const rij = m.get(sleutel) ?? { maand: sleutel, jeugdzorg: null, onderwijs: null };
      rij[k.domein] = (rij[k.domein] ?? 0) + perDag * dagen;
      m.set(sleutel, rij);
      maand = volgende;
    }
  }
  return [...m.values()].sort((a, b) => (a.maand < b.maand ? -1 : 1));
}

/** "Now" for the vignettes: the report's cost data run to December 2024 (r. 475–478); an assumption. */
export const VIGNET_ANKER = '2025-01-01';
const IPW = 'IPW, Collectieve doorbraak thuiszitters (Gouda)';

/** The Gouda document cited by what it says about itself (data/bronnen.csv, seed-001). */
const publicatieBron = (taal: Taal) => `${tekst(taal, 'tz_bron')}: ${publicatie('seed-001').citatie}`;
/** A timeline's UI language: the English wording file is passed exactly when the UI is English. */
const taalVan = (en?: VertalingEn): Taal => (en === undefined ? 'nl' : 'en');
const regelTekst = (r: Regels) => (r[0] === r[1] ? `${r[0]}` : `${r[0]}–${r[1]}`);

/** English wording (data/routes/vertaling-en.json); absent = Dutch. */
export interface VertalingEn {
  vragen: Record<string, string>;
  stappen: Record<string, string>;
  barrieres: Record<string, string>;
  toestanden: Record<string, string>;
  duren: Record<string, string>;
  gouda: { datums: string; onderwijskosten: string; kostenSpreiding: string; voorOnbekend: string; aannameVoor: string; aannameVo: string; jeugdplekTegenstrijdig: string };
  vignet: { geschat: string; geenKosten: string; stapNoot: string };
  /** Labels of Gouda's snapshot of 69 by fact code (gouda-momentopname.json). */
  momentopname: Record<string, string>;
  /** DREMPELS.uitleg (drempels.json) */
  normen: { uitleg: string };
  /** the source status and notes of Gouda's snapshot (gouda-momentopname.json) */
  momentopnameBron: { status: string; noten: string[] };
  /** kosten-per-jaar.noot.json's note, the labels by code and the populations by their Dutch name (kosten-per-jaar.csv) */
  kostenPerJaar: { noot: string; labels: Record<string, string>; populaties: Record<string, string> };
}

function barriereLijst(codes: readonly string[], catalogus: readonly Barriere[], en?: VertalingEn) {
  return codes.map((c) => {
    const b = catalogus.find((x) => x.code === c);
    if (!b) throw new Error(`Barrière ${c} staat niet in data/routes/barrieres.csv`);
    return { code: c, omschrijving: en?.barrieres[c] ?? b.omschrijving };
  });
}

/** Contract episodes for a vignette: only steps whose start the text gives (relative to the anchor). */
export function vignetEpisodes(v: Vignet, casusId = v.id, anker = VIGNET_ANKER): Episode[] {
  const uit: Episode[] = [];
  for (const s of v.stappen) {
    if (s.soort !== 'periode' || s.relatief.begin == null) continue;
    const begin = plusMaanden(anker, s.relatief.begin);
    const einde = s.relatief.einde == null ? null : plusMaanden(anker, s.relatief.einde);
    if (einde != null && einde <= begin) continue;
    if (s.onderwijs) {
      uit.push({ casus_id: casusId, domein: 'onderwijs', toestand: s.onderwijs, onderwijssoort: s.onderwijssoort, begin, einde, datum_kwaliteit: 'geschat' });
    }
    if (s.zorg) {
      uit.push({ casus_id: casusId, domein: 'zorg', toestand: s.zorg, onderwijssoort: null, begin, einde, datum_kwaliteit: 'geschat' });
    }
  }
  return uit;
}

export function vignetTijdlijn(v: Vignet, catalogus: readonly Barriere[], anker = VIGNET_ANKER, en?: VertalingEn): TijdlijnCasus {
  const datum = (m: number | null) => (m == null ? null : plusMaanden(anker, m));
  const balken: TijdlijnBalk[] = [];
  const gebeurtenissen: TijdlijnGebeurtenis[] = [];
  const taal = taalVan(en);
  const toestand = (c: keyof typeof TOESTAND_LABEL) => en?.toestanden[c] ?? TOESTAND_LABEL[c];
  for (const s of v.stappen) {
    const bron = bronRegel(IPW, s.regels, taal);
    const duur = s.duur_tekst ? ` (${en?.duren[s.duur_tekst] ?? s.duur_tekst})` : '';
    const tekst = en?.stappen[`${v.id}:${s.nr}`] ?? s.omschrijving;
    if (s.soort === 'periode') {
      const begin = datum(s.relatief.begin);
      const einde = datum(s.relatief.einde);
      if (s.onderwijs) balken.push({ baan: 'onderwijs', begin, einde, code: s.onderwijs, label: toestand(s.onderwijs) + duur, kwaliteit: 'geschat' });
      if (s.zorg) balken.push({ baan: 'zorg', begin, einde, code: s.zorg, label: toestand(s.zorg) + duur, kwaliteit: 'geschat' });
      // a period's barriers are shown where it starts (or, if that is unknown, where it ends)
      if (s.barrieres.length) gebeurtenissen.push({ datum: begin ?? einde, label: tekst, barrieres: barriereLijst(s.barrieres, catalogus, en), bron });
    } else {
      gebeurtenissen.push({ datum: datum(s.relatief.begin), label: tekst, barrieres: barriereLijst(s.barrieres, catalogus, en), bron });
    }
  }
  const uitval = v.stappen.find((s) => s.soort === 'periode' && s.onderwijs === 'VOLLEDIG_VERZUIM' && s.relatief.begin != null);
  return {
    id: `vignet:${v.id}`,
    titel: tekst(taal, 'tzt_vignet_casus', { naam: v.naam, leeftijd: v.leeftijd, niveau: v.niveau }),
    herkomst: 'bron',
    bron: publicatieBron(taal),
    bronDetails: vindplaats('seed-001', regelTekst(v.regels)),
    geschatteDatums: true,
    noten: en
      ? [
          en.vignet.geschat.replace('{anker}', anker.slice(0, 7)),
          en.vignet.geenKosten,
          ...v.stappen.filter((s) => s.aanname).map((s) => en.vignet.stapNoot.replace('{nr}', String(s.nr)).replace('{aanname}', s.aanname!)),
        ]
      : [
          `Geschatte datums: de tekst noemt alleen duren; "nu" is gezet op ${anker.slice(0, 7)} (aanname).`,
          'Geen kosten bekend voor deze casus.',
          ...v.stappen.filter((s) => s.aanname).map((s) => `Stap ${s.nr}: ${s.aanname}`),
        ],
    balken,
    gebeurtenissen,
    kosten: [],
    uitvalmoment: uitval ? datum(uitval.relatief.begin) : null,
    nu: anker,
  };
}

/** Contract episodes of one Gouda cost case, with the dates derived from the averages. */
export function goudaEpisodes(c: GoudaKostencasus, f: GoudaKostenBestand, casusId = `gouda-${c.casus}`): Episode[] {
  const d = f.datums;
  const zorgNa = f.zorg_na_uitval[c.niveau].toestand;
  return [
    { casus_id: casusId, domein: 'onderwijs', toestand: 'INGESCHREVEN', onderwijssoort: c.niveau, begin: d.begin, einde: d.uitvalmoment, datum_kwaliteit: 'geschat' },
    { casus_id: casusId, domein: 'onderwijs', toestand: 'VOLLEDIG_VERZUIM', onderwijssoort: c.niveau, begin: d.uitvalmoment, einde: null, datum_kwaliteit: 'geschat' },
    { casus_id: casusId, domein: 'zorg', toestand: f.zorg_na_uitval.voor_uitval.toestand, onderwijssoort: null, begin: d.begin, einde: d.uitvalmoment, datum_kwaliteit: 'geschat' },
    { casus_id: casusId, domein: 'zorg', toestand: zorgNa, onderwijssoort: null, begin: d.uitvalmoment, einde: null, datum_kwaliteit: 'geschat' },
  ];
}

/**
 * Contract cost rows: VOOR as one amount (exact sum, period estimated); NA split by the printed
 * jeugdplek share ('toegerekend'). Education costs are unknown per case and left out.
 */
export function goudaKosten(c: GoudaKostencasus, f: GoudaKostenBestand, casusId = `gouda-${c.casus}`): Kosten[] {
  const d = f.datums;
  const uit: Kosten[] = [];
  if (c.voor_eur != null) {
    uit.push({ casus_id: casusId, begin: d.begin, einde: d.uitvalmoment, domein: 'jeugdzorg', categorie: 'overig', bedrag_eur: c.voor_eur, kwaliteit: 'exact' });
  }
  const plek = Math.round(c.na_eur * c.jeugdplek_pct) / 100;
  const plekCategorie = c.niveau === 'PO' ? 'dagbesteding' : 'overig';
  if (plek > 0) uit.push({ casus_id: casusId, begin: d.uitvalmoment, einde: d.einde, domein: 'jeugdzorg', categorie: plekCategorie, bedrag_eur: plek, kwaliteit: 'toegerekend' });
  const rest = Math.round((c.na_eur - plek) * 100) / 100;
  if (rest > 0) uit.push({ casus_id: casusId, begin: d.uitvalmoment, einde: d.einde, domein: 'jeugdzorg', categorie: 'overig', bedrag_eur: rest, kwaliteit: 'toegerekend' });
  return uit;
}

export function goudaTijdlijn(c: GoudaKostencasus, f: GoudaKostenBestand, en?: VertalingEn): TijdlijnCasus {
  const eps = goudaEpisodes(c, f);
  const taal = taalVan(en);
  const bron = (r: [number, number]) => bronRegel(IPW, r, taal);
  return {
    id: `gouda:${c.casus}`,
    titel: tekst(taal, 'tzt_gouda_casus_kort', { casus: c.casus, niveau: c.niveau }),
    herkomst: 'bron',
    bron: publicatieBron(taal),
    bronDetails: vindplaats('seed-001', regelTekst(c.regels)),
    geschatteDatums: true,
    noten: en
      ? [`Estimated dates: ${en.gouda.datums}`, en.gouda.kostenSpreiding, en.gouda.onderwijskosten, en.gouda.jeugdplekTegenstrijdig, ...(c.voor_eur == null ? [en.gouda.voorOnbekend] : []), ...(c.noot ? [`(Dutch) ${c.noot}`] : [])]
      : [
          `Geschatte datums: ${f.datums.uitleg}`,
          'Kosten per maand: elk bedrag gelijk verdeeld over zijn periode.',
          f.onderwijskosten,
          // the source's own contradiction about the places after dropout, at the figure that draws them
          f.totalen.jeugdplek_tegenstrijdig,
          ...(c.voor_eur == null ? ['Jeugdzorgkosten vóór uitval: onbekend in de bron.'] : []),
          ...(c.noot ? [c.noot] : []),
        ],
    balken: goudaAannames(episodesNaarBalken(eps), c, f, en).map((b) => (en ? { ...b, label: en.toestanden[b.code] ?? b.label } : b)),
    gebeurtenissen: [{ datum: f.datums.uitvalmoment, label: tekst(taal, 'tzt_uitvalmoment'), barrieres: [], bron: bron([544, 545]) }],
    kosten: kostenPerMaand(goudaKosten(c, f)),
    uitvalmoment: f.datums.uitvalmoment,
    nu: f.datums.einde,
  };
}

/**
 * The care states the document does not give for a case: the care before dropout (not published,
 * assumed ambulant) and, for VO cases, day activities after dropout (the text names 2 × day
 * activities and 1 × OOV without saying which case is which). PO's day activities are in the text
 * (r. 491). The published dataset data/casus/gouda-zorgpaden-6 leaves these states out.
 */
export function goudaAannames(balken: TijdlijnBalk[], c: GoudaKostencasus, f: GoudaKostenBestand, en?: VertalingEn): TijdlijnBalk[] {
  const z = f.zorg_na_uitval;
  return balken.map((b) => {
    if (b.baan !== 'zorg') return b;
    if (b.begin === f.datums.begin && b.code === z.voor_uitval.toestand) return { ...b, aanname: en?.gouda.aannameVoor ?? z.voor_uitval.uitleg };
    if (c.niveau === 'VO' && b.begin === f.datums.uitvalmoment) return { ...b, aanname: en?.gouda.aannameVo ?? z.VO.uitleg };
    return b;
  });
}

export function episodesNaarBalken(episodes: readonly Episode[]): TijdlijnBalk[] {
  return episodes.map((e) => ({ baan: e.domein, begin: e.begin, einde: e.einde, code: e.toestand, label: TOESTAND_LABEL[e.toestand], kwaliteit: e.datum_kwaliteit }));
}

