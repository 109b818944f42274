/*
 * Which charts the chart-only page (embed.html, src/views/Embed.svelte) can render. The chart
 * frame offers "Insluiten" only for these ids: an embed code for a chart the page cannot draw
 * would publish an empty box. Add an id here when the embed page learns to render it.
 */
export const INSLUITBARE_GRAFIEKEN: Readonly<Record<string, 'vergelijken'>> = Object.freeze({
  'studie-lasten_per_gebruiker': 'vergelijken',
  'studie-lasten_per_inwoner': 'vergelijken',
  'studie-index_lasten_per_inwoner': 'vergelijken',
  'studie-index_jeugdhulp_zonder_verblijf': 'vergelijken',
  strip: 'vergelijken',
});

export function isInsluitbaarId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(INSLUITBARE_GRAFIEKEN, id);
}

/** Svelte context key set by the embed page: chart frames then show no share/export menu. */
export const EMBED_CONTEXT = 'jzv-embed';
