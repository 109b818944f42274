/**
 * Layout for a per-case timeline: two lanes (onderwijs, zorg), events with barriers, the
 * uitvalmoment, and monthly costs stacked jeugdzorg + onderwijs below. Plain data in, positions
 * out; the Svelte component only draws. Unknown starts are drawn open to the left, running
 * periods open to the right; months without cost data are marked unknown, never drawn as 0.
 */
import type { TijdlijnCasus, TijdlijnGebeurtenis } from '../../model/routes/tijdlijn.ts';
import { dagnummer, plusMaanden } from '../../model/routes/datum.ts';
import { TOESTAND_LABEL } from '../../model/routes/toestand.ts';
import { tekst, vertaler } from '../../i18n/teksten.ts';
import type { Taal } from '../../i18n/taal';
import { maandKort } from '../../i18n/format';

export const KLEUR_CODE: Record<string, string> = {
  INGESCHREVEN: '#009E73',
  GEDEELTELIJK_VERZUIM: '#E69F00',
  VOLLEDIG_VERZUIM: '#D55E00',
  NIET_INGESCHREVEN: '#4b5563',
  VRIJSTELLING: '#4b5563',
  OOV: '#56B4E9',
  STAGE_WERK: '#0072B2',
  UITGESTROOMD: '#1e3a8a',
  GEEN: '#d1d5db',
  WACHTLIJST: '#F0E442',
  AMBULANT: '#56B4E9',
  DAGBESTEDING: '#CC79A7',
  KOLB: '#CC79A7',
  SPECIALISTISCH: '#8b5cf6',
  VERBLIJF: '#7c3aed',
};
export const KLEUR_KOSTEN = { jeugdzorg: '#CC79A7', onderwijs: '#009E73' } as const;

export interface TijdlijnOpties {
  breedte: number;
  baanHoogte?: number;
  kostenHoogte?: number;
  /** left margin for the lane labels */
  labelBreedte?: number;
  taal?: Taal;
}

export interface BalkPositie {
  baan: 'onderwijs' | 'zorg';
  x0: number;
  x1: number;
  y: number;
  h: number;
  label: string;
  code: string;
  kleur: string;
  openLinks: boolean;
  openRechts: boolean;
  geschat: boolean;
  /** why the state is assumed (not in the source), or null */
  aanname: string | null;
  tekst: string;
}

export interface GebeurtenisPositie extends TijdlijnGebeurtenis {
  /** marker position; shifted left when events share a date, so markers never overlap */
  x: number;
  /** the event's true date position (a thin line joins it to the marker) */
  xDatum: number;
  nr: number;
}

export interface KostenKolom {
  maand: string;
  x0: number;
  x1: number;
  /** stacked: jeugdzorg from the baseline, onderwijs on top; null = unknown */
  jeugdzorg: { y0: number; y1: number; bedrag: number } | null;
  onderwijs: { y0: number; y1: number; bedrag: number } | null;
}

export interface TijdlijnLayout {
  breedte: number;
  hoogte: number;
  x: (iso: string) => number;
  domein: [string, string];
  banen: { baan: 'onderwijs' | 'zorg'; label: string; y: number; h: number }[];
  balken: BalkPositie[];
  gebeurtenissen: GebeurtenisPositie[];
  ongedateerd: TijdlijnGebeurtenis[];
  uitval: number | null;
  jaren: { x: number; label: string }[];
  kosten: KostenKolom[];
  kostenBoven: number;
  kostenOnder: number;
  kostenMax: number;
  kostenTicks: { y: number; waarde: number }[];
}


/** Width of a four-digit year label at the axis font size (11 px), with a little room. */
const JAARLABEL_BREEDTE = 30;

export function maakTijdlijn(c: TijdlijnCasus, opt: TijdlijnOpties): TijdlijnLayout {
  const bh = opt.baanHoogte ?? 28;
  const taal = opt.taal ?? 'nl';
  const w_ = vertaler(taal);
  const kh = c.kosten.length ? (opt.kostenHoogte ?? 110) : 0;
  const lb = opt.labelBreedte ?? 78;
  const bekend = [
    ...c.balken.flatMap((b) => [b.begin, b.einde]),
    ...c.gebeurtenissen.map((g) => g.datum),
    ...c.kosten.flatMap((k) => [`${k.maand}-01`, plusMaanden(`${k.maand}-01`, 1)]),
    c.nu,
  ].filter((d): d is string => d != null).sort();
  let begin = bekend[0] ?? c.nu;
  const einde = bekend[bekend.length - 1] ?? c.nu;
  // room on the left for periods whose start the source does not give
  if (c.balken.some((b) => b.begin == null)) begin = plusMaanden(begin, -6);
  if (begin >= einde) begin = plusMaanden(einde, -12);
  const d0 = dagnummer(begin);
  const d1 = dagnummer(einde);
  const w = Math.max(40, opt.breedte - lb - 8);
  const x = (iso: string) => lb + ((dagnummer(iso) - d0) / (d1 - d0)) * w;

  const boven = 28; // event markers above the lanes
  const banen = [
    { baan: 'onderwijs' as const, label: w_('tl_onderwijs'), y: boven, h: bh },
    { baan: 'zorg' as const, label: w_('tl_zorg'), y: boven + bh + 6, h: bh },
  ];
  const balken: BalkPositie[] = c.balken.map((b) => {
    const baan = banen.find((x) => x.baan === b.baan)!;
    const van = b.begin ?? begin;
    const tot = b.einde ?? c.nu;
    const x0 = x(van);
    const x1 = Math.max(x0 + 2, x(tot));
    const wanneer = `${b.begin ? maandKort(b.begin.slice(0, 7), taal) : w_('tl_begin_onbekend')} – ${b.einde ? maandKort(b.einde.slice(0, 7), taal) : w_('tl_loopt_nog')}`;
    return {
      baan: b.baan, x0, x1, y: baan.y, h: baan.h, label: b.label, code: b.code,
      kleur: KLEUR_CODE[b.code] ?? '#9ca3af', openLinks: b.begin == null, openRechts: b.einde == null,
      geschat: b.kwaliteit === 'geschat',
      aanname: b.aanname ?? null,
      tekst: `${b.baan === 'onderwijs' ? w_('tl_onderwijs') : w_('tl_zorg')}: ${b.label || (TOESTAND_LABEL as Record<string, string>)[b.code] || b.code}, ${wanneer}${b.kwaliteit === 'geschat' ? w_('tl_geschat') : ''}${b.aanname ? ` — ${tekst(taal, 'helder_aanname_balk', { reden: b.aanname })}` : ''}`,
    };
  });
  const gedateerd = c.gebeurtenissen.filter((g) => g.datum != null);
  const gebeurtenissen: GebeurtenisPositie[] = gedateerd
    .map((g) => ({ ...g, x: x(g.datum!), xDatum: x(g.datum!), nr: 0 }))
    .sort((a, b) => a.xDatum - b.xDatum);
  gebeurtenissen.forEach((g, i) => (g.nr = i + 1));
  // right to left: keep markers at least 18 px apart (many events happen "now", at the right edge)
  for (let i = gebeurtenissen.length - 2; i >= 0; i--) {
    gebeurtenissen[i].x = Math.min(gebeurtenissen[i].x, gebeurtenissen[i + 1].x - 18);
  }
  const banenOnder = boven + 2 * bh + 6;
  const jaren: { x: number; label: string }[] = [];
  for (let j = Number(begin.slice(0, 4)) + (begin.slice(5) === '01-01' ? 0 : 1); `${j}-01-01` <= einde; j++) {
    // A year's label sits right of its line; near the right edge it would be cut off (at 360 px the
    // last year showed as "20"), so there the line stays and the label goes.
    const xj = x(`${j}-01-01`);
    jaren.push({ x: xj, label: xj + 3 + JAARLABEL_BREEDTE <= opt.breedte ? String(j) : '' });
  }
  const kostenBoven = banenOnder + 26;
  const kostenOnder = kostenBoven + kh;
  const kostenMax = Math.max(0, ...c.kosten.map((k) => (k.jeugdzorg ?? 0) + (k.onderwijs ?? 0)));
  const ky = (v: number) => (kostenMax > 0 ? kostenOnder - (v / kostenMax) * kh : kostenOnder);
  const kosten: KostenKolom[] = c.kosten.map((k) => {
    const start = `${k.maand}-01`;
    const j = k.jeugdzorg;
    const o = k.onderwijs;
    const basis = j ?? 0;
    return {
      maand: k.maand,
      x0: x(start),
      x1: x(plusMaanden(start, 1)),
      jeugdzorg: j == null ? null : { y0: ky(0), y1: ky(j), bedrag: j },
      onderwijs: o == null ? null : { y0: ky(basis), y1: ky(basis + o), bedrag: o },
    };
  });
  const kostenTicks = kostenMax > 0 ? [0, kostenMax / 2, kostenMax].map((v) => ({ y: ky(v), waarde: v })) : [];
  return {
    breedte: opt.breedte,
    // without a cost lane the year labels sit right under the "uitval" label: 8 px more keeps them apart
    hoogte: kh ? kostenOnder + 22 : banenOnder + 30,
    x,
    domein: [begin, einde],
    banen,
    balken,
    gebeurtenissen,
    ongedateerd: c.gebeurtenissen.filter((g) => g.datum == null),
    uitval: c.uitvalmoment ? x(c.uitvalmoment) : null,
    jaren,
    kosten,
    kostenBoven,
    kostenOnder,
    kostenMax,
    kostenTicks,
  };
}
