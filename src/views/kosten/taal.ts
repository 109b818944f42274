// View-specific strings: chosen by app.taal at the call site (the shared ones live in src/lib/i18n).
import { app } from '../../lib/state/app.svelte';
import { publicatie } from '../../lib/model/publicaties';

export const tx = (nl: string, en: string): string => (app.taal === 'nl' ? nl : en);

/**
 * Source line for the Gouda document (seed-001), cited by the publication (data/bronnen.csv);
 * the lines go to the frame's details toggle: `bronDetails: vindplaats('seed-001', regels)`.
 */
export const goudaBron = (): string =>
  app.taal === 'nl'
    ? `Bron: ${publicatie('seed-001').citatie} · status onbekend (zoals gepubliceerd)`
    : `Source: ${publicatie('seed-001').citatie} · status unknown (as published)`;
