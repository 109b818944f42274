// Charts of a gemeente's own ledger: avoided cost per case (the distribution), the totals with the
// maatwerkbudget, and the barrier matrix. Own data: never embeddable (eigenImport), counts below 5
// shown as "< 5" on screen and in every export.
import type { GrafiekMeta } from '../../lib/charts/types';
import type { BronBalk } from '../../lib/charts/bronbalken/state';
import { toonAantal, type LogboekSamenvatting } from '../../lib/model/doorbraak/samenvatting';
import { grootsteCel } from '../../lib/model/doorbraak/matrix';
import { formatGetal } from '../../lib/i18n/format';
import { t } from '../../lib/state/app.svelte';
import { euro } from './meta';
import { domeinNaam, instrumentNaam, matrixMeta } from './stelsel';
import type { Figuur } from './meta';

const aantal = (n: number) => toonAantal(n, (x) => formatGetal(x));

function basis(bestand: string, s: LogboekSamenvatting) {
  return {
    bronregel: t('dbr_eigen_bron', { bestand }),
    periode: t('dbr_eigen_periode'),
    status: t('dbr_eigen_status'),
    eigenImport: true,
    w: {
      n: aantal(s.casussen), gemeenten: s.gemeenten.join(', '), totaal: euro(s.totaalVermeden), mediaan: euro(s.mediaan ?? 0),
      min: euro(s.min ?? 0), max: euro(s.max ?? 0), gemiddeld: euro(Math.round(s.gemiddeld ?? 0)), duurder: aantal(s.duurder),
      huidig: euro(s.totaalHuidig), doorbraak: euro(s.totaalDoorbraak), budget: euro(s.budgetGebruikt), nb: aantal(s.budgetCasussen), bestand,
    },
  };
}

export function logboekCasussen(bestand: string, s: LogboekSamenvatting): Figuur {
  const { w, ...b } = basis(bestand, s);
  const balken: BronBalk[] = s.perCasus.map((p) => ({
    id: `${p.gemeente}-${p.casus}`, label: p.casus, waarde: p.vermeden, tekst: euro(p.vermeden), soort: 'eigen',
    sublabel: t('dbr_eigen_sub', { huidig: euro(p.huidig), doorbraak: euro(p.doorbraak) }),
  }));
  const meta: GrafiekMeta = {
    ...b,
    id: 'doorbraak-logboek-casussen',
    titel: t('dbr_eigen_casus_titel', w),
    ondertitel: t('dbr_eigen_casus_onder'),
    beschrijving: t('dbr_eigen_casus_besch', w),
    noten: [t('dbr_eigen_niet_verdisconteerd')],
    kolommen: [
      { sleutel: 'casus', label: t('dbr_kol_casus') },
      { sleutel: 'gemeente', label: t('dbr_kol_gemeente') },
      { sleutel: 'huidig', label: t('dbr_kol_huidig'), numeriek: true, eenheid: 'euro' },
      { sleutel: 'doorbraak', label: t('dbr_kol_doorbraak'), numeriek: true, eenheid: 'euro' },
      { sleutel: 'vermeden', label: t('dbr_kol_vermeden'), numeriek: true, eenheid: 'euro' },
    ],
    rijen: s.perCasus.map((p) => ({ casus: p.casus, gemeente: p.gemeente, huidig: euro(p.huidig), doorbraak: euro(p.doorbraak), vermeden: euro(p.vermeden) })),
    exportRijen: s.perCasus.map((p) => ({ casus: p.casus, gemeente: p.gemeente, huidig: p.huidig, doorbraak: p.doorbraak, vermeden: p.vermeden })),
  };
  return { meta, balken };
}

export function logboekTotaal(bestand: string, s: LogboekSamenvatting): Figuur {
  const { w, ...b } = basis(bestand, s);
  const rijen = [
    { id: 'huidig', label: t('dbr_eigen_tot_huidig'), waarde: s.totaalHuidig },
    { id: 'doorbraak', label: t('dbr_eigen_tot_doorbraak'), waarde: s.totaalDoorbraak },
    { id: 'vermeden', label: t('dbr_eigen_tot_vermeden'), waarde: s.totaalVermeden },
    { id: 'budget', label: t('dbr_eigen_tot_budget'), waarde: s.budgetGebruikt },
  ];
  const meta: GrafiekMeta = {
    ...b,
    id: 'doorbraak-logboek-totaal',
    titel: t('dbr_eigen_tot_titel', w),
    ondertitel: t('dbr_eigen_tot_onder'),
    beschrijving: t('dbr_eigen_tot_besch', w),
    noten: [t('dbr_eigen_budget_noot', w), t('dbr_eigen_niet_verdisconteerd')],
    kolommen: [{ sleutel: 'wat', label: t('dbr_kol_wat') }, { sleutel: 'bedrag', label: t('dbr_kol_waarde'), numeriek: true, eenheid: 'euro' }],
    rijen: rijen.map((r) => ({ wat: r.label, bedrag: euro(r.waarde) })),
    exportRijen: rijen.map((r) => ({ wat: r.label, bedrag: r.waarde })),
  };
  return { meta, balken: rijen.map((r) => ({ ...r, tekst: euro(r.waarde), soort: 'eigen', sublabel: t('dbr_eigen_sub_n', { n: w.n }) })) };
}

export function logboekMatrix(bestand: string, s: LogboekSamenvatting): GrafiekMeta {
  const { w, ...b } = basis(bestand, s);
  const top = grootsteCel(s.matrix);
  return matrixMeta({
    id: 'doorbraak-logboek-matrix',
    titel: top
      ? t('dbr_eigen_matrix_titel', { ...w, instrument: instrumentNaam(top.instrument).toLowerCase(), domein: domeinNaam(top.domein).toLowerCase(), top: aantal(top.aantal), totaal: aantal(s.matrix.totaal) })
      : t('dbr_eigen_matrix_leeg', w),
    ondertitel: t('dbr_matrix_onder'),
    beschrijving: t('dbr_eigen_matrix_besch', { ...w, totaal: aantal(s.matrix.totaal) }),
    bronregel: b.bronregel,
    noten: [t('dbr_eigen_onderdrukt')],
    matrix: s.matrix,
    aantal,
    eigen: true,
  });
}
