/**
 * Glue between the Kaart page and the pure models: database rows → peer-model rows, the default
 * recipe and funnel input. The peer explanations are written by the model itself, in the UI
 * language. Pure: no DOM, no DuckDB.
 */
import { decodeRecept, type GemeenteRij as PeerRij, type PeerContext, type Recept } from '../../lib/model/peers/index.ts';
import { schatJeugdigen, type TrechterEenheid } from '../../lib/model/trechter/index.ts';
import type { KenmerkenRij } from '../../lib/db/sql/peers.ts';

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
