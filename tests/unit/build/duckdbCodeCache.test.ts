import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zonderVoortgangsStroom } from '../../../scripts/lib/duckdbCodeCache.ts';

const worker = (soort: 'eh' | 'mvp') => readFileSync(`node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-${soort}.worker.js`, 'utf8');

describe('DuckDB worker for the build: the wasm download Chrome can cache', () => {
  it.each(['eh', 'mvp'] as const)('%s: the wrapped download is switched off, the plain instantiateStreaming(fetch) stays', (soort) => {
    const bron = worker(soort);
    const uit = zonderVoortgangsStroom(bron, soort);
    expect(uit).not.toContain('typeof TransformStream=="function"');
    expect(uit.length).toBe(bron.length - 'typeof TransformStream=="function"'.length + 'false'.length);
    // the branch taken now: the response of fetch itself goes to instantiateStreaming
    expect(uit).toMatch(/let n=new Request\(this\.mainModuleURL\);WebAssembly\.instantiateStreaming\(fetch\(n\),e\)/);
  });

  it('fails loudly when the test is not there once (a DuckDB update), instead of losing the cache silently', () => {
    expect(() => zonderVoortgangsStroom('var x=1;', 'x.js')).toThrow(/0 keer gevonden/);
    const twee = 'if(typeof TransformStream=="function"){}if(typeof TransformStream=="function"){}';
    expect(() => zonderVoortgangsStroom(twee, 'y.js')).toThrow(/2 keer gevonden/);
  });
});
