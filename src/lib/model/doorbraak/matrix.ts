// Barrier matrix: steering instrument × domain, counted over a list of barriers (the report's
// cases or a gemeente's own ledger). Pure, so the bundled page and the ledger share one count.
import { DOMEINEN, INSTRUMENTEN, type Domein, type Instrument } from './typen.ts';

export interface MatrixInvoer {
  instrument: Instrument;
  domein: Domein;
  /** who ran into it: a gemeente (report) or a case (ledger) */
  wie: string;
}

export interface MatrixCel {
  instrument: Instrument;
  domein: Domein;
  aantal: number;
  /** distinct `wie`, sorted */
  wie: string[];
}

export interface Matrix {
  cellen: MatrixCel[];
  perInstrument: Record<Instrument, number>;
  perDomein: Record<Domein, number>;
  totaal: number;
}

export function telMatrix(rijen: readonly MatrixInvoer[]): Matrix {
  const perInstrument = Object.fromEntries(INSTRUMENTEN.map((i) => [i, 0])) as Record<Instrument, number>;
  const perDomein = Object.fromEntries(DOMEINEN.map((d) => [d, 0])) as Record<Domein, number>;
  const cellen: MatrixCel[] = [];
  for (const instrument of INSTRUMENTEN) {
    for (const domein of DOMEINEN) {
      const hier = rijen.filter((r) => r.instrument === instrument && r.domein === domein);
      cellen.push({ instrument, domein, aantal: hier.length, wie: [...new Set(hier.map((r) => r.wie))].sort((a, b) => a.localeCompare(b, 'nl')) });
      perInstrument[instrument] += hier.length;
      perDomein[domein] += hier.length;
    }
  }
  return { cellen, perInstrument, perDomein, totaal: rijen.length };
}

/** The cell with the most barriers (first in instrument, domain order on a tie), or null when empty. */
export function grootsteCel(m: Matrix): MatrixCel | null {
  return m.cellen.reduce<MatrixCel | null>((best, c) => (c.aantal > (best?.aantal ?? 0) ? c : best), null);
}
