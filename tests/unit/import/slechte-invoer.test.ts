// Table of bad inputs: each case names the expected Dutch message, including file, row and column.
import { describe, expect, it } from 'vitest';
import { parseTekst, controleerGrootte, isCasusResultaat } from '../../../src/lib/import/importeer.ts';
import { controleerBytes } from '../../../src/lib/import/detectie.ts';
import { formatteerAfwijzing } from '../../../src/lib/import/berichten.ts';
import type { ImportOpties } from '../../../src/lib/import/importeer.ts';
import { testGemeenten } from './hulp.ts';
import { berichtTekst } from '../../../src/lib/import/melding.ts';

const gemeenten = testGemeenten();
const KOP = 'regio_code;periode;indicator;waarde;status;bron;noot';

interface Geval {
  naam: string;
  bestand: string;
  tekst: string;
  opties?: Partial<ImportOpties>;
  /** Expected `fout` (whole file refused), or null when the file is read. */
  fout: string | null;
  /** Messages that must be among the formatted rejections. */
  afgewezen?: string[];
  /** Substrings that must occur in some warning. */
  waarschuwing?: string[];
  rijen?: number;
}

const gevallen: Geval[] = [
  {
    naam: 'verkeerd scheidingsteken (pipe)',
    bestand: 'pipe.csv',
    tekst: 'regio_code|periode|indicator|waarde\nGM0150|2022JJ00|x|1,5\n',
    fout: "pipe.csv, rij 1: scheidingsteken '|' wordt niet ondersteund; gebruik ';' of ','",
  },
  {
    naam: 'verkeerd scheidingsteken (komma met decimale komma zonder aanhalingstekens)',
    bestand: 'komma.csv',
    tekst: 'regio_code,periode,indicator,waarde,status,bron,noot\nGM0150,2022JJ00,x,1,5,definitief,,\nGM0513,2022JJ00,x,2,definitief,,\n',
    fout: null,
    afgewezen: ["komma.csv, rij 2: verwacht 7 kolommen, gevonden 8 (waarde 'GM0150;2022JJ00;x;1;5;definitief;;')"],
    rijen: 1,
  },
  {
    naam: 'BOM voor de kopregel wordt genegeerd',
    bestand: 'bom.csv',
    tekst: `\ufeff${KOP}\nGM0150;2022JJ00;x;1,5;definitief;;\n`,
    fout: null,
    afgewezen: [],
    rijen: 1,
  },
  {
    naam: 'gemengde decimaaltekens in één kolom',
    bestand: 'gemengd.csv',
    tekst: `${KOP}\nGM0150;2022JJ00;x;1,5;definitief;;\nGM0513;2022JJ00;x;2.5;definitief;;\n`,
    fout:
      "gemengd.csv, rij 3, kolom 'waarde': gemengde decimaaltekens in kolom 'waarde': rij 2 ('1,5') gebruikt een decimale komma, rij 3 ('2.5') een decimale punt. Het bestand is niet ingelezen; gebruik één notatie per kolom. (waarde '2.5')",
  },
  {
    naam: 'onbekende gemeentecode',
    bestand: 'code.csv',
    tekst: `${KOP}\nGM9999;2022JJ00;x;1,5;definitief;;\nGM0150;2022JJ00;x;1,5;definitief;;\n`,
    fout: null,
    afgewezen: ["code.csv, rij 2, kolom 'regio_code': onbekende gemeentecode (waarde 'GM9999')"],
    rijen: 1,
  },
  {
    naam: 'dubbele sleutel',
    bestand: 'dubbel.csv',
    tekst: `${KOP}\nGM0150;2022JJ00;x;1,5;definitief;;\nGM0150;2022JJ00;x;1,7;definitief;;\n`,
    fout: null,
    afgewezen: ["dubbel.csv, rij 3, kolom 'waarde': dubbele sleutel GM0150 / 2022JJ00 / x: staat al in rij 2 (waarde '1.7')"],
    rijen: 1,
  },
  {
    naam: 'één kolom',
    bestand: 'een.csv',
    tekst: 'gemeente\nDeventer\nGouda\n',
    fout: "een.csv, rij 1: het bestand heeft maar één kolom (geen ';' of ',' als scheidingsteken gevonden)",
  },
  {
    naam: 'nul gegevensrijen',
    bestand: 'leeg.csv',
    tekst: `${KOP}\n`,
    fout: 'leeg.csv: geen gegevensrijen gevonden (alleen een kopregel of een leeg bestand)',
  },
  {
    naam: 'leeg bestand',
    bestand: 'niets.csv',
    tekst: '',
    fout: 'niets.csv: leeg bestand: geen kopregel en geen gegevensrijen',
  },
  {
    naam: 'binaire rommel',
    bestand: 'rapport.xlsx',
    tekst: 'PK\u0003\u0004\u0014\u0000\u0006\u0000\b\u0000\u0000\u0000!\u0000bî\u0010h^\u0001\u0000\u0000',
    fout: 'rapport.xlsx: dit lijkt geen tekstbestand (binaire inhoud, bijv. Excel of zip); sla het op als CSV (UTF-8)',
  },
  {
    naam: '<img onerror> als gemeentenaam (StatLine)',
    bestand: 'html.csv',
    tekst: `"Titel"\n"Regio's";"Perioden";"Jongeren met jeugdhulp"\n"<img src=x onerror=alert(1)>";"2023";"9,4"\n"Deventer";"2023";"9,5"\n`,
    opties: { koppeling: { 'Jongeren met jeugdhulp': 'j' } },
    fout: null,
    afgewezen: ["html.csv, rij 3, kolom 'Regio's': onbekende gemeente (waarde '<img src=x onerror=alert(1)>')"],
    waarschuwing: ["html.csv, rij 3, kolom 'Regio's': tekst lijkt op HTML of script ('<img src=x onerror=alert(1)>'); wordt als platte tekst behandeld en nooit uitgevoerd (onschadelijk)"],
    rijen: 1,
  },
  {
    naam: '<script> in een casus_id blijft platte tekst',
    bestand: 'casus.csv',
    tekst: 'casus_id;gemeente_code;geboortejaar;geslacht\n<script>alert(1)</script>;GM0150;2012;\n',
    fout: null,
    afgewezen: [],
    waarschuwing: ["casus.csv, rij 2, kolom 'casus_id': tekst lijkt op HTML of script"],
    rijen: 1,
  },
  {
    naam: 'niet-numerieke cel',
    bestand: 'tekst.csv',
    tekst: `${KOP}\nGM0150;2022JJ00;x;veel;definitief;;\n`,
    fout: null,
    afgewezen: ["tekst.csv, rij 2, kolom 'waarde': geen getal (waarde 'veel')"],
    rijen: 0,
  },
  {
    naam: 'verkeerde kolom (value in plaats van waarde)',
    bestand: 'kolom.csv',
    tekst: 'regio_code;periode;indicator;value\nGM0150;2022JJ00;x;1\n',
    fout: "kolom.csv, rij 1, kolom 'waarde': verplichte kolom 'waarde' ontbreekt (kopregel: 'regio_code', 'periode', 'indicator', 'value'); verwachte kolommen: regio_code, periode, indicator, waarde, status, bron, noot",
  },
  {
    naam: 'StatLine zonder Perioden-kolom',
    bestand: 'sl.csv',
    tekst: `"Titel"\n"Regio's";"Jaar";"Jongeren met jeugdhulp"\n"Deventer";"2023";"9,4"\n`,
    opties: { formaat: 'statline' },
    fout: "sl.csv, rij 2, kolom 'Perioden': kolom 'Perioden' ontbreekt in de kopregel (gevonden: 'Regio's', 'Jaar', 'Jongeren met jeugdhulp'); verwachte kolommen: Regio's, Perioden + kolommen met cijfers",
  },
  {
    naam: 'onbekende periodecode',
    bestand: 'periode.csv',
    tekst: `${KOP}\nGM0150;2022;x;1;definitief;;\n`,
    fout: null,
    afgewezen: ["periode.csv, rij 2, kolom 'periode': onbekende periodecode (verwacht bijv. 2019JJ00, 2017HJ01, 2020KW01, 2021MM03) (waarde '2022')"],
    rijen: 0,
  },
  {
    naam: 'onbekend formaat',
    bestand: 'anders.csv',
    tekst: 'naam;leeftijd\nPiet;12\n',
    fout: "anders.csv, rij 1: bestandsformaat niet herkend (kopregel: 'naam', 'leeftijd'); verwacht een StatLine-download, CBS open data, het lange formaat (regio_code;periode;indicator;waarde) of een casusbestand",
  },
  {
    naam: 'aanhalingsteken niet gesloten',
    bestand: 'quote.csv',
    tekst: `${KOP}\nGM0150;2022JJ00;x;1;definitief;"open;\n`,
    fout: null,
    waarschuwing: ['quote.csv, rij 2: aanhalingsteken niet gesloten'],
  },
];

describe('slechte invoer', () => {
  for (const g of gevallen) {
    it(g.naam, () => {
      const r = parseTekst(g.tekst, { bestand: g.bestand, gemeenten, ...g.opties });
      expect(r.fout).toBe(g.fout);
      if (g.fout !== null) {
        expect(r.rijen).toEqual([]);
        // The refusal is also the first rejection, so it lands in the downloadable list.
        expect(formatteerAfwijzing(r.afgewezen[0])).toBe(g.fout);
      }
      const berichten = r.afgewezen.map(formatteerAfwijzing);
      if (g.afgewezen) {
        if (g.afgewezen.length === 0) expect(berichten).toEqual([]);
        for (const a of g.afgewezen) expect(berichten).toContain(a);
      }
      const waarschuwingen = r.waarschuwingen.map((x) => berichtTekst('nl', x));
      for (const w of g.waarschuwing ?? []) expect(waarschuwingen.some((x) => x.includes(w)), `waarschuwing '${w}' in ${JSON.stringify(waarschuwingen)}`).toBe(true);
      if (g.rijen !== undefined) expect(r.rijen).toHaveLength(g.rijen);
    });
  }

  it('HTML-achtige tekst blijft letterlijk bewaard (niet ontsnapt, niet verwijderd)', () => {
    const r = parseTekst('casus_id;gemeente_code\n<script>alert(1)</script>;GM0150\n', { bestand: 'c.csv', gemeenten });
    if (!isCasusResultaat(r)) throw new Error('geen casusresultaat');
    expect(r.rijen[0]).toMatchObject({ casus_id: '<script>alert(1)</script>' });
  });

  it('te groot bestand wordt geweigerd, groot bestand krijgt een waarschuwing', () => {
    expect(berichtTekst('nl', controleerGrootte('big.csv', 2 * 1024 ** 3).fout!)).toBe('big.csv: bestand is te groot (2048 MB; maximaal 1024 MB in de browser)');
    expect(berichtTekst('en', controleerGrootte('big.csv', 2 * 1024 ** 3).fout!)).toBe('big.csv: file is too large (2048 MB; at most 1024 MB in the browser)');
    const mid = controleerGrootte('mid.csv', 200 * 1024 ** 2);
    expect(mid.fout).toBeNull();
    expect(berichtTekst('nl', mid.waarschuwing!)).toBe('mid.csv: groot bestand (200 MB); inlezen kan even duren');
    expect(berichtTekst('en', mid.waarschuwing!)).toBe('mid.csv: large file (200 MB); reading may take a while');
    expect(controleerGrootte('klein.csv', 1000)).toEqual({ fout: null, waarschuwing: null });
  });

  it('bytes: zip is binair, Latin-1 wordt windows-1252, UTF-8 met BOM is utf8', () => {
    expect(controleerBytes(new Uint8Array([0x50, 0x4b, 3, 4, 0x14, 0, 6, 0])).soort).toBe('binair');
    expect(controleerBytes(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x3b, 0x31, 0x0a]))).toEqual({ soort: 'windows-1252', bom: false });
    expect(controleerBytes(new TextEncoder().encode('\ufeffCafé;1\n'))).toEqual({ soort: 'utf8', bom: true });
  });
});
