import type { GemeenteRij } from '../lib/db/vragen';

/** What App.svelte and the embed page (Embed.svelte) give every page component. */
export interface PaginaProps {
  gemeenten: GemeenteRij[];
  regios: GemeenteRij[];
  /** Embed page: render only the chart with this id, no page chrome. */
  grafiek?: string | null;
}
