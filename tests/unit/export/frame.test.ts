import { describe, expect, it } from 'vitest';
import { bronregel, type BronRij } from '../../../src/lib/model/bron.ts';
import { deelUrl, embedUrl, maakExportData, periodeEnStatus, redenGeenInsluiting, verkennerUrl } from '../../../src/lib/export/frame.ts';
import { maakCsv } from '../../../src/lib/export/csv.ts';
import { leesUrl, schrijfUrl, STANDAARD } from '../../../src/lib/url/staat.ts';
import type { GrafiekMeta } from '../../../src/lib/charts/types.ts';

const bron = (id: string, citatie: string): BronRij => ({
  id, titel: 't', uitgever: 'u', jaar: '2021', tabel_id: null, document: null, regels: null, licentie: null, citatie,
});

function meta(over: Partial<GrafiekMeta> = {}): GrafiekMeta {
  return {
    id: 'strip',
    titel: 'Voorbeeldstad staat op plaats 3',
    ondertitel: 'Aandeel · 2021',
    bronregel: 'Bron: Synthetisch voorbeeld · 2021 · status voorlopig',
    noten: ['een noot'],
    beschrijving: 'Voorbeeldstad: 9,4 %.',
    kolommen: [
      { sleutel: 'naam', label: 'Gemeente' },
      { sleutel: 'waarde', label: 'Aandeel', numeriek: true, eenheid: 'procent' },
    ],
    rijen: [{ naam: 'Voorbeeldstad', waarde: '9,4 %' }, { naam: 'Proefdorp', waarde: '–' }],
    ...over,
  };
}

describe('periodeEnStatus', () => {
  it('reads period and status from a real bronregel(), even when the citation contains " · "', () => {
    const bronnen = new Map([['a', bron('a', 'Uitgever · Deel 2, tabel 5')]]);
    const regel = bronregel([
      { bron: 'a', periode: '2019JJ00', status: 'definitief' },
      { bron: 'a', periode: '2020JJ00', status: 'voorlopig' },
    ], bronnen, { bewerking: true });
    const r = periodeEnStatus(regel);
    expect(r.status).toBe('definitief / voorlopig');
    expect(r.periode).toMatch(/2019.*2020/);
    expect(r.periode).not.toContain('Uitgever');
  });
  it('says "onbekend" (never guesses) when the line has no status part', () => {
    expect(periodeEnStatus('Bron: iets')).toEqual({ periode: 'onbekend', status: 'onbekend' });
    expect(periodeEnStatus('Source: x · – · status –', 'en')).toEqual({ periode: 'unknown', status: 'unknown' });
  });
});

describe('maakExportData', () => {
  const ctx = { lang: 'nl' as const, datum: new Date(Date.UTC(2026, 10, 23)), url: 'https://v.nl/?gemeente=GM0001&v=abc123', dataversie: 'abc123' };
  it('uses the raw rows when they line up with the shown rows, so the CSV carries plain numbers', () => {
    const d = maakExportData(meta({ exportRijen: [{ naam: 'Voorbeeldstad', waarde: 9.4 }, { naam: 'Proefdorp', waarde: null }] }), ctx);
    expect(d.rijen).toEqual([{ naam: 'Voorbeeldstad', waarde: 9.4 }, { naam: 'Proefdorp', waarde: null }]);
    const csv = maakCsv(d);
    expect(csv).toContain('Voorbeeldstad;9,4\r\n');
    expect(csv).toContain('Proefdorp;\r\n'); // missing stays empty, never 0
    expect(csv).toContain('Aandeel (procent)');
    expect(csv).toContain('# Periode: 2021');
    expect(csv).toContain('# Status: voorlopig');
    expect(csv).toContain('Dataversie abc123');
  });
  it('falls back to the formatted cells when the raw rows do not match', () => {
    const d = maakExportData(meta({ exportRijen: [{ naam: 'x', waarde: 1 }] }), ctx);
    expect(d.rijen[0]).toEqual({ naam: 'Voorbeeldstad', waarde: '9,4 %' });
  });
  it('carries recipe, explicit period/status and the synthetic and import labels into every export', () => {
    const d = maakExportData(meta({ recept: '4 referentiegemeenten uit de studie: A, B, C, D', periode: '2019–2020', status: 'definitief', synthetisch: true, eigenImport: true }), ctx);
    expect(d.periode).toBe('2019–2020');
    expect(d.status).toBe('definitief');
    const csv = maakCsv(d);
    expect(csv).toContain('# Referentiegroep: 4 referentiegemeenten uit de studie: A, B, C, D');
    expect(csv).toMatch(/# Synthetische voorbeelddata/);
    expect(csv).toMatch(/# Eigen import/);
    expect(d.citatie).toContain('https://v.nl/?gemeente=GM0001&v=abc123');
  });
  it('suppresses small case counts when the meta says the rows are case data', () => {
    const m = meta({
      casusAantallen: true,
      kolommen: [{ sleutel: 'naam', label: 'Route' }, { sleutel: 'n', label: 'Aantal', aantal: true, numeriek: true }],
      rijen: [{ naam: 'a', n: '3' }, { naam: 'b', n: '12' }],
      exportRijen: [{ naam: 'a', n: 3 }, { naam: 'b', n: 12 }],
    });
    const csv = maakCsv(maakExportData(m, ctx));
    expect(csv).toContain('a;< 5\r\n');
    expect(csv).toContain('b;12\r\n');
  });
});

describe('share and embed addresses', () => {
  const staat = { ...STANDAARD, gemeente: 'GM1894', indicator: 'kwb_pct_jeugdzorg_met_verblijf', taal: 'en' as const };
  const zoek = schrijfUrl(staat, { metVersie: '0d2c851e1298' });

  it('share link = the page address with exactly the view state and the data version', () => {
    const u = deelUrl('https://x.nl/verkenner/index.html?oud=1#a', zoek);
    expect(u).toBe(`https://x.nl/verkenner/index.html${zoek}`);
    const terug = leesUrl(new URL(u).search, { herindelingen: new Map() }).staat;
    expect(terug).toEqual({ ...staat, versie: '0d2c851e1298' });
  });

  it('embed link sits next to the app, names the chart first and drops embed-only flags from the state', () => {
    const u = new URL(embedUrl('https://x.nl/verkenner/?pagina=data', 'strip', `${zoek}&dark=true&grafiek=oud`));
    expect(u.pathname).toBe('/verkenner/embed.html');
    expect([...u.searchParams.keys()][0]).toBe('grafiek');
    expect(u.searchParams.getAll('grafiek')).toEqual(['strip']);
    expect(u.searchParams.has('dark')).toBe(false);
    expect(u.searchParams.get('gemeente')).toBe('GM1894');
  });

  it('"Bekijk in de Verkenner" leads back to the same view state', () => {
    const embed = embedUrl('https://x.nl/verkenner/', 'strip', zoek) + '&dark=false&plain';
    const app = new URL(verkennerUrl(embed));
    expect(app.pathname).toBe('/verkenner/');
    expect(app.searchParams.has('grafiek') || app.searchParams.has('dark') || app.searchParams.has('plain')).toBe(false);
    expect(leesUrl(app.search, { herindelingen: new Map() }).staat).toEqual({ ...staat, versie: '0d2c851e1298' });
  });
});

describe('redenGeenInsluiting', () => {
  it('offers embedding for the charts the embed page can draw', () => {
    expect(redenGeenInsluiting({ id: 'studie-lasten_per_gebruiker' }, 'nl')).toBeNull();
    expect(redenGeenInsluiting({ id: 'strip' }, 'en')).toBeNull();
  });
  it('never for imported data, and says why', () => {
    expect(redenGeenInsluiting({ id: 'strip', eigenImport: true }, 'nl')).toMatch(/browser/);
  });
  it('not for charts the embed page does not know, or that opt out', () => {
    expect(redenGeenInsluiting({ id: 'bestaat-niet' }, 'nl')).toMatch(/nog niet/);
    expect(redenGeenInsluiting({ id: 'strip', insluitbaar: false }, 'en')).toMatch(/cannot be embedded/);
    expect(redenGeenInsluiting({ id: '__proto__' }, 'nl')).not.toBeNull();
  });
});
