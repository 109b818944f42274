import type { GrafiekExportData } from '../../../src/lib/export/types.ts';

/** A small hand-made chart data object (synthetic gemeenten, so no real figure is invented). */
export function voorbeeldData(over: Partial<GrafiekExportData> = {}): GrafiekExportData {
  return {
    titel: 'Voorbeeldstad geeft minder uit per jeugdige in zorg',
    ondertitel: 'Lasten per gebruiker, euro',
    bronregel: 'Bron: synthetisch voorbeeld, bewerking Jeugdzorg Verkenner · 2019 · definitief',
    periode: '2019',
    status: 'definitief',
    recept: '4 gemeenten met de meeste gelijkenis op grootteklasse en stedelijkheid',
    synthetisch: true,
    eigenImport: false,
    kolommen: [
      { sleutel: 'gemeente', label: 'Gemeente' },
      { sleutel: 'lasten', label: 'Lasten per gebruiker', eenheid: 'euro' },
      { sleutel: 'aandeel', label: 'Aandeel', eenheid: '%' },
    ],
    rijen: [
      { gemeente: 'Voorbeeldstad', lasten: 10143, aandeel: 9.4 },
      { gemeente: 'Proefdorp', lasten: 13098.5, aandeel: null },
      { gemeente: 'Testwijk', lasten: null, aandeel: 12 },
    ],
    beschrijving: 'Voorbeeldstad: € 10.143 lasten per gebruiker in 2019.',
    citatie: 'Jeugdzorg Verkenner (2026). Voorbeeld.',
    ...over,
  };
}
