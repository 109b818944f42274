// Name/code → gemeente lookup, including dissolved gemeenten (herindelingen). A figure for a dissolved
// gemeente stays on its OLD code with a note; it is never added into the successor.
import Papa from 'papaparse';
import type { GemeenteInfo } from './typen.ts';
import { melding, meldingTekst, type Melding } from './melding.ts';
import type { Herindeling } from '../url/staat';
import type { GemeenteRij } from '../db/vragen';

export const GEMEENTE_CODE = /^GM\d{4}$/;
export const NEDERLAND = 'NL01';

/** Lower case, no diacritics, single spaces, no " (gemeente)" suffix: how names are compared. */
export function normaliseerNaam(naam: string): string {
  return naam
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*\(gemeente\)$/, '');
}

export type RegioTreffer =
  // `noot` is stored with the fact (Dutch); `opgeheven` is the same note as a message.
  | { soort: 'gemeente'; code: string; noot: string; opgeheven?: Melding }
  | { soort: 'nederland'; code: typeof NEDERLAND; noot: '' }
  | { soort: 'geen-gemeente'; reden: Melding }
  | { soort: 'onbekend' };

/** Region labels/codes that are real CBS regions but not gemeenten (provincie, landsdeel, …). */
const NIET_GEMEENTE_LABEL = /\((PV|LD|CR|JZ|COROP|GGD|RES|VR|AM|RB)\)\s*$/i;
const NIET_GEMEENTE_CODE = /^(PV|LD|CR|JZ|GG|RE|VR|AM|RB|WK|BU)\d+/;

export class GemeenteOpzoeking {
  private perCode = new Map<string, GemeenteInfo>();
  private perNaam = new Map<string, GemeenteInfo>();
  readonly leeg: boolean;

  constructor(gemeenten: GemeenteInfo[] = []) {
    this.leeg = gemeenten.length === 0;
    for (const g of gemeenten) {
      this.perCode.set(g.code, g);
      // A current gemeente wins a name clash with a dissolved one.
      for (const n of [g.naam, ...(g.aliassen ?? [])]) {
        const k = normaliseerNaam(n);
        const al = this.perNaam.get(k);
        if (!al || (al.opgegaanIn && !g.opgegaanIn)) this.perNaam.set(k, g);
      }
    }
  }

  private treffer(g: GemeenteInfo): RegioTreffer {
    if (!g.opgegaanIn) return { soort: 'gemeente', code: g.code, noot: '' };
    const opgeheven = melding('imp_m_opgeheven', { naam: g.naam, code: g.code, per: g.opgegaanIn.per, naar: g.opgegaanIn.naam, naarCode: g.opgegaanIn.code });
    return { soort: 'gemeente', code: g.code, noot: meldingTekst('nl', opgeheven), opgeheven };
  }

  /** A code from an OData file ("GM0150    ", "NL01  "). Padding spaces are CBS's, not an error. */
  zoekCode(ruw: string): RegioTreffer {
    const code = ruw.trim().toUpperCase();
    if (code === NEDERLAND || code === 'NL00') return { soort: 'nederland', code: NEDERLAND, noot: '' };
    if (GEMEENTE_CODE.test(code)) {
      const g = this.perCode.get(code);
      if (g) return this.treffer(g);
      if (this.leeg) return { soort: 'gemeente', code, noot: '' };
      return { soort: 'onbekend' };
    }
    if (NIET_GEMEENTE_CODE.test(code)) return { soort: 'geen-gemeente', reden: melding('imp_m_regio_geen_gemeente', { regio: code }) };
    return { soort: 'onbekend' };
  }

  /** A name from a StatLine download ("Deventer", "'s-Gravenhage (gemeente)", "Nederland"). */
  zoekNaam(ruw: string): RegioTreffer {
    const naam = ruw.trim();
    if (GEMEENTE_CODE.test(naam.toUpperCase()) || /^NL0[01]$/i.test(naam)) return this.zoekCode(naam);
    const k = normaliseerNaam(naam);
    if (k === 'nederland') return { soort: 'nederland', code: NEDERLAND, noot: '' };
    if (NIET_GEMEENTE_LABEL.test(naam)) return { soort: 'geen-gemeente', reden: melding('imp_m_regio_label_geen_gemeente', { regio: naam }) };
    const g = this.perNaam.get(k);
    return g ? this.treffer(g) : { soort: 'onbekend' };
  }
}

// One merger record type for the whole app (the URL module owns it).
export type { Herindeling };

/** Reads the project's herindelingen CSV (`van_code,van_naam,naar_code,naar_naam,ingangsdatum,bron`). */
export function leesHerindelingen(csv: string): Herindeling[] {
  const r = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true });
  return r.data.map((x) => ({
    van_code: x.van_code.trim(),
    van_naam: x.van_naam.trim(),
    naar_code: x.naar_code.trim(),
    naar_naam: x.naar_naam.trim(),
    ingangsdatum: x.ingangsdatum.trim(),
  }));
}

/**
 * Builds the caller's lookup: current gemeenten plus every dissolved one from the mergers table.
 * When a successor itself dissolved later (chain), the note names the direct successor only.
 */
export function bouwGemeenteLijst(huidige: { code: string; naam: string }[], herindelingen: Herindeling[]): GemeenteInfo[] {
  const perCode = new Map<string, GemeenteInfo>(huidige.map((g) => [g.code, { code: g.code, naam: g.naam }]));
  for (const h of herindelingen) {
    // Also when the caller's list is an older indeling that still holds the code: it is dissolved now.
    const al = perCode.get(h.van_code);
    perCode.set(h.van_code, {
      code: h.van_code,
      naam: al?.naam || h.van_naam,
      aliassen: al && al.naam !== h.van_naam ? [h.van_naam] : undefined,
      opgegaanIn: { code: h.naar_code, naam: h.naar_naam, per: h.ingangsdatum },
    });
  }
  return [...perCode.values()];
}

/**
 * Builds the lookup from the project's region table (`data/cbs/regios-gemeenten.csv` format:
 * `code;naam;soort;…;opgeheven_per;opvolger_code;…`). Only rows with soort `gemeente` are used.
 */
export function gemeentenUitRegios(csv: string): GemeenteInfo[] {
  const r = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, '').trim(), { header: true, skipEmptyLines: true, delimiter: ';' });
  const rijen = r.data.filter((x) => (x.soort ?? 'gemeente').trim() === 'gemeente' && GEMEENTE_CODE.test((x.code ?? '').trim()));
  return gemeenteLijst(
    rijen.map((x) => ({ code: x.code.trim(), naam: x.naam.trim(), soort: 'gemeente', opvolger_code: (x.opvolger_code ?? '').trim() || null, opgeheven_per: (x.opgeheven_per ?? '').trim() })),
  );
}

/** Gemeenten (current and dissolved) from the region table (as loaded, or as read by gemeentenUitRegios), for the name/code lookup of the parsers. */
export function gemeenteLijst(regios: Pick<GemeenteRij, 'code' | 'naam' | 'soort' | 'opvolger_code' | 'opgeheven_per'>[]): GemeenteInfo[] {
  const naam = new Map(regios.map((r) => [r.code, r.naam]));
  return regios
    .filter((r) => r.soort === 'gemeente')
    .map((r) => ({
      code: r.code,
      naam: r.naam,
      ...(r.opvolger_code ? { opgegaanIn: { code: r.opvolger_code, naam: naam.get(r.opvolger_code) ?? r.opvolger_code, per: r.opgeheven_per ?? '' } } : {}),
    }));
}
