// The URL is the app's shareable state. This module owns the parameter scheme (documented in
// README.md, "URL-parameters"): defaults, parsing, writing only what differs from the defaults,
// and migrations for renamed parameters and merged gemeenten. Pure: no window access here.
import { isTaal, type Taal } from '../i18n/taal';
import { tekst } from '../i18n/teksten';

export const PAGINAS = ['vergelijken', 'kaart', 'kosten', 'thuiszitters', 'doorbraak', 'elftal', 'importeren', 'data'] as const;
export type Pagina = (typeof PAGINAS)[number];

export interface AppStaat {
  pagina: Pagina;
  gemeente: string;
  /** Indicator shown in the all-gemeenten strip plot. */
  indicator: string;
  taal: Taal;
  /** Peer-group recipe (src/lib/model/peers encodeRecept); '' = the view's default method. */
  recept: string;
  /** Cost-curve filters, encoded by the Kosten view's model; '' = no filter. */
  kosten: string;
  /** "Wat als" scenario inputs that differ from the defaults, encoded by the scenario model. */
  watals: string;
  /** Pathway (thuiszitters) filters and definition, encoded by the routes model. */
  routes: string;
  /** Case dataset shown in Kosten/Thuiszitters; '' = the default dataset. */
  dataset: string;
  /** Elftal page: taakveld mapping, typed amounts, scenario (grammar in src/lib/model/elftal/keuze.ts). */
  elftal: string;
  /** Data version a shared link was made with; only share and embed links write it. */
  versie: string;
}

export const STANDAARD: AppStaat = {
  pagina: 'vergelijken',
  gemeente: 'GM0150',
  indicator: 'kwb_pct_jongeren_jeugdzorg',
  taal: 'nl',
  recept: '',
  kosten: '',
  watals: '',
  routes: '',
  dataset: '',
  elftal: '',
  versie: '',
};

interface ParamDef<K extends keyof AppStaat> {
  sleutel: K;
  /** Name in the URL. */
  naam: string;
  lees(ruw: string): AppStaat[K] | undefined;
}

const GEMEENTE_CODE = /^GM\d{4}$/;
const INDICATOR_CODE = /^[a-z][a-z0-9_]{1,60}$/;
// Encoded view state: each view's model owns its grammar; here only a safe alphabet and length.
const GECODEERD = /^[A-Za-z0-9._~,:+-]{1,400}$/;
const gecodeerd = (r: string) => (GECODEERD.test(r) ? r : undefined);

const PARAMS: { [K in keyof AppStaat]: ParamDef<K> } = {
  pagina: { sleutel: 'pagina', naam: 'pagina', lees: (r) => (PAGINAS as readonly string[]).includes(r) ? (r as Pagina) : undefined },
  gemeente: { sleutel: 'gemeente', naam: 'gemeente', lees: (r) => {
    const c = r.trim().toUpperCase();
    return GEMEENTE_CODE.test(c) ? c : undefined;
  } },
  indicator: { sleutel: 'indicator', naam: 'indicator', lees: (r) => INDICATOR_CODE.test(r) ? r : undefined },
  taal: { sleutel: 'taal', naam: 'lang', lees: (r) => (isTaal(r) ? r : undefined) },
  recept: { sleutel: 'recept', naam: 'peers', lees: gecodeerd },
  kosten: { sleutel: 'kosten', naam: 'kf', lees: gecodeerd },
  watals: { sleutel: 'watals', naam: 'wa', lees: gecodeerd },
  routes: { sleutel: 'routes', naam: 'rf', lees: gecodeerd },
  dataset: { sleutel: 'dataset', naam: 'ds', lees: (r) => (/^[a-z0-9][a-z0-9_-]{0,60}$/.test(r) ? r : undefined) },
  elftal: { sleutel: 'elftal', naam: 'el', lees: gecodeerd },
  versie: { sleutel: 'versie', naam: 'v', lees: (r) => (/^[0-9a-f]{6,40}$/.test(r) ? r : undefined) },
};

/** Old parameter names → current ones, so old links keep working. */
export const PARAM_MIGRATIES: Record<string, string> = {
  view: 'pagina',
  taal: 'lang',
};

export interface Herindeling {
  van_code: string;
  van_naam: string;
  naar_code: string;
  naar_naam: string;
  ingangsdatum: string;
}

export interface UrlContext {
  /** Old gemeente code → merger record. */
  herindelingen: Map<string, Herindeling>;
  /** Known gemeente codes; unknown ones fall back to the default with a note. */
  bekend?: (code: string) => boolean;
  /** Known indicator codes for the strip. */
  indicatorBekend?: (code: string) => boolean;
  /** The data version the app now shows (manifest.json). */
  dataVersie?: string;
}

export interface GelezenStaat {
  staat: AppStaat;
  meldingen: string[];
}

/** Follow a chain of mergers (A → B → C) to the current successor. */
export function opvolger(code: string, herindelingen: Map<string, Herindeling>): Herindeling[] {
  const keten: Herindeling[] = [];
  let huidig = code;
  const gezien = new Set<string>();
  while (herindelingen.has(huidig) && !gezien.has(huidig)) {
    gezien.add(huidig);
    const h = herindelingen.get(huidig)!;
    keten.push(h);
    huidig = h.naar_code;
  }
  return keten;
}

/**
 * A chosen gemeente that was dissolved leads to its (last) successor, with the one notice the app
 * gives for it; `melding` is null when the gemeente still exists.
 */
export function naOpheffing(code: string, herindelingen: Map<string, Herindeling>, taal: Taal = 'nl'): { code: string; melding: string | null } {
  const keten = opvolger(code, herindelingen);
  if (!keten.length) return { code, melding: null };
  const eerste = keten[0];
  const laatste = keten[keten.length - 1];
  return {
    code: laatste.naar_code,
    melding: tekst(taal, 'opgeheven_melding', { van: eerste.van_naam, code: eerste.van_code, datum: eerste.ingangsdatum, naar: laatste.naar_naam }),
  };
}

export function leesUrl(search: string, ctx: UrlContext): GelezenStaat {
  const ruw = new URLSearchParams(search);
  const params = new URLSearchParams();
  for (const [k, v] of ruw) params.set(PARAM_MIGRATIES[k] && !ruw.has(PARAM_MIGRATIES[k]) ? PARAM_MIGRATIES[k] : k, v);

  const staat: AppStaat = { ...STANDAARD };
  const meldingen: string[] = [];
  for (const def of Object.values(PARAMS) as ParamDef<keyof AppStaat>[]) {
    const waarde = params.get(def.naam);
    if (waarde === null || waarde === '') continue;
    const gelezen = def.lees(waarde);
    if (gelezen === undefined) {
      meldingen.push(`De waarde van "${def.naam}" in de link is niet geldig en is genegeerd.`);
      continue;
    }
    (staat as unknown as Record<string, unknown>)[def.sleutel] = gelezen;
  }

  const opgeheven = naOpheffing(staat.gemeente, ctx.herindelingen, staat.taal);
  if (opgeheven.melding !== null) {
    meldingen.push(opgeheven.melding);
    staat.gemeente = opgeheven.code;
  } else if (ctx.bekend && !ctx.bekend(staat.gemeente)) {
    meldingen.push(`Gemeentecode ${staat.gemeente} is onbekend; de standaardgemeente wordt getoond.`);
    staat.gemeente = STANDAARD.gemeente;
  }
  if (ctx.dataVersie && staat.versie && staat.versie !== ctx.dataVersie) {
    meldingen.push(
      `Deze link is gemaakt met gegevensversie ${staat.versie}; u ziet nu versie ${ctx.dataVersie}. Cijfers kunnen sindsdien zijn bijgewerkt.`,
    );
  }
  if (ctx.indicatorBekend && !ctx.indicatorBekend(staat.indicator)) {
    meldingen.push(`Indicator "${staat.indicator}" is onbekend; de standaardindicator wordt getoond.`);
    staat.indicator = STANDAARD.indicator;
  }
  return { staat, meldingen };
}

/**
 * A choice made in code (a click, a benchmark) may not put the app in a state it cannot draw: an
 * unknown language becomes Dutch, an unknown page or a non-string value is dropped. Codes are not
 * held to the URL grammar here: an imported indicator may be named more freely (src/lib/import/lang.ts),
 * and every code reaches SQL only as a `?` parameter.
 */
export function geldigeKeuze(wijziging: Partial<AppStaat>): Partial<AppStaat> {
  const uit: Partial<AppStaat> = {};
  for (const [k, v] of Object.entries(wijziging) as [keyof AppStaat, unknown][]) {
    if (!(k in PARAMS) || typeof v !== 'string') continue;
    if (k === 'taal') uit.taal = PARAMS.taal.lees(v) ?? STANDAARD.taal;
    else if (k === 'pagina') {
      const p = PARAMS.pagina.lees(v);
      if (p) uit.pagina = p;
    } else (uit as Record<string, string>)[k] = v;
  }
  return uit;
}

/**
 * Only choices that differ from the defaults are written; parameter order is fixed. The data
 * version is written only into share and embed links (`metVersie`), never into the address bar.
 */
export function schrijfUrl(staat: AppStaat, opties: { metVersie?: string } = {}): string {
  const params = new URLSearchParams();
  for (const def of Object.values(PARAMS) as ParamDef<keyof AppStaat>[]) {
    if (def.sleutel === 'versie') continue;
    const v = staat[def.sleutel];
    if (v !== STANDAARD[def.sleutel]) params.set(def.naam, String(v));
  }
  if (opties.metVersie) params.set('v', opties.metVersie);
  const s = params.toString();
  return s ? `?${s}` : '';
}
