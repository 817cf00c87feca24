/**
 * Search, on the built Pagefind index: real queries, filters, the URL, the header form and keyboard use.
 * Expected pages are read from content/ here, independently of the site's code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { routes } from '../../src/lib/site/routes.ts';

function frontmatter(file: string, field: string): string | undefined {
  const match = readFileSync(file, 'utf8').match(new RegExp(`^${field}:\\s*"?(.+?)"?\\s*$`, 'm'));
  return match?.[1];
}

function entries(dir: string, ext = '.mdx'): { slug: string; file: string }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(ext) && !name.startsWith('_'))
    .map((name) => ({ slug: name.slice(0, -ext.length), file: `${dir}/${name}` }));
}

const guides = entries('content/informatieveiligheid').map((e) => ({ ...e, url: routes.guide(e.slug) }));
const gisArticles = entries('content/gis').map((e) => ({ ...e, url: routes.gisArticle(e.slug) }));
const services = entries('content/services').map((e) => ({ ...e, url: routes.service(e.slug) }));

/** Opens the search page for a query (and filters) and waits until its results are on screen. */
async function search(page: Page, query: string, filters = ''): Promise<void> {
  await page.goto(`${routes.search()}?q=${encodeURIComponent(query)}${filters}`);
  await expect(page.getByRole('status')).toContainText(`"${query}"`);
}

/** Result links of the current search, once its first page of results is complete. */
async function resultPaths(page: Page): Promise<string[]> {
  await expect(page.locator('[data-results]')).not.toHaveAttribute('aria-busy', 'true');
  const hrefs = await page
    .locator('.search-result__title a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs;
}

test('"wachtwoord" puts the password guide first and announces the number of results politely', async ({ page }) => {
  await search(page, 'wachtwoord');
  const paths = await resultPaths(page);
  expect(paths[0]).toBe(routes.guide('wachtwoorden-en-mfa'));
  const status = page.getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText(new RegExp(`^${paths.length} resultaten? voor "wachtwoord"$`));
  const first = page.locator('.search-result').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(
    frontmatter('content/informatieveiligheid/wachtwoorden-en-mfa.mdx', 'title')!,
  );
  await expect(first.locator('.search-result__meta')).toHaveText('Gids · Informatieveiligheid');
  // The excerpt highlights the matched word and holds no markup besides <mark>.
  await expect(first.locator('.search-result__excerpt mark').first()).toContainText(/wachtwoord/i);
  await expect(first.locator('.search-result__excerpt *:not(mark)')).toHaveCount(0);
});

test('Dutch stemming: "wachtwoorden" finds the password guide and "datalekken" the data-breach guide', async ({
  page,
}) => {
  await search(page, 'wachtwoorden');
  expect(await resultPaths(page)).toContain(routes.guide('wachtwoorden-en-mfa'));
  await search(page, 'datalekken');
  expect((await resultPaths(page)).slice(0, 3)).toContain(routes.guide('datalekken'));
  await search(page, 'datalek');
  expect((await resultPaths(page)).slice(0, 3)).toContain(routes.guide('datalekken'));
});

test('"GRB" shows a GRB article in the top 3', async ({ page }) => {
  const grbArticles = gisArticles.filter((a) => frontmatter(a.file, 'theme') === 'grb').map((a) => a.url);
  expect(grbArticles.length).toBeGreaterThan(0);
  await search(page, 'GRB');
  const top = (await resultPaths(page)).slice(0, 3);
  expect(
    top.some((path) => grbArticles.includes(path)),
    `top 3: ${top.join(', ')}`,
  ).toBe(true);
});

/** The prose of a content file: without frontmatter, link targets and component tags. */
function prose(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/^---[\s\S]*?\n---\n/, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, ' ')
    .toLowerCase();
}

/** Pages (of the sections search must cover) whose text has `compound` but no word starting with `part`. */
function onlyInCompound(compound: string, part: string): string[] {
  const standalone = new RegExp(`(^|[^\\p{L}])${part}`, 'u');
  return [...services, ...guides, ...gisArticles]
    .filter((e) => {
      const text = prose(e.file);
      return text.includes(compound) && !standalone.test(text);
    })
    .map((e) => e.url);
}

/** Every result of the current search, showing more until all are listed. */
async function allResultPaths(page: Page): Promise<string[]> {
  await resultPaths(page);
  const more = page.getByRole('button', { name: 'Meer resultaten tonen' });
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(before);
  }
  return resultPaths(page);
}

test('"consulent" finds the information security consultant service in the top 3', async ({ page }) => {
  await search(page, 'consulent');
  expect((await resultPaths(page)).slice(0, 3)).toContain(routes.service('informatieveiligheidsconsulent'));
});

for (const [query, compound] of [
  ['consulent', 'informatieveiligheidsconsulent'],
  ['veiligheid', 'informatieveiligheid'],
  ['register', 'adressenregister'],
] as const) {
  test(`"${query}" finds the pages that only say "${compound}"`, async ({ page }) => {
    const expected = onlyInCompound(compound, query === 'veiligheid' ? 'veilig' : query.slice(0, 6));
    expect(expected.length, 'pages to find').toBeGreaterThan(0);
    await search(page, query);
    const found = await allResultPaths(page);
    expect(
      expected.filter((path) => !found.includes(path)),
      'pages not found',
    ).toEqual([]);
  });
}

test('the parts a compound is found by are in the index only, not in the page visitors download', async ({
  page,
  request,
}) => {
  const html = await (await request.get(routes.service('informatieveiligheidsconsulent'))).text();
  expect(html).not.toContain('data-index-only');
  expect(html).not.toMatch(/informatieveiligheidsconsulent \(/);
  await search(page, 'veiligheidsconsulent');
  expect((await resultPaths(page)).slice(0, 3)).toContain(routes.service('informatieveiligheidsconsulent'));
});

test('a query equal to a page title puts that page first', async ({ page }) => {
  const titled = [...services, ...guides, ...gisArticles].map((e) => ({
    url: e.url,
    title: frontmatter(e.file, 'title')!,
  }));
  test.setTimeout(30_000 + titled.length * 2_000);
  await page.goto(routes.search());
  const field = page.getByLabel('Waar zoekt u naar?');
  for (const { url, title } of titled) {
    await field.fill(title);
    await expect(page.getByRole('status')).toContainText(`"${title}"`);
    expect((await resultPaths(page))[0], title).toBe(url);
  }
});

test('"phishing" with the filter gids shows only guides, as many as the filter said', async ({ page }) => {
  await search(page, 'phishing');
  const label = page.getByRole('group', { name: 'Soort' }).getByText(/^Gids \(\d+\)$/);
  const expected = Number((await label.textContent())!.match(/\((\d+)\)/)![1]);
  expect(expected).toBeGreaterThan(0);
  await label.click();
  await expect(page).toHaveURL(/[?&]type=gids(&|$)/);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`^${expected} resultaten? voor "phishing"$`));
  const paths = await resultPaths(page);
  expect(paths.length).toBe(Math.min(expected, 10));
  for (const path of paths) expect(path).toMatch(/^\/informatieveiligheid\/[^/]+\/$/);
  for (const meta of await page.locator('.search-result__meta').allTextContents()) expect(meta).toMatch(/^Gids\b/);

  // The same filter straight from the URL.
  await search(page, 'phishing', '&type=gids');
  expect(await resultPaths(page)).toEqual(paths);
  await expect(page.getByRole('radio', { name: /^Gids \(/ })).toBeChecked();
});

test('a nonsense query says so in Dutch and links to the hubs', async ({ page }) => {
  await search(page, 'qxzvbnmkjh');
  await expect(page.getByRole('status')).toHaveText('Geen resultaten voor "qxzvbnmkjh"');
  await expect(page.locator('.search-result')).toHaveCount(0);
  const empty = page.locator('[data-empty]');
  await expect(empty).toBeVisible();
  const hubs = await empty
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hubs).toEqual(expect.arrayContaining([routes.services(), routes.guides(), routes.gis(), routes.news()]));
});

test('query and filters round-trip through the URL: typing, filtering, reload, back and forward', async ({ page }) => {
  await page.goto(routes.search());
  const field = page.getByLabel('Waar zoekt u naar?');
  await field.fill('phishing');
  await expect(page).toHaveURL(/\/zoeken\/\?q=phishing$/);
  await expect(page.getByRole('status')).toContainText('"phishing"');
  const unfiltered = await page.getByRole('status').textContent();

  await page.getByRole('radio', { name: /^Gids \(/ }).check();
  await expect(page).toHaveURL(/\/zoeken\/\?q=phishing&type=gids$/);
  const filtered = await resultPaths(page);

  await page.reload();
  await expect(field).toHaveValue('phishing');
  await expect(page.getByRole('radio', { name: /^Gids \(/ })).toBeChecked();
  await expect.poll(() => resultPaths(page)).toEqual(filtered);

  await page.goBack();
  await expect(page).toHaveURL(/\/zoeken\/\?q=phishing$/);
  await expect(field).toHaveValue('phishing');
  await expect(page.getByRole('status')).toHaveText(unfiltered!);
  await expect(page.getByRole('radio', { name: /^Alle \(/ }).first()).toBeChecked();

  await page.goForward();
  await expect(page).toHaveURL(/type=gids/);
  await expect(page.getByRole('radio', { name: /^Gids \(/ })).toBeChecked();
});

test('the header search works without JavaScript and lands on the search page, which runs the query', async ({
  browser,
  baseURL,
}) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await noScript.newPage();
  await page.goto(routes.services());
  const form = page.getByRole('search', { name: 'Zoeken op de site' });
  await form.getByLabel('Zoeken op de site').fill('wachtwoord');
  await form.getByRole('button', { name: 'Zoek' }).click();
  await expect(page).toHaveURL(/\/zoeken\/\?q=wachtwoord$/);
  await expect(page.locator('.site-search__noscript')).toBeVisible();
  await expect(page.locator('.site-search__noscript')).toContainText('Zoeken op deze site werkt alleen met JavaScript');
  await noScript.close();
});

test('the header search on any page leads to results', async ({ page }) => {
  await page.goto(routes.home());
  await page.getByRole('search', { name: 'Zoeken op de site' }).getByLabel('Zoeken op de site').fill('GRB');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/\?q=GRB$/);
  await expect(page.getByLabel('Waar zoekt u naar?')).toHaveValue('GRB');
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('keyboard: "/" focuses the search field unless typing, and Tab reaches the results', async ({ page }) => {
  await search(page, 'GRB');
  const field = page.getByLabel('Waar zoekt u naar?');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('GRB');
  await page.keyboard.press('End');
  await page.keyboard.type('/');
  await expect(field).toHaveValue('GRB/');
  await field.fill('GRB');

  const firstResult = page.locator('.search-result__title a').first();
  await field.focus();
  for (let i = 0; i < 40 && !(await firstResult.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstResult).toBeFocused();
});

test('Pagefind loads only when a search starts, and pages without an island carry no JavaScript', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto(routes.search());
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);
  await page.getByLabel('Waar zoekt u naar?').fill('GRB');
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(pagefindRequests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);

  for (const path of [routes.home(), routes.service(services[0]!.slug)]) {
    await page.goto(path);
    await expect(page.locator('script')).toHaveCount(0);
  }
});

test('only the main content is indexed: no header, breadcrumbs, sample notice, feedback link or footer', async ({
  page,
}) => {
  await page.goto(routes.search());
  const indexed = await page.evaluate(async () => {
    const url = '/pagefind/pagefind.js';
    const pagefind = await import(/* @vite-ignore */ url);
    const found = await pagefind.search('wachtwoord');
    const pages = await Promise.all(found.results.map((r: { data: () => Promise<unknown> }) => r.data()));
    return (pages as { url: string; content: string }[]).map(({ url, content }) => ({ url, content }));
  });
  const guide = indexed.find((p) => p.url === routes.guide('wachtwoorden-en-mfa'));
  expect(guide?.content).toContain(frontmatter('content/informatieveiligheid/wachtwoorden-en-mfa.mdx', 'title'));
  expect(indexed.map((p) => p.url)).not.toContain(routes.search());
  for (const { url, content } of indexed) {
    for (const chrome of [
      'Naar de inhoud',
      'Hoofdmenu',
      'Zoeken op de site',
      'illustratieve voorbeeldgegevens',
      'Klopt er iets niet',
      'is een agentschap van de Provincie',
    ]) {
      expect(content, `${url} contains "${chrome}"`).not.toContain(chrome);
    }
  }
});

test('the header search field fits a 320 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(routes.home());
  const field = page.getByRole('search', { name: 'Zoeken op de site' }).getByLabel('Zoeken op de site');
  const button = page.getByRole('button', { name: 'Zoek' });
  for (const element of [field, button]) {
    await expect(element).toBeInViewport();
    const box = (await element.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a typo offers "Bedoelde u …?"; clicking the suggestion runs it and updates the URL', async ({ page }) => {
  await search(page, 'ransomwaer');
  const suggestion = page.getByRole('button', { name: 'ransomware', exact: true });
  await expect(page.getByText(/Bedoelde u/)).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/[?&]q=ransomware(&|$)/);
  await expect(page.getByRole('status')).toContainText('"ransomware"');
  expect(await resultPaths(page)).toContain(routes.guide('back-ups-en-ransomware'));
});

test('only the shown results load their text: ten at first, ten more per click, and results come before the filter counts', async ({
  page,
}) => {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(request.url());
  });
  await search(page, 'samenwerking');
  const total = Number((await page.getByRole('status').textContent())!.match(/^(\d+) resultaten/)![1]);
  expect(total, 'a query with more than two pages of results').toBeGreaterThan(20);
  expect(await resultPaths(page)).toHaveLength(10);
  await expect(page.getByRole('group', { name: 'Soort' })).toBeVisible();
  expect(fragments).toHaveLength(10);

  await page.getByRole('button', { name: 'Meer resultaten tonen' }).click();
  await expect(page.locator('.search-result')).toHaveCount(20);
  expect(fragments).toHaveLength(20);
  await expect(page.locator('.search-result').nth(10).getByRole('link')).toBeFocused();

  // The page marks each step of a search (scripts/search-timing.ts reads them): the first result is drawn before
  // the filter counts, not after them.
  const steps = await page.evaluate(() =>
    Object.fromEntries(
      ['first-result', 'results', 'filters'].map((step) => [
        step,
        performance.getEntriesByName(`site-search:${step}`, 'mark').at(-1)?.startTime,
      ]),
    ),
  );
  expect(steps['first-result']).toBeLessThanOrEqual(steps.results!);
  expect(steps.results).toBeLessThanOrEqual(steps.filters!);
});
