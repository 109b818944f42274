// English for the importer's Dutch messages, at display time. The parsers keep writing Dutch (tests,
// the CSV download and the README rely on it); this table only reads those texts back. Every rule is
// anchored and captures the variable parts (file names, columns, values, codes, numbers), which are
// put back unchanged: user text is never interpreted, only carried over. A message without a rule
// stays Dutch rather than being dropped or half-translated.
import type { Afwijzing } from './typen.ts';
import { AFGEWEZEN_KOPPEN, afgewezenNaarCsv, veiligeCel } from './afgewezen-csv.ts';

import type { Taal } from '../i18n/taal';

interface Regel {
  nl: RegExp;
  en: (...d: string[]) => string;
}

const decimaalteken = (s: string) => (s === 'decimale komma' ? 'decimal comma' : s === 'decimale punt' ? 'decimal point' : s);
const komma = (s: string) => (s === 'komma' ? 'comma' : s === 'punt' ? 'point' : s);

// Order matters only where one Dutch text is a prefix of another; all rules are anchored (^…$, `s`
// so a value with a line break still matches).
const REGELS: Regel[] = [
  // src/lib/db/eigenData.ts (alsGeheugenFout)
  {
    nl: /^te weinig geheugen in de browser voor dit bestand; er is niets toegevoegd en de andere cijfers zijn ongewijzigd\. Splits het bestand \(bijv\. per indicator of per periode\) en lees de delen na elkaar in$/s,
    en: () => 'not enough memory in the browser for this file; nothing was added and the other figures are unchanged. Split the file (e.g. by indicator or by period) and read the parts one after the other',
  },
  // verzamelaar.ts / gemeenten.ts
  { nl: /^geen getal$/s, en: () => 'not a number' },
  { nl: /^onbekende gemeente$/s, en: () => 'unknown municipality' },
  { nl: /^onbekende gemeentecode$/s, en: () => 'unknown municipality code' },
  { nl: /^onbekende gemeente\(code\)$/s, en: () => 'unknown municipality (code)' },
  { nl: /^geen gemeente$/s, en: () => 'not a municipality' },
  { nl: /^regio '(.*)' is geen gemeente; niet ingelezen$/s, en: (r) => `region '${r}' is not a municipality; not read` },
  { nl: /^regio '(.*)' is geen gemeente \(provincie, landsdeel of regio\); niet ingelezen$/s, en: (r) => `region '${r}' is not a municipality (province, part of the country or region); not read` },
  {
    nl: /^dubbele sleutel (.*) \/ (.*) \/ (.*): staat al in (?:rij (\d+)|een eerdere rij)$/s,
    en: (g, p, i, rij) => `duplicate key ${g} / ${p} / ${i}: already in ${rij ? `row ${rij}` : 'an earlier row'}`,
  },
  { nl: /^dubbele sleutel: staat al in rij (\d+)$/s, en: (rij) => `duplicate key: already in row ${rij}` },
  { nl: /^geen gegevensrijen gevonden \(alleen een kopregel of een leeg bestand\)$/s, en: () => 'no data rows found (only a header row, or an empty file)' },
  { nl: /^(\d+) afgewezen rijen niet afzonderlijk bewaard$/s, en: (n) => `${n} rejected rows not kept individually` },
  { nl: /^geen gemeentelijst meegegeven; gemeentecodes alleen op vorm gecontroleerd$/s, en: () => 'no list of municipalities given; municipality codes checked on their form only' },
  {
    nl: /^tekst lijkt op HTML of script \('(.*)'\); wordt als platte tekst behandeld en nooit uitgevoerd \(onschadelijk\)$/s,
    en: (t) => `text looks like HTML or script ('${t}'); treated as plain text and never executed (harmless)`,
  },
  {
    nl: /^opgeheven gemeente (.*) \((.*?)\), per (.*?) opgegaan in (.*) \((.*?)\); cijfer blijft bij de oude gemeente$/s,
    en: (naam, code, per, naar, naarCode) => `dissolved municipality ${naam} (${code}), merged into ${naar} (${naarCode}) as of ${per}; the figure stays with the old municipality`,
  },
  // detectie.ts (the CBS-symbol notes end up in a fact's note)
  {
    nl: /^gemengde decimaaltekens in kolom '(.*)': rij (\d+) \('(.*)'\) gebruikt een (.+?), rij (\d+) \('(.*)'\) een (.+?)\. Het bestand is niet ingelezen; gebruik één notatie per kolom\.$/s,
    en: (k, r1, w1, t1, r2, w2, t2) =>
      `mixed decimal marks in column '${k}': row ${r1} ('${w1}') uses a ${decimaalteken(t1)}, row ${r2} ('${w2}') a ${decimaalteken(t2)}. The file was not read; use one notation per column.`,
  },
  { nl: /^ontbreekt \(CBS-teken '\.'\)$/s, en: () => "missing (CBS symbol '.')" },
  { nl: /^geheim \(CBS-teken 'x'\)$/s, en: () => "confidential (CBS symbol 'x')" },
  { nl: /^nihil \(CBS-teken '-'\); niet als 0 ingelezen$/s, en: () => "nil (CBS symbol '-'); not read as 0" },
  { nl: /^ontbreekt \(lege cel\)$/s, en: () => 'missing (empty cell)' },
  { nl: /^nader voorlopig \(CBS \*\*\)$/s, en: () => 'revised provisional (CBS **)' },
  // statline.ts
  { nl: /^regel met één cel overgeslagen \('(.*)'\)$/s, en: (t) => `line with a single cell skipped ('${t}')` },
  { nl: /^verwacht (\d+) kolommen, gevonden (\d+)$/s, en: (a, b) => `expected ${a} columns, found ${b}` },
  { nl: /^geen kolommen met cijfers naast de dimensiekolommen$/s, en: () => 'no columns with figures besides the dimension columns' },
  { nl: /^kolom '(.*)' ontbreekt in de kopregel \(gevonden: (.*)\)$/s, en: (k, g) => `column '${k}' is missing from the header row (found: ${g})` },
  {
    nl: /^geen kopregel met 'Regio's' en 'Perioden' gevonden in de eerste (\d+) rijen; is dit een StatLine-download\?$/s,
    en: (n) => `no header row with 'Regio's' and 'Perioden' found in the first ${n} rows; is this a StatLine download?`,
  },
  { nl: /^geen kopregel met 'Regio's' en 'Perioden' gevonden; is dit een StatLine-download\?$/s, en: () => "no header row with 'Regio's' and 'Perioden' found; is this a StatLine download?" },
  { nl: /^geen indicatorcode in de koppeling; voorlopig '(.*)' gebruikt$/s, en: (c) => `no indicator code in the mapping; '${c}' used for now` },
  // The examples are StatLine's own (Dutch) labels: what the file must contain, so kept.
  { nl: /^onbekende periode \(verwacht bijv\. (.*)\)$/s, en: (v) => `unknown period (expected e.g. ${v})` },
  // odata.ts
  { nl: /^vaste periode is geen CBS-periodecode$/s, en: () => 'fixed period is not a CBS period code' },
  { nl: /^kolom 'RegioS' \(of 'WijkenEnBuurten'\) ontbreekt; gevonden: (.*)$/s, en: (g) => `column 'RegioS' (or 'WijkenEnBuurten') is missing; found: ${g}` },
  { nl: /^kolom 'Perioden' ontbreekt en er is geen vaste periode opgegeven$/s, en: () => "column 'Perioden' is missing and no fixed period was given" },
  { nl: /^geen koppeling meegegeven; voorlopig indicator '(.*)' gebruikt$/s, en: (c) => `no mapping given; indicator '${c}' used for now` },
  { nl: /^(\d+) kolom\(men\) niet in de koppeling, niet ingelezen: (.*)$/s, en: (n, l) => `${n} column(s) not in the mapping, not read: ${l}` },
  { nl: /^geen enkele kolom met cijfers herkend \(controleer de koppeling\)$/s, en: () => 'no column with figures recognised (check the mapping)' },
  { nl: /^onbekende periodecode \(verwacht bijv\. (.*)\)$/s, en: (v) => `unknown period code (expected e.g. ${v})` },
  {
    nl: /^status \(voorlopig\/definitief\) van periode (.*) onbekend; geef de Perioden-lijst van de tabel mee$/s,
    en: (p) => `status (provisional/final) of period ${p} unknown; supply the table's Perioden list`,
  },
  { nl: /^(\d+) cel\(len\) met een categorie buiten de koppeling niet ingelezen$/s, en: (n) => `${n} cell(s) with a category outside the mapping not read` },
  { nl: /^geen geldige JSON \((.*)\)$/s, en: (m) => `not valid JSON (${m})` },
  { nl: /^JSON zonder "value"- of "d\.results"-lijst; is dit een CBS TypedDataSet\?$/s, en: () => 'JSON without a "value" or "d.results" list; is this a CBS TypedDataSet?' },
  // lang.ts
  { nl: /^verplichte kolom '(.*)' ontbreekt \(kopregel: (.*)\)$/s, en: (k, kop) => `required column '${k}' is missing (header row: ${kop})` },
  { nl: /^geen kolom 'status'; alle cijfers krijgen status 'onbekend'$/s, en: () => "no column 'status'; all figures get status 'onbekend' (unknown)" },
  { nl: /^ongeldige indicatorcode \(letters, cijfers, _ \. -\)$/s, en: () => 'invalid indicator code (letters, digits, _ . -)' },
  // The allowed values are codes the file must use: kept as written.
  { nl: /^status moet 'definitief', 'voorlopig' of 'onbekend' zijn$/s, en: () => "status must be 'definitief', 'voorlopig' or 'onbekend'" },
  { nl: /^leeg bestand: geen kopregel en geen gegevensrijen$/s, en: () => 'empty file: no header row and no data rows' },
  // casus.ts
  {
    nl: /^kopregel wijkt af van het contract voor tabel '(.*?)'; bevestig de kolomkoppeling(?: \(niet gevonden: (.*)\))?$/s,
    en: (t, mist) => `header row differs from the contract for table '${t}'; confirm the column mapping${mist !== undefined ? ` (not found: ${mist})` : ''}`,
  },
  { nl: /^verplichte kolom '(.*)' ontbreekt voor tabel '(.*?)'$/s, en: (k, t) => `required column '${k}' is missing for table '${t}'` },
  { nl: /^kolom\(men\) (.*) niet in het contract; genegeerd$/s, en: (k) => `column(s) ${k} not in the contract; ignored` },
  // importeer.ts / stroom.ts / client.ts
  { nl: /^bestand is te groot \((.*?) MB; maximaal (.*?) MB in de browser\)$/s, en: (mb, max) => `file is too large (${mb} MB; at most ${max} MB in the browser)` },
  { nl: /^groot bestand \((.*?) MB\); inlezen kan even duren$/s, en: (mb) => `large file (${mb} MB); reading may take a while` },
  {
    nl: /^dit lijkt geen tekstbestand \(binaire inhoud, bijv\. Excel of zip\); sla het op als CSV \(UTF-8\)$/s,
    en: () => 'this does not look like a text file (binary content, e.g. Excel or zip); save it as CSV (UTF-8)',
  },
  { nl: /^het bestand heeft maar één kolom \(geen ';' of ',' als scheidingsteken gevonden\)$/s, en: () => "the file has only one column (no ';' or ',' found as delimiter)" },
  { nl: /^scheidingsteken (.*) wordt niet ondersteund; gebruik ';' of ','$/s, en: (t) => `delimiter ${t} is not supported; use ';' or ','` },
  {
    nl: /^bestandsformaat niet herkend \(kopregel: (.*)\); verwacht een StatLine-download, CBS open data, het lange formaat \(regio_code;periode;indicator;waarde\) of een casusbestand$/s,
    en: (kop) => `file format not recognised (header row: ${kop}); expected a StatLine download, CBS open data, the long format (regio_code;periode;indicator;waarde) or a case file`,
  },
  { nl: /^bestandsformaat niet herkend$/s, en: () => 'file format not recognised' },
  { nl: /^aanhalingsteken niet gesloten; de rest van de regel is als één cel gelezen$/s, en: () => 'quote not closed; the rest of the line was read as one cell' },
  {
    nl: /^bestand is geen geldige UTF-8; gelezen als Windows-1252 \(Excel "CSV"\)\. Controleer namen met accenten$/s,
    en: () => 'file is not valid UTF-8; read as Windows-1252 (Excel "CSV"). Check names with accents',
  },
  { nl: /^inlezen mislukt \((.*)\)$/s, en: (m) => `reading failed (${m})` },
  { nl: /^Import afgebroken$/s, en: () => 'Import cancelled' },
  // src/lib/model/casus/valideer.ts (the row rules of case files) and casus.ts (files checked together)
  { nl: /^kolom '(.*)' is leeg of ontbreekt$/s, en: (k) => `column '${k}' is empty or missing` },
  { nl: /^onbekende code '(.*)' in kolom '(.*?)'; toegestaan: (.*)$/s, en: (w, k, l) => `unknown code '${w}' in column '${k}'; allowed: ${l}` },
  { nl: /^'(.*)' in kolom '(.*?)' is geen geldige datum \(JJJJ-MM-DD of DD-MM-JJJJ\)$/s, en: (w, k) => `'${w}' in column '${k}' is not a valid date (YYYY-MM-DD or DD-MM-YYYY)` },
  { nl: /^dataset_id mag geen ':' bevatten \(het scheidt dataset en casus\)$/s, en: () => "dataset_id must not contain ':' (it separates dataset and case)" },
  { nl: /^contractversie '(.*)' is geen geheel getal$/s, en: (v) => `contractversie '${v}' is not a whole number` },
  { nl: /^gemeentecode '(.*)' heeft niet de vorm GM \+ 4 cijfers$/s, en: (g) => `municipality code '${g}' is not of the form GM + 4 digits` },
  { nl: /^geboortejaar '(.*)' is geen jaartal \(alleen het jaar, vier cijfers\)$/s, en: (j) => `birth year '${j}' is not a year (the year only, four digits)` },
  { nl: /^onderwijssoort hoort alleen bij episodes in het domein onderwijs$/s, en: () => "onderwijssoort (school type) belongs only to episodes in domain 'onderwijs'" },
  { nl: /^einde (.*) ligt niet na begin (.*) \(einde telt niet mee\)$/s, en: (e, b) => `end ${e} is not after start ${b} (the end date is exclusive)` },
  {
    nl: /^bedrag '(.*)' is geen bedrag in euro's met decimaal(.*) en hooguit 2 decimalen$/s,
    en: (b, t) => `amount '${b}' is not an amount in euros with a decimal ${komma(t)} and at most 2 decimals`,
  },
  { nl: /^casus_id '(.*)' komt meer dan eens voor in het casusbestand$/s, en: (id) => `casus_id '${id}' occurs more than once in the casus file` },
  { nl: /^casus_id '(.*)' staat niet \(eenmalig\) in het casusbestand$/s, en: (id) => `casus_id '${id}' is not in the casus file (exactly once)` },
  // src/lib/state/import.svelte.ts (shown under the list of imports)
  {
    nl: /^te groot om in deze browser te bewaren \((\d+) cijfers; maximaal (\d+)\); na herladen is het weg\.$/s,
    en: (n, max) => `too large to keep in this browser (${n} figures; at most ${max}); it will be gone after a reload.`,
  },
  // src/lib/model/doorbraak/logboek.ts (the Doorbraak ledger)
  { nl: /^kolom\(men\) ontbreken in de kopregel: (.*)$/s, en: (k) => `column(s) missing from the header row: ${k}` },
  { nl: /^scheidingsteken niet herkend; gebruik ';' of ','$/s, en: () => "delimiter not recognised; use ';' or ','" },
  { nl: /^leeg bestand$/s, en: () => 'empty file' },
  // detectie.ts verwachteKolommen, on its own (fataalKop appends it to the reasons above)
  { nl: /^verwachte kolommen: (.*?)( \+ kolommen met cijfers)?$/s, en: (k, c) => `expected columns: ${k}${c ? ' + columns with figures' : ''}` },
  { nl: /^rij heeft (\d+) velden, de kopregel (\d+)$/s, en: (a, b) => `row has ${a} fields, the header row ${b}` },
  { nl: /^tekst is langer dan (\d+) tekens$/s, en: (n) => `text is longer than ${n} characters` },
  { nl: /^verplicht veld is leeg$/s, en: () => 'required field is empty' },
  { nl: /^geen bedrag in euro \(bijv\. (.*)\)$/s, en: (v) => `not an amount in euros (e.g. ${v.replace(' of ', ' or ')})` },
  { nl: /^bedrag is negatief$/s, en: () => 'amount is negative' },
  { nl: /^score moet een geheel getal van 1 tot en met 5 zijn \(of leeg; toelichting in waarden_notitie\)$/s, en: () => 'score must be a whole number from 1 to 5 (or empty; explain in waarden_notitie)' },
  {
    nl: /^aantal belemmeringen verschilt per kolom \(instrument (\d+), domein (\d+), tekst (\d+)\); scheid ze met '(.*)' in dezelfde volgorde$/s,
    en: (i, d, t, sch) => `number of barriers differs per column (instrument ${i}, domain ${d}, text ${t}); separate them with '${sch}' in the same order`,
  },
  { nl: /^onbekend sturingsinstrument; toegestaan: (.*)$/s, en: (l) => `unknown steering instrument; allowed: ${l}` },
  { nl: /^onbekend domein; toegestaan: (.*)$/s, en: (l) => `unknown domain; allowed: ${l}` },
  { nl: /^deze casus staat al eerder in het bestand \(zelfde gemeente en casus\)$/s, en: () => 'this case is already earlier in the file (same municipality and case)' },
];

// The expected columns a rejected header names (detectie.ts verwachteKolommen): the column names are
// the file's own, so they are carried over; only the words around them are translated.
const VERWACHT = /^(.*?); verwachte kolommen: (.*?)( \+ kolommen met cijfers)?$/s;

/** A reason without location, or null when no rule knows it. */
function vertaalReden(reden: string): string | null {
  const v = VERWACHT.exec(reden);
  if (v) {
    const basis = vertaalReden(v[1]);
    return basis === null ? null : `${basis}; expected columns: ${v[2]}${v[3] ? ' + columns with figures' : ''}`;
  }
  for (const r of REGELS) {
    const m = r.nl.exec(reden);
    // Unmatched optional groups are undefined: the rule decides what that means.
    if (m) return r.en(...(m.slice(1) as string[]));
  }
  return null;
}

const WAARDE = " (waarde '";

/** Reason with an optional "(waarde '…')" suffix; the value is carried over whatever it holds. */
function vertaalMetWaarde(tekst: string): string | null {
  if (tekst.endsWith("')")) {
    // The value itself may contain the marker: try every split, leftmost first (reasons never contain it).
    for (let i = tekst.indexOf(WAARDE); i >= 0 && i + WAARDE.length <= tekst.length - 2; i = tekst.indexOf(WAARDE, i + 1)) {
      const reden = vertaalReden(tekst.slice(0, i));
      if (reden !== null) return `${reden} (value '${tekst.slice(i + WAARDE.length, -2)}')`;
    }
  }
  return vertaalReden(tekst);
}

// `bestand[, rij n][, kolom 'k']`, as made by formatteerAfwijzing/plaats. Any file name is accepted:
// only the reason after it decides whether the message is known.
const PLAATS = /^(.*?)(?:, rij (\d+))?(?:, kolom '(.*)')?$/s;

function plaatsInEngels(prefix: string): string {
  const m = PLAATS.exec(prefix)!;
  return [m[1], m[2] !== undefined ? `row ${m[2]}` : null, m[3] !== undefined ? `column '${m[3]}'` : null].filter((x) => x !== null).join(', ');
}

/**
 * The message in the UI language. 'nl' returns it unchanged; 'en' translates the reason (and the
 * location prefix and value suffix around it) when a rule knows it, and otherwise returns the Dutch
 * text as it was.
 */
export function meldingInTaal(tekst: string, taal: Taal): string {
  if (taal === 'nl') return tekst;
  // A bare reason (the rejection table) first; then "<plaats>: <reden>", trying each ": " from the
  // left, since a file name may itself contain ": " and so may a reason.
  const los = vertaalMetWaarde(tekst);
  if (los !== null) return los;
  for (let i = tekst.indexOf(': '); i >= 0; i = tekst.indexOf(': ', i + 1)) {
    const reden = vertaalMetWaarde(tekst.slice(i + 2));
    if (reden !== null) return `${plaatsInEngels(tekst.slice(0, i))}: ${reden}`;
  }
  return tekst;
}

/** True when a rule knows this message (used by the tests to find Dutch messages without English). */
export function heeftVertaling(tekst: string): boolean {
  return meldingInTaal(tekst, 'en') !== tekst;
}

/**
 * The rejected-rows CSV. Dutch: exactly `afgewezenNaarCsv`. English: the same columns plus
 * `reason_en`, so a file shared with a Dutch colleague still has the original reason.
 */
export function afgewezenCsvInTaal(afwijzingen: Afwijzing[], taal: Taal, metBom = true): string {
  if (taal === 'nl') return afgewezenNaarCsv(afwijzingen, metBom);
  const regels = [[...AFGEWEZEN_KOPPEN, 'reason_en'].join(';')];
  for (const a of afwijzingen) regels.push([a.bestand, a.rij, a.kolom, a.waarde, a.reden, meldingInTaal(a.reden, 'en')].map(veiligeCel).join(';'));
  return (metBom ? '\ufeff' : '') + regels.join('\r\n') + '\r\n';
}
