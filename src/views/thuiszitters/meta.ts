// What the Thuiszitters chart frames show (title = the finding, table, notes, source line,
// description), built from the query answers. Pure: moved out of Thuiszitters.svelte so the view
// only wires state to charts. Texts are keys of the one dictionary (src/lib/i18n).
import type { GrafiekMeta } from '../../lib/charts/types';
import type { TransitieRij, DuurSamenvatting } from '../../lib/model/routes/route';
import type { RoutesKeuze } from '../../lib/model/routes/keuze';

import { bandLabel, combiLabel, definitieTekst, duurTekst } from '../../lib/model/routes/labels';
import { aandeelTekst, aantalTekst } from '../../lib/model/routes/aantal';
import { cohortGrootte, grootsteOvergang, stroomTabel, duurTabel } from '../../lib/model/routes/weergave';
import { DREMPELS, GOUDA_MOMENTOPNAME, VERTALING_EN } from '../../lib/model/routes/data';
import { dataInTaal } from '../../lib/i18n/taal';
import { formatGetal, formatPercentage } from '../../lib/i18n/format';
import { leesSynthOfBundel, teDun } from '../../lib/model/casus/bundel';
import { publicatie, vindplaats } from '../../lib/model/publicaties';
import type { Staaf } from './types';
import type { Taal } from '../../lib/i18n/taal';
import { tekst, vertaler } from '../../lib/i18n/teksten';
import { VENSTER } from '../../lib/db/routes';


/** What every routes chart shares: language, dataset and the active choices. */
export interface RoutesContext {
  taal: Taal;
  keuze: RoutesKeuze;
  ds: string;
  datasetNaam: string;
  datasetBron: string;
  /** where in the publication (document and lines), for the details toggle; '' when none */
  datasetBronDetails?: string;
  synthetisch: boolean;
  /** a casus:aggregeer bundle: rows under 5 children were left out */
  kubusbundel?: boolean;
  naamVan: (code: string) => string;
}

/** The dataset as the source lines name it: a synthetic cohort by size and seed (a cube bundle says so), another by its name. */
export function datasetNaamVan(ds: string, taal: Taal, naam: string | undefined): string {
  const s = leesSynthOfBundel(ds);
  if (!s) return naam ?? ds;
  return `${tekst(taal, 'tzv_dataset_synth')} (${formatGetal(s.n, 0, taal)} ${tekst(taal, 'tz_casussen')}, seed ${s.seed}${s.bundel ? tekst(taal, 'kc_alleen_kubussen') : ''})`;
}

const periode = `${VENSTER.van.slice(0, 4)}–${Number(VENSTER.tot.slice(0, 4)) - 1}`;

function datasetNoten(c: RoutesContext, n: number): string[] {
  const T = vertaler(c.taal);
  return [T('tzv_klein_aantal'), ...(teDun(n) ? [T('casus_te_dun')] : []), ...(c.kubusbundel ? [T('tzv_kubus_onderdrukt')] : []),
    ...(c.synthetisch ? [T('tzv_synth_uitleg')] : c.kubusbundel ? [] : [T('tzv_bron_dataset')])];
}

export function stroomMeta(rijen: TransitieRij[], c: RoutesContext): GrafiekMeta {
  const { taal, keuze } = c;
  const T = vertaler(taal);
  const getal = (x: number) => aantalTekst(x, taal);
  const n = cohortGrootte(rijen);
  const g = grootsteOvergang(rijen);
  const tabel = stroomTabel(rijen, taal);
  const filterTekst = [
    keuze.onderwijssoort.join(', '),
    keuze.leeftijdsband.map((b) => bandLabel(b, taal)).join(', '),
    keuze.gemeente.map(c.naamVan).join(', '),
  ].filter(Boolean).join(' · ');
  const titel = g
    ? T('tzt_stroom', { van: combiLabel(g.van, taal).label.toLowerCase(), naar: combiLabel(g.naar, taal).label.toLowerCase(), keer: getal(g.n), n: getal(n), periode })
    : T('tzt_stroom_leeg', { n: getal(n), periode });
  return {
    id: 'stromen',
    titel,
    ondertitel: `${tekst(taal, 'tz_routes')} ${periode} · ${tekst(taal, 'tz_aantal_kinderen')}: ${getal(n)}${filterTekst ? ` · ${filterTekst}` : ''} · ${c.datasetNaam}`,
    bronregel: c.datasetBron,
    bronDetails: c.datasetBronDetails || undefined,
    // exports name the period; the source line of case data does not
    periode,
    noten: [
      T('tzv_regel_uitleg'),
      tekst(taal, 'tz_maximaal_stappen_per_kind_wat', { max_stappen: VENSTER.maxStappen }),
      tekst(taal, 'tz_de_stromen_tonen_alle_toestanden'),
      ...datasetNoten(c, n),
    ],
    beschrijving: T('tzv_stroom_beschr', {
      n: getal(n), stappen: VENSTER.maxStappen,
      overgang: g ? T('tzv_stroom_beschr_overgang', { van: combiLabel(g.van, taal).label, naar: combiLabel(g.naar, taal).label, keer: getal(g.n) }) : '',
    }),
    synthetisch: c.synthetisch,
    kolommen: [
      { sleutel: 'stap', label: T('tzv_stap'), numeriek: true },
      { sleutel: 'van', label: tekst(taal, 'tz_van') },
      { sleutel: 'naar', label: tekst(taal, 'tz_naar') },
      { sleutel: 'n', label: T('tzv_aantal'), numeriek: true, aantal: true },
    ],
    rijen: tabel.rijen,
    exportRijen: tabel.ruw,
    casusAantallen: true,
    eigenImport: c.ds.startsWith('eigen-'),
  };
}

export function duurMeta(s: DuurSamenvatting, gemMaanden: number | null, peilTekst: string, c: RoutesContext): GrafiekMeta {
  const { taal } = c;
  const T = vertaler(taal);
  const getal = (x: number) => aantalTekst(x, taal);
  const def = definitieTekst(c.keuze.definitie, taal);
  const tabel = duurTabel(s, taal);
  const titel = s.n === 0
    ? T('tzt_duur_leeg', { def: def.label.toLowerCase(), peil: peilTekst })
    : T('tzt_duur', { lang: getal(s.langerDan3Maanden), n: getal(s.n), aandeel: aandeelTekst(s.langerDan3Maanden, s.n, taal), peil: peilTekst });
  const drempels = DREMPELS.drempels.filter((d) => d.regels);
  // the norms are cited by publication; their lines go to the details, with the dataset's
  const drempelBron = drempels.map((d) => d.bron.replace(/\s*\(oproep\)$/, ''));
  const drempelRegels = drempels.map((d) => `${(d.bestand ?? d.bron).replace(/^seeds\//, '')}, r. ${d.regels![0]}–${d.regels![1]}`);
  return {
    id: 'duren',
    titel,
    ondertitel: `${def.label} · ${T('tzv_peildatum')} ${peilTekst} · ${tekst(taal, 'tz_aantal_kinderen')} · ${c.datasetNaam}`,
    periode: `${T('tzv_peildatum')} ${peilTekst}`,
    bronregel: `${c.datasetBron}; ${tekst(taal, 'tz_normen')}: ${[...new Set(drempelBron)].join('; ')}`,
    bronDetails: [c.datasetBronDetails, `${tekst(taal, 'helder_normen')}: ${[...new Set(drempelRegels)].join('; ')}`].filter(Boolean).join(' · '),
    noten: [
      `${def.label}: ${def.uitleg}`,
      ...(gemMaanden != null && s.n >= 5 ? [tekst(taal, 'tz_gemiddeld_thuis', { waarde: duurTekst(gemMaanden, taal) })] : []),
      dataInTaal(taal, DREMPELS.uitleg, VERTALING_EN.normen.uitleg),
      ...datasetNoten(c, s.n),
    ],
    beschrijving: s.n === 0 ? titel + '.' : tekst(taal, 'tz_kinderen_volgens_de_definitie_zitten', { waarde: getal(s.n), label: def.label, waarde2: getal(s.langerDan6Weken), waarde3: getal(s.langerDan3Maanden) }),
    synthetisch: c.synthetisch,
    kolommen: [
      { sleutel: 'klasse', label: T('tzv_klasse') },
      { sleutel: 'n', label: T('tzv_aantal'), numeriek: true, aantal: true },
      { sleutel: 'aandeel', label: T('tzv_aandeel'), numeriek: true },
      { sleutel: 'norm', label: T('tzv_norm') },
    ],
    rijen: tabel.rijen,
    exportRijen: tabel.ruw,
    casusAantallen: true,
    eigenImport: c.ds.startsWith('eigen-'),
  };
}

const feit = (code: string) => GOUDA_MOMENTOPNAME.feiten.find((f) => f.code === code)!;

/** The two bars of Gouda's snapshot of 69 (published figures, not case rows). */
export function goudaStaven(taal: Taal): Staaf[] {
  return [
    { code: 'gemiddelde_duur', label: tekst(taal, 'tz_alle_waarde_thuiszitters_gemiddeld', { waarde: feit('aantal').waarde }) },
    { code: 'lang_duur', label: tekst(taal, 'tz_waarde_kinderen_die_langst', { waarde: feit('lang_aantal').waarde }) },
  ].map(({ code, label }): Staaf => ({
    id: code, label, waarde: feit(code).waarde, tekst: duurTekst(feit(code).waarde, taal),
    aria: `${label}: ${duurTekst(feit(code).waarde, taal)} (${tekst(taal, 'tz_gouda_leerplicht_r')} ${feit(code).regels[0]}–${feit(code).regels[1]})`,
    kleur: '#D55E00',
  }));
}

export function goudaMeta(taal: Taal, keuze: RoutesKeuze, staven: Staaf[]): GrafiekMeta {
  const n = feit('aantal').waarde;
  const smal = definitieTekst('thuiszitter_smal', taal);
  const def = definitieTekst(keuze.definitie, taal);
  return {
    id: 'gouda-69',
    titel: tekst(taal, 'tzt_gouda', { n, duur: duurTekst(feit('gemiddelde_duur').waarde, taal) }),
    ondertitel: `${smal.label} · ${tekst(taal, 'tz_momentopname_zonder_datum')} · ${tekst(taal, 'tz_duur_in_maanden')} · ${feit('aandeel_po').waarde} % PO / ${feit('aandeel_vo').waarde} % VO`,
    bronDetails: vindplaats('seed-001', `${GOUDA_MOMENTOPNAME.bron.regels[0]}–${GOUDA_MOMENTOPNAME.bron.regels[1]}`),
    bronregel: `${tekst(taal, 'tz_bron_2')}: ${publicatie('seed-001').citatie} · ${tekst(taal, 'tz_afdeling_leerplicht_gemeente_gouda')} · ${dataInTaal(taal, GOUDA_MOMENTOPNAME.bron.status, VERTALING_EN.momentopnameBron.status)}`,
    noten: [
      `${smal.label}: ${smal.uitleg}`,
      ...(keuze.definitie !== 'thuiszitter_smal' ? [tekst(taal, 'tz_let_op_gouda_telt_volgens', { label: smal.label, label2: def.label })] : []),
      ...dataInTaal(taal, GOUDA_MOMENTOPNAME.noten, VERTALING_EN.momentopnameBron.noten),
      tekst(taal, 'tz_normen_regisseur_en_plan_binnen', { waarde: DREMPELS.drempels[0].bron }),
    ],
    beschrijving: staven.map((s) => s.aria).join('. ') + tekst(taal, 'tz_zit_in_het_primair_en', { waarde: feit('aandeel_po').waarde, waarde2: feit('aandeel_vo').waarde }),
    kolommen: [
      { sleutel: 'wat', label: tekst(taal, 'tz_wat') },
      { sleutel: 'waarde', label: tekst(taal, 'tz_waarde'), numeriek: true },
      { sleutel: 'regels', label: tekst(taal, 'tz_regels') },
      { sleutel: 'afgeleid', label: tekst(taal, 'tz_afgeleid_2') },
    ],
    rijen: GOUDA_MOMENTOPNAME.feiten.map((f) => ({
      wat: dataInTaal(taal, f.label, VERTALING_EN.momentopname[f.code]),
      waarde: f.eenheid === 'maanden' ? duurTekst(f.waarde, taal) : f.eenheid === 'procent' ? formatPercentage(f.waarde, 0, taal) : formatGetal(f.waarde, 0, taal),
      regels: `${f.regels[0]}–${f.regels[1]}`,
      afgeleid: f.afgeleid ? tekst(taal, 'tz_ja') : tekst(taal, 'tz_nee'),
    })),
  };
}
