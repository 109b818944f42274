/**
 * Bouwt de gemeentetabel voor referentiegroepen uit het lange formaat van data/cbs/
 * (`regio_code;periode;indicator;waarde;…`) plus de regiolijst (`code;naam;…;grootteklasse;stedelijkheid`).
 * Werkt ook op rijen uit een DuckDB-query met dezelfde kolomnamen.
 */
import type { GemeenteRij } from './types.ts';

export interface RegioInvoer {
  code: string;
  naam: string;
  soort?: string;
  grootteklasse?: string | number | null;
  stedelijkheid?: string | number | null;
  opgeheven_per?: string | null;
}

export interface FeitInvoer {
  regio_code: string;
  indicator: string;
  waarde: string | number | null;
}

const INDICATOREN = ['inwoners', 'stedelijkheid', 'gem_inkomen_per_inwoner', 'pct_sociaal_minimum', 'pct_onder_15', 'pct_15_24'] as const;

function getal(v: string | number | null | undefined): number | null {
  if (v == null || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/**
 * @param alleenBestaand  true: sla gemeenten met `opgeheven_per` over (standaard false: de tabel
 *                        volgt de indeling van de cijfers, bv. KWB 2021 = indeling 2021).
 */
export function gemeentenUitCbs(regios: readonly RegioInvoer[], feiten: readonly FeitInvoer[], alleenBestaand = false): GemeenteRij[] {
  const perCode = new Map<string, Record<string, number | null>>();
  for (const f of feiten) {
    if (!(INDICATOREN as readonly string[]).includes(f.indicator)) continue;
    let r = perCode.get(f.regio_code);
    if (!r) perCode.set(f.regio_code, (r = {}));
    r[f.indicator] = getal(f.waarde);
  }
  return regios
    .filter((r) => /^GM\d{4}$/.test(r.code) && (r.soort == null || r.soort === 'gemeente'))
    .filter((r) => !alleenBestaand || !r.opgeheven_per)
    .map((r) => {
      const f = perCode.get(r.code) ?? {};
      const gk = r.grootteklasse == null || r.grootteklasse === '' ? null : r.grootteklasse;
      return {
        code: r.code,
        naam: r.naam,
        inwoners: f.inwoners ?? null,
        stedelijkheid: f.stedelijkheid ?? getal(r.stedelijkheid),
        grootteklasse: gk,
        gem_inkomen_per_inwoner: f.gem_inkomen_per_inwoner ?? null,
        pct_sociaal_minimum: f.pct_sociaal_minimum ?? null,
        pct_onder_15: f.pct_onder_15 ?? null,
        pct_15_24: f.pct_15_24 ?? null,
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}
