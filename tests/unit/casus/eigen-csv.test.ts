// A user's own case files on their way to DuckDB: the import worker hands on contract CSV
// (CasusOpties.regels: lines already in contract form go on unchanged, others are written anew)
// instead of row objects, and kruiscontrole names the cases to leave out. The rows that end up in
// DuckDB must be exactly the rows (and rejections) of the object path. Native DuckDB.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTekst } from '../../../src/lib/import/importeer.ts';
import { kruiscontrole, voegCasusBestandenSamen, type CasusResultaat } from '../../../src/lib/import/casus.ts';
import { importeerStroom, inStukken } from '../../../src/lib/import/stroom.ts';
import { laadEigenCasusBestanden } from '../../../src/lib/db/casus.ts';
import { SQL_CASUS_RIJEN, SQL_EPISODE_RIJEN } from '../../../src/lib/db/sql/casus.ts';
import { KOP } from '../../../src/lib/model/casus/synth/csv.ts';
import type { CasusCsv } from '../../../src/lib/import/client.ts';
import { openNodeDb } from '../../../scripts/db/node-db.ts';

// a case id with the CSV delimiter and a quote, one case in two casus files, an episode and a cost
// row of a case that is in no casus file
const BESTANDEN = [
  { naam: 'c1.csv', tekst: 'casus_id;gemeente_code;geboortejaar;geslacht\nc1;GM0513;2010;m\n"c;2 ""x""";GM0513;2011;\nc3;GM0150;;v\n' },
  { naam: 'c2.csv', tekst: 'casus_id;gemeente_code\nc3;GM0513\nc4;GM0150\n' },
  {
    naam: 'e.csv',
    tekst: 'casus_id;domein;toestand;onderwijssoort;begin;einde;datum_kwaliteit\nc1;onderwijs;VOLLEDIG_VERZUIM;PO;01-03-2021;;maand\n"c;2 ""x""";zorg;AMBULANT;;2021-01-01;2021-06-01;dag\nc3;zorg;AMBULANT;;2021-01-01;;maand\nzz;zorg;AMBULANT;;2021-01-01;;maand\n',
  },
  {
    naam: 'k.csv',
    tekst: 'casus_id;begin;einde;domein;categorie;bedrag_eur;kwaliteit\nc1;2021-03-01;2022-03-01;jeugdzorg;ambulant;1200.50;toegerekend\nzz;2021-03-01;2022-03-01;jeugdzorg;ambulant;10;toegerekend\nc1;2022-03-01;2023-03-01;jeugdzorg;ambulant;7.5;exact\n',
  },
];

/** One file read as the import worker reads it for DuckDB: contract CSV batches with header. */
async function alsCsv(b: { naam: string; tekst: string }): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(b.tekst);
  let csv = '';
  const r = (await importeerStroom(inStukken(bytes, 16), bytes.length, { bestand: b.naam, formaat: 'casus', regels: true }, { csv: (s) => (csv += s.delen.join('')) })) as CasusResultaat;
  return new TextEncoder().encode(KOP[r.tabel] + csv);
}

let db: Awaited<ReturnType<typeof openNodeDb>>;
beforeAll(async () => {
  db = await openNodeDb();
});
afterAll(() => db.sluit());

describe('eigen casusbestanden als CSV naar DuckDB', () => {
  it('DuckDB krijgt precies de rijen en afwijzingen van het pad met rij-objecten', async () => {
    const resultaten = BESTANDEN.map((b) => parseTekst(b.tekst, { bestand: b.naam, formaat: 'casus' }) as CasusResultaat);
    const objecten = voegCasusBestandenSamen(resultaten);
    // what leesCasusCsv assembles from the workers' CSV batches
    const k = kruiscontrole(resultaten.map((r) => ({ bestand: r.bestand, tabel: r.tabel, ids: r.rijen.map((x) => x.casus_id), rij: r.rijen.map((x) => x.rij) })));
    const r: CasusCsv = {
      bestanden: await Promise.all(resultaten.map(async (x, i) => ({ tabel: x.tabel, csv: await alsCsv(BESTANDEN[i]) }))),
      weg: [...k.weg],
      aantallen: k.aantallen,
      afgewezen: [...resultaten.flatMap((x) => x.afgewezen), ...k.afgewezen],
      waarschuwingen: [],
    };
    expect(r.afgewezen).toEqual(objecten.afgewezen);
    expect(k.aantallen).toEqual({ casus: objecten.casus.length, episode: objecten.episodes.length, kosten: objecten.kosten.length });

    const uit = await laadEigenCasusBestanden(db, BESTANDEN.map((b) => b.naam), r);
    const id = uit.dataset!.dataset_id;
    const zonderRij = <T extends { rij: number }>(xs: T[]) => xs.map(({ rij: _, ...x }) => x);
    const casus = await db.query(SQL_CASUS_RIJEN, [id]);
    expect(casus).toEqual(expect.arrayContaining(zonderRij(objecten.casus)));
    expect(casus.map((c) => c.casus_id).sort()).toEqual(['c1', 'c4', 'c;2 "x"']);
    const episodes = await db.query(SQL_EPISODE_RIJEN, [id]);
    expect(episodes).toEqual(expect.arrayContaining(zonderRij(objecten.episodes)));
    expect(episodes).toHaveLength(objecten.episodes.length);
    const kosten = await db.query<{ casus_id: string; bedrag: number }>(`SELECT casus_id, CAST(bedrag_eur AS DOUBLE) AS bedrag FROM kosten WHERE dataset_id = ?`, [id]);
    expect(kosten).toEqual([
      { casus_id: `${id}:c1`, bedrag: 1200.5 },
      { casus_id: `${id}:c1`, bedrag: 7.5 },
    ]);
  });
});
