// The app's reactive state: URL choices (owned by src/lib/url) plus data-loading status.
import { geldigeKeuze, leesUrl, schrijfUrl, STANDAARD, type AppStaat, type UrlContext } from '../url/staat';
import { tekst, type TekstSleutel } from '../i18n/teksten';
import { zetTaal } from '../i18n/format';

export const app: AppStaat = $state({ ...STANDAARD });
export const meldingen: { lijst: string[] } = $state({ lijst: [] });

let context: UrlContext | null = null;

export function startUrl(ctx: UrlContext): void {
  context = ctx;
  lees();
  window.addEventListener('popstate', lees);
}

function lees(): void {
  if (!context) return;
  const { staat, meldingen: m } = leesUrl(window.location.search, context);
  Object.assign(app, staat);
  zetTaal(app.taal);
  document.documentElement.lang = app.taal;
  if (m.length) meldingen.lijst = m;
  // A migrated or corrected link is rewritten, so copying it again gives the clean form.
  const schoon = schrijfUrl(app);
  if (schoon !== window.location.search) history.replaceState(null, '', schoon || window.location.pathname);
}

/** Apply user choices. Choices a user may want "back" from (gemeente, page) push a history entry. */
export function kies(keuze: Partial<AppStaat>, push = true): void {
  const wijziging = geldigeKeuze(keuze);
  Object.assign(app, wijziging);
  if (wijziging.taal) {
    zetTaal(wijziging.taal);
    document.documentElement.lang = wijziging.taal;
  }
  const url = schrijfUrl(app) || window.location.pathname;
  // The address follows once the page has reacted (Svelte's update is the microtask queued first):
  // pushState can take milliseconds, tens on a busy machine, and the queries a choice starts should
  // leave for DuckDB before it. Still in the same task, so no other event sees the old address.
  queueMicrotask(() => (push ? history.pushState(null, '', url) : history.replaceState(null, '', url)));
}

/** A UI string in the current language; `waarden` fill its {placeholders}. */
export function t(sleutel: TekstSleutel, waarden?: Record<string, string | number>): string {
  return tekst(app.taal, sleutel, waarden);
}
