// Turns the study's comparison rows (long facts per member of a reference set) into the
// study's table and per-indicator chart series. Pure: plain arrays in, plain arrays out.
import type { VergelijkingRij } from '../../db/vragen';

export type Rol = 'gemeente' | 'referentie' | 'referentiegemiddelde' | 'grootteklasse' | 'jeugdregio' | 'land';

export interface Waarde {
  waarde: number | null;
  periode: string;
  status: string;
  bron: string;
  noot: string | null;
}

export interface Eenheid {
  code: string;
  naam: string;
  rol: Rol;
  volgorde: number;
  waarden: Map<string, Waarde>;
}

export const sleutel = (indicator: string, periode: string) => `${indicator}@${periode}`;

export function pivotVergelijking(rijen: VergelijkingRij[]): Eenheid[] {
  const perCode = new Map<string, Eenheid>();
  for (const r of rijen) {
    let e = perCode.get(r.regio_code);
    if (!e) {
      e = { code: r.regio_code, naam: r.naam, rol: r.rol as Rol, volgorde: r.volgorde, waarden: new Map() };
      perCode.set(r.regio_code, e);
    }
    e.waarden.set(sleutel(r.indicator, r.periode), {
      waarde: r.waarde, periode: r.periode, status: r.status, bron: r.bron, noot: r.noot,
    });
  }
  return [...perCode.values()].sort((a, b) => a.volgorde - b.volgorde);
}

export interface Gemiddelde {
  gemiddelde: number | null;
  /** Reference gemeenten with a value. */
  n: number;
  /** Reference gemeenten left out because their value is missing. */
  ontbrekend: string[];
}

/** The reference mean as the study reads it: the unweighted mean of the reference gemeenten that have a value. */
export function referentieGemiddelde(eenheden: Eenheid[], indicator: string, periode: string): Gemiddelde {
  const refs = eenheden.filter((e) => e.rol === 'referentie');
  const met: number[] = [];
  const ontbrekend: string[] = [];
  for (const e of refs) {
    const w = e.waarden.get(sleutel(indicator, periode))?.waarde;
    if (w === null || w === undefined) ontbrekend.push(e.naam);
    else met.push(w);
  }
  return {
    gemiddelde: met.length ? met.reduce((s, v) => s + v, 0) / met.length : null,
    n: met.length,
    ontbrekend,
  };
}

export interface Reekspunt {
  code: string;
  label: string;
  rol: Rol;
  waarde: number | null;
  status: string | null;
  bron: string | null;
  noot: string | null;
}

const ROL_VOLGORDE: Record<Rol, number> = {
  gemeente: 0, referentie: 1, referentiegemiddelde: 2, grootteklasse: 3, jeugdregio: 4, land: 5,
};

/** One chart's rows: the gemeente, each reference gemeente, their mean, size class, region and Nederland. */
export function reeks(eenheden: Eenheid[], indicator: string, periode: string, gemiddeldeLabel: string): Reekspunt[] {
  const punten: Reekspunt[] = [];
  for (const e of eenheden) {
    const w = e.waarden.get(sleutel(indicator, periode));
    if (!w) continue; // this unit is not in this table of the study
    punten.push({ code: e.code, label: e.naam, rol: e.rol, waarde: w.waarde, status: w.status, bron: w.bron, noot: w.noot });
  }
  const g = referentieGemiddelde(eenheden, indicator, periode);
  if (g.n > 0) {
    const noot = g.ontbrekend.length ? `Zonder ${g.ontbrekend.join(', ')} (geen waarde).` : null;
    punten.push({ code: 'REF_GEM', label: gemiddeldeLabel, rol: 'referentiegemiddelde', waarde: g.gemiddelde, status: null, bron: 'bewerking Jeugdzorg Verkenner', noot });
  }
  return punten.sort((a, b) => ROL_VOLGORDE[a.rol] - ROL_VOLGORDE[b.rol]);
}

/** Relative difference of the gemeente to the reference mean, in percent (−22,6 means 22,6 % lower). */
export function verschilMetGemiddelde(waarde: number | null, gemiddelde: number | null): number | null {
  if (waarde === null || gemiddelde === null || gemiddelde === 0) return null;
  return ((waarde - gemiddelde) / gemiddelde) * 100;
}
