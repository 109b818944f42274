// What the Doorbraak page shows for a loaded ledger: avoided yearly cost per case (the whole
// distribution, not only the mean), totals, maatwerkbudget spent and the barrier matrix. Counts
// below 5 are shown as "< 5" (src/lib/export/onderdrukking.ts), amounts as they are.
import { onderdrukKleineAantallen } from '../../export/onderdrukking.ts';
import type { LogboekRij } from './logboek.ts';
import { telMatrix, type Matrix } from './matrix.ts';

export interface LogboekSamenvatting {
  gemeenten: string[];
  casussen: number;
  /** avoided yearly cost per case (current − with breakthrough), sorted high to low */
  perCasus: { casus: string; gemeente: string; huidig: number; doorbraak: number; vermeden: number }[];
  totaalHuidig: number;
  totaalDoorbraak: number;
  totaalVermeden: number;
  gemiddeld: number | null;
  mediaan: number | null;
  min: number | null;
  max: number | null;
  /** cases where the breakthrough costs more than the current help */
  duurder: number;
  budgetGebruikt: number;
  /** cases with a maatwerkbudget amount filled in */
  budgetCasussen: number;
  matrix: Matrix;
}

const som = (xs: number[]) => Math.round(xs.reduce((s, x) => s + Math.round(x * 100), 0)) / 100;

function mediaanVan(gesorteerd: number[]): number | null {
  const n = gesorteerd.length;
  if (n === 0) return null;
  return n % 2 ? gesorteerd[(n - 1) / 2] : (gesorteerd[n / 2 - 1] + gesorteerd[n / 2]) / 2;
}

export function vatSamen(rijen: readonly LogboekRij[]): LogboekSamenvatting {
  const perCasus = rijen
    .map((r) => ({ casus: r.casus, gemeente: r.gemeente, huidig: r.kostenHuidig, doorbraak: r.kostenDoorbraak, vermeden: Math.round((r.kostenHuidig - r.kostenDoorbraak) * 100) / 100 }))
    .sort((a, b) => b.vermeden - a.vermeden || a.casus.localeCompare(b.casus, 'nl'));
  const vermeden = perCasus.map((p) => p.vermeden);
  const oplopend = [...vermeden].sort((a, b) => a - b);
  const budget = rijen.filter((r) => r.maatwerkbudget !== null);
  return {
    gemeenten: [...new Set(rijen.map((r) => r.gemeente))].sort((a, b) => a.localeCompare(b, 'nl')),
    casussen: rijen.length,
    perCasus,
    totaalHuidig: som(rijen.map((r) => r.kostenHuidig)),
    totaalDoorbraak: som(rijen.map((r) => r.kostenDoorbraak)),
    totaalVermeden: som(vermeden),
    gemiddeld: vermeden.length ? som(vermeden) / vermeden.length : null,
    mediaan: mediaanVan(oplopend),
    min: oplopend.length ? oplopend[0] : null,
    max: oplopend.length ? oplopend[oplopend.length - 1] : null,
    duurder: vermeden.filter((v) => v < 0).length,
    budgetGebruikt: som(budget.map((r) => r.maatwerkbudget!)),
    budgetCasussen: budget.length,
    matrix: telMatrix(rijen.flatMap((r) => r.barrieres.map((b) => ({ instrument: b.instrument, domein: b.domein, wie: `${r.gemeente}: ${r.casus}` })))),
  };
}

/** A count from the ledger as shown and exported: below 5 (zero included) it is "< 5". */
export function toonAantal(n: number, formatteer: (n: number) => string): string {
  const v = onderdrukKleineAantallen([{ n }], ['n'])[0].n;
  return typeof v === 'number' ? formatteer(v) : String(v);
}
