// The plain summary at the top of Vergelijken: two or three generated sentences per gemeente,
// built only from the figures on the page (cost per user and per inhabitant where the study has
// them, use of youth care in KWB 2021, rank among its peers and nationally). Pure, unit-tested.
// A sentence never claims more than its figures: no "better" or "worse", missing is said as missing.
import { formatLijst, formatWaarde } from '../../i18n/format';
import { vertaler, type Vertaler } from '../../i18n/teksten';
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

/** "12 van 345" / "joint 12 of 345": a rank in words. */
const plaats = (r: Rang, Z: Vertaler) => Z(r.gedeeld ? 'al_plaats_gedeeld' : 'al_plaats', { rang: r.rang, van: r.van });

function kostenZin(g: string, k: KostenInvoer | null, taal: Taal): string {
  const Z = vertaler(taal);
  if (!k || (k.perGebruiker === null && k.perInwoner === null)) return Z('al_geen_kosten', { g });
  // "€ 9.000 per gebruiker en € 540 per inwoner": only the amounts there are, in this order
  const bedragen = (perGebruiker: number | null, perInwoner: number | null) => formatLijst([
    perGebruiker !== null ? `${euro(perGebruiker, taal)} ${Z('al_per_gebruiker')}` : null,
    perInwoner !== null ? `${euro(perInwoner, taal)} ${Z('al_per_inwoner')}` : null,
  ].filter((x): x is string => x !== null), taal);
  const delen = bedragen(k.perGebruiker, k.perInwoner);
  // the reference mean only for the figures the gemeente itself has
  const ref = bedragen(k.perGebruiker !== null ? k.refPerGebruiker : null, k.perInwoner !== null ? k.refPerInwoner : null);
  const kern = Z('al_kosten', { jaar: k.jaar, g, delen });
  return ref && k.nRef ? kern + Z('al_kosten_ref', { n: k.nRef, ref }) : `${kern}.`;
}

function gebruikZinnen(g: string, s: Samenvatting, groep: string, taal: Taal, voorgangers: AlineaInvoer['voorgangers'] = []): string[] {
  const Z = vertaler(taal);
  if (s.waarde === null) {
    // a gemeente formed by a merger: say what its predecessors had, each under its own name
    const met = voorgangers.filter((v) => v.waarde !== null).map((v) => `${v.naam} ${pct(v.waarde!, taal)}`);
    return met.length ? [Z('al_geen_gebruik', { g }), Z('al_voorgangers', { g, lijst: met.join(', ') })] : [Z('al_geen_gebruik', { g })];
  }
  const zinnen = [Z('al_gebruik', { w: pct(s.waarde, taal), g, land: s.rangLandelijk ? Z('al_land', { p: plaats(s.rangLandelijk, Z) }) : '' })];
  if (s.rangInGroep && s.gemiddelde !== null) zinnen.push(Z('al_groep', { groep, g, p: plaats(s.rangInGroep, Z), gem: pct(s.gemiddelde, taal) }));
  return zinnen;
}

/** Two or three sentences; the same paragraph is copied and goes into the Raadsvraag-pakket README. */
export function samenvattingAlinea(inv: AlineaInvoer): string {
  return [kostenZin(inv.gemeente, inv.kosten, inv.taal), ...gebruikZinnen(inv.gemeente, inv.gebruik, inv.groep, inv.taal, inv.voorgangers)].join(' ');
}
