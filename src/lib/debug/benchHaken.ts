// Handles for the benchmark scripts (scripts/bench*.ts) on `window`. They exist only in the bench
// build (`vite build --mode bench`, see scripts/bench/omgeving.ts): `BENCH` is a compile-time
// constant, so in `npm run build` every `if (BENCH)` block, hook names included, is removed from
// dist/. A hook such as `__jzvKostenDb.meet(sql)` runs any SQL, which a published page must never offer.

export const BENCH: boolean = import.meta.env.MODE === 'bench';

/** Sets `window[naam]` in the bench build; call it inside `if (BENCH)` so the published build drops the call. */
export function zetBenchHaak(naam: string, waarde: unknown): void {
  if (!BENCH) return;
  (window as unknown as Record<string, unknown>)[naam] = waarde;
}

