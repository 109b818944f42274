/** One bar of Staven.svelte. */
export interface Staaf {
  id: string;
  label: string;
  waarde: number;
  laag?: number | null;
  hoog?: number | null;
  /** value as shown next to the bar (already formatted, e.g. "< 5" or "€ 46k") */
  tekst: string;
  /** full sentence for screen readers and the tooltip */
  aria: string;
  kleur?: string;
}
