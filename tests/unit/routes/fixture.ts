/**
 * Hand-made pathways for the routes tests. Expected values in the tests are worked out by hand
 * from these dates (comments there), not copied from the implementation.
 */
import type { Episode } from '../../../src/lib/model/casus/contract.ts';
import type { RouteCasus } from '../../../src/lib/model/routes/route.ts';

type E = [string, 'onderwijs' | 'zorg', string, string | null, string, string | null];

const rij = ([casus_id, domein, toestand, onderwijssoort, begin, einde]: E): Episode =>
  ({ casus_id, domein, toestand, onderwijssoort, begin, einde, datum_kwaliteit: 'exact' }) as Episode;

export const CASUSSEN: RouteCasus[] = [
  { dataset_id: 'ds', casus_id: 'ds:a', gemeente_code: 'GM0513', geboortejaar: 2013, geslacht: null },
  { dataset_id: 'ds', casus_id: 'ds:b', gemeente_code: 'GM0513', geboortejaar: 2008, geslacht: 'v' },
  { dataset_id: 'ds', casus_id: 'ds:c', gemeente_code: 'GM0268', geboortejaar: 2015, geslacht: null },
  { dataset_id: 'ds', casus_id: 'ds:d', gemeente_code: 'GM0513', geboortejaar: null, geslacht: null },
  { dataset_id: 'ds', casus_id: 'ds:e', gemeente_code: 'GM0513', geboortejaar: 2012, geslacht: null },
  { dataset_id: 'ds', casus_id: 'ds:f', gemeente_code: 'GM0513', geboortejaar: 2012, geslacht: 'm' },
  { dataset_id: 'ds', casus_id: 'ds:g', gemeente_code: 'GM0513', geboortejaar: 2010, geslacht: null },
  { dataset_id: 'ds2', casus_id: 'ds2:h', gemeente_code: 'GM0268', geboortejaar: 2004, geslacht: null },
  { dataset_id: 'ds', casus_id: 'ds:i', gemeente_code: 'GM0513', geboortejaar: 2016, geslacht: null },
];

export const EPISODES: Episode[] = (
  [
    // a: PO, drops out fully on 2021-03-01 and goes to dagbesteding (the contract's example)
    ['ds:a', 'onderwijs', 'INGESCHREVEN', 'PO', '2019-08-19', '2021-03-01'],
    ['ds:a', 'onderwijs', 'VOLLEDIG_VERZUIM', 'PO', '2021-03-01', null],
    ['ds:a', 'zorg', 'AMBULANT', null, '2019-10-01', '2021-03-01'],
    ['ds:a', 'zorg', 'DAGBESTEDING', null, '2021-03-01', null],
    // b: VO, partly absent, fully absent, then not enrolled; waiting list first, ambulant later
    ['ds:b', 'onderwijs', 'INGESCHREVEN', 'VO', '2020-08-01', '2022-01-10'],
    ['ds:b', 'onderwijs', 'GEDEELTELIJK_VERZUIM', 'VO', '2022-01-10', '2022-06-01'],
    ['ds:b', 'onderwijs', 'VOLLEDIG_VERZUIM', 'VO', '2022-06-01', '2023-01-01'],
    ['ds:b', 'onderwijs', 'NIET_INGESCHREVEN', null, '2023-01-01', null],
    ['ds:b', 'zorg', 'WACHTLIJST', null, '2022-03-01', '2022-09-01'],
    ['ds:b', 'zorg', 'AMBULANT', null, '2022-09-01', null],
    // c: SO with an unknown gap in the middle
    ['ds:c', 'onderwijs', 'INGESCHREVEN', 'SO', '2021-08-01', '2022-02-01'],
    ['ds:c', 'onderwijs', 'INGESCHREVEN', 'SO', '2022-05-01', null],
    // d: no geboortejaar; fully absent on a KOLB place, then exempted
    ['ds:d', 'onderwijs', 'VOLLEDIG_VERZUIM', 'VO', '2022-09-01', '2023-03-01'],
    ['ds:d', 'onderwijs', 'VRIJSTELLING', null, '2023-03-01', null],
    ['ds:d', 'zorg', 'KOLB', null, '2022-09-01', null],
    // e: only zorg, no onderwijs at all → no route
    ['ds:e', 'zorg', 'AMBULANT', null, '2021-01-01', null],
    // f: overlapping episodes (a data error): most severe onderwijs and most intensive zorg win
    ['ds:f', 'onderwijs', 'INGESCHREVEN', 'PO', '2020-01-01', null],
    ['ds:f', 'onderwijs', 'VOLLEDIG_VERZUIM', 'PO', '2021-01-01', '2021-06-01'],
    ['ds:f', 'zorg', 'AMBULANT', null, '2021-01-15', '2021-05-01'],
    ['ds:f', 'zorg', 'VERBLIJF', null, '2021-02-01', '2021-04-01'],
    // g: PO → VO, then partly absent with ambulant care
    ['ds:g', 'onderwijs', 'INGESCHREVEN', 'PO', '2018-08-01', '2021-08-01'],
    ['ds:g', 'onderwijs', 'INGESCHREVEN', 'VO', '2021-08-01', '2022-03-01'],
    ['ds:g', 'onderwijs', 'GEDEELTELIJK_VERZUIM', 'VO', '2022-03-01', null],
    ['ds:g', 'zorg', 'AMBULANT', null, '2022-01-01', null],
    // h (other dataset): MBO, internship, left the system
    ['ds2:h', 'onderwijs', 'INGESCHREVEN', 'MBO', '2020-01-01', '2022-01-01'],
    ['ds2:h', 'onderwijs', 'STAGE_WERK', 'MBO', '2022-01-01', '2022-07-01'],
    ['ds2:h', 'onderwijs', 'UITGESTROOMD', null, '2022-07-01', null],
    // i: recently fully absent, only on a waiting list
    ['ds:i', 'onderwijs', 'VOLLEDIG_VERZUIM', 'PO', '2023-05-10', null],
    ['ds:i', 'zorg', 'WACHTLIJST', null, '2023-05-01', null],
  ] as E[]
).map(rij);
