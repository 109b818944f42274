// Issue 15: a bundled case dataset's first charts come from answers baked at build time
// (voorbereid.json, scripts/bundel-casus.ts). They must be the answers to exactly the questions the
// page asks first, equal to what the loaded dataset answers, and a dataset may pre-answer only its
// own questions. Both kinds: a cube bundle and the default bron dataset (Gouda).
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { laadBronDataset, laadKubusBundel } from '../../../src/lib/db/casus.ts';
import { bronDataset, BRON_STANDAARD_DATASET, type CasusIndex } from '../../../src/lib/model/casus/bundel.ts';
import { alleGrafiekenVraag, eersteCasusVragen, keuzesVraag, totaalVraag } from '../../../src/lib/db/kostenCasus.ts';
import { eersteRoutesVragen } from '../../../src/lib/db/routes.ts';
import { bundelBestand } from '../../../src/lib/db/sql/kostenBundel.ts';
import { vraagSleutel } from '../../../src/lib/db/vragen.ts';
import { decodeCasusFilter, naarKostenFilter } from '../../../src/lib/model/kosten/filters.ts';
import { leesBundelVoorbereid, leesKubusManifest, VOORBEREID_BESTAND } from '../../../src/lib/model/kosten/kubusBundel.ts';
import { STANDAARD } from '../../../src/lib/url/staat.ts';
import { openNodeDb } from '../../../scripts/db/node-db.ts';

const ID = 'synth-42-10000-kubussen';
const map = join(import.meta.dirname, '../../../public/data/casus/kubussen', ID); // written by `npm run data`
const db = await openNodeDb();
/** Sums may differ in the last bit between runs (summation order); 12 significant digits is far beyond what a chart shows. */
const afgerond = (rijen: Record<string, unknown>[]) => rijen.map((r) => Object.fromEntries(Object.entries(r).map(([k, w]) => [k, typeof w === 'number' ? Number(w.toPrecision(12)) : w])));
afterAll(() => db.sluit());

describe('leesBundelVoorbereid', () => {
  const rij = [{ soort: 'jaar', waarde: '2020' }];
  it('neemt alleen platte antwoorden op vragen over de eigen dataset', () => {
    const eigen = `kosten-casus-keuzes-kubus:["${ID}","${ID}","${ID}"]`;
    expect(leesBundelVoorbereid({ vragen: { [eigen]: rij } }, ID, 'b')).toEqual({ [eigen]: rij });
    expect(() => leesBundelVoorbereid({ vragen: { 'kosten-casus-keuzes-kubus:["gouda"]': rij } }, ID, 'b')).toThrow('b/voorbereid.json: vraag "kosten-casus-keuzes-kubus:["gouda"]" hoort niet bij dataset');
    expect(() => leesBundelVoorbereid({ vragen: { [`regios:["${ID}"]`]: rij } }, ID, 'b')).toThrow('hoort niet bij dataset');
    expect(() => leesBundelVoorbereid({ vragen: { [eigen]: [{ waarde: { genest: 1 } }] } }, ID, 'b')).toThrow('geen lijst van platte objecten');
    expect(() => leesBundelVoorbereid({}, ID, 'b')).toThrow('veld "vragen" ontbreekt');
  });
});

describe(`de gebakken eerste vragen van ${ID}`, () => {
  const gebakken = leesBundelVoorbereid(JSON.parse(readFileSync(join(map, VOORBEREID_BESTAND), 'utf8')), ID, ID);

  it('zijn precies wat de pagina eerst vraagt, met en zonder intervalkubus', () => {
    const f = naarKostenFilter(decodeCasusFilter(STANDAARD.kosten), ID);
    const gevraagd = [keuzesVraag(ID, true), alleGrafiekenVraag(f, 'pre', true), alleGrafiekenVraag(f, 'pre', false)].map(vraagSleutel);
    // the bundle has the Thuiszitters tables too, so that page's first questions are baked as well
    expect(Object.keys(gebakken).sort()).toEqual([...new Set(gevraagd), ...eersteRoutesVragen(ID).map(vraagSleutel)].sort());
  });

  it('zijn gelijk aan de antwoorden van de geladen bundel', async () => {
    const m = leesKubusManifest(JSON.parse(readFileSync(join(map, 'manifest.json'), 'utf8')), ID);
    await laadKubusBundel(db, { pad: `${ID}/`, manifest: Promise.resolve(m), voorbereid: Promise.resolve(null), bestand: async (k) => ({ inhoud: readFileSync(join(map, bundelBestand(k))), msOphalen: 0 }) });
    for (const v of [...eersteCasusVragen(ID, true), ...eersteRoutesVragen(ID)]) {
      const antwoord = await db.query(v.sql, v.params);
      expect(antwoord.length, v.naam).toBeGreaterThan(3);
      expect(afgerond(gebakken[vraagSleutel(v)]), v.naam).toEqual(afgerond(antwoord));
    }
  });
});

describe(`de gebakken eerste vragen van ${BRON_STANDAARD_DATASET} (de standaard van Kosten per casus)`, () => {
  const casusMap = join(import.meta.dirname, '../../../public/data/casus');
  const G = BRON_STANDAARD_DATASET;
  const gebakken = leesBundelVoorbereid(JSON.parse(readFileSync(join(casusMap, G, VOORBEREID_BESTAND), 'utf8')), G, G);

  it('zijn precies wat de pagina eerst vraagt, en gelijk aan de antwoorden van de geladen dataset', async () => {
    const f = naarKostenFilter(decodeCasusFilter(STANDAARD.kosten), G);
    const gevraagd = [keuzesVraag(G, false), totaalVraag(G), alleGrafiekenVraag(f, 'pre', true)].map(vraagSleutel);
    // next to them Thuiszitters' first questions (tests/unit/routes/voorbereid.test.ts)
    expect(Object.keys(gebakken).filter((k) => !k.startsWith('routes:')).sort()).toEqual(gevraagd.sort());
    const item = (JSON.parse(readFileSync(join(casusMap, 'index.json'), 'utf8')) as CasusIndex).datasets.find((d) => d.dataset_id === G)!;
    const inhoud = { casus: readFileSync(join(casusMap, G, 'casus.csv')), episode: readFileSync(join(casusMap, G, 'episode.csv')), kosten: readFileSync(join(casusMap, G, 'kosten.csv')) };
    await laadBronDataset(db, { dataset: bronDataset(item), inhoud });
    for (const v of eersteCasusVragen(G, false)) {
      const antwoord = await db.query(v.sql, v.params);
      expect(antwoord.length, v.naam).toBeGreaterThan(0);
      expect(afgerond(gebakken[vraagSleutel(v)]), v.naam).toEqual(afgerond(antwoord));
    }
    // the printed Gouda total is in the baked answer, as the page shows it
    expect(Number(gebakken[vraagSleutel(totaalVraag(G))][0].totaal)).toBeCloseTo(item.totaal_eur!, 2);
  });
});
