/**
 * Validation of the Doorbraak page's bundled tables (data/casus/kengetallen.csv rows of dataset
 * ipw-vijf-gemeenten and data/doorbraak/*.csv). Pure: the build script feeds it parsed rows and
 * stops on any error; the unit tests feed it broken rows. Every derived figure (`afgeleid`) must
 * have a formula here and match it, so a page figure can never drift from the printed ones.
 */
import type { Fout } from '../casus/valideer.ts';
import { melding as m } from '../../import/melding.ts';
import {
  DOMEINEN, INSTRUMENTEN,
  type Barriere, type Doorbraak, type DoorbraakBundel, type DoorbraakGemeente, type Kengetal, type ParadigmaRij,
} from './typen.ts';

export const IPW_DATASET = 'ipw-vijf-gemeenten';
const REGEL = /^L\d+(-\d+)?( L\d+(-\d+)?)*$/;
const GM = /^GM\d{4}$/;
const STATUS = ['definitief', 'voorlopig', 'onbekend'];

type Ruw = Record<string, string | undefined>;
export interface Tabellen {
  kengetallen: Ruw[];
  gemeenten: Ruw[];
  doorbraken: Ruw[];
  barrieres: Ruw[];
  paradigma: Ruw[];
}

/** Derived figures and how they follow from printed ones (ids in kengetallen.csv). */
export const AFGELEID: Readonly<Record<string, { formule: (k: (id: string) => number) => number; decimalen: number }>> = {
  'ipw:maatwerkbudget_begroot': { formule: (k) => 5 * k('ipw:maatwerkbudget_per_gemeente'), decimalen: 2 },
  'ipw:maatwerkbudget_pct': { formule: (k) => (100 * k('ipw:maatwerkbudget_gebruikt')) / k('ipw:maatwerkbudget_begroot'), decimalen: 1 },
  'zwolle:voorkomen_jb': { formule: (k) => (2 * k('zwolle:voorkomen')) / 3, decimalen: 2 },
  'zwolle:voorkomen_overig': { formule: (k) => k('zwolle:voorkomen') / 3, decimalen: 2 },
  'zwolle:opschaling_30_afgeleid': { formule: (k) => 30 * k('zwolle:per_casus'), decimalen: 2 },
  'zwolle:opschaling_40_afgeleid': { formule: (k) => 40 * k('zwolle:per_casus'), decimalen: 2 },
  'tilburg:besparing_per_gezin': { formule: (k) => k('tilburg:per_gezin') - k('tilburg:alternatief'), decimalen: 2 },
  'nijkerk:18min_verschil': { formule: (k) => k('nijkerk:18min_dreigend') - k('nijkerk:18min_huidig'), decimalen: 2 },
  'nijkerk:18plus_verschil': { formule: (k) => k('nijkerk:18plus_dreigend') - k('nijkerk:18plus_huidig'), decimalen: 2 },
  'nijkerk:netto_20': { formule: (k) => k('nijkerk:besparing_20') - k('nijkerk:investering_20'), decimalen: 2 },
};

const rond = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

class Verzamel {
  fouten: Fout[] = [];
  constructor(private bestand: string) {}
  fout(rij: number, kolom: string, waarde: string | undefined, melding: string) {
    // The bundled data's build-time check: Dutch only, carried as text.
    this.fouten.push({ bestand: this.bestand, rij, kolom, waarde: waarde ?? '', melding, reden: m('imp_m_los', { tekst: melding }) });
  }
  tekst(r: Ruw, rij: number, kolom: string): string {
    const v = (r[kolom] ?? '').trim();
    if (v === '') this.fout(rij, kolom, v, 'verplicht veld is leeg');
    return v;
  }
  keuze<T extends string>(r: Ruw, rij: number, kolom: string, lijst: readonly T[]): T {
    const v = (r[kolom] ?? '').trim();
    if (!(lijst as readonly string[]).includes(v)) this.fout(rij, kolom, v, `onbekende waarde; toegestaan: ${lijst.join(', ')}`);
    return v as T;
  }
  regel(r: Ruw, rij: number, kolom = 'regel'): string {
    const v = (r[kolom] ?? '').trim();
    if (!REGEL.test(v)) this.fout(rij, kolom, v, 'regelverwijzing moet de vorm L123 of L123-130 hebben (meerdere met een spatie)');
    return v;
  }
}

function kengetallen(rijen: Ruw[], v: Verzamel): Kengetal[] {
  const uit: Kengetal[] = [];
  const gezien = new Set<string>();
  rijen.forEach((r, i) => {
    if ((r.dataset_id ?? '').trim() !== IPW_DATASET) return;
    const rij = i + 1;
    const id = v.tekst(r, rij, 'kengetal_id');
    if (gezien.has(id)) v.fout(rij, 'kengetal_id', id, 'dubbele sleutel');
    gezien.add(id);
    const ruw = (r.waarde ?? '').trim();
    const waarde = Number(ruw);
    if (ruw === '' || !Number.isFinite(waarde)) v.fout(rij, 'waarde', ruw, 'geen getal (decimaalpunt, geen duizendtalscheiding)');
    const code = (r.gemeente_code ?? '').trim();
    if (code !== '' && !GM.test(code)) v.fout(rij, 'gemeente_code', code, 'geen gemeentecode (GM en vier cijfers)');
    uit.push({
      id, gemeente_code: code, gemeente: v.tekst(r, rij, 'gemeente'), populatie: (r.populatie ?? '').trim(),
      omschrijving: v.tekst(r, rij, 'omschrijving'), waarde, eenheid: v.tekst(r, rij, 'eenheid'), periode: (r.periode ?? '').trim(),
      soort: v.keuze(r, rij, 'soort', ['gedrukt', 'afgeleid'] as const), status: v.keuze(r, rij, 'status', STATUS),
      bron: v.tekst(r, rij, 'bron'), regel: v.regel(r, rij), notitie: (r.notitie ?? '').trim(),
    });
  });
  // derived figures: each needs a formula and must match it
  const per = new Map(uit.map((k) => [k.id, k]));
  const k = (id: string) => {
    const x = per.get(id);
    if (!x) throw new Error(id);
    return x.waarde;
  };
  uit.forEach((kg) => {
    if (kg.soort !== 'afgeleid') return;
    const rij = rijen.findIndex((r) => (r.kengetal_id ?? '').trim() === kg.id) + 1;
    const f = AFGELEID[kg.id];
    if (!f) return v.fout(rij, 'soort', kg.soort, 'afgeleid cijfer zonder rekenregel in src/lib/model/doorbraak/valideer.ts');
    let verwacht: number;
    try {
      verwacht = rond(f.formule(k), f.decimalen);
    } catch (e) {
      return v.fout(rij, 'waarde', String(kg.waarde), `afgeleid uit ${(e as Error).message}, dat ontbreekt`);
    }
    if (rond(kg.waarde, f.decimalen) !== verwacht) v.fout(rij, 'waarde', String(kg.waarde), `afgeleid cijfer klopt niet: de rekenregel geeft ${verwacht}`);
  });
  return uit;
}

function gemeenten(rijen: Ruw[], v: Verzamel, ids: Set<string>): DoorbraakGemeente[] {
  return rijen.map((r, i) => {
    const rij = i + 1;
    const code = v.tekst(r, rij, 'gemeente_code');
    if (code && !GM.test(code)) v.fout(rij, 'gemeente_code', code, 'geen gemeentecode (GM en vier cijfers)');
    const kg = (r.casussen_kengetal ?? '').trim();
    const woord = (r.casussen_tekst ?? '').trim();
    if (kg && !ids.has(kg)) v.fout(rij, 'casussen_kengetal', kg, 'dit kengetal staat niet in kengetallen.csv');
    if (!kg && !woord) v.fout(rij, 'casussen_tekst', woord, 'geef een kengetal of het woord uit het rapport (bijv. enkele)');
    return {
      gemeente_code: code, gemeente: v.tekst(r, rij, 'gemeente'), thema_nl: v.tekst(r, rij, 'thema_nl'), thema_en: v.tekst(r, rij, 'thema_en'),
      casussen_kengetal: kg, casussen_tekst: woord, casus_naam: v.tekst(r, rij, 'casus_naam'), casus_nl: v.tekst(r, rij, 'casus_nl'),
      casus_en: v.tekst(r, rij, 'casus_en'), regel: v.regel(r, rij),
    };
  });
}

function gemeenteBekend(r: Ruw, rij: number, v: Verzamel, codes: Set<string>): string {
  const code = v.tekst(r, rij, 'gemeente_code');
  if (code && !codes.has(code)) v.fout(rij, 'gemeente_code', code, 'gemeente staat niet in data/doorbraak/gemeenten.csv');
  return code;
}

/** Validates all tables; `bundel` is only meaningful when `fouten` is empty. */
export function valideerBundel(t: Tabellen, document: string): { bundel: DoorbraakBundel; fouten: Fout[] } {
  const vk = new Verzamel('data/casus/kengetallen.csv');
  const kg = kengetallen(t.kengetallen, vk);
  const vg = new Verzamel('data/doorbraak/gemeenten.csv');
  const gm = gemeenten(t.gemeenten, vg, new Set(kg.map((k) => k.id)));
  const codes = new Set(gm.map((g) => g.gemeente_code));
  const vd = new Verzamel('data/doorbraak/doorbraken.csv');
  const db: Doorbraak[] = t.doorbraken.map((r, i) => ({
    gemeente_code: gemeenteBekend(r, i + 1, vd, codes), categorie: vd.tekst(r, i + 1, 'categorie'),
    doorbraak_nl: vd.tekst(r, i + 1, 'doorbraak_nl'), doorbraak_en: vd.tekst(r, i + 1, 'doorbraak_en'),
    vervangt_nl: (r.vervangt_nl ?? '').trim(), vervangt_en: (r.vervangt_en ?? '').trim(), regel: vd.regel(r, i + 1),
  }));
  const vb = new Verzamel('data/doorbraak/barrieres.csv');
  const ids = new Set<string>();
  const br: Barriere[] = t.barrieres.map((r, i) => {
    const id = vb.tekst(r, i + 1, 'barriere_id');
    if (ids.has(id)) vb.fout(i + 1, 'barriere_id', id, 'dubbele sleutel');
    ids.add(id);
    return {
      barriere_id: id, gemeente_code: gemeenteBekend(r, i + 1, vb, codes), instrument: vb.keuze(r, i + 1, 'instrument', INSTRUMENTEN),
      domein: vb.keuze(r, i + 1, 'domein', DOMEINEN), belemmering_nl: vb.tekst(r, i + 1, 'belemmering_nl'),
      belemmering_en: vb.tekst(r, i + 1, 'belemmering_en'), regel: vb.regel(r, i + 1),
    };
  });
  const vp = new Verzamel('data/doorbraak/paradigma.csv');
  const pa: ParadigmaRij[] = t.paradigma.map((r, i) => ({
    instrument: vp.keuze(r, i + 1, 'instrument', INSTRUMENTEN),
    beheersen_nl: vp.tekst(r, i + 1, 'beheersen_nl'), beheersen_en: vp.tekst(r, i + 1, 'beheersen_en'),
    effect_nl: vp.tekst(r, i + 1, 'effect_nl'), effect_en: vp.tekst(r, i + 1, 'effect_en'),
    ontwikkelen_nl: vp.tekst(r, i + 1, 'ontwikkelen_nl'), ontwikkelen_en: vp.tekst(r, i + 1, 'ontwikkelen_en'), regel: vp.regel(r, i + 1),
  }));
  const ontbreekt = INSTRUMENTEN.filter((i) => !pa.some((p) => p.instrument === i));
  if (ontbreekt.length) vp.fout(pa.length + 1, 'instrument', '', `ontbrekend sturingsinstrument: ${ontbreekt.join(', ')}`);
  const fouten = [vk, vg, vd, vb, vp].flatMap((x) => x.fouten);
  return { bundel: { document, kengetallen: kg, gemeenten: gm, doorbraken: db, barrieres: br, paradigma: pa }, fouten };
}
