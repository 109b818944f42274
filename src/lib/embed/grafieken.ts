import type { Taal } from '../i18n/taal';
import { tekst } from '../i18n/teksten';
/*
 * Which charts the chart-only page (embed.html, src/views/Embed.svelte) can render, and on which
 * page of the app they live (the embed page draws them with that page's view component). The
 * chart frame offers "Insluiten" only for these ids: an embed code for a chart the page cannot
 * draw would publish an empty box. A new chart in a view must be added here or to
 * NIET_INSLUITBAAR (tests/unit/embed/grafieken.test.ts reads the views and checks this).
 */
export type InsluitPagina = 'vergelijken' | 'kaart' | 'kosten' | 'thuiszitters' | 'doorbraak' | 'elftal';

export const INSLUITBARE_GRAFIEKEN: Readonly<Record<string, InsluitPagina>> = Object.freeze({
  'studie-lasten_per_gebruiker': 'vergelijken',
  'studie-lasten_per_inwoner': 'vergelijken',
  'studie-index_lasten_per_inwoner': 'vergelijken',
  'studie-index_jeugdhulp_zonder_verblijf': 'vergelijken',
  strip: 'vergelijken',
  kaart: 'kaart',
  groep: 'kaart',
  trechter: 'kaart',
  'kosten-spreiding': 'kosten',
  'kosten-ontleding': 'kosten',
  'kosten-index': 'kosten',
  'kosten-watals': 'kosten',
  // the worked example is a table in a chart frame (GrafiekMeta.alleenTabel)
  'kosten-28': 'kosten',
  // case-level charts (src/views/kosten/casus/meta.ts); on a user's own case file they carry
  // `eigenImport` and are then never embeddable
  'kosten-curve': 'kosten',
  'kosten-verdeling': 'kosten',
  'kosten-lorenz': 'kosten',
  'kosten-categorie': 'kosten',
  stromen: 'thuiszitters',
  duren: 'thuiszitters',
  'gouda-69': 'thuiszitters',
  tijdlijn: 'thuiszitters',
  jaarkosten: 'thuiszitters',
  // on bundled data only: typed or imported amounts make the frame refuse (eigenImport)
  elftal: 'elftal',
  'elftal-scenario': 'elftal',
  // the Doorbraak page (seed 000), bundled figures only (src/views/doorbraak/)
  'doorbraak-zwolle': 'doorbraak',
  'doorbraak-zwolle-opschaling': 'doorbraak',
  'doorbraak-tilburg': 'doorbraak',
  'doorbraak-nijmegen': 'doorbraak',
  'doorbraak-nijkerk': 'doorbraak',
  'doorbraak-nijkerk-investering': 'doorbraak',
  'doorbraak-gouda': 'doorbraak',
  'doorbraak-matrix': 'doorbraak',
  'doorbraak-paradigma': 'doorbraak',
  'doorbraak-budget': 'doorbraak',
});

/**
 * Figures in the views that are deliberately not embeddable, with the reason. A framed chart on
 * bundled data belongs in the list above.
 */
export const NIET_INSLUITBAAR: Readonly<Record<string, string>> = Object.freeze({
  raadsinformatie: 'De raadsinformatie is een afdrukpagina die cijfers uit een eigen casusbestand en eigen invoer kan bevatten; druk hem af of download het Raadsvraag-pakket.',
  // a gemeente's own Doorbraak ledger: only ever the user's own data, which never leaves the browser
  'doorbraak-logboek-casussen': 'Eigen Doorbraak-logboek: deze gegevens verlaten de browser niet, dus er is niets om in te sluiten.',
  'doorbraak-logboek-totaal': 'Eigen Doorbraak-logboek: deze gegevens verlaten de browser niet, dus er is niets om in te sluiten.',
  'doorbraak-logboek-matrix': 'Eigen Doorbraak-logboek: deze gegevens verlaten de browser niet, dus er is niets om in te sluiten.',
});

export function isInsluitbaarId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(INSLUITBARE_GRAFIEKEN, id);
}

/** The app page whose view draws this chart, or null for an unknown id. */
export function paginaVan(id: string): InsluitPagina | null {
  return isInsluitbaarId(id) ? INSLUITBARE_GRAFIEKEN[id] : null;
}

/**
 * Shown by the embed page for a (hand-made) link to a chart on someone's own imported data: the
 * menu never offers such a code, and the data never left that person's browser.
 */
export function eigenDataNietInEmbed(taal: Taal): string {
  return tekst(taal, 'menu_eigen_data_niet_in_embed');
}

/** Svelte context key set by the embed page: chart frames then show no share/export menu. */
export const EMBED_CONTEXT = 'jzv-embed';
