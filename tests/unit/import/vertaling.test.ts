// English for the importer's Dutch messages (src/lib/import/vertaling.ts):
// (a) real messages, made by running the parsers on bad inputs, come out in English with every user
//     value (file, column, value) verbatim;
// (b) every Dutch message text in the importer's source has a rule, so a new message without an
//     English version fails here;
// (c) user text is carried over literally, never interpreted.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { controleerGrootte, parseTekst, type ImportOpties } from '../../../src/lib/import/importeer.ts';
import { importeerStroom, inStukken } from '../../../src/lib/import/stroom.ts';
import { formatteerAfwijzing } from '../../../src/lib/import/berichten.ts';
import { afgewezenNaarCsv } from '../../../src/lib/import/afgewezen-csv.ts';
import { afgewezenCsvInTaal, heeftVertaling, meldingInTaal } from '../../../src/lib/import/vertaling.ts';
import { voegCasusBestandenSamen } from '../../../src/lib/import/casus.ts';
import type { Afwijzing } from '../../../src/lib/import/typen.ts';
import { fixture, testGemeenten } from './hulp.ts';

const gemeenten = testGemeenten();
const KOP = 'regio_code;periode;indicator;waarde;status;bron;noot';

/**
 * Dutch words that must not survive outside user values and quoted codes. `of`, `in`, `is` are
 * English too. Case-sensitive: upper-case codes such as the toestand GEEN are values, not words.
 */
const NL_WOORD = /\b(rij|rijen|kolom|kolommen|onbekend|onbekende|waarde|geen|bestand|niet|verwacht|ontbreekt|gevonden|moet|ligt|staat|dubbele|ongeldige|leeg|lijkt|wordt|gebruikt|verplichte|hoort|regel|overgeslagen|bevestig|mislukt|opgeheven|ingelezen|gemengde|een|het|van|met|en|zijn|voor|bij|naar|toegestaan|cijfers|geldig|geldige|bijv|gelezen|decimale|aanhalingsteken|kopregel|tekens|datum|bedrag|cel|tabel|Het|Controleer)\b|één/;

/** Column names of the long format, which an English message names as they are. */
const FORMAAT_CODES = ['regio_code;periode;indicator;waarde'];

/** What is left of a message once the user's own strings and quoted codes are taken out. */
function zonderLetterlijk(tekst: string, letterlijk: string[]): string {
  let s = tekst;
  for (const l of [...letterlijk, ...FORMAAT_CODES].filter((x) => x !== '').sort((a, b) => b.length - a.length)) s = s.split(l).join(' ');
  return s.replace(/'[^']*'/g, ' ').replace(/"[^"]*"/g, ' ');
}

function nederlandsIn(tekst: string, letterlijk: string[]): string | null {
  return NL_WOORD.exec(zonderLetterlijk(tekst, letterlijk))?.[0] ?? null;
}

/** As formatteerAfwijzing shortens it. */
const waardeInBericht = (w: string) => (w.length > 80 ? w.slice(0, 79) + '…' : w);

interface Melding {
  nl: string;
  /** Strings from the file (or made from it) that must reach the English text unchanged. */
  letterlijk: string[];
}

function uitAfwijzing(a: Afwijzing, extra: string[]): Melding[] {
  // A column is kept where it is quoted ("kolom 'periode'"); as a plain word ("periodecode",
  // "geboortejaar '12' is geen jaartal") it is part of the sentence.
  const letterlijk = [a.bestand, a.kolom !== null ? `'${a.kolom}'` : '', a.waarde ? waardeInBericht(a.waarde) : '', ...extra];
  return [
    { nl: formatteerAfwijzing(a), letterlijk },
    // The reason alone, as the rejection table shows it.
    { nl: a.reden, letterlijk },
  ];
}

interface Geval {
  naam: string;
  bestand: string;
  tekst: string;
  opties?: Partial<ImportOpties>;
  /** Extra file strings (header cells, names) that occur in warnings or lists. */
  letterlijk?: string[];
}

// The bad inputs of slechte-invoer.test.ts and the other format tests, plus a few that reach the
// remaining branches (OData without mapping, case files with every kind of bad cell).
const gevallen: Geval[] = [
  { naam: 'pipe', bestand: 'pipe.csv', tekst: 'regio_code|periode|indicator|waarde\nGM0150|2022JJ00|x|1,5\n' },
  { naam: 'tab', bestand: 'tab.csv', tekst: 'regio_code\tperiode\tindicator\twaarde\nGM0150\t2022JJ00\tx\t1\n' },
  { naam: 'komma met decimale komma', bestand: 'komma.csv', tekst: 'regio_code,periode,indicator,waarde,status,bron,noot\nGM0150,2022JJ00,x,1,5,definitief,,\nGM0513,2022JJ00,x,2,definitief,,\n' },
  { naam: 'gemengde decimalen', bestand: 'gemengd.csv', tekst: `${KOP}\nGM0150;2022JJ00;x;1,5;definitief;;\nGM0513;2022JJ00;x;2.5;definitief;;\n`, letterlijk: ['1,5', '2.5'] },
  { naam: 'onbekende code en dubbele sleutel', bestand: 'code.csv', tekst: `${KOP}\nGM9999;2022JJ00;x;1,5;definitief;;\nGM0150;2022JJ00;x;1,5;definitief;;\nGM0150;2022JJ00;x;1,7;definitief;;\n` },
  { naam: 'één kolom', bestand: 'een.csv', tekst: 'gemeente\nDeventer\nGouda\n' },
  { naam: 'nul gegevensrijen', bestand: 'leeg.csv', tekst: `${KOP}\n` },
  { naam: 'leeg bestand', bestand: 'niets.csv', tekst: '' },
  { naam: 'binair', bestand: 'rapport.xlsx', tekst: 'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000bî\u0010h^\u0001\u0000\u0000' },
  {
    naam: 'HTML als gemeentenaam',
    bestand: 'html.csv',
    tekst: `"Titel"\n"Regio's";"Perioden";"Jongeren met jeugdhulp"\n"<img src=x onerror=alert(1)>";"2023";"9,4"\n"Deventer";"2023";"9,5"\n`,
    opties: { koppeling: { 'Jongeren met jeugdhulp': 'j' } },
    letterlijk: ['<img src=x onerror=alert(1)>'],
  },
  { naam: 'niet-numerieke cel, ongeldige indicator, status', bestand: 'tekst.csv', tekst: `${KOP}\nGM0150;2022JJ00;x;veel;definitief;;\nGM0150;2022JJ00;<b>;1;definitief;;\nGM0150;2021JJ00;x;1;zeker;;\n`, letterlijk: ['<b>'] },
  { naam: 'verplichte kolom ontbreekt', bestand: 'kolom.csv', tekst: 'regio_code;periode;indicator;value\nGM0150;2022JJ00;x;1\n', letterlijk: ['value', 'regio_code', 'periode', 'indicator', 'waarde', 'status', 'bron', 'noot'] },
  { naam: 'geen statuskolom, onbekende periodecode', bestand: 'periode.csv', tekst: 'regio_code;periode;indicator;waarde\nGM0150;2022;x;1\nGM0150;2022JJ00;x;1\n' },
  {
    naam: 'StatLine zonder Perioden',
    bestand: 'sl.csv',
    tekst: `"Titel"\n"Regio's";"Jaar";"Jongeren met jeugdhulp"\n"Deventer";"2023";"9,4"\n`,
    opties: { formaat: 'statline' },
    letterlijk: ["Regio's", 'Jaar', 'Jongeren met jeugdhulp', 'Perioden'],
  },
  { naam: 'onbekend formaat', bestand: 'anders.csv', tekst: 'naam;leeftijd\nPiet;12\n', letterlijk: ['naam', 'leeftijd'] },
  { naam: 'aanhalingsteken niet gesloten', bestand: 'quote.csv', tekst: `${KOP}\nGM0150;2022JJ00;x;1;definitief;"open;\n` },
  { naam: 'StatLine-fixture zonder koppeling', bestand: 'statline.csv', tekst: fixture('statline-jeugdzorg.csv'), letterlijk: ['Jongeren met jeugdhulp', 'Jeugdhulp met verblijf', 'Gouda', 'Atlantis'] },
  { naam: 'StatLine met losse regel', bestand: 'los.csv', tekst: `"Titel"\n"Regio's";"Perioden";"A"\n"Deventer";"2022";"1,5"\n"Gouda"\n"Gouda";"2022";"2,5"\n"Bron: CBS"\n`, opties: { koppeling: { A: 'a' } }, letterlijk: ['Gouda'] },
  { naam: 'OData zonder koppeling en zonder Perioden-lijst', bestand: 'odata.csv', tekst: fixture('odata-typeddataset.csv'), letterlijk: ['JongerenMetJeugdhulp_1'] },
  { naam: 'OData JSON kapot', bestand: 'kapot.json', tekst: '{"value": [', letterlijk: [] },
  { naam: 'OData JSON zonder lijst', bestand: 'los.json', tekst: '{"iets": 1}' },
  { naam: 'OData zonder RegioS', bestand: 'odata2.csv', tekst: 'ID;Perioden;Regio_X\n0;2022JJ00;GM0150\n', opties: { formaat: 'odata-csv' }, letterlijk: ['ID', 'Perioden', 'Regio_X'] },
  {
    naam: 'casus: episode met foute cellen',
    bestand: 'e.csv',
    tekst: [
      'casus_id;domein;toestand;onderwijssoort;begin;einde;datum_kwaliteit',
      'b1;zorg;AMBULANT;PO;2020-01-01;;exact',
      'b1;onderwijs;THUIS;PO;2020-01-01;;exact',
      'b1;onderwijs;INGESCHREVEN;PO;2020-02-30;;exact',
      'b1;onderwijs;INGESCHREVEN;PO;2020-03-01;2020-02-01;exact',
      'b2;zorg;GEEN;;2020-03-01;;exact',
      'b2;zorg;VERBLIJF;;2020-03-01;;exact',
      'b3;onderwijs;INGESCHREVEN;XX;2020-03-01;;exact',
      ';onderwijs;INGESCHREVEN;PO;2020-03-01;;exact',
      'b4;onderwijs;INGESCHREVEN;PO;;;exact',
      'b5;;INGESCHREVEN;PO;2020-03-01;;exact',
    ].join('\n'),
  },
  { naam: 'casus: casusbestand met foute cellen', bestand: 'c.csv', tekst: 'casus_id;gemeente_code;geboortejaar;geslacht\nc1;Atlantis;2012;\nc2;GM0150;12;\nc3;GM0150;2012;q\nc4;GM0150;2012;\nc4;GM0150;2012;\n', letterlijk: ['Atlantis'] },
  { naam: 'casus: kosten met foute cellen', bestand: 'k.csv', tekst: 'casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\nk1;2020-01-01;2020-02-01;jeugdzorg;ambulant;;exact\nk1;2020-01-01;2020-02-01;jeugdzorg;ambulant;abc;exact\n' },
  { naam: 'casus: afwijkende koppen zonder koppeling', bestand: 'x.csv', tekst: fixture('episode-afwijkende-koppen.csv') },
];

function meldingenVan(g: Geval): Melding[] {
  const r = parseTekst(g.tekst, { bestand: g.bestand, gemeenten, ...g.opties });
  const basis = [g.bestand, ...(g.letterlijk ?? [])];
  const uit: Melding[] = [];
  if (r.fout !== null) uit.push({ nl: r.fout, letterlijk: [...basis, ...(r.afgewezen[0].waarde ? [waardeInBericht(r.afgewezen[0].waarde)] : []), r.afgewezen[0].kolom ?? ''] });
  for (const a of r.afgewezen) uit.push(...uitAfwijzing(a, g.letterlijk ?? []));
  for (const w of r.waarschuwingen) uit.push({ nl: w, letterlijk: basis });
  return uit;
}

describe('(a) echte meldingen van de parsers', () => {
  for (const g of gevallen) {
    it(g.naam, () => {
      const meldingen = meldingenVan(g);
      expect(meldingen.length, 'het geval levert meldingen op').toBeGreaterThan(0);
      for (const m of meldingen) {
        const en = meldingInTaal(m.nl, 'en');
        expect(en, `vertaald: ${m.nl}`).not.toBe(m.nl);
        expect(nederlandsIn(en, m.letterlijk), `geen Nederlands meer in: ${en}`).toBeNull();
        for (const l of m.letterlijk) if (l !== '' && m.nl.includes(l)) expect(en, `'${l}' letterlijk in: ${en}`).toContain(l);
        expect(meldingInTaal(m.nl, 'nl')).toBe(m.nl);
      }
    });
  }

  it('plaats en waarde: bestand, rij, kolom en waarde blijven staan, de rest wordt Engels', () => {
    const r = parseTekst(gevallen[4].tekst, { bestand: 'code.csv', gemeenten });
    const en = r.afgewezen.map((a) => meldingInTaal(formatteerAfwijzing(a), 'en'));
    expect(en).toEqual([
      "code.csv, row 2, column 'regio_code': unknown municipality code (value 'GM9999')",
      "code.csv, row 4, column 'waarde': duplicate key GM0150 / 2022JJ00 / x: already in row 3 (value '1.7')",
    ]);
    expect(meldingInTaal(parseTekst(gevallen[0].tekst, { bestand: 'pipe.csv' }).fout!, 'en')).toBe("pipe.csv, row 1: delimiter '|' is not supported; use ';' or ','");
    const gemengd = parseTekst(gevallen[3].tekst, { bestand: 'gemengd.csv', gemeenten });
    expect(meldingInTaal(gemengd.fout!, 'en')).toBe(
      "gemengd.csv, row 3, column 'waarde': mixed decimal marks in column 'waarde': row 2 ('1,5') uses a decimal comma, row 3 ('2.5') a decimal point. The file was not read; use one notation per column. (value '2.5')",
    );
  });

  it('grootte, Windows-1252 en binair via de stroom', async () => {
    const g = controleerGrootte('big.csv', 2 * 1024 ** 3);
    expect(meldingInTaal(g.fout!, 'en')).toBe('big.csv: file is too large (2048 MB; at most 1024 MB in the browser)');
    expect(meldingInTaal(controleerGrootte('mid.csv', 200 * 1024 ** 2).waarschuwing!, 'en')).toBe('mid.csv: large file (200 MB); reading may take a while');
    const latin = new Uint8Array([...new TextEncoder().encode(`${KOP}\nGM0150;2022JJ00;x;1;definitief;;caf`), 0xe9, 0x0a]);
    const r = await importeerStroom(inStukken(latin, 7), latin.length, { bestand: 'w.csv', gemeenten });
    const w = r.waarschuwingen.find((x) => x.includes('Windows-1252'))!;
    expect(meldingInTaal(w, 'en')).toBe('w.csv: file is not valid UTF-8; read as Windows-1252 (Excel "CSV"). Check names with accents');
  });

  it('casusbestanden op de importpagina (src/lib/import/casus.ts met de regels van model/casus/valideer.ts)', () => {
    const bestanden = [
      { naam: 'c.csv', tekst: 'casus_id;gemeente_code;geboortejaar;geslacht\na1;GM0513;2013;\na2;GM05;2012;\na3;GM0150;12;q\na3;GM0150;2012;\n' },
      { naam: 'e.csv', tekst: 'casus_id,domein,toestand,onderwijssoort,begin,einde,datum_kwaliteit\na1,onderwijs,VOLLEDIG_VERZUIM,PO,01-03-2021,,maand\nzz,zorg,AMBULANT,,2021-01-01,,maand\na1,zorg,THUIS,PO,2021-13-01,2020-01-01,\na1,,,,2021-01-01,,maand\n' },
      { naam: 'k.csv', tekst: 'casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\na1;2019-10-01;2021-03-01;jeugdzorg;ambulant;12711,00;toegerekend\na1;2021-03-01;2019-02-01;jeugdzorg;kolb;10.5;toegerekend\n' },
      { naam: 'd.csv', tekst: 'dataset_id;naam\n1;2\n' },
      { naam: 'q.csv', tekst: 'casus_id;gemeente_code\n"a9;GM0150\n' },
      { naam: 'c2.csv', tekst: 'casus_id;gemeente_code\na1;GM0150\n' },
    ];
    const r = voegCasusBestandenSamen(bestanden.map((b) => parseTekst(b.tekst, { bestand: b.naam, formaat: 'casus' })));
    const meldingen = new Set(r.afgewezen.map((f) => f.reden));
    expect(meldingen.size).toBeGreaterThanOrEqual(8);
    for (const f of r.afgewezen) {
      const en = meldingInTaal(f.reden, 'en');
      expect(en, `vertaald: ${f.reden}`).not.toBe(f.reden);
      // The value wherever it occurs; the column where the message quotes it (elsewhere, as in
      // "geboortejaar '12' is geen jaartal", it is a plain word and is translated).
      const letterlijk = [f.waarde ?? '', f.reden.includes(`'${f.kolom}'`) ? (f.kolom ?? '') : ''].filter((x) => x !== '' && f.reden.includes(x));
      expect(nederlandsIn(en, letterlijk), `geen Nederlands meer in: ${en}`).toBeNull();
      for (const l of letterlijk) expect(en).toContain(l);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// (b) Source scan. Every string expression in the importer's source is expanded into example texts
// (placeholders become '7' or 'Xyz', or the strings a ternary inside them can give); those that
// read as Dutch must all be known to the translation table.

const WORTEL = fileURLToPath(new URL('../../../', import.meta.url));
const BRONNEN = [
  // berichten.ts builds the location prefix and value suffix around every message: covered by the
  // tests above and below, not a message of its own.
  ...readdirSync(`${WORTEL}src/lib/import`)
    .filter((f) => f.endsWith('.ts') && f !== 'vertaling.ts' && f !== 'berichten.ts')
    .map((f) => `src/lib/import/${f}`),
  // Also shown on the import page: case-file rejections and the "too large to keep" notice.
  'src/lib/model/casus/valideer.ts',
  'src/lib/state/import.svelte.ts',
];

/** Dutch words by which a string literal is recognised as a message. */
const NL_BRON = /\b(geen|onbekende?|ontbreekt|verwacht|kolom|kolom\(men\)|kolommen|rij|rijen|bestand|niet|moet|ligt|staat|dubbele|ongeldige|gevonden|leeg|lijkt|wordt|gebruikt|verplichte|hoort|regel|overgeslagen|bevestig|mislukt|opgeheven|ingelezen|gemengde|aanhalingsteken|herkend|passen|komt|waarde|toegestaan|cijfers|geldige?|geheim|nihil|voorlopig|afgebroken|fout|langer|tekens|een|het|van|met|en|zijn|bij|naar|dan|dit|deze|als|zonder|nog|kan|mag|heeft|worden|uit|om|te|op|aan|ook|maar|naast|eerste|mee)\b/i;

/** Strings in the source that are not messages (with why). */
const GEEN_MELDING = [
  /^eigen import: /, // the provenance of an imported figure (bron), a fixed label
  /^7, rij 7: 7$/, // only a location around a message made elsewhere (a gemeente note), scanned there
];

// One value for every placeholder: it fits both numbers (row, counts) and names. The strings a
// ternary inside a placeholder can give are tried as they are.
const VOORBEELD = ['7'];
const MAX = 64;

function combineer(a: string[], b: string[]): string[] {
  const uit: string[] = [];
  for (const x of a) for (const y of b) if (uit.length < MAX) uit.push(x + y);
  return [...new Set(uit)];
}

function isTekst(n: ts.Node): boolean {
  if (ts.isParenthesizedExpression(n)) return isTekst(n.expression);
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateExpression(n)) return true;
  if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) return isTekst(n.left) || isTekst(n.right);
  if (ts.isConditionalExpression(n)) return isTekst(n.whenTrue) || isTekst(n.whenFalse);
  return false;
}

/** Example texts an expression can produce. */
function voorbeelden(n: ts.Node): string[] {
  if (ts.isParenthesizedExpression(n)) return voorbeelden(n.expression);
  if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) return [n.text];
  if (ts.isTemplateExpression(n)) {
    let uit = [n.head.text];
    for (const s of n.templateSpans) uit = combineer(combineer(uit, voorbeelden(s.expression)), [s.literal.text]);
    return uit;
  }
  if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.PlusToken) return combineer(voorbeelden(n.left), voorbeelden(n.right));
  if (ts.isConditionalExpression(n) && isTekst(n)) return [...new Set([...voorbeelden(n.whenTrue), ...voorbeelden(n.whenFalse)])];
  return VOORBEELD;
}

interface BronTekst {
  plek: string;
  voorbeelden: string[];
}

function bronTeksten(pad: string): BronTekst[] {
  const bron = ts.createSourceFile(pad, readFileSync(WORTEL + pad, 'utf8'), ts.ScriptTarget.Latest, true);
  const uit: BronTekst[] = [];
  const bezoek = (n: ts.Node): void => {
    // Import paths and literal types are no messages.
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n)) return;
    if (isTekst(n) && !ts.isConditionalExpression(n)) {
      const v = voorbeelden(n);
      if (v.some((x) => x.includes(' ') && NL_BRON.test(x)) && !v.every((x) => GEEN_MELDING.some((g) => g.test(x)))) {
        const { line } = bron.getLineAndCharacterOfPosition(n.getStart());
        uit.push({ plek: `${pad}:${line + 1}`, voorbeelden: v });
      }
      return;
    }
    ts.forEachChild(n, bezoek);
  };
  bezoek(bron);
  return uit;
}

describe('(b) elke Nederlandse melding in de bron heeft een vertaling', () => {
  const alle = BRONNEN.flatMap(bronTeksten);

  it('de scan vindt de meldingen (anders test hij niets)', () => {
    // A few that must be found, one per kind of construction: literal, template, concatenation.
    const plat = alle.flatMap((b) => b.voorbeelden);
    expect(plat).toContain('geen getal');
    expect(plat).toContain("kolom '7' is leeg of ontbreekt");
    expect(plat).toContain("casus_id '7' staat niet (eenmalig) in het casusbestand");
    expect(plat).toContain('dubbele sleutel 7 / 7 / 7: staat al in rij 7');
    expect(plat).toContain('dubbele sleutel 7 / 7 / 7: staat al in een eerdere rij');
    expect(plat.some((x) => x.endsWith('wordt als platte tekst behandeld en nooit uitgevoerd (onschadelijk)'))).toBe(true);
    expect(plat.some((x) => x.startsWith("bedrag '7' is geen bedrag in euro's met decimaalkomma"))).toBe(true);
    expect(alle.length).toBeGreaterThan(60);
  });

  it('elke melding, in elke vorm die het voorbeeld kan aannemen, is bekend in de vertaaltabel', () => {
    const zonder: string[] = [];
    for (const b of alle) for (const v of b.voorbeelden) if (!heeftVertaling(v)) zonder.push(`${b.plek}: ${v}`);
    expect(zonder).toEqual([]);
  });

  it('en wordt volledig Engels (op de ingevulde voorbeelden na)', () => {
    const half: string[] = [];
    for (const b of alle) {
      const schoon = b.voorbeelden.some((v) => nederlandsIn(meldingInTaal(v, 'en'), VOORBEELD) === null);
      if (!schoon) half.push(`${b.plek}: ${meldingInTaal(b.voorbeelden[0], 'en')}`);
    }
    expect(half).toEqual([]);
  });

  it('een nieuwe melding zonder vertaling valt op', () => {
    expect(heeftVertaling('onbekende indicator; voeg een koppeling toe')).toBe(false);
    expect(heeftVertaling('x.csv, rij 3: iets nieuws')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------

describe('(c) tekst van de gebruiker blijft letterlijk', () => {
  it('<img onerror=…> in een waarde, kolom en bestandsnaam', () => {
    const kwaad = '<img src=x onerror="window.__xss=1">';
    const a: Afwijzing = { bestand: `naam${kwaad}.csv`, rij: 4, kolom: `Regio ${kwaad}`, waarde: kwaad, reden: 'onbekende gemeente' };
    expect(meldingInTaal(formatteerAfwijzing(a), 'en')).toBe(`naam${kwaad}.csv, row 4, column 'Regio ${kwaad}': unknown municipality (value '${kwaad}')`);
    const r = parseTekst(`"T"\n"Regio's";"Perioden";"A"\n"${kwaad.replace(/"/g, '""')}";"2022";"1"\n`, { bestand: 'h.csv', gemeenten, koppeling: { A: 'a' } });
    const w = r.waarschuwingen.find((x) => x.includes('HTML'))!;
    expect(meldingInTaal(w, 'en')).toBe(`h.csv, row 3, column 'Regio's': text looks like HTML or script ('${kwaad}'); treated as plain text and never executed (harmless)`);
  });

  it('$-tekens, aanhalingstekens, de waarde-markering zelf en regeleinden in een waarde', () => {
    for (const w of ["$& $1 $' $`", "a') (waarde 'b", 'regel\nnog een', "onbekende gemeente (waarde 'x')"]) {
      const a: Afwijzing = { bestand: 'b.csv', rij: 2, kolom: 'regio_code', waarde: w, reden: 'onbekende gemeentecode' };
      expect(meldingInTaal(formatteerAfwijzing(a), 'en')).toBe(`b.csv, row 2, column 'regio_code': unknown municipality code (value '${w}')`);
    }
  });

  it('een bestandsnaam met ": " en ", rij " wordt niet als plaats gelezen', () => {
    const a: Afwijzing = { bestand: 'rapport: rij 3, kolom x.csv', rij: 9, kolom: null, waarde: null, reden: 'geen getal' };
    expect(meldingInTaal(formatteerAfwijzing(a), 'en')).toBe('rapport: rij 3, kolom x.csv, row 9: not a number');
  });

  it('onbekende meldingen blijven Nederlands; nl is altijd ongewijzigd', () => {
    for (const t of ['iets heel anders', 'x.csv, rij 2: nog iets', '']) expect(meldingInTaal(t, 'en')).toBe(t);
    expect(meldingInTaal('x.csv: geen gemeentelijst meegegeven; gemeentecodes alleen op vorm gecontroleerd', 'nl')).toBe('x.csv: geen gemeentelijst meegegeven; gemeentecodes alleen op vorm gecontroleerd');
  });
});

describe('CSV met afgewezen rijen', () => {
  const r = parseTekst(`${KOP}\nGM9999;2022JJ00;x;1;definitief;;\nGM0150;2022JJ00;x;=1+1;definitief;;\n`, { bestand: 'c.csv', gemeenten });
  it('nl: precies de bestaande download', () => {
    expect(afgewezenCsvInTaal(r.afgewezen, 'nl')).toBe(afgewezenNaarCsv(r.afgewezen));
  });
  it('en: dezelfde kolommen plus reason_en, formules onschadelijk', () => {
    const regels = afgewezenCsvInTaal(r.afgewezen, 'en').replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(regels[0]).toBe('bestand;rij;kolom;waarde;reden;reason_en');
    expect(regels[1]).toBe('c.csv;2;regio_code;GM9999;onbekende gemeentecode;unknown municipality code');
    expect(regels[2]).toBe("c.csv;3;waarde;'=1+1;geen getal;not a number");
  });
});
