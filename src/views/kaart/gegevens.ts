/**
 * Glue between the Kaart page and the pure models: database rows → peer-model rows, the default
 * recipe, funnel input, and the English wording of the peer explanations (the model speaks Dutch;
 * here the same facts are re-worded from the structured group, never by translating text).
 * Pure: no DOM, no DuckDB.
 */
import {
  KENMERK_INFO,
  METHODE_LABEL,
  decodeRecept,
  grootteklasseLabel,
  grootteklasseVan,
  type Burenkaart,
  type GemeenteRij as PeerRij,
  type Kenmerk,
  type Lid,
  type Methode,
  type PeerContext,
  type Recept,
  type Referentiegroep,
} from '../../lib/model/peers/index.ts';
import { schatJeugdigen, type TrechterEenheid } from '../../lib/model/trechter/index.ts';
import type { KenmerkenRij } from '../../lib/db/sql/peers.ts';

import type { Taal } from '../../lib/i18n/taal';

/** Minimal region row (from the baked `regios` table) used when DuckDB is not available. */
export interface RegioBasis {
  code: string;
  naam: string;
  grootteklasse: string | null;
  stedelijkheid: number | null;
}

/**
 * Peer-model rows for the gemeenten on the 2022 map. With the KWB table: all characteristics;
 * without it (DuckDB failed): names, size class and urbanity from the regions table only.
 */
export function peerRijen(kaartCodes: ReadonlySet<string>, kenmerken: readonly KenmerkenRij[] | null, regios: readonly RegioBasis[]): PeerRij[] {
  if (kenmerken) {
    return kenmerken
      .filter((r) => kaartCodes.has(r.code))
      .map((r) => ({
        code: r.code,
        naam: r.naam,
        inwoners: r.inwoners,
        stedelijkheid: r.stedelijkheid ?? r.stedelijkheid_regio,
        grootteklasse: r.grootteklasse,
        gem_inkomen_per_inwoner: r.gem_inkomen_per_inwoner,
        pct_sociaal_minimum: r.pct_sociaal_minimum,
        pct_onder_15: r.pct_onder_15,
        pct_15_24: r.pct_15_24,
      }));
  }
  return regios
    .filter((r) => kaartCodes.has(r.code))
    .map((r) => ({
      code: r.code,
      naam: r.naam,
      inwoners: null,
      stedelijkheid: r.stedelijkheid,
      grootteklasse: r.grootteklasse,
      gem_inkomen_per_inwoner: null,
      pct_sociaal_minimum: null,
      pct_onder_15: null,
      pct_15_24: null,
    }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

/**
 * The recipe in force: the one from the URL if it decodes, else the default for this gemeente —
 * the study's set for the five case gemeenten, otherwise the most similar gemeenten. An empty
 * URL value therefore always means the same comparison for the same gemeente.
 */
export function actiefRecept(urlWaarde: string, code: string, ctx: PeerContext): { recept: Recept; standaard: boolean; ongeldig: boolean } {
  const r = urlWaarde ? decodeRecept(urlWaarde) : null;
  if (r) return { recept: r, standaard: false, ongeldig: false };
  return { recept: standaardRecept(code, ctx), standaard: true, ongeldig: !!urlWaarde };
}

export function standaardRecept(code: string, ctx: PeerContext): Recept {
  return code in ctx.studieSets ? { methode: 'studie' } : { methode: 'gelijkend' };
}

/** Funnel input: share of youths with jeugdzorg (fraction) against the estimated number of youths. */
export function trechterInvoer(rijen: readonly KenmerkenRij[]): (TrechterEenheid & { naam: string })[] {
  return rijen.map((r) => ({
    code: r.code,
    naam: r.naam,
    p: r.kwb_pct_jongeren_jeugdzorg == null ? null : r.kwb_pct_jongeren_jeugdzorg / 100,
    n: schatJeugdigen(r.inwoners, r.pct_onder_15, r.pct_15_24).waarde,
  }));
}

// ---- English wording ----

const STEDELIJKHEID_EN: Record<number, string> = {
  1: 'very strongly urban',
  2: 'strongly urban',
  3: 'moderately urban',
  4: 'slightly urban',
  5: 'not urban',
};
export const METHODE_LABEL_EN: Record<Methode, string> = {
  studie: "the study's reference set",
  buren: 'neighbouring municipalities',
  grootteklasse: 'same size class',
  stedelijkheid: 'same degree of urbanisation',
  gelijkend: 'most similar municipalities',
  handmatig: 'own selection',
};
export const KENMERK_EN: Record<Kenmerk, string> = {
  inwoners: 'inhabitants',
  stedelijkheid: 'urbanisation',
  gem_inkomen_per_inwoner: 'income per inhabitant',
  pct_sociaal_minimum: 'share at or near the social minimum',
  pct_onder_15: 'share under 15',
  pct_15_24: 'share aged 15 to 24',
};

export function methodeLabel(m: Methode, taal: Taal): string {
  return taal === 'nl' ? METHODE_LABEL[m] : METHODE_LABEL_EN[m];
}
export function kenmerkLabel(k: Kenmerk, taal: Taal): string {
  return taal === 'nl' ? KENMERK_INFO[k].label : KENMERK_EN[k];
}

const en = new Intl.NumberFormat('en-GB');
function lijstEn(xs: string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
function klasseEn(code: number | string): string {
  return grootteklasseLabel(code)
    .replace(/(\d+)\.(\d{3})/g, '$1,$2')
    .replace(' inwoners of meer', ' inhabitants or more')
    .replace(' tot ', ' to ')
    .replace(' inwoners', ' inhabitants')
    .replace(/^minder dan/, 'fewer than');
}

/** The group's explanation in the chosen language (Dutch = the model's own sentence). */
export function uitleg(g: Referentiegroep, ctx: PeerContext, taal: Taal): string {
  if (taal === 'nl') return g.uitleg;
  const naam = ctx.index.get(g.gemeente)?.naam ?? g.gemeente;
  const n = g.leden.length;
  switch (g.methode) {
    case 'studie':
      return g.beschikbaar
        ? `${naam} is compared with the ${n} reference municipalities the study itself chose (neighbours and municipalities of similar scale in nearby regions).`
        : `The study's reference set is not available for ${naam}: the study only chose reference municipalities for its five case municipalities.`;
    case 'buren':
      return g.beschikbaar
        ? `${naam} is compared with the ${n} municipalities that border it (municipal boundaries 2022).`
        : `${naam} has no neighbouring municipalities: no other municipality borders it over land. Choose, for example, 'most similar municipalities' or 'same size class'.`;
    case 'grootteklasse': {
      const r = ctx.index.get(g.gemeente);
      const k = r ? grootteklasseVan(r).code : null;
      return k == null
        ? `The number of inhabitants of ${naam} is unknown, so its size class is too.`
        : `${naam} is compared with the ${n} other municipalities with ${klasseEn(k)}, the usual comparison of e.g. waarstaatjegemeente.nl.`;
    }
    case 'stedelijkheid': {
      const s = ctx.index.get(g.gemeente)?.stedelijkheid;
      return s == null
        ? `The degree of urbanisation of ${naam} is unknown.`
        : `${naam} is ${STEDELIJKHEID_EN[s] ?? `class ${s}`} (CBS class ${s} of 5, by address density) and is compared with the ${n} other municipalities in that class.`;
    }
    case 'gelijkend': {
      const ks = g.instellingen.kenmerken ?? [];
      if (!g.beschikbaar) return ks.length ? `Not all ticked characteristics are known for ${naam}; untick the missing one.` : 'Tick at least one characteristic to find similar municipalities.';
      const weg = g.uitgesloten ? ` ${en.format(g.uitgesloten)} municipalities were skipped because a chosen characteristic is missing.` : '';
      return `The ${n} municipalities most similar to ${naam} on ${lijstEn(ks.map((k) => KENMERK_EN[k]))} (standardised distance${ks.includes('inwoners') ? ', inhabitants on a log scale' : ''}).${weg}`;
    }
    case 'handmatig': {
      const b = g.instellingen.basis;
      const toe = (g.instellingen.toevoegen ?? []).filter((c) => c !== g.gemeente).length;
      const af = (g.instellingen.verwijderen ?? []).length;
      return `Own selection for ${naam}: starting from ${b ? METHODE_LABEL_EN[b] : 'an empty list'}, ${toe} added and ${af} removed.`;
    }
  }
}

/** Reasons for one member in the chosen language. */
export function redenen(l: Lid, g: Referentiegroep, ctx: PeerContext, buren: Burenkaart, taal: Taal, fmt: (k: Kenmerk, v: number) => string): string[] {
  const naam = ctx.index.get(g.gemeente)?.naam ?? g.gemeente;
  if (l.bijdragen?.length) {
    return l.bijdragen.slice(0, 2).map((b) => `${kenmerkLabel(b.kenmerk, taal)}: ${fmt(b.kenmerk, b.waarde)} (${naam}: ${fmt(b.kenmerk, b.eigen)})`);
  }
  if (taal === 'nl') return l.redenen;
  return l.redenen.map((r) => {
    if (r === 'zelf toegevoegd') return 'added by you';
    if (r.startsWith('gekozen door')) return 'chosen by the study’s researchers';
    if (r.startsWith('grenst aan') || r.startsWith('raakt')) {
      const punt = buren.get(g.gemeente)?.find((b) => b.code === l.code)?.grens === 'punt';
      return punt ? `touches ${naam} at one point` : `borders ${naam}`;
    }
    const s = /klasse (\d)\)$/.exec(r);
    if (s) return `also ${STEDELIJKHEID_EN[Number(s[1])]} (class ${s[1]})`;
    const r2 = ctx.index.get(l.code);
    const k = r2 ? grootteklasseVan(r2).code : null;
    return k != null ? `also ${klasseEn(k)}` : r;
  });
}

