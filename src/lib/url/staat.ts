// The URL is the app's shareable state. This module owns the parameter scheme (documented in
// README.md, "URL-parameters"): defaults, parsing, writing only what differs from the defaults,
// and migrations for renamed parameters and merged gemeenten. Pure: no window access here.

export const PAGINAS = ['vergelijken', 'data'] as const;
export type Pagina = (typeof PAGINAS)[number];

export interface AppStaat {
  pagina: Pagina;
  gemeente: string;
  /** Indicator shown in the all-gemeenten strip plot. */
  indicator: string;
  taal: 'nl' | 'en';
}

export const STANDAARD: AppStaat = {
  pagina: 'vergelijken',
  gemeente: 'GM0150',
  indicator: 'kwb_pct_jongeren_jeugdzorg',
  taal: 'nl',
};

interface ParamDef<K extends keyof AppStaat> {
  sleutel: K;
  /** Name in the URL. */
  naam: string;
  lees(ruw: string): AppStaat[K] | undefined;
}

const GEMEENTE_CODE = /^GM\d{4}$/;
const INDICATOR_CODE = /^[a-z][a-z0-9_]{1,60}$/;

const PARAMS: { [K in keyof AppStaat]: ParamDef<K> } = {
  pagina: { sleutel: 'pagina', naam: 'pagina', lees: (r) => (PAGINAS as readonly string[]).includes(r) ? (r as Pagina) : undefined },
  gemeente: { sleutel: 'gemeente', naam: 'gemeente', lees: (r) => {
    const c = r.trim().toUpperCase();
    return GEMEENTE_CODE.test(c) ? c : undefined;
  } },
  indicator: { sleutel: 'indicator', naam: 'indicator', lees: (r) => INDICATOR_CODE.test(r) ? r : undefined },
  taal: { sleutel: 'taal', naam: 'lang', lees: (r) => (r === 'nl' || r === 'en' ? r : undefined) },
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

  const keten = opvolger(staat.gemeente, ctx.herindelingen);
  if (keten.length > 0) {
    const eerste = keten[0];
    const laatste = keten[keten.length - 1];
    meldingen.push(
      `${eerste.van_naam} (${eerste.van_code}) is per ${eerste.ingangsdatum} opgegaan in ${laatste.naar_naam}; ` +
        `u ziet nu ${laatste.naar_naam}. De eigen cijfers van ${eerste.van_naam} blijven zichtbaar als opgeheven gemeente.`,
    );
    staat.gemeente = laatste.naar_code;
  } else if (ctx.bekend && !ctx.bekend(staat.gemeente)) {
    meldingen.push(`Gemeentecode ${staat.gemeente} is onbekend; de standaardgemeente wordt getoond.`);
    staat.gemeente = STANDAARD.gemeente;
  }
  if (ctx.indicatorBekend && !ctx.indicatorBekend(staat.indicator)) {
    meldingen.push(`Indicator "${staat.indicator}" is onbekend; de standaardindicator wordt getoond.`);
    staat.indicator = STANDAARD.indicator;
  }
  return { staat, meldingen };
}

/** Only choices that differ from the defaults are written; parameter order is fixed. */
export function schrijfUrl(staat: AppStaat): string {
  const params = new URLSearchParams();
  for (const def of Object.values(PARAMS) as ParamDef<keyof AppStaat>[]) {
    const v = staat[def.sleutel];
    if (v !== STANDAARD[def.sleutel]) params.set(def.naam, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
