import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { maakCitatie } from '../../../src/lib/export/citatie.ts';
import { maakCsv } from '../../../src/lib/export/csv.ts';
import { maakRaadsvraagPakket, maakReadme, zipNaam } from '../../../src/lib/export/pakket.ts';
import { veiligeBestandsnaam } from '../../../src/lib/export/download.ts';
import { voorbeeldData } from './fixture.ts';

const datum = new Date(Date.UTC(2026, 10, 23, 12));
// The 8-byte PNG signature plus some bytes; the zip must carry it unchanged.
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 250, 0, 7]);
const svg = '<svg xmlns="http://www.w3.org/2000/svg"><text>€ 10.143 — ë</text></svg>';

describe('maakRaadsvraagPakket', () => {
  const data = voorbeeldData({
    definities: [{ term: 'lasten per gebruiker', uitleg: 'lasten jeugdzorg gedeeld door het aantal jeugdigen met jeugdzorg' }],
    noten: ['Cijfers 2019 zijn definitief.'],
    url: 'https://voorbeeld.nl/#/vergelijken?g=GM9999',
  });
  const csv = maakCsv(data);
  const zip = maakRaadsvraagPakket({ data, png, svg, csv, datum });
  const bestanden = unzipSync(zip);
  const basis = 'voorbeeldstad-geeft-minder-uit-per-jeugdige-in-zorg';

  it('holds exactly the four files with names from the title', () => {
    expect(Object.keys(bestanden).sort()).toEqual(
      [`${basis}.csv`, `${basis}.png`, `${basis}.svg`, 'README.txt'].sort(),
    );
  });

  it('for a figure that is itself a table: CSV and README only, and the README lists no images', () => {
    const zonder = unzipSync(maakRaadsvraagPakket({ data, csv, datum }));
    expect(Object.keys(zonder).sort()).toEqual([`${basis}.csv`, 'README.txt'].sort());
    const readme = strFromU8(zonder['README.txt']);
    expect(readme).toContain(`- ${basis}.csv`);
    expect(readme).not.toContain('.png');
    expect(readme).not.toContain('.svg');
    expect(strFromU8(bestanden['README.txt'])).toContain(`- ${basis}.png`);
  });

  it('carries PNG bytes, SVG and CSV text unchanged (UTF-8, BOM kept)', () => {
    expect(Array.from(bestanden[`${basis}.png`])).toEqual(Array.from(png));
    expect(strFromU8(bestanden[`${basis}.svg`])).toBe(svg);
    // Compare bytes: a decoder would silently drop the BOM that Excel needs.
    const csvBytes = bestanden[`${basis}.csv`];
    expect(Array.from(csvBytes)).toEqual(Array.from(new TextEncoder().encode(csv)));
    expect(Array.from(csvBytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('has a README with sources, definitions, recipe, status, citation and the synthetic label', () => {
    const readme = strFromU8(bestanden['README.txt']);
    expect(readme).toContain('RAADSVRAAG-PAKKET');
    expect(readme).toContain(data.bronregel);
    expect(readme).toContain('Periode: 2019');
    expect(readme).toContain('Status: definitief');
    expect(readme).toContain(data.recept!);
    expect(readme).toContain('- lasten per gebruiker: lasten jeugdzorg gedeeld');
    expect(readme).toContain('- Cijfers 2019 zijn definitief.');
    expect(readme).toContain(data.citatie);
    expect(readme).toContain(data.beschrijving);
    expect(readme).toContain(data.url!);
    expect(readme).toMatch(/SYNTHETISCHE VOORBEELDDATA/);
    expect(readme).toContain(`${basis}.png`);
    expect(readme).toContain('23 november 2026');
    expect(readme.split('\r\n').length).toBeGreaterThan(10); // CRLF for Notepad
  });

  it('leaves the synthetic label out for real data and flags own imports', () => {
    const readme = maakReadme({ data: voorbeeldData({ synthetisch: false, eigenImport: true }), datum });
    expect(readme).not.toMatch(/SYNTHETISCHE/);
    expect(readme).toMatch(/Eigen import/);
  });

  it('writes an English README on request', () => {
    const readme = maakReadme({ data, datum, lang: 'en' });
    expect(readme).toContain('COUNCIL QUESTION PACKAGE');
    expect(readme).toMatch(/SYNTHETIC EXAMPLE DATA/);
  });

  it('names the zip after the title', () => {
    expect(zipNaam(data.titel)).toBe(`${basis}-raadsvraag.zip`);
  });

  it('keeps "-raadsvraag" when a long title is cut to the 80-character slug (what the browser saves)', () => {
    const lang = 'Deventer: lasten jeugdzorg per gebruiker 23 % lager dan gemiddeld bij de referentiegemeenten in 2019';
    const naam = zipNaam(lang);
    expect(naam).toMatch(/^deventer-lasten-jeugdzorg-.*-raadsvraag\.zip$/);
    const stam = naam.replace(/\.zip$/, '');
    expect(stam.length).toBeLessThanOrEqual(80);
    expect(veiligeBestandsnaam(stam, 'zip')).toBe(naam);
  });
});

describe('maakCitatie', () => {
  it('names tool, year, title, provider source, date and link', () => {
    const c = maakCitatie({
      titel: 'Deventer geeft minder uit.',
      bronregel: 'Bron: CBS, Kerncijfers wijken en buurten 2021 (85039NED) · 2020 · definitief',
      url: 'https://voorbeeld.nl/x',
      datum,
      dataversie: '2026-11-01',
    });
    expect(c).toBe(
      'Jeugdzorg Verkenner (2026). Deventer geeft minder uit. ' +
        'Bron: CBS, Kerncijfers wijken en buurten 2021 (85039NED) · 2020 · definitief. ' +
        'Dataversie 2026-11-01. Geraadpleegd op 23 november 2026, https://voorbeeld.nl/x',
    );
  });
});
