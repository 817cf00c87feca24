/** Small helpers shared by the keyboard and CSP tests. */
import type { Page } from '@playwright/test';
import type { Island } from './templates.ts';

/**
 * Presses Tab until the focused element matches `selector` (checked in the page), at most `limit` times.
 * Returns whether it got there, so the test can assert with its own message.
 */
export async function tabUntil(page: Page, selector: string, limit = 80): Promise<boolean> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
  }
  return false;
}

/** Waits until the page's island has registered its custom element (its script ran). */
export async function islandReady(page: Page, island: Island): Promise<void> {
  try {
    await page.waitForFunction((name) => customElements.get(name) !== undefined, island, { timeout: 10_000 });
  } catch {
    throw new Error(`<${island}> is not defined on ${page.url()}: its script did not load or run`);
  }
}

/** Whether the focused element draws a focus indicator (an outline or a box shadow). */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return false;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}
