/**
 * GIS section: hub, an article with its table of contents and glossary links, the glossary, the network events and
 * their iCalendar files. Expected values come straight from the content files, not from src/lib.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { asOf } from './data.ts';
import type { Page } from '@playwright/test';
import { expect, expectLinksWork, internalLinks, test } from './fixtures.ts';
import { routes } from '../../src/lib/site/routes.ts';

type FrontmatterKey = 'title' | 'theme' | 'reviewed' | 'services' | 'start' | 'end' | 'place' | 'registration';

/** Top-level `key: value` pairs of a Markdown file's frontmatter, quotes removed. */
function frontmatter(path: string): Partial<Record<FrontmatterKey, string>> {
  const block = readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/^(\w+):\s*(.*)$/gm)].map(([, key, value]) => [key!, value!.trim().replace(/^"(.*)"$/, '$1')]),
  );
}

/**
 * Same-origin links into the GIS section and the services, the pages this section owns or depends on; other sections
 * are built by other issues, and the site-wide link check covers them.
 */
async function gisLinks(page: Page): Promise<string[]> {
  return (await internalLinks(page)).filter((href) => /^\/(gis|diensten)\//.test(new URL(href).pathname));
}

/** iCalendar unfolding: a CRLF followed by a space joins two physical lines. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

const articles = readdirSync('content/gis')
  .filter((f) => f.endsWith('.mdx') && !f.startsWith('_'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...frontmatter(`content/gis/${f}`) }));
const events = readdirSync('content/events')
  .filter((f) => f.endsWith('.md') && !f.startsWith('_'))
  .map((f) => ({ id: f.replace(/\.md$/, ''), ...frontmatter(`content/events/${f}`) }));
const terms = JSON.parse(readFileSync('content/glossary/begrippen.json', 'utf8')) as {
  id: string;
  term: string;
  expansion?: string;
  related?: string[];
  formerIds?: string[];
}[];

// Upcoming: the event ends on or after the start of the as-of day (local Brussels times compare as text).
const upcoming = events.filter((e) => e.end! >= `${asOf}T00:00`);
const past = events.filter((e) => e.end! < `${asOf}T00:00`);

const THEME_LABELS: Record<string, string> = {
  grb: 'GRB',
  registers: 'Basisregisters',
  techniek: 'Techniek en software',
  data: 'Data en kwaliteit',
  organisatie: 'Organisatie en netwerk',
  toepassingen: 'Toepassingen in de gemeente',
};

test('the hub groups every article by theme and links the glossary, the next events and the GIS services', async ({
  page,
}) => {
  await page.goto(routes.gis());
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const theme of new Set(articles.map((a) => a.theme!))) {
    const group = page.locator(`section[data-theme="${theme}"]`);
    await expect(group.getByRole('heading', { level: 3 })).toHaveText(THEME_LABELS[theme]!);
    const expected = articles.filter((a) => a.theme === theme).map((a) => a.title!);
    await expect(group.getByRole('link')).toHaveText(expected.sort((a, b) => a.localeCompare(b, 'nl-BE')));
  }
  await expect(page.locator('[data-article]')).toHaveCount(articles.length);
  await expect(page.locator(`a[href="${routes.glossary()}"]`)).toBeVisible();
  const next = [...upcoming].sort((a, b) => a.start!.localeCompare(b.start!)).slice(0, 3);
  await expect(page.getByTestId('events-upcoming').getByRole('heading')).toHaveText(next.map((e) => e.title!));
  await expect(page.locator(`a[href="${routes.events()}"]`)).toBeVisible();
  for (const id of ['gis-coordinator', 'gis-operator', 'gis-scan', 'grb-omzetting']) {
    await expect(page.locator(`[data-service="${id}"] a[href="${routes.service(id)}"]`)).toBeVisible();
  }
  await expectLinksWork(page, await gisLinks(page));
});

test('an article has a working table of contents, its services, and glossary links that land on the term', async ({
  page,
}) => {
  const article = articles.find((a) => a.id === 'grb')!;
  await page.goto(routes.gisArticle('grb'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title!);
  await expect(page.locator('.article__kicker')).toHaveText(THEME_LABELS[article.theme!]!);

  const toc = page.getByRole('navigation', { name: 'Op deze pagina' });
  const bodyHeadings = page.locator('.article__body h2');
  await expect(toc.locator(':scope > ol > li > a')).toHaveText(await bodyHeadings.allInnerTexts());
  const lastEntry = toc.locator(':scope > ol > li > a').last();
  await lastEntry.click();
  await expect(bodyHeadings.last()).toBeInViewport();

  for (const id of article.services!.replace(/[[\]\s]/g, '').split(',')) {
    await expect(page.locator(`[data-service="${id}"] a[href="${routes.service(id)}"]`)).toBeVisible();
  }

  const glossaryLink = page.locator(`.article__body a[href^="${routes.glossaryTerm('')}"]`).first();
  const id = (await glossaryLink.getAttribute('href'))!.split('#')[1]!;
  await glossaryLink.click();
  await expect(page).toHaveURL(new RegExp(`${routes.glossaryTerm(id)}$`));
  const term = page.locator(`[id="${id}"]`);
  await expect(term).toBeInViewport();
  await expect(term).toContainText(terms.find((t) => t.id === id)!.term);
});

for (const article of articles) {
  test(`article ${article.id} warns about its review date only when it is more than 12 months old`, async ({
    page,
  }) => {
    await page.goto(routes.gisArticle(article.id));
    const reviewed = new Date(`${article.reviewed}T00:00:00Z`);
    reviewed.setUTCMonth(reviewed.getUTCMonth() + 12);
    const overdue = reviewed.toISOString().slice(0, 10) < asOf;
    await expect(page.getByTestId('review-overdue')).toHaveCount(overdue ? 1 : 0);
    await expect(page.locator('time').first()).toHaveAttribute('datetime', article.reviewed!);
    await expectLinksWork(page, await gisLinks(page));
  });
}

test('a glossary anchor shows its term with expansion and definition', async ({ page }) => {
  const grb = terms.find((t) => t.id === 'grb')!;
  await page.goto(routes.glossaryTerm('grb'));
  const term = page.locator('dt#grb');
  await expect(term).toBeInViewport();
  await expect(term).toContainText(grb.term);
  await expect(term).toContainText(grb.expansion!);
  await expect(page.locator('[data-term="grb"] dd').first()).toBeVisible();
});

test('an old anchor of a renamed term still lands on and highlights that term', async ({ page }) => {
  const renamed = terms.filter((t) => t.formerIds?.length);
  // The straatnamenregister used to be #stratenregister; links from outside must keep working.
  expect(renamed.map((t) => [t.id, t.formerIds])).toContainEqual(['straatnamenregister', ['stratenregister']]);
  for (const term of renamed) {
    for (const former of term.formerIds!) {
      await page.goto(routes.glossaryTerm(former));
      const entry = page.locator(`[data-term="${term.id}"]`);
      await expect(entry.locator('dt dfn')).toBeInViewport();
      await expect(entry.locator('dt dfn')).toHaveText(term.term);
      // The term shows the same highlight as when it is reached by its own anchor.
      const highlighted = await entry.evaluate((el) => getComputedStyle(el).borderInlineStartWidth);
      expect(highlighted).toBe('6px');
    }
  }
});

test('the glossary lists every term alphabetically with working related links and an A–Z jump list', async ({
  page,
}) => {
  await page.goto(routes.glossary());
  const names = await page.locator('dt dfn').allInnerTexts();
  const collator = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });
  // Terms that start with a letter come first, A to Z; terms that start with a digit ("3D GRB") form the "#" group
  // at the end, as the A–Z jump list promises.
  const sorted = terms.map((t) => t.term).sort(collator.compare);
  const startsWithLetter = (name: string) => /^\p{L}/u.test(name);
  expect(names).toEqual([...sorted.filter(startsWithLetter), ...sorted.filter((name) => !startsWithLetter(name))]);

  for (const term of terms.filter((t) => t.related?.length)) {
    const links = page.locator(`[data-term="${term.id}"] .glossary__related a`);
    await expect(links).toHaveCount(term.related!.length);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await expect(page.locator(`dt[id="${href.split('#')[1]}"]`)).toHaveCount(1);
    }
  }

  const jump = page.getByRole('navigation', { name: 'Springen naar letter' });
  const lastTerm = [...terms].sort((a, b) => collator.compare(a.term, b.term)).at(-1)!;
  const letter = lastTerm.term[0]!.toUpperCase();
  await jump.getByRole('link', { name: letter, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: letter, exact: true })).toBeInViewport();
  await expect(page.locator(`dt[id="${lastTerm.id}"]`)).toBeVisible();
});

test('the events page splits upcoming and past events by the data date, each with its own page', async ({ page }) => {
  await page.goto(routes.events());
  await expect(page.getByRole('heading', { level: 2, name: /Komende netwerkdagen/ })).toContainText(
    `(${upcoming.length})`,
  );
  await expect(page.getByRole('heading', { level: 2, name: /Voorbije netwerkdagen/ })).toContainText(
    `(${past.length})`,
  );
  await expect(page.getByTestId('events-upcoming').locator('[data-event]')).toHaveCount(upcoming.length);
  await expect(page.getByTestId('events-past').locator('[data-event]')).toHaveCount(past.length);
  const pastIds = await page
    .getByTestId('events-past')
    .locator('[data-event]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-event')));
  expect(new Set(pastIds)).toEqual(new Set(past.map((e) => e.id)));
  await expectLinksWork(page, await gisLinks(page));

  const first = [...upcoming].sort((a, b) => a.start!.localeCompare(b.start!))[0]!;
  await page.getByTestId('events-upcoming').getByRole('link', { name: first.title! }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.event(first.id)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title!);
  await expect(page.getByTestId('event-facts')).toContainText(first.place!);
  await expect(page.getByTestId('event-facts').locator('time')).toHaveAttribute(
    'datetime',
    new RegExp(`^${first.start}[+-]\\d\\d:\\d\\d$`),
  );
  const registration = page.getByTestId('event-registration');
  if (first.registration) await expect(registration.getByRole('link')).toHaveAttribute('href', first.registration);
  else await expect(registration.getByRole('link')).toHaveAttribute('href', /^mailto:gis@/);
  const ics = await page.request.get(routes.eventCalendar(first.id));
  expect(ics.status()).toBe(200);
  expect(unfold(await ics.text())).toContain(`UID:${first.id}@`);
});

test('a past event page says it is over', async ({ page }) => {
  const event = past[0]!;
  await page.goto(routes.event(event.id));
  await expect(page.getByTestId('event-registration')).toHaveText('Deze netwerkdag is voorbij.');
});

test('agenda.ics is an iCalendar file with every event and CRLF line ends', async ({ page }) => {
  const response = await page.request.get(routes.agenda());
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(body.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(body.replace(/\r\n/g, ''), 'no bare line breaks').not.toMatch(/[\r\n]/);
  expect(body.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(events.length);
  for (const event of events) expect(unfold(body)).toContain(`UID:${event.id}@`);
});
