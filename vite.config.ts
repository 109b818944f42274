import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cspPlugin } from './scripts/lib/csp.ts';
import { duckdbCodeCachePlugin } from './scripts/lib/duckdbCodeCache.ts';

export default defineConfig({
  // Relative base so the static build works from any sub-path (GitHub Pages, a municipal intranet).
  base: './',
  // The Content-Security-Policy as <meta>, _headers and preview headers (scripts/lib/csp.ts).
  // DuckDB's worker downloads its wasm so that Chrome keeps the optimised code (scripts/lib/duckdbCodeCache.ts).
  plugins: [svelte(), cspPlugin(), duckdbCodeCachePlugin()],
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 800,
    // Two pages: the app and the chart-only embed page (src/embed.ts).
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['tests/unit/**/*.svelte.test.ts'] } },
      // runes ($state, $effect) run only in Svelte's client build: these tests resolve it as a browser would
      { extends: true, resolve: { conditions: ['browser'] }, test: { name: 'runes', include: ['tests/unit/**/*.svelte.test.ts'], environment: './tests/unit/state/omgeving-client.ts' } },
    ],
  },
});
