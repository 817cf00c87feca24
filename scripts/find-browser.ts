/**
 * Finds a Chromium for Playwright: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own download.
 * Returns undefined when none is there; callers say what to install.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const INSTALL_HINT =
  'Geen Chromium gevonden. Installeer Debian/Ubuntu-pakket "chromium" (sudo apt-get install chromium), ' +
  'of zet CHROMIUM_PATH naar een Chromium- of Chrome-binary, of gebruik "npx playwright install chromium" waar dat kan.';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here; the other candidates may still work.
  }
  return candidates.find((path): path is string => Boolean(path) && existsSync(path!));
}
