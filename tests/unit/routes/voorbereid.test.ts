// The Thuiszitters page draws its first charts from answers baked at build time (voorbereid.json of
// a bundled bron dataset, scripts/bundel-casus.ts). They must be the answers to exactly the questions
// the page asks first (default definition and filters of the URL state), equal to what the page's
// live query returns once the route tables are built, and a dataset may pre-answer only its own
// Thuiszitters questions.
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openNodeDb } from '../../../scripts/db/node-db.ts';
import { laadBronDataset, genereerSynthetisch } from '../../../src/lib/db/casus.ts';
import { eersteRoutesVragen, routeGemeentenVraag, routeGrafiekenVraag, VENSTER, zorgVoorRoutes } from '../../../src/lib/db/routes.ts';
import { eersteCasusVragen } from '../../../src/lib/db/kostenCasus.ts';
import { leesRouteGrafieken } from '../../../src/lib/db/sql/routes.ts';
import { vraagSleutel } from '../../../src/lib/db/vragen.ts';
import { bronDataset, type CasusIndex } from '../../../src/lib/model/casus/bundel.ts';
import { cohortFilter, standaardKeuze } from '../../../src/lib/model/routes/keuze.ts';
import { leesBundelVoorbereid, VOORBEREID_BESTAND } from '../../../src/lib/model/kosten/kubusBundel.ts';
import { ROUTES_STANDAARD_DATASET } from '../../../src/lib/db/routes.ts';

const G = ROUTES_STANDAARD_DATASET;
const casusMap = join(import.meta.dirname, '../../../public/data/casus'); // written by `npm run data`
const db = await openNodeDb();
afterAll(() => db.sluit());

/** The page's own first question, built here as the view builds it (not through eersteRoutesVragen). */
const paginaVraag = (ds: string) => routeGrafiekenVraag(VENSTER, standaardKeuze().definitie, cohortFilter(standaardKeuze(), ds));

describe('leesBundelVoorbereid: Thuiszitters-vragen', () => {
  const rij = [{ gemeente_code: 'GM0513', n: 6 }];
  const grafieken = vraagSleutel(paginaVraag(G));
  const gemeenten = vraagSleutel(routeGemeentenVraag(G));

  it('neemt de eigen vragen van de pagina over de eigen dataset', () => {
    expect(leesBundelVoorbereid({ vragen: { [grafieken]: rij, [gemeenten]: rij } }, G, 'b')).toEqual({ [grafieken]: rij, [gemeenten]: rij });
  });

  it('weigert vragen over een andere dataset, ook over twee datasets samen', () => {
    expect(() => leesBundelVoorbereid({ vragen: { [vraagSleutel(routeGemeentenVraag('ander'))]: rij } }, G, 'b')).toThrow('hoort niet bij dataset');
    expect(() => leesBundelVoorbereid({ vragen: { [vraagSleutel(paginaVraag('synth-42-1000'))]: rij } }, G, 'b')).toThrow('hoort niet bij dataset');
    const samen = vraagSleutel(routeGrafiekenVraag(VENSTER, 'thuiszitter_smal', { datasets: [G, 'ander'] }));
    expect(() => leesBundelVoorbereid({ vragen: { [samen]: rij } }, G, 'b')).toThrow('hoort niet bij dataset');
  });

  it('weigert vreemde en misvormde sleutels', () => {
    for (const sleutel of [
      `routes:stap:["${G}"]`, // not a question of the page
      `regios:["${G}"]`,
      `routes:grafieken:["${G}"]`, // without its window
      `routes:grafieken:2017-01-01:2025-01-01:x:2024-12-01:["${G}"]`,
      `routes:gemeenten:["${G}"`, // broken JSON
      `routes:gemeenten:{"d":"${G}"}`,
      `xroutes:gemeenten:["${G}"]`,
    ]) expect(() => leesBundelVoorbereid({ vragen: { [sleutel]: rij } }, G, 'b'), sleutel).toThrow('hoort niet bij dataset');
    expect(() => leesBundelVoorbereid({ vragen: { [gemeenten]: [{ n: [6] }] } }, G, 'b')).toThrow('geen lijst van platte objecten');
    expect(() => leesBundelVoorbereid({ vragen: { [gemeenten]: { n: 6 } } }, G, 'b')).toThrow('geen lijst van platte objecten');
  });
});

describe(`de gebakken Thuiszitters-antwoorden van ${G}`, () => {
  const gebakken = leesBundelVoorbereid(JSON.parse(readFileSync(join(casusMap, G, VOORBEREID_BESTAND), 'utf8')), G, G);

  it('zijn precies de eerste vragen van Kosten per casus en van Thuiszitters', () => {
    expect(eersteRoutesVragen(G).map(vraagSleutel)).toEqual([paginaVraag(G), routeGemeentenVraag(G)].map(vraagSleutel));
    expect(Object.keys(gebakken).sort()).toEqual([...eersteCasusVragen(G, false), ...eersteRoutesVragen(G)].map(vraagSleutel).sort());
  });

  it('zijn gelijk aan wat de live vraag geeft, ook met een tweede dataset in de routetabellen', async () => {
    const item = (JSON.parse(readFileSync(join(casusMap, 'index.json'), 'utf8')) as CasusIndex).datasets.find((d) => d.dataset_id === G)!;
    const inhoud = { casus: readFileSync(join(casusMap, G, 'casus.csv')), episode: readFileSync(join(casusMap, G, 'episode.csv')), kosten: readFileSync(join(casusMap, G, 'kosten.csv')) };
    // as on the page after a visit to a synthetic cohort: the route tables hold both
    await genereerSynthetisch(db, 1000, 42);
    await laadBronDataset(db, { dataset: bronDataset(item), inhoud });
    await zorgVoorRoutes(db, G, async () => true, VENSTER);
    for (const v of [paginaVraag(G), routeGemeentenVraag(G)]) {
      const live = await db.query(v.sql, v.params);
      expect(live.length, v.naam).toBeGreaterThan(0);
      expect(gebakken[vraagSleutel(v)], v.naam).toEqual(live);
    }
    // the figures the page draws: six published cases, all in Gouda
    expect(gebakken[vraagSleutel(routeGemeentenVraag(G))]).toEqual([{ gemeente_code: 'GM0513', n: 6 }]);
    const { transities } = leesRouteGrafieken(gebakken[vraagSleutel(paginaVraag(G))]);
    expect(transities.filter((r) => r.stap === 0).reduce((s, r) => s + r.n, 0)).toBe(6);
  });

  it('bevatten geen antwoord voor een andere filterkeuze (die wacht op DuckDB)', () => {
    const anders = routeGrafiekenVraag(VENSTER, 'absoluut_verzuim', cohortFilter(standaardKeuze(), G));
    expect(gebakken[vraagSleutel(anders)]).toBeUndefined();
  });
});
