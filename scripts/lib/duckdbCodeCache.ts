// Lets Chrome keep DuckDB-WASM's optimised code between visits. DuckDB's worker wraps the wasm
// download in a new Response (a TransformStream that counts bytes for a progress callback, which
// this app does not pass). Chrome's wasm code cache is keyed on the response of the fetch itself,
// so with the wrapper every visit compiles DuckDB afresh and warms it up again (README; measured by
// scripts/bench-kosten.ts --terugkeer). The build makes the worker take its own other branch,
// `instantiateStreaming(fetch(url))`. Only the copy in dist/ changes; `npm start` (vite dev)
// serves the worker unchanged.
import type { Plugin } from 'vite';

/** The test in DuckDB's worker that picks the wrapped download; it appears once per worker. */
const MET_VOORTGANG = 'if(typeof TransformStream=="function")';

/** DuckDB worker files, eh and mvp (the only bundles that ship). */
const DUCKDB_WORKER = /duckdb-browser-(eh|mvp)\.worker[-.]/;

/**
 * The worker's source without the wrapped download. Throws when the test is not found exactly
 * once, so a DuckDB update that changes it fails the build instead of silently losing the cache.
 */
export function zonderVoortgangsStroom(bron: string, naam: string): string {
  const delen = bron.split(MET_VOORTGANG);
  if (delen.length !== 2) throw new Error(`${naam}: '${MET_VOORTGANG}' ${delen.length - 1} keer gevonden, verwacht 1 (DuckDB-WASM bijgewerkt? zie scripts/lib/duckdbCodeCache.ts)`);
  return delen.join('if(false)');
}

export function duckdbCodeCachePlugin(): Plugin {
  return {
    name: 'jzv-duckdb-code-cache',
    apply: 'build',
    generateBundle(_, bundel) {
      let n = 0;
      for (const f of Object.values(bundel)) {
        if (f.type !== 'asset' || !DUCKDB_WORKER.test(f.fileName)) continue;
        const bron = typeof f.source === 'string' ? f.source : new TextDecoder().decode(f.source);
        f.source = zonderVoortgangsStroom(bron, f.fileName);
        n++;
      }
      if (n !== 2) this.error(`${n} DuckDB-workers gevonden, verwacht 2 (eh en mvp)`);
    },
  };
}
