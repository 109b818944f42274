// The Doorbraak page's bundled figures (doorbraak/doorbraak.json, written and validated by
// scripts/bundel-doorbraak.ts). A static file, no DuckDB: fetched once per data version.
import type { DoorbraakBundel } from '../model/doorbraak/typen';

let belofte: Promise<DoorbraakBundel> | null = null;

export function laadDoorbraak(basis: string, versie: string): Promise<DoorbraakBundel> {
  belofte ??= fetch(`${basis}doorbraak/doorbraak.json${versie ? `?v=${encodeURIComponent(versie)}` : ''}`).then((r) => {
    if (!r.ok) throw new Error(`De gegevens van de Doorbraak-pagina (doorbraak/doorbraak.json) konden niet geladen worden (HTTP ${r.status}).`);
    return r.json() as Promise<DoorbraakBundel>;
  });
  belofte.catch(() => (belofte = null));
  return belofte;
}
