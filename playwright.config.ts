import { defineConfig, devices } from '@playwright/test';
import { chromiumPad } from './scripts/lib/chromium.ts';

const PORT = Number(process.env.E2E_PORT ?? 4321);
// Separate build folders let several builds/test runs coexist (E2E_DIST=/tmp/x/dist).
const DIST = process.env.E2E_DIST ?? 'dist';
const PORT_KLEIN = PORT + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000, toHaveScreenshot: { maxDiffPixelRatio: 0.01 } },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  updateSnapshots: process.env.CI ? 'none' : 'missing',
  use: {
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    launchOptions: {
      executablePath: chromiumPad(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    // The real bundled data.
    { name: 'echt', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PORT}/` }, testIgnore: /klein\.spec/ },
    // The same flows on a small dataset with deliberately different values: proves the page shows data, not literals.
    { name: 'klein', use: { ...devices['Desktop Chrome'], baseURL: `http://127.0.0.1:${PORT_KLEIN}/` }, testMatch: /(vergelijken|klein)\.spec/ },
  ],
  webServer: [
    { command: `npx vite preview --port ${PORT} --strictPort --outDir ${DIST}`, port: PORT, reuseExistingServer: false },
    { command: `npx vite preview --port ${PORT_KLEIN} --strictPort --outDir ${DIST}-klein`, port: PORT_KLEIN, reuseExistingServer: false },
  ],
});
