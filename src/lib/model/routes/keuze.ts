/**
 * The Thuiszitters view's choices in the URL parameter `rf` (app.routes). This module owns the
 * grammar; src/lib/url/staat.ts only checks the alphabet [A-Za-z0-9._~,:+-] and length.
 *
 * Grammar: comma-separated `key:value` parts, lists joined with `+`, defaults left out:
 *   d:<definitie>   rv | lrv | av | tss | tsb          (default tss = thuiszitter smal)
 *   s:<soorten>     PO+VO+…  (ONDERWIJSSOORT)
 *   l:<banden>      4-11+12-15+16-17+18p  ('+' is the list separator, so 18+ is written 18p)
 *   g:<gemeenten>   GM0513+GM0193
 *   c:<casus>       timeline to open: a vignette id or gouda-1 … gouda-6
 * Decoding never throws: an unknown key or value is dropped with a Dutch message, the rest kept.
 */
import { ONDERWIJSSOORT, type Onderwijssoort } from '../casus/contract.ts';
import { DEFINITIE_CODES, type DefinitieCode } from './definities.ts';
import { LEEFTIJDSBANDEN, type CohortFilter, type LeeftijdsbandCode } from './filter.ts';

export interface RoutesKeuze {
  definitie: DefinitieCode;
  onderwijssoort: Onderwijssoort[];
  leeftijdsband: LeeftijdsbandCode[];
  gemeente: string[];
  /** id of the opened timeline, '' = the first one */
  casus: string;
}

export const STANDAARD_DEFINITIE: DefinitieCode = 'thuiszitter_smal';

export function standaardKeuze(): RoutesKeuze {
  return { definitie: STANDAARD_DEFINITIE, onderwijssoort: [], leeftijdsband: [], gemeente: [], casus: '' };
}

const DEF_KORT: Record<DefinitieCode, string> = {
  relatief_verzuim: 'rv',
  langdurig_relatief_verzuim: 'lrv',
  absoluut_verzuim: 'av',
  thuiszitter_smal: 'tss',
  thuiszitter_breed: 'tsb',
};
const KORT_DEF = new Map(Object.entries(DEF_KORT).map(([k, v]) => [v, k as DefinitieCode]));
const bandNaarUrl = (b: LeeftijdsbandCode) => b.replace('+', 'p');
const BAND_UIT_URL = new Map(LEEFTIJDSBANDEN.map((b) => [bandNaarUrl(b.code), b.code as LeeftijdsbandCode]));
const CASUS_ID = /^[a-z][a-z0-9-]{0,30}$/;
const GEMEENTE = /^GM\d{4}$/;

/** Sorted and de-duplicated, so equal choices give equal URLs (and equal cache keys). */
function uniek<T extends string>(xs: readonly T[], volgorde?: readonly string[]): T[] {
  const u = [...new Set(xs)];
  return volgorde ? u.sort((a, b) => volgorde.indexOf(a) - volgorde.indexOf(b)) : u.sort();
}

export function encodeRoutes(k: RoutesKeuze): string {
  const delen: string[] = [];
  if (k.definitie !== STANDAARD_DEFINITIE) delen.push(`d:${DEF_KORT[k.definitie]}`);
  if (k.onderwijssoort.length) delen.push(`s:${uniek(k.onderwijssoort, ONDERWIJSSOORT).join('+')}`);
  if (k.leeftijdsband.length) delen.push(`l:${uniek(k.leeftijdsband, LEEFTIJDSBANDEN.map((b) => b.code)).map(bandNaarUrl).join('+')}`);
  if (k.gemeente.length) delen.push(`g:${uniek(k.gemeente).join('+')}`);
  if (k.casus) delen.push(`c:${k.casus}`);
  return delen.join(',');
}

export interface GelezenKeuze {
  keuze: RoutesKeuze;
  /** what was dropped, in Dutch (empty when the string was clean) */
  meldingen: string[];
}

export function decodeRoutes(ruw: string | null | undefined): GelezenKeuze {
  const keuze = standaardKeuze();
  const meldingen: string[] = [];
  if (!ruw) return { keuze, meldingen };
  if (ruw.length > 400 || !/^[A-Za-z0-9._~,:+-]+$/.test(ruw)) {
    return { keuze, meldingen: ['De thuiszitter-instellingen in de link zijn ongeldig; de standaardinstellingen worden gebruikt.'] };
  }
  const gezien = new Set<string>();
  for (const deel of ruw.split(',')) {
    if (deel === '') continue;
    const i = deel.indexOf(':');
    const sleutel = i < 0 ? deel : deel.slice(0, i);
    const waarde = i < 0 ? '' : deel.slice(i + 1);
    if (gezien.has(sleutel)) {
      meldingen.push(`Instelling "${sleutel}" staat twee keer in de link; alleen de eerste telt.`);
      continue;
    }
    gezien.add(sleutel);
    const lijst = waarde.split('+').filter((x) => x !== '');
    const fout = () => meldingen.push(`Onbekende waarde "${waarde}" voor "${sleutel}" genegeerd.`);
    switch (sleutel) {
      case 'd': {
        const d = KORT_DEF.get(waarde);
        if (d) keuze.definitie = d;
        else fout();
        break;
      }
      case 's': {
        const ok = lijst.filter((x): x is Onderwijssoort => (ONDERWIJSSOORT as readonly string[]).includes(x));
        if (ok.length !== lijst.length || lijst.length === 0) fout();
        keuze.onderwijssoort = uniek(ok, ONDERWIJSSOORT);
        break;
      }
      case 'l': {
        const ok = lijst.map((x) => BAND_UIT_URL.get(x)).filter((x): x is LeeftijdsbandCode => x != null);
        if (ok.length !== lijst.length || lijst.length === 0) fout();
        keuze.leeftijdsband = uniek(ok, LEEFTIJDSBANDEN.map((b) => b.code));
        break;
      }
      case 'g': {
        const ok = lijst.filter((x) => GEMEENTE.test(x));
        if (ok.length !== lijst.length || lijst.length === 0) fout();
        keuze.gemeente = uniek(ok);
        break;
      }
      case 'c':
        if (CASUS_ID.test(waarde)) keuze.casus = waarde;
        else fout();
        break;
      default:
        meldingen.push(`Onbekende instelling "${sleutel}" in de link genegeerd.`);
    }
  }
  return { keuze, meldingen };
}

/** The cohort filter the SQL builders take, for one dataset. */
export function cohortFilter(k: RoutesKeuze, datasetId: string | null): CohortFilter {
  return {
    ...(datasetId ? { datasets: [datasetId] } : {}),
    onderwijssoort: k.onderwijssoort,
    leeftijdsband: k.leeftijdsband,
    gemeente: k.gemeente,
  };
}
