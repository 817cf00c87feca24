/**
 * The built site behind the repository's nginx configuration (deploy/nginx.conf, rendered by src/lib/server-config.ts
 * with a local port and temporary paths): response headers on a page, a hashed asset and the 404, and the three
 * islands working under the enforced Content-Security-Policy without a single violation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CACHE_IMMUTABLE,
  contentSecurityPolicy,
  contentTypeFor,
  securityHeaders,
  TYPED_EXTENSIONS,
} from '../../src/config/http-headers.ts';
import { listFiles } from '../../scripts/lib/links.ts';
import { islandReady } from './keyboard-helpers.ts';
import { expect, test as siteTest } from './fixtures.ts';
import { findNginx, NGINX_MISSING, type RunningNginx, startNginx } from './nginx-server.ts';
import { NOT_FOUND_PATH } from './templates.ts';
import { routes } from '../../src/lib/site/routes.ts';

const DIST = 'dist';
const port = Number(process.env.NGINX_PORT ?? Number(process.env.PORT ?? 4321) + 1);
const origin = `http://127.0.0.1:${port}`;

/**
 * Each test gets its own nginx (it starts in a fraction of a second). The tests of this file run one after another
 * in one worker, so they never compete for the port, and a failure does not skip the others.
 */
const test = siteTest.extend<{ nginx: RunningNginx }>({
  nginx: [
    // Playwright fixtures take their dependencies as an object; this one needs none.
    async ({}, use) => {
      const binary = findNginx();
      if (!binary) throw new Error(NGINX_MISSING);
      const server = await startNginx({ binary, root: DIST, port });
      try {
        await use(server);
      } finally {
        await server.stop();
      }
    },
    { auto: true },
  ],
});
test.describe.configure({ mode: 'default' });
test.use({ baseURL: origin });

function expectSecurityHeaders(headers: Record<string, string>, what: string): void {
  for (const [name, value] of securityHeaders()) {
    expect(headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
  }
}

test('a page comes with the security headers, as UTF-8 HTML that is revalidated', async ({ request }) => {
  const response = await request.get(routes.services());
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expectSecurityHeaders(headers, 'a page');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-type']).toBe('text/html; charset=utf-8');
  expect(headers['cache-control']).not.toContain('immutable');
});

test('a hashed asset is cached for a year, unhashed Pagefind files are revalidated', async ({ request }) => {
  const asset = listFiles(join(DIST, '_astro')).find((file) => file.endsWith('.css'));
  expect(asset, 'a stylesheet in dist/_astro/').toBeDefined();
  const response = await request.get(`/_astro/${asset}`);
  expect(response.status()).toBe(200);
  expectSecurityHeaders(response.headers(), 'a hashed asset');
  expect(response.headers()['cache-control']).toBe(CACHE_IMMUTABLE);
  expect(response.headers()['content-type']).toBe('text/css; charset=utf-8');

  const pagefind = await request.get(`${routes.pagefind()}pagefind.js`);
  expect(pagefind.status(), 'the search index is built into dist/pagefind/').toBe(200);
  expect(pagefind.headers()['cache-control']).not.toContain('immutable');
  expect(pagefind.headers()['content-type']).toBe('text/javascript; charset=utf-8');
});

test('an unknown URL answers 404 with the site’s own 404 page and the CSP', async ({ request }) => {
  const response = await request.get(NOT_FOUND_PATH);
  expect(response.status()).toBe(404);
  expectSecurityHeaders(response.headers(), 'the 404');
  expect(await response.text()).toBe(readFileSync(join(DIST, '404.html'), 'utf8'));
});

test('data files have their own content types, from nginx and in dist/_headers', async ({ request }) => {
  const typedFiles = listFiles(DIST).filter((file) => TYPED_EXTENSIONS.some((ext) => file.endsWith(`.${ext}`)));
  for (const extension of TYPED_EXTENSIONS) {
    expect(
      typedFiles.some((file) => file.endsWith(`.${extension}`)),
      `the site publishes a .${extension} file`,
    ).toBe(true);
  }
  const headersFile = readFileSync(join(DIST, '_headers'), 'utf8');
  for (const file of typedFiles) {
    expect(headersFile, `dist/_headers types /${file}`).toContain(
      `\n/${file}\n  Content-Type: ${contentTypeFor(file)}\n`,
    );
    const response = await request.get(`/${file}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type'], file).toBe(contentTypeFor(file));
  }
});

/** Collects CSP violations the page reports, whichever document raised them. */
async function watchCsp(page: import('@playwright/test').Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return violations;
}

test.describe('under the enforced CSP', () => {
  test('the home page gets its stylesheets and shows no CSP violation', async ({ page }) => {
    const violations = await watchCsp(page);
    const response = await page.goto(routes.home());
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy());
    // The header's background comes from a stylesheet file: blocked styles would leave it transparent.
    const headerBackground = await page
      .locator('header')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(headerBackground).not.toBe('rgba(0, 0, 0, 0)');
    expect(violations).toEqual([]);
  });

  test.describe('member map', () => {
    test('the map draws its members without a CSP violation', async ({ page }) => {
      const violations = await watchCsp(page);
      await page.goto(routes.members());
      expect(
        await page.evaluate(() => document.querySelector('meta[http-equiv="content-security-policy"]') !== null),
      ).toBe(true);
      await islandReady(page, 'member-map');
      await expect(page.locator('member-map[data-drawn]'), 'the island ran').toHaveCount(1);
      const shapes = page.locator('member-map .member-map__leaflet[role="group"] path[data-nis][role="button"]');
      await expect(shapes, 'interactive municipalities').toHaveCount(55);
      // Leaflet positions its panes and polygons through the CSSOM, which the CSP allows; zooming exercises it.
      const width = () => shapes.first().evaluate((p) => p.getBoundingClientRect().width);
      const before = await width();
      await page.getByRole('button', { name: 'Inzoomen' }).click();
      await expect.poll(width).toBeGreaterThan(before * 1.5);
      expect(violations).toEqual([]);
    });
  });

  test('search finds results (Pagefind WebAssembly) without a CSP violation', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(`${routes.search()}?q=wachtwoord`);
    await islandReady(page, 'site-search');
    await expect(page.locator('site-search').getByRole('link').first(), 'a search result').toBeVisible();
    expect(violations).toEqual([]);
  });

  test('the self-assessment keeps a ticked item after a reload without a CSP violation', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto(routes.selfAssessment());
    await islandReady(page, 'self-assessment');
    const first = page.locator('self-assessment input[type="radio"][value="done"]').first();
    await first.check();
    await page.reload();
    await islandReady(page, 'self-assessment');
    await expect(first).toBeChecked();
    expect(violations).toEqual([]);
  });
});
