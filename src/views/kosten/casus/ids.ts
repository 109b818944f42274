// Ids of the case-level charts (frames built in ./meta.ts). The Kosten page's single-chart mode
// (embed) hands these to CasusCurves; tests/unit/embed checks the list against meta.ts.
export const CASUS_GRAFIEK_IDS = ['kosten-curve', 'kosten-verdeling', 'kosten-lorenz', 'kosten-categorie'] as const;
export type CasusGrafiekId = (typeof CASUS_GRAFIEK_IDS)[number];

export const isCasusGrafiek = (id: string | null | undefined): id is CasusGrafiekId =>
  !!id && (CASUS_GRAFIEK_IDS as readonly string[]).includes(id);
