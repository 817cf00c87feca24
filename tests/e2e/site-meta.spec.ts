/**
 * Site-wide metadata and the news section, checked against the built site. Lists of pages come from dist/ and the
 * expected news from content/news/, read here directly, so pages added elsewhere are covered without edits.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { routes } from '../../src/lib/site/routes.ts';

const DIST = 'dist';
const SITE = /export const SITE_URL = '([^']+)'/.exec(readFileSync('astro.config.mjs', 'utf8'))![1]!.replace(/\/$/, '');
const PAGE_SIZE = 10;
const FEED_SIZE = 20;
const FEEDBACK = 'Klopt er iets niet op deze pagina?';

/** URL paths of every built HTML page except the 404 page: "/", "/nieuws/", … */
function builtPages(dir = DIST, prefix = '/'): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) paths.push(...builtPages(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name === 'index.html') paths.push(prefix);
    else if (entry.name.endsWith('.html') && !(prefix === '/' && entry.name === '404.html')) {
      paths.push(`${prefix}${entry.name}`);
    }
  }
  return paths.sort();
}

function htmlFile(path: string): string {
  return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
}

interface ExpectedNews {
  id: string;
  title: string;
  date: string;
  summary: string;
}

function frontmatterValue(text: string, key: string): string {
  const raw = new RegExp(`^${key}:\\s*(.+)$`, 'm').exec(text)![1]!.trim();
  if (raw.startsWith('"')) return JSON.parse(raw) as string;
  return raw.replace(/^'(.*)'$/, '$1');
}

/** Every published news item (no "_" drafts), newest first, same-day items by file name. */
const news: ExpectedNews[] = readdirSync('content/news')
  .filter((name) => name.endsWith('.md') && !name.startsWith('_'))
  .map((name) => {
    const text = readFileSync(join('content/news', name), 'utf8');
    return {
      id: name.replace(/\.md$/, ''),
      title: frontmatterValue(text, 'title'),
      date: frontmatterValue(text, 'date'),
      summary: frontmatterValue(text, 'summary'),
    };
  })
  .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));

const organisationPages = readdirSync('content/pages')
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => `/${name.replace(/\.mdx$/, '')}/`);

const milestones = (JSON.parse(readFileSync('content/data/timeline.json', 'utf8')) as { milestones: unknown[] })
  .milestones;

/** The <loc> values of a sitemap, read with Chromium's XML parser; null when the XML is not well-formed. */
async function sitemapLocs(page: Page, xml: string): Promise<string[] | null> {
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) return null;
    return [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent!.trim());
  }, xml);
}

test.describe('metadata of every page', () => {
  const pages = builtPages();

  test('every built page has a unique title, a real description, a canonical URL and social tags', async ({ page }) => {
    expect(pages.length).toBeGreaterThan(0);
    // Parse in a blank page: the site's CSP would report every <style> of a parsed document as a violation.
    await page.goto('about:blank');
    const titles = new Map<string, string>();
    for (const path of pages) {
      const html = readFileSync(htmlFile(path), 'utf8');
      const meta = await page.evaluate((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const attr = (selector: string, name = 'content') => doc.querySelector(selector)?.getAttribute(name) ?? null;
        return {
          title: doc.title.trim(),
          titles: doc.head.querySelectorAll('title').length,
          description: attr('meta[name="description"]'),
          canonical: attr('link[rel="canonical"]', 'href'),
          ogTitle: attr('meta[property="og:title"]'),
          ogDescription: attr('meta[property="og:description"]'),
          ogUrl: attr('meta[property="og:url"]'),
          twitterCard: attr('meta[name="twitter:card"]'),
          twitterTitle: attr('meta[name="twitter:title"]'),
          rss: attr('link[rel="alternate"][type="application/rss+xml"]', 'href'),
        };
      }, html);
      expect(meta.titles, `${path}: one <title>`).toBe(1);
      expect(meta.title, `${path}: title`).not.toBe('');
      expect(titles.get(meta.title), `${path}: title "${meta.title}" is also used by`).toBeUndefined();
      titles.set(meta.title, path);
      expect(meta.description?.length ?? 0, `${path}: description "${meta.description}"`).toBeGreaterThanOrEqual(50);
      expect(meta.canonical, `${path}: canonical`).toBe(`${SITE}${path}`);
      expect(meta.ogUrl, `${path}: og:url`).toBe(`${SITE}${path}`);
      expect(meta.ogTitle, `${path}: og:title`).toBeTruthy();
      expect(meta.ogDescription, `${path}: og:description`).toBe(meta.description);
      expect(meta.twitterCard, `${path}: twitter:card`).toBeTruthy();
      expect(meta.twitterTitle, `${path}: twitter:title`).toBeTruthy();
      expect(meta.rss, `${path}: RSS link`).toBe(routes.rss());
    }
  });

  test('the sitemap lists every HTML page and not the 404 page', async ({ page, request }) => {
    await page.goto(routes.home());
    const local = (url: string) => url.replace(SITE, '');
    const index = await (await request.get(routes.sitemapIndex())).text();
    const sitemaps = await sitemapLocs(page, index);
    expect(sitemaps, 'sitemap-index.xml is well-formed').not.toBeNull();
    expect(sitemaps!.length).toBeGreaterThan(0);
    const listed: string[] = [];
    for (const sitemap of sitemaps!) {
      expect(sitemap.startsWith(`${SITE}/`), `${sitemap} is absolute on the site URL`).toBe(true);
      const xml = await (await request.get(local(sitemap))).text();
      const locs = await sitemapLocs(page, xml);
      expect(locs, `${sitemap} is well-formed`).not.toBeNull();
      listed.push(...locs!);
    }
    expect(
      listed.every((url) => url.startsWith(`${SITE}/`)),
      'absolute URLs',
    ).toBe(true);
    expect(listed.map(local).sort()).toEqual(pages);
    expect(listed.some((url) => /404/.test(url))).toBe(false);
  });

  test('robots.txt points to the absolute sitemap index', async ({ request }) => {
    const robots = await (await request.get(routes.robotsTxt())).text();
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(`${SITE}/sitemap-index.xml`);
    expect((await request.get(sitemap!.replace(SITE, ''))).status()).toBe(200);
  });
});

test.describe('RSS feed', () => {
  test('is well-formed RSS 2.0 with the latest items and absolute links', async ({ page, request }) => {
    const response = await request.get(routes.rss());
    expect(response.status()).toBe(200);
    await page.goto(routes.home());
    const feed = await page.evaluate(
      (xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.getElementsByTagName('parsererror').length > 0) return null;
        const channel = doc.documentElement.getElementsByTagName('channel')[0]!;
        const self = channel.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];
        const text = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? null;
        return {
          root: doc.documentElement.nodeName,
          version: doc.documentElement.getAttribute('version'),
          title: text(channel, 'title'),
          link: text(channel, 'link'),
          self: self ? { href: self.getAttribute('href'), rel: self.getAttribute('rel') } : null,
          items: [...channel.getElementsByTagName('item')].map((item) => ({
            title: text(item, 'title'),
            link: text(item, 'link'),
            guid: text(item, 'guid'),
            description: text(item, 'description'),
            pubDate: text(item, 'pubDate'),
          })),
        };
      },
      await response.text(),
    );
    expect(feed, 'the feed is well-formed XML').not.toBeNull();
    expect(feed!.root).toBe('rss');
    expect(feed!.version).toBe('2.0');
    expect(feed!.title).toBeTruthy();
    expect(feed!.link).toBe(`${SITE}/`);
    expect(feed!.self).toEqual({ href: `${SITE}/rss.xml`, rel: 'self' });

    const expected = news.slice(0, FEED_SIZE);
    expect(feed!.items.map((item) => item.title)).toEqual(expected.map((item) => item.title));
    feed!.items.forEach((item, index) => {
      const want = expected[index]!;
      expect(item.link).toBe(`${SITE}/nieuws/${want.id}/`);
      expect(item.guid).toBe(item.link);
      expect(item.description).toBe(want.summary);
      expect(new Date(item.pubDate!).toISOString().slice(0, 10)).toBe(want.date);
      expect(existsSync(htmlFile(item.link!.replace(SITE, ''))), `${item.link} is a built page`).toBe(true);
    });
  });
});

test.describe('news pages', () => {
  test('the home page shows the three latest items and loads no JavaScript', async ({ page }) => {
    await page.goto(routes.home());
    const section = page.getByRole('region', { name: 'Laatste nieuws' });
    const latest = news.slice(0, 3);
    await expect(section.getByRole('heading', { level: 3 })).toHaveText(latest.map((item) => item.title));
    for (const item of latest) {
      const summary = section.locator(`[data-news="${item.id}"]`);
      await expect(summary.getByRole('link', { name: item.title })).toHaveAttribute('href', routes.newsItem(item.id));
      await expect(summary.locator('time')).toHaveAttribute('datetime', item.date);
      await expect(summary).toContainText(item.summary);
    }
    await expect(section.getByRole('link', { name: 'Alle nieuws' })).toHaveAttribute('href', routes.news());
    await expect(page.locator('script')).toHaveCount(0);
  });

  test('the news list is newest first, ten per page, with numbered pagination', async ({ page }) => {
    const lastPage = Math.max(1, Math.ceil(news.length / PAGE_SIZE));
    const seen: string[] = [];
    for (let n = 1; n <= lastPage; n++) {
      const path = routes.newsPage(n);
      await page.goto(path);
      const titles = await page.locator('[data-news] h2').allTextContents();
      expect(titles.length, `${path} item count`).toBe(
        n < lastPage ? PAGE_SIZE : news.length - PAGE_SIZE * (lastPage - 1),
      );
      seen.push(...titles);
      if (lastPage === 1) continue;
      const nav = page.getByRole('navigation', { name: 'Paginanummers' });
      await expect(nav.locator('[aria-current="page"]')).toHaveText(String(n));
      await expect(nav.getByRole('link', { name: 'Vorige' })).toHaveCount(n > 1 ? 1 : 0);
      await expect(nav.getByRole('link', { name: 'Volgende' })).toHaveCount(n < lastPage ? 1 : 0);
      if (n < lastPage) {
        await expect(nav.getByRole('link', { name: 'Volgende' })).toHaveAttribute('href', routes.newsPage(n + 1));
      }
    }
    expect(seen).toEqual(news.map((item) => item.title));
    expect((await page.request.get(routes.newsPage(lastPage + 1))).status()).toBe(404);
  });

  test('a news item shows its date, tags, pillar and working related links', async ({ page }) => {
    const item = news.find((candidate) => candidate.id.includes('groeit')) ?? news[0]!;
    const text = readFileSync(join('content/news', `${item.id}.md`), 'utf8');
    const tags = /^tags:\s*\[(.*)\]$/m
      .exec(text)![1]!
      .split(',')
      .map((tag) => tag.trim());
    await page.goto(routes.newsItem(item.id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    await expect(page.locator('article time').first()).toHaveAttribute('datetime', item.date);
    await expect(page.locator('.news-item__tags li')).toHaveText(tags);
    await expect(
      page.getByRole('navigation', { name: 'Kruimelpad' }).getByRole('link', { name: 'Nieuws' }),
    ).toBeVisible();
    const related = page.getByRole('region', { name: 'Meer nieuws over dit onderwerp' });
    const links = await related
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(links).not.toContain(routes.newsItem(item.id));
    for (const link of links) {
      expect(link).toMatch(/^\/nieuws\/[^/]+\/$/);
      expect((await page.request.get(link)).status(), link).toBe(200);
    }
  });
});

test.describe('organisation pages', () => {
  test('/over/ renders the timeline from the data as an ordered list with dates', async ({ page }) => {
    await page.goto(routes.page('over'));
    const history = page.getByRole('region', { name: 'Onze geschiedenis' });
    const items = history.locator('ol > li');
    await expect(items).toHaveCount(milestones.length);
    await expect(history.locator('ol > li > time[datetime]')).toHaveCount(milestones.length);
    const datetimes = await history.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect([...datetimes].sort()).toEqual(datetimes);
  });

  test('every content page has the feedback link with its own address', async ({ page }) => {
    for (const path of [routes.home(), routes.news(), routes.newsItem(news[0]!.id), ...organisationPages]) {
      await page.goto(path);
      const link = page.getByRole('link', { name: FEEDBACK });
      await expect(link, path).toHaveCount(1);
      const href = await link.getAttribute('href');
      expect(href).toMatch(/^mailto:/);
      expect(decodeURIComponent(href!)).toContain(`${SITE}${path}`);
    }
  });
});

test.describe('404 and security.txt', () => {
  test.use({ allowNotFoundPage: true });

  test('an unknown URL answers 404 with the search form and links to the hubs', async ({ page }) => {
    const response = await page.goto('/deze-pagina-bestaat-niet/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
    const search = page.getByRole('search');
    await expect(search).toHaveAttribute('action', routes.search());
    await expect(search).toHaveAttribute('method', 'get');
    await expect(search.getByLabel('Zoek op de website')).toHaveAttribute('name', 'q');
    for (const hub of [routes.services(), routes.members(), routes.guides(), routes.gis(), routes.news()]) {
      await expect(page.locator('main').locator(`a[href="${hub}"]`)).toHaveCount(1);
    }
    await expect(page.getByRole('link', { name: FEEDBACK })).toHaveCount(0);
  });

  test('security.txt names a contact and expires in the future', async ({ request }) => {
    const response = await request.get(routes.securityTxt());
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^Contact: mailto:[^@\s]+@[^@\s]+$/m);
    const expires = /^Expires: (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)$/m.exec(text)?.[1];
    expect(expires, 'Expires in ISO 8601 with Z').toBeDefined();
    expect(Date.parse(expires!)).toBeGreaterThan(Date.now());
    expect(text).toMatch(/^Preferred-Languages: nl, en$/m);
    expect(text).toContain(`Canonical: ${SITE}/.well-known/security.txt`);
  });
});
