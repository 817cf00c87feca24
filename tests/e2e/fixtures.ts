/**
 * Shared Playwright fixtures. Every page a test opens is watched: a console error, an uncaught exception, or a
 * request to another host fails the test: none is allowed, the map included (its background layer is off).
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface SiteGuard {
  consoleErrors: string[];
  externalRequests: string[];
}

export const test = base.extend<{ guard: SiteGuard; allowNotFoundPage: boolean }>({
  /** Tests that open an unknown URL on purpose: Chromium logs the page's own 404 status as a console error. */
  allowNotFoundPage: [false, { option: true }],
  guard: [
    async ({ page, baseURL, allowNotFoundPage }, use) => {
      const guard: SiteGuard = { consoleErrors: [], externalRequests: [] };
      const origin = new URL(baseURL!).origin;
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const notFoundDocument =
          allowNotFoundPage && /status of 404/.test(message.text()) && message.location().url === page.url();
        if (!notFoundDocument) guard.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => guard.consoleErrors.push(error.message));
      // Nothing may leave localhost: such a request is recorded and answered locally with "unreachable".
      await page.route(
        (url) => url.origin !== origin && !url.protocol.startsWith('data'),
        async (route) => {
          guard.externalRequests.push(route.request().url());
          await route.abort('internetdisconnected');
        },
      );
      await use(guard);
      expect(guard.externalRequests, 'requests to other hosts').toEqual([]);
      expect(guard.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** All same-origin link targets on the page, without fragments, de-duplicated. */
export async function internalLinks(page: Page): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set(hrefs.filter((h) => h.startsWith(origin)).map((h) => h.split('#')[0]!))];
}

/** Expects every link target to answer 200. */
export async function expectLinksWork(page: Page, links: string[]): Promise<void> {
  for (const link of links) {
    const response = await page.request.get(link);
    expect(response.status(), `link ${link}`).toBe(200);
  }
}
