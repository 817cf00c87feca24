/** Exits 0 when a Chromium is found for the browser tests; otherwise prints what to install and exits 1. */
import { findChromium, INSTALL_HINT } from './find-browser.ts';

const path = findChromium();
if (path) {
  console.log(`Chromium: ${path}`);
} else {
  console.error(INSTALL_HINT);
  process.exit(1);
}
