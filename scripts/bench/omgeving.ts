// Shared set-up for the browser benchmarks: a static server on the built app and Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { mulberry32 } from '../lib/prng.ts';
import { chromiumPad } from '../lib/chromium.ts';


export async function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPad(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Where `npm run build:bench` writes the build with benchmark hooks (src/lib/debug/benchHaken.ts). */
export const BENCH_DIST = 'dist-bench';

/**
 * The benchmarks drive the page through `window.__jzv…` hooks, which only the bench build has
 * (`vite build --mode bench`); the published dist/ has none. Fails early with the command to run.
 */
export function vereisBenchBuild(dist: string): void {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/index.html ontbreekt: draai eerst npm run build:bench`);
  const js = readdirSync(`${dist}/assets`).filter((f) => f.endsWith('.js'));
  if (!js.some((f) => readFileSync(`${dist}/assets/${f}`, 'utf8').includes('__jzv'))) {
    throw new Error(`${dist} is geen bench-build (geen __jzv-haken): draai npm run build:bench en gebruik --dist ${BENCH_DIST}`);
  }
}

export async function startServer(dist: string, poort: number): Promise<{ url: string; stop: () => void }> {
  vereisBenchBuild(dist);
  const proc: ChildProcess = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(poort), '--strictPort'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${poort}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, stop: () => { try { process.kill(-proc.pid!); } catch { /* already gone */ } } };
}

/** A seeded random sequence of `stappen` choices, never the same choice twice in a row. */
export function willekeurigeReeks<T>(keuzes: readonly T[], stappen: number, seed: number): T[] {
  const r = mulberry32(seed).next;
  const uit: T[] = [];
  for (let i = 0; i < stappen; i++) {
    let k = uit[i - 1];
    while (k === uit[i - 1]) k = keuzes[Math.floor(r() * keuzes.length)];
    uit.push(k);
  }
  return uit;
}

// Runs in the page. A string, not a function: tsx would wrap named functions in a helper the page lacks.
// Done when the view shows the new choice with all its data, after the browser painted it.
export const WISSEL_IN_VERGELIJKEN = `async ({ soort, k }) => {
  const t0 = performance.now();
  window.__jzv.kies(soort === 'gemeente' ? { gemeente: k } : { indicator: k }, false);
  await new Promise((klaar) => {
    function kijk() {
      const v = document.querySelector('.vergelijken');
      const alle = document.querySelector('.alle');
      const ok = v && v.getAttribute('data-status') === 'klaar' &&
        (soort === 'gemeente' ? v.getAttribute('data-gemeente') === k : alle && alle.getAttribute('data-indicator') === k);
      if (ok) requestAnimationFrame(() => klaar()); else requestAnimationFrame(kijk);
    }
    kijk();
  });
  return performance.now() - t0;
}`;

export function kwantiel(waarden: number[], q: number): number {
  const s = [...waarden].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}

export const rond = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
