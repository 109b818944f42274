// Builds dist-klein/: the same app as dist/ on the small test dataset (tests/fixtures/data-small),
// whose values deliberately differ from the real ones. The browser tests run on both.
import { cpSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const dist = process.env.E2E_DIST ?? 'dist';
const klein = `${dist}-klein`;
rmSync(klein, { recursive: true, force: true });
cpSync(dist, klein, { recursive: true });
rmSync(`${klein}/data`, { recursive: true, force: true });
const tsx = 'node_modules/.bin/tsx';
execFileSync(tsx, ['scripts/build-data.ts', '--data', 'tests/fixtures/data-small', '--out', `${klein}/data`], { stdio: 'inherit' });
execFileSync(tsx, ['scripts/bake.ts', '--dir', `${klein}/data`], { stdio: 'inherit' });
execFileSync(tsx, ['scripts/bundel-doorbraak.ts', '--data', 'tests/fixtures/data-small', '--out', `${klein}/data`], { stdio: 'inherit' });
