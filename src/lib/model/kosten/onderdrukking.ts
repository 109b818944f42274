/**
 * Suppression of small counts in published case aggregates (casusdata: counts below 5 are never
 * shown). Pure, so the rule is unit-tested and the same wherever aggregates are written.
 */
export const MIN_AANTAL = 5;

export interface Bin {
  bin: number;
  n: number;
  bedrag: number;
}

/**
 * Merges consecutive Lorenz bins of one cube cell (sorted by bin) until every bin holds at least
 * MIN_AANTAL cases; a short tail joins the bin before it. The merged bin keeps the highest bin
 * number, so the order of amounts is kept and the Lorenz curve stays exact at every merged edge.
 * A cell with fewer than MIN_AANTAL cases in total returns [] (suppressed whole).
 */
export function voegBinsSamen(bins: readonly Bin[]): Bin[] {
  const uit: Bin[] = [];
  let open: Bin | null = null;
  for (const b of bins) {
    open = open ? { bin: b.bin, n: open.n + b.n, bedrag: open.bedrag + b.bedrag } : { ...b };
    if (open.n >= MIN_AANTAL) {
      uit.push(open);
      open = null;
    }
  }
  if (open) {
    const vorige = uit.pop();
    if (!vorige) return [];
    uit.push({ bin: open.bin, n: vorige.n + open.n, bedrag: vorige.bedrag + open.bedrag });
  }
  return uit;
}
