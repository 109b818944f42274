// `npx playwright install` cannot download here: use Debian's chromium unless CHROMIUM_PATH says
// otherwise; where neither exists, Playwright falls back to its own browser (if installed).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function chromiumPad(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    const p = execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' }).toString().trim();
    return p && existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}
