// "Van n = 1 naar het stelsel": the barrier matrix (instrument × domain), the paradigm table and
// the maatwerkbudget. The matrix table is shared with a gemeente's own ledger (logboek.ts).
import type { GrafiekMeta, TabelRij } from '../../lib/charts/types';
import type { TekstSleutel } from '../../lib/i18n/teksten';
import { DOMEINEN, INSTRUMENTEN, type DoorbraakBundel, type Domein, type Instrument } from '../../lib/model/doorbraak/typen';
import { grootsteCel, telMatrix, type Matrix } from '../../lib/model/doorbraak/matrix';
import { kies, regelsVan } from '../../lib/model/doorbraak/figuren';
import { formatGetal } from '../../lib/i18n/format';
import { t } from '../../lib/state/app.svelte';
import { afgeleidSub, bronDetails, bronregel, euro, inTaal, kgFiguur, type Figuur } from './meta';

export const instrumentNaam = (i: Instrument): string => t(`dbr_instr_${i}` as TekstSleutel);
export const domeinNaam = (d: Domein): string => t(`dbr_dom_${d}` as TekstSleutel);

type MatrixInvoer = Pick<GrafiekMeta, 'id' | 'titel' | 'ondertitel' | 'beschrijving' | 'bronregel' | 'bronDetails' | 'noten'> & {
  matrix: Matrix;
  aantal: (n: number) => string;
  eigen?: boolean;
};

/** The matrix as a table figure: one row per instrument, one column per domain, cells "n · who". */
export function matrixMeta(m: MatrixInvoer): GrafiekMeta {
  // the caller's object literal names the chart id (tests/unit/embed/grafieken.test.ts reads it)
  const { matrix, aantal, eigen, ...kop } = m;
  const kolommen = [
    { sleutel: 'instrument', label: t('dbr_kol_instrument') },
    ...DOMEINEN.map((d) => ({ sleutel: d, label: domeinNaam(d), numeriek: true, aantal: true })),
    { sleutel: 'totaal', label: t('dbr_kol_totaal'), numeriek: true, aantal: true },
  ];
  const cel = (i: Instrument, d: Domein) => matrix.cellen.find((c) => c.instrument === i && c.domein === d)!;
  const rij = (ruw: boolean) => (i: Instrument): TabelRij => {
    const r: TabelRij = { instrument: instrumentNaam(i), totaal: ruw ? matrix.perInstrument[i] : aantal(matrix.perInstrument[i]) };
    for (const d of DOMEINEN) {
      const c = cel(i, d);
      // own data: zero is suppressed too, so an empty cell and a small one look alike
      r[d] = ruw ? c.aantal : eigen ? aantal(c.aantal) : c.aantal === 0 ? '–' : `${aantal(c.aantal)} (${c.wie.join(', ')})`;
    }
    return r;
  };
  return {
    ...kop,
    periode: t(eigen ? 'dbr_eigen_periode' : 'dbr_periode'), status: t(eigen ? 'dbr_eigen_status' : 'dbr_status_definitief'),
    alleenTabel: true, kolommen, eigenImport: eigen, casusAantallen: eigen,
    rijen: INSTRUMENTEN.map(rij(false)),
    exportRijen: INSTRUMENTEN.map(rij(true)),
  };
}

export function rapportMatrix(b: DoorbraakBundel): GrafiekMeta {
  const naam = new Map(b.gemeenten.map((g) => [g.gemeente_code, g.gemeente]));
  const matrix = telMatrix(b.barrieres.map((x) => ({ instrument: x.instrument, domein: x.domein, wie: naam.get(x.gemeente_code) ?? x.gemeente_code })));
  const top = grootsteCel(matrix)!;
  const w = {
    n: formatGetal(matrix.totaal), g: formatGetal(b.gemeenten.length), instrument: instrumentNaam(top.instrument).toLowerCase(),
    domein: domeinNaam(top.domein).toLowerCase(), top: formatGetal(top.aantal), wie: top.wie.join(', '),
  };
  return matrixMeta({
    id: 'doorbraak-matrix',
    titel: t('dbr_matrix_titel', w),
    ondertitel: t('dbr_matrix_onder'),
    beschrijving: t('dbr_matrix_besch', {
      ...w,
      per: INSTRUMENTEN.map((i) => `${instrumentNaam(i).toLowerCase()} ${formatGetal(matrix.perInstrument[i])}`).join(', '),
    }),
    bronregel: bronregel(),
    bronDetails: bronDetails(b.barrieres.map((x) => x.regel)),
    noten: [t('dbr_matrix_indeling'), t('dbr_matrix_jeugdketen')],
    matrix,
    aantal: (n) => formatGetal(n),
  });
}

export function paradigmaMeta(b: DoorbraakBundel): GrafiekMeta {
  const rijen = INSTRUMENTEN.map((i) => b.paradigma.find((p) => p.instrument === i)!).map((p) => ({
    instrument: instrumentNaam(p.instrument), beheersen: inTaal(p, 'beheersen'), effect: inTaal(p, 'effect'), ontwikkelen: inTaal(p, 'ontwikkelen'),
    regel: regelsVan([p.regel]),
  }));
  return {
    id: 'doorbraak-paradigma',
    titel: t('dbr_paradigma_titel'),
    ondertitel: t('dbr_paradigma_onder'),
    beschrijving: t('dbr_paradigma_besch', { lijst: rijen.map((r) => `${r.instrument}: ${r.beheersen} → ${r.ontwikkelen}`).join('; ') }),
    bronregel: bronregel(),
    bronDetails: bronDetails(b.paradigma.map((p) => p.regel)),
    noten: [t('dbr_paradigma_reconstructie')],
    periode: t('dbr_periode'),
    status: t('dbr_status_definitief'),
    alleenTabel: true,
    kolommen: [
      { sleutel: 'instrument', label: t('dbr_kol_instrument') },
      { sleutel: 'beheersen', label: t('dbr_kol_beheersen') },
      { sleutel: 'effect', label: t('dbr_kol_effect') },
      { sleutel: 'ontwikkelen', label: t('dbr_kol_ontwikkelen') },
      { sleutel: 'regel', label: t('dbr_kol_regel') },
    ],
    rijen,
  };
}

export function budget(b: DoorbraakBundel): Figuur {
  const f = kies(b, 'budget');
  const w = { begroot: euro(f.begroot.waarde), gebruikt: euro(f.gebruikt.waarde), pct: formatGetal(f.pct.waarde, 1), per: euro(f.perGemeente.waarde) };
  return kgFiguur({
    id: 'doorbraak-budget', tekst: 'dbr_budget', w,
    noten: [t('dbr_budget_noot', { ...w, regels: regelsVan([f.pct]) })],
    rijen: [[f.perGemeente, 'dbr_budget_per'], [f.begroot, 'dbr_budget_begroot'], [f.gebruikt, 'dbr_budget_gebruikt']],
    sub: { [f.begroot.id]: afgeleidSub(regelsVan([f.begroot]), `5 × ${w.per}`) },
  });
}
