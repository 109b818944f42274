// View-specific strings: chosen by app.taal at the call site (the shared ones live in src/lib/i18n).
import { app } from '../../lib/state/app.svelte';

export const tx = (nl: string, en: string): string => (app.taal === 'nl' ? nl : en);

/** Source line for the Gouda document (seed-001); not in the bronnen catalogue, so written here. */
export const goudaBron = (regels: string): string =>
  app.taal === 'nl'
    ? `Bron: IPW, Collectieve doorbraak Thuiszitters (Gouda), r. ${regels} · status onbekend (zoals gepubliceerd)`
    : `Source: IPW, Collectieve doorbraak Thuiszitters (Gouda), l. ${regels} · status unknown (as published)`;
