// The plain summary at the top of Vergelijken: two or three generated sentences per gemeente,
// built only from the figures on the page (cost per user and per inhabitant where the study has
// them, use of youth care in KWB 2021, rank among its peers and nationally). Pure, unit-tested.
// A sentence never claims more than its figures: no "better" or "worse", missing is said as missing.
import { formatWaarde } from '../../i18n/format';
import type { Rang, Samenvatting } from '../peers/samenvatting';
import type { Taal } from '../../i18n/taal';

export interface KostenInvoer {
  jaar: string;
  perGebruiker: number | null;
  perInwoner: number | null;
  /** Unweighted means of the study's reference gemeenten. */
  refPerGebruiker: number | null;
  refPerInwoner: number | null;
  nRef: number;
}

export interface AlineaInvoer {
  taal: Taal;
  gemeente: string;
  /** Only for the five study gemeenten; otherwise the paragraph says costs are not in the sources. */
  kosten: KostenInvoer | null;
  /** Share of young people with youth care (KWB 2021), with the peer and national ranks. */
  gebruik: Samenvatting;
  /** The peer group in words, plural ("10 meest gelijkende gemeenten"). */
  groep: string;
  /** Gemeenten merged into this one, with their own KWB 2021 share (null = not in the data). */
  voorgangers?: { naam: string; waarde: number | null }[];
}

const pct = (v: number, taal: Taal) => formatWaarde(v, 'procent', taal);
const euro = (v: number, taal: Taal) => formatWaarde(v, 'euro', taal);

/** The sentences per language; numbers arrive formatted. */
const ZINNEN = {
  nl: {
    plaats: (r: Rang) => `${r.rang}${r.gedeeld ? ' (gedeeld)' : ''} van ${r.van}`,
    en: ' en ',
    perGebruiker: 'per gebruiker',
    perInwoner: 'per inwoner',
    geenKosten: (g: string) => `Lasten per gebruiker en per inwoner zijn voor ${g} niet in deze bronnen beschikbaar (alleen voor de vijf gemeenten uit de studie).`,
    kosten: (jaar: string, g: string, delen: string) => `In ${jaar} waren de lasten voor jeugdzorg van ${g} ${delen}`,
    kostenRef: (n: number, ref: string) => `; bij de ${n} referentiegemeenten uit de studie was dat gemiddeld ${ref}.`,
    geenGebruik: (g: string) => `Voor ${g} is in de KWB 2021 geen aandeel jongeren met jeugdzorg bekend.`,
    land: (p: string) => `: plaats ${p} gemeenten (1 = hoogste aandeel)`,
    gebruik: (w: string, g: string, land: string) => `In de KWB 2021 had ${w} van de jongeren in ${g} jeugdzorg${land}.`,
    groep: (groep: string, g: string, p: string, gem: string) => `Naast de ${groep} staat ${g} op plaats ${p}; hun gemiddelde is ${gem}.`,
    voorgangers: (g: string, lijst: string) => `De KWB 2021 heeft wel eigen cijfers van de gemeenten die in ${g} zijn opgegaan: ${lijst}.`,
  },
  en: {
    plaats: (r: Rang) => `${r.gedeeld ? 'joint ' : ''}${r.rang} of ${r.van}`,
    en: ' and ',
    perGebruiker: 'per user',
    perInwoner: 'per inhabitant',
    geenKosten: (g: string) => `Cost per user and per inhabitant are not in these sources for ${g} (only for the five municipalities in the study).`,
    kosten: (jaar: string, g: string, delen: string) => `In ${jaar}, the youth-care costs of ${g} were ${delen}`,
    kostenRef: (n: number, ref: string) => `; the ${n} reference municipalities from the study averaged ${ref}.`,
    geenGebruik: (g: string) => `No share of young people with youth care is known for ${g} in KWB 2021.`,
    land: (p: string) => `: rank ${p} municipalities (1 = highest share)`,
    gebruik: (w: string, g: string, land: string) => `In KWB 2021, ${w} of young people in ${g} received youth care${land}.`,
    groep: (groep: string, g: string, p: string, gem: string) => `Among the ${groep}, ${g} ranks ${p}; their mean is ${gem}.`,
    voorgangers: (g: string, lijst: string) => `KWB 2021 does have figures of its own for the municipalities that merged into ${g}: ${lijst}.`,
  },
};

function kostenZin(g: string, k: KostenInvoer | null, taal: Taal): string {
  const Z = ZINNEN[taal];
  if (!k || (k.perGebruiker === null && k.perInwoner === null)) return Z.geenKosten(g);
  const delen = [
    k.perGebruiker !== null ? `${euro(k.perGebruiker, taal)} ${Z.perGebruiker}` : null,
    k.perInwoner !== null ? `${euro(k.perInwoner, taal)} ${Z.perInwoner}` : null,
  ].filter(Boolean).join(Z.en);
  // the reference mean only for the figures the gemeente itself has, in the same order
  const ref = [
    k.perGebruiker !== null && k.refPerGebruiker !== null ? `${euro(k.refPerGebruiker, taal)} ${Z.perGebruiker}` : null,
    k.perInwoner !== null && k.refPerInwoner !== null ? `${euro(k.refPerInwoner, taal)} ${Z.perInwoner}` : null,
  ].filter(Boolean).join(Z.en);
  const kern = Z.kosten(k.jaar, g, delen);
  return ref && k.nRef ? kern + Z.kostenRef(k.nRef, ref) : `${kern}.`;
}

function gebruikZinnen(g: string, s: Samenvatting, groep: string, taal: Taal, voorgangers: AlineaInvoer['voorgangers'] = []): string[] {
  const Z = ZINNEN[taal];
  if (s.waarde === null) {
    // a gemeente formed by a merger: say what its predecessors had, each under its own name
    const met = voorgangers.filter((v) => v.waarde !== null).map((v) => `${v.naam} ${pct(v.waarde!, taal)}`);
    return met.length ? [Z.geenGebruik(g), Z.voorgangers(g, met.join(', '))] : [Z.geenGebruik(g)];
  }
  const zinnen = [Z.gebruik(pct(s.waarde, taal), g, s.rangLandelijk ? Z.land(Z.plaats(s.rangLandelijk)) : '')];
  if (s.rangInGroep && s.gemiddelde !== null) zinnen.push(Z.groep(groep, g, Z.plaats(s.rangInGroep), pct(s.gemiddelde, taal)));
  return zinnen;
}

/** Two or three sentences; the same paragraph is copied and goes into the Raadsvraag-pakket README. */
export function samenvattingAlinea(inv: AlineaInvoer): string {
  return [kostenZin(inv.gemeente, inv.kosten, inv.taal), ...gebruikZinnen(inv.gemeente, inv.gebruik, inv.groep, inv.taal, inv.voorgangers)].join(' ');
}
