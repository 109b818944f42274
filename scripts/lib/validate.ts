/**
 * Validatie van de brondata in data/ — pure functies, zodat unit-tests ze direct aanroepen.
 *
 * Elke fout noemt bestand, regel (1-based, kopregel = 1) en kolom, in het Nederlands.
 * We verzamelen alle fouten in plaats van te stoppen bij de eerste: wie data invoert,
 * wil in één keer zien wat er mis is.
 */
import type { CsvTabel, CsvRij } from './csv.ts';
import {
  KOLOMMEN,
  REGIO_SOORTEN,
  EENHEDEN,
  STATUSSEN,
  RICHTINGEN,
  ROLLEN,
  PERIODE_RE,
  GETAL_RE,
  REGIOCODE_RE,
  INDICATORCODE_RE,
  DATUM_RE,
  bronId,
  type Bestandssoort,
  type Bron,
  type Dataset,
  type Discrepantie,
  type Feit,
  type Grootteklasse,
  type Indicator,
  type ReferentieLid,
  type Regio,
} from './schema.ts';

export type FoutCode =
  | 'ontbrekende_kolom'
  | 'lege_verplichte_waarde'
  | 'onbekende_regio'
  | 'dubbele_sleutel'
  | 'geen_getal'
  | 'buiten_bereik'
  | 'onbekende_indicator'
  | 'onbekende_eenheid'
  | 'ongeldige_periode'
  | 'onbekende_status'
  | 'ontbrekende_bron'
  | 'onbekende_bron'
  | 'onbekende_soort'
  | 'onbekende_richting'
  | 'onbekende_rol'
  | 'ongeldige_code'
  | 'ongeldige_datum'
  | 'lege_waarde_zonder_noot';

export interface DataFout {
  code: FoutCode;
  bestand: string;
  regel: number;
  kolom: string;
  melding: string;
}

export function foutTekst(f: DataFout): string {
  return `${f.bestand}, regel ${f.regel}, kolom '${f.kolom}': ${f.melding}`;
}

/** Alle invoer, al geparsed. Regio's en feiten mogen over meerdere bestanden verdeeld zijn. */
export interface DataInvoer {
  regios: CsvTabel[];
  grootteklassen: CsvTabel;
  indicatoren: CsvTabel;
  bronnen: CsvTabel;
  referentiesets: CsvTabel;
  discrepanties: CsvTabel;
  feiten: CsvTabel[];
}

export interface ValidatieResultaat {
  dataset: Dataset;
  fouten: DataFout[];
}

/** Hulpje dat fouten verzamelt met bestand en regel van de huidige rij. */
class Verzamelaar {
  fouten: DataFout[] = [];
  fout(code: FoutCode, bestand: string, regel: number, kolom: string, melding: string): void {
    this.fouten.push({ code, bestand, regel, kolom, melding });
  }
}

/** Controleert of alle verplichte kolommen bestaan. Geeft false als er één ontbreekt. */
export function controleerKolommen(t: CsvTabel, soort: Bestandssoort, v: Verzamelaar): boolean {
  let ok = true;
  for (const k of KOLOMMEN[soort]) {
    if (!t.kolommen.includes(k)) {
      v.fout('ontbrekende_kolom', t.bestand, 1, k, `verplichte kolom '${k}' ontbreekt in de kopregel`);
      ok = false;
    }
  }
  return ok;
}

function verplicht(t: CsvTabel, r: CsvRij, kolom: string, v: Verzamelaar): string {
  const w = (r.waarden[kolom] ?? '').trim();
  if (w === '') v.fout('lege_verplichte_waarde', t.bestand, r.regel, kolom, `'${kolom}' is leeg`);
  return w;
}

function getal(t: CsvTabel, r: CsvRij, kolom: string, v: Verzamelaar, leegMag: boolean): number | null {
  const w = (r.waarden[kolom] ?? '').trim();
  if (w === '') {
    if (!leegMag) v.fout('lege_verplichte_waarde', t.bestand, r.regel, kolom, `'${kolom}' is leeg`);
    return null;
  }
  if (!GETAL_RE.test(w)) {
    v.fout(
      'geen_getal',
      t.bestand,
      r.regel,
      kolom,
      `'${w}' is geen getal (gebruik een decimale punt, geen duizendtalscheiding of eenheid)`,
    );
    return null;
  }
  return Number(w);
}

function inLijst<T extends string>(
  lijst: readonly T[],
  code: FoutCode,
  wat: string,
  t: CsvTabel,
  r: CsvRij,
  kolom: string,
  v: Verzamelaar,
): T {
  const w = (r.waarden[kolom] ?? '').trim();
  if (!(lijst as readonly string[]).includes(w)) {
    v.fout(code, t.bestand, r.regel, kolom, `onbekende ${wat} '${w}' (toegestaan: ${lijst.join(', ')})`);
  }
  return w as T;
}

function controleerPeriode(t: CsvTabel, r: CsvRij, kolom: string, v: Verzamelaar): string {
  const w = (r.waarden[kolom] ?? '').trim();
  if (!PERIODE_RE.test(w)) {
    v.fout(
      'ongeldige_periode',
      t.bestand,
      r.regel,
      kolom,
      `periode '${w}' heeft geen CBS-formaat (bijv. 2019JJ00, 2017HJ01, 2020KW03, 2021MM07)`,
    );
  }
  return w;
}

function controleerBron(t: CsvTabel, r: CsvRij, kolom: string, bronIds: Set<string>, v: Verzamelaar): string {
  const w = (r.waarden[kolom] ?? '').trim();
  if (w === '') {
    v.fout('ontbrekende_bron', t.bestand, r.regel, kolom, 'bron ontbreekt: elk cijfer moet herleidbaar zijn');
  } else if (!bronIds.has(bronId(w))) {
    v.fout('onbekende_bron', t.bestand, r.regel, kolom, `bron '${bronId(w)}' staat niet in bronnen.csv`);
  }
  return w;
}

function controleerRegio(
  t: CsvTabel,
  r: CsvRij,
  kolom: string,
  regios: Map<string, Regio>,
  v: Verzamelaar,
  soort?: Regio['soort'],
): string {
  const w = (r.waarden[kolom] ?? '').trim();
  const regio = regios.get(w);
  if (!regio) v.fout('onbekende_regio', t.bestand, r.regel, kolom, `regiocode '${w}' staat niet in de regio's`);
  else if (soort && regio.soort !== soort) {
    v.fout('onbekende_regio', t.bestand, r.regel, kolom, `regio '${w}' is een ${regio.soort}, verwacht ${soort}`);
  }
  return w;
}

interface Herkomst {
  bestand: string;
  regel: number;
}
type AlGezien = (sleutel: string, kolom: string, melding: (eerder: Herkomst) => string) => boolean;

/** Remembers each key with its row; a key seen before is an error on the later row, naming the earlier one. */
function sleutelRegister(v: Verzamelaar) {
  const gezien = new Map<string, Herkomst>();
  return (t: CsvTabel, r: CsvRij, ...[sleutel, kolom, melding]: Parameters<AlGezien>): boolean => {
    const eerder = gezien.get(sleutel);
    if (!eerder) {
      gezien.set(sleutel, { bestand: t.bestand, regel: r.regel });
      return false;
    }
    v.fout('dubbele_sleutel', t.bestand, r.regel, kolom, melding(eerder));
    return true;
  };
}

/** The frame of a table validator: the columns checked, then each row to a record (or null to skip it). */
function perRij<T>(t: CsvTabel, soort: Bestandssoort, v: Verzamelaar, rij: (r: CsvRij, alGezien: AlGezien) => T | null): T[] {
  if (!controleerKolommen(t, soort, v)) return [];
  const register = sleutelRegister(v);
  const uit: T[] = [];
  for (const r of t.rijen) {
    const x = rij(r, (...a) => register(t, r, ...a));
    if (x !== null) uit.push(x);
  }
  return uit;
}

// ---------------------------------------------------------------------------------------------

export function valideerBronnen(t: CsvTabel, v: Verzamelaar): Bron[] {
  return perRij(t, 'bronnen', v, (r, alGezien): Bron | null => {
    const id = verplicht(t, r, 'id', v);
    verplicht(t, r, 'titel', v);
    verplicht(t, r, 'licentie', v);
    if (id && alGezien(id, 'id', (eerder) => `bron-id '${id}' komt al voor op regel ${eerder.regel}`)) return null;
    const w = r.waarden;
    return {
      id,
      titel: w.titel.trim(),
      uitgever: w.uitgever.trim(),
      jaar: w.jaar.trim(),
      tabel_id: w.tabel_id.trim(),
      document: w.document.trim(),
      regels: w.regels.trim(),
      licentie: w.licentie.trim(),
      citatie: w.citatie.trim(),
    };
  });
}

export function valideerIndicatoren(t: CsvTabel, v: Verzamelaar): Indicator[] {
  return perRij(t, 'indicatoren', v, (r, alGezien): Indicator | null => {
    const code = verplicht(t, r, 'code', v);
    if (code && !INDICATORCODE_RE.test(code)) {
      v.fout('ongeldige_code', t.bestand, r.regel, 'code', `indicatorcode '${code}': alleen a-z, 0-9 en _`);
    }
    if (alGezien(code, 'code', (eerder) => `indicator '${code}' komt al voor op regel ${eerder.regel}`)) return null;
    verplicht(t, r, 'naam_nl', v);
    verplicht(t, r, 'naam_en', v);
    const eenheid = inLijst(EENHEDEN, 'onbekende_eenheid', 'eenheid', t, r, 'eenheid', v);
    const richting = inLijst(RICHTINGEN, 'onbekende_richting', 'richting', t, r, 'richting', v);
    const w = r.waarden;
    return {
      code,
      naam_nl: w.naam_nl.trim(),
      naam_en: w.naam_en.trim(),
      eenheid,
      definitie: w.definitie.trim(),
      formule: w.formule.trim(),
      richting,
      cbs_code: w.cbs_code.trim(),
    };
  });
}

/**
 * Regio's uit één of meer bestanden. Verwijzingen (provincie, grootteklasse, opvolger) worden
 * pas gecontroleerd als alle bestanden gelezen zijn, want ze mogen naar elkaar verwijzen.
 */
export function valideerRegios(tabellen: CsvTabel[], v: Verzamelaar): Regio[] {
  const regios = new Map<string, Regio>();
  const herkomst = new Map<string, { t: CsvTabel; r: CsvRij }>();
  for (const t of tabellen) {
    if (!controleerKolommen(t, 'regios', v)) continue;
    for (const r of t.rijen) {
      const code = verplicht(t, r, 'code', v);
      if (code && !REGIOCODE_RE.test(code)) {
        v.fout('ongeldige_code', t.bestand, r.regel, 'code', `regiocode '${code}': hoofdletters, cijfers en _`);
      }
      const eerder = herkomst.get(code);
      if (eerder) {
        v.fout(
          'dubbele_sleutel',
          t.bestand,
          r.regel,
          'code',
          `regiocode '${code}' komt al voor (${eerder.t.bestand}, regel ${eerder.r.regel})`,
        );
        continue;
      }
      verplicht(t, r, 'naam', v);
      const soort = inLijst(REGIO_SOORTEN, 'onbekende_soort', 'regiosoort', t, r, 'soort', v);
      const sted = getal(t, r, 'stedelijkheid', v, true);
      if (sted !== null && !(Number.isInteger(sted) && sted >= 1 && sted <= 5)) {
        v.fout('buiten_bereik', t.bestand, r.regel, 'stedelijkheid', `stedelijkheid ${sted} ligt niet in 1–5`);
      }
      const opgeheven = r.waarden.opgeheven_per.trim();
      if (opgeheven && !DATUM_RE.test(opgeheven)) {
        v.fout('ongeldige_datum', t.bestand, r.regel, 'opgeheven_per', `'${opgeheven}' is geen datum JJJJ-MM-DD`);
      }
      const w = r.waarden;
      regios.set(code, {
        code,
        naam: w.naam.trim(),
        soort,
        provincie: w.provincie.trim(),
        grootteklasse: w.grootteklasse.trim(),
        stedelijkheid: sted,
        opgeheven_per: opgeheven,
        opvolger_code: w.opvolger_code.trim(),
        noot: w.noot.trim(),
      });
      herkomst.set(code, { t, r });
    }
  }
  for (const [code, { t, r }] of herkomst) {
    const g = regios.get(code)!;
    if (g.provincie) controleerRegio(t, r, 'provincie', regios, v, 'provincie');
    if (g.grootteklasse) controleerRegio(t, r, 'grootteklasse', regios, v, 'grootteklasse');
    if (g.opvolger_code) {
      controleerRegio(t, r, 'opvolger_code', regios, v);
      if (!g.opgeheven_per) {
        v.fout('ongeldige_datum', t.bestand, r.regel, 'opgeheven_per', 'opvolger_code zonder opgeheven_per');
      }
    }
  }
  return [...regios.values()];
}

export function valideerGrootteklassen(t: CsvTabel, regios: Map<string, Regio>, v: Verzamelaar): Grootteklasse[] {
  return perRij(t, 'grootteklassen', v, (r, alGezien): Grootteklasse | null => {
    const code = controleerRegio(t, r, 'code', regios, v, 'grootteklasse');
    if (alGezien(code, 'code', () => `grootteklasse '${code}' staat er twee keer in`)) return null;
    return {
      code,
      ondergrens: getal(t, r, 'ondergrens', v, true),
      bovengrens: getal(t, r, 'bovengrens', v, true),
      toelichting: r.waarden.toelichting.trim(),
    };
  });
}

/** Bereik per eenheid: een deciel van 11 of een percentage van 140 is een invoerfout. */
function controleerBereik(t: CsvTabel, r: CsvRij, eenheid: string, waarde: number, v: Verzamelaar): void {
  let fout = '';
  if (eenheid === 'deciel' && !(Number.isInteger(waarde) && waarde >= 1 && waarde <= 10)) fout = 'een deciel is een geheel getal 1–10';
  if (eenheid === 'procent' && (waarde < 0 || waarde > 100)) fout = 'een percentage ligt tussen 0 en 100';
  if ((eenheid === 'aantal' || eenheid === 'euro' || eenheid === 'per_1000' || eenheid === 'index') && waarde < 0) {
    fout = `een ${eenheid} is niet negatief`;
  }
  if (fout) v.fout('buiten_bereik', t.bestand, r.regel, 'waarde', `${waarde} is onmogelijk: ${fout}`);
}

export function valideerFeiten(
  tabellen: CsvTabel[],
  regios: Map<string, Regio>,
  indicatoren: Map<string, Indicator>,
  bronIds: Set<string>,
  v: Verzamelaar,
): Feit[] {
  const uit: Feit[] = [];
  const alGezien = sleutelRegister(v);
  for (const t of tabellen) {
    if (!controleerKolommen(t, 'feiten', v)) continue;
    for (const r of t.rijen) {
      const aantal = v.fouten.length;
      const regio = controleerRegio(t, r, 'regio_code', regios, v);
      const periode = controleerPeriode(t, r, 'periode', v);
      const indCode = (r.waarden.indicator ?? '').trim();
      const ind = indicatoren.get(indCode);
      if (!ind) v.fout('onbekende_indicator', t.bestand, r.regel, 'indicator', `indicator '${indCode}' staat niet in indicatoren.csv`);
      const waarde = getal(t, r, 'waarde', v, true);
      const noot = (r.waarden.noot ?? '').trim();
      if ((r.waarden.waarde ?? '').trim() === '' && noot === '') {
        v.fout(
          'lege_waarde_zonder_noot',
          t.bestand,
          r.regel,
          'waarde',
          'lege waarde zonder noot: een ontbrekend cijfer moet uitgelegd worden (en is nooit 0)',
        );
      }
      if (waarde !== null && ind) controleerBereik(t, r, ind.eenheid, waarde, v);
      const status = inLijst(STATUSSEN, 'onbekende_status', 'status', t, r, 'status', v);
      const bron = controleerBron(t, r, 'bron', bronIds, v);
      const dubbel = alGezien(t, r, `${regio}|${periode}|${indCode}`, 'regio_code', (eerder) =>
        `dubbele sleutel (regio_code, periode, indicator) = (${regio}, ${periode}, ${indCode}); eerder in ${eerder.bestand}, regel ${eerder.regel}`);
      if (dubbel) continue;
      // Een rij met fouten komt niet in de dataset: zo gaat nooit een half cijfer door.
      if (v.fouten.length > aantal) continue;
      uit.push({ regio_code: regio, periode, indicator: indCode, waarde, status, bron, noot });
    }
  }
  return uit;
}

export function valideerReferentiesets(
  t: CsvTabel,
  regios: Map<string, Regio>,
  bronIds: Set<string>,
  v: Verzamelaar,
): ReferentieLid[] {
  return perRij(t, 'referentiesets', v, (r, alGezien): ReferentieLid | null => {
    const focus = controleerRegio(t, r, 'focus_code', regios, v, 'gemeente');
    const lid = controleerRegio(t, r, 'lid_code', regios, v);
    const rol = inLijst(ROLLEN, 'onbekende_rol', 'rol', t, r, 'rol', v);
    const volgorde = getal(t, r, 'volgorde', v, false);
    const bron = controleerBron(t, r, 'bron', bronIds, v);
    if (alGezien(`${focus}|${lid}`, 'lid_code', () => `'${lid}' staat al in de referentieset van '${focus}'`)) return null;
    return { focus_code: focus, lid_code: lid, rol, volgorde: volgorde ?? 0, bron };
  });
}

export function valideerDiscrepanties(
  t: CsvTabel,
  regios: Map<string, Regio>,
  indicatoren: Map<string, Indicator>,
  bronIds: Set<string>,
  v: Verzamelaar,
): Discrepantie[] {
  return perRij(t, 'discrepanties', v, (r, alGezien): Discrepantie | null => {
    const regio = controleerRegio(t, r, 'regio_code', regios, v);
    const indicator = (r.waarden.indicator ?? '').trim();
    if (!indicatoren.has(indicator)) {
      v.fout('onbekende_indicator', t.bestand, r.regel, 'indicator', `indicator '${indicator}' staat niet in indicatoren.csv`);
    }
    const periode = controleerPeriode(t, r, 'periode', v);
    const soort = verplicht(t, r, 'soort', v);
    const melding = verplicht(t, r, 'melding', v);
    const bron = controleerBron(t, r, 'bron', bronIds, v);
    return { regio_code: regio, indicator, periode, soort, melding, bron };
  });
}

/** Valideert alles en geeft de getypeerde dataset plus alle fouten terug. */
export function valideerDataset(invoer: DataInvoer): ValidatieResultaat {
  const v = new Verzamelaar();
  const bronnen = valideerBronnen(invoer.bronnen, v);
  const bronIds = new Set(bronnen.map((b) => b.id));
  const indicatoren = valideerIndicatoren(invoer.indicatoren, v);
  const indMap = new Map(indicatoren.map((i) => [i.code, i]));
  const regios = valideerRegios(invoer.regios, v);
  const regioMap = new Map(regios.map((r) => [r.code, r]));
  const grootteklassen = valideerGrootteklassen(invoer.grootteklassen, regioMap, v);
  const referentiesets = valideerReferentiesets(invoer.referentiesets, regioMap, bronIds, v);
  const discrepanties = valideerDiscrepanties(invoer.discrepanties, regioMap, indMap, bronIds, v);
  const feiten = valideerFeiten(invoer.feiten, regioMap, indMap, bronIds, v);
  return {
    dataset: { regios, grootteklassen, indicatoren, bronnen, referentiesets, discrepanties, feiten },
    fouten: v.fouten,
  };
}

export { Verzamelaar };
