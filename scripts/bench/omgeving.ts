// Shared set-up for the browser benchmarks: a static server on the built app and Debian's Chromium.
import { spawn, execSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

export function chromiumPad(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const p = execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

export async function startBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPad(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export async function startServer(dist: string, poort: number): Promise<{ url: string; stop: () => void }> {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`${dist}/index.html ontbreekt: draai eerst npm run build`);
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

/** Seeded PRNG (mulberry32) so a "random" sequence is reproducible from its seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function kwantiel(waarden: number[], q: number): number {
  const s = [...waarden].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}

export const rond = (v: number, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
