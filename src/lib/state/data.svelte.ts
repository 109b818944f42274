// Data availability for the views: baked results first, DuckDB once it has started.
import { Coordinator, type Voorbereid } from '../db/coordinator';
import { laadBundel, type Manifest } from '../db/bundel';
import { startDuckDB } from '../db/duckdb';
import { vragen, type GemeenteRij } from '../db/vragen';
import { STRIP_INDICATOREN } from '../model/vergelijking/indicatoren';
import type { Herindeling } from '../url/staat';

export const DATA_BASIS = `${import.meta.env.BASE_URL}data/`;

export const dbStatus: { fase: 'wacht' | 'laden' | 'klaar' | 'fout'; melding: string; ms: number | null } = $state({
  fase: 'wacht', melding: '', ms: null,
});

export let coordinator = new Coordinator();

/** Bumped whenever the tables change (import added or removed); queries that read it re-run. */
export const gegevens: { wijziging: number } = $state({ wijziging: 0 });

export function meldTabellenGewijzigd(): void {
  coordinator.vergeet();
  gegevens.wijziging++;
}
export let manifest: Manifest | null = null;

export async function laadVoorbereid(): Promise<void> {
  const [v, m] = await Promise.all([
    fetch(`${DATA_BASIS}voorbereid.json`).then((r) => {
      if (!r.ok) throw new Error(`De voorbereide gegevens konden niet geladen worden (HTTP ${r.status}).`);
      return r.json() as Promise<{ dataVersion: string; vragen: Voorbereid }>;
    }),
    fetch(`${DATA_BASIS}manifest.json`).then((r) => (r.ok ? (r.json() as Promise<Manifest>) : null)),
  ]);
  coordinator = new Coordinator(v.vragen);
  manifest = m;
}

/** Never settles: the base tables of a case page load only when a question needs them. */
const ALLEEN_OP_VRAAG = new Promise<never>(() => {});

/**
 * Starts DuckDB in its worker and loads the bundle; the page stays usable if this fails.
 * `basisOpVraag` (the case pages): nothing there reads the CBS base tables, so they load only when
 * a question needs them (see Coordinator.verbind), e.g. after moving to a comparison page. Loaded
 * right after the first case chart, they held the first filter change back behind them in
 * DuckDB's one worker (0,6 s at 1 million routes). The status line then follows the engine.
 */
export function startRekenmodule(opties: { basisOpVraag?: boolean } = {}): Promise<void> {
  dbStatus.fase = 'laden';
  const t0 = performance.now();
  const motor = startDuckDB();
  motor.then(() => performance.mark('duckdb-gestart'), () => {});
  const basis = coordinator.verbind(
    motor,
    (d) => laadBundel(d, DATA_BASIS, manifest?.dataVersion ?? 'onbekend'),
    opties.basisOpVraag ? ALLEEN_OP_VRAAG : undefined,
  );
  basis.then(() => performance.mark('duckdb-klaar'), () => {});
  return (opties.basisOpVraag ? motor : basis).then(
    () => {
      dbStatus.fase = 'klaar';
      dbStatus.ms = Math.round(performance.now() - t0);
      // the strips' prefetch is for the comparison pages; on a case page it would queue its
      // queries in DuckDB's one worker ahead of the user's first filter changes
      if (!opties.basisOpVraag) void vooraf();
    },
    (e: Error) => {
      dbStatus.fase = 'fout';
      dbStatus.melding = e.message;
      console.warn('DuckDB start mislukt', e);
    },
  );
}

/**
 * Low-priority prefetch of the likely next answers (every strip indicator), one at a time in idle
 * time, so switching indicator is a cache hit (as Mosaic's coordinator prefetches).
 */
async function vooraf(): Promise<void> {
  for (const code of STRIP_INDICATOREN) {
    await new Promise<void>((r) => ('requestIdleCallback' in window ? requestIdleCallback(() => r()) : setTimeout(r, 50)));
    await Promise.all([coordinator.vraag(vragen.indicatorAlleGemeenten(code)), coordinator.vraag(vragen.landelijk(code))]).catch(() => {});
  }
  performance.mark('vooraf-klaar');
}

/** The name of a region code, or the code itself when unknown (never an invented name). */
export function gemeenteNaam(regios: readonly GemeenteRij[], code: string): string {
  return regios.find((r) => r.code === code)?.naam ?? code;
}

/** Mergers follow from the regions table (opgeheven_per + opvolger_code), so there is one source. */
export function herindelingenUit(regios: GemeenteRij[]): Map<string, Herindeling> {
  const naam = new Map(regios.map((r) => [r.code, r.naam]));
  const m = new Map<string, Herindeling>();
  for (const r of regios) {
    if (r.soort !== 'gemeente' || !r.opvolger_code) continue;
    m.set(r.code, {
      van_code: r.code, van_naam: r.naam, naar_code: r.opvolger_code,
      naar_naam: naam.get(r.opvolger_code) ?? r.opvolger_code, ingangsdatum: r.opgeheven_per ?? 'onbekend',
    });
  }
  return m;
}
