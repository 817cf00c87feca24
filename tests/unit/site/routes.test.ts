import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_ROUTES, OPEN_DATA_FILES, routes } from '../../../src/lib/site/routes.ts';

type RouteName = keyof typeof routes;

const PAGES_DIR = 'src/pages';
const PUBLIC_DIR = 'public';

/**
 * Arguments to call each route with. Keyed by every route name, so a route added to routes.ts without an entry here
 * fails the type check, and the test below then proves it points at a real page.
 */
const SAMPLES: { [K in RouteName]: Parameters<(typeof routes)[K]>[] } = {
  home: [[]],
  favicon: [[]],
  services: [[]],
  service: [['voorbeeld']],
  members: [[]],
  authority: [['voorbeeld']],
  memberMapData: [[]],
  guides: [[]],
  guide: [['voorbeeld']],
  checklistItem: [['voorbeeld', 'item']],
  guideChecklist: [['voorbeeld']],
  selfAssessment: [[]],
  gis: [[]],
  gisArticle: [['voorbeeld']],
  glossary: [[]],
  glossaryTerm: [['voorbeeld']],
  events: [[]],
  event: [['voorbeeld']],
  eventCalendar: [['voorbeeld']],
  agenda: [[]],
  news: [[]],
  newsPage: [[1], [2]],
  newsItem: [['voorbeeld']],
  search: [[]],
  openData: [[]],
  openDataFile: OPEN_DATA_FILES.map((file) => [file]),
  page: [['voorbeeld']],
  rss: [[]],
  notFound: [[]],
  robotsTxt: [[]],
  securityTxt: [[]],
  searchVocabulary: [[]],
  pagefind: [[]],
  sitemapIndex: [[]],
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

type SegmentKind = 'static' | 'param' | 'rest';

interface PageRoute {
  file: string;
  pattern: RegExp;
  /** Per URL segment, as Astro ranks routes: a static segment beats a parameter, a parameter beats a rest parameter. */
  kinds: SegmentKind[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|\\]/g, '\\$&');

/**
 * The URL pattern of a file under src/pages, as the static build serves it: `leden/[id].astro` → `/leden/<id>/`,
 * `nieuws/[...page].astro` → `/nieuws/` and everything below it, `rss.xml.ts` → `/rss.xml`, `404.astro` → `/404.html`.
 */
function pageRoute(file: string): PageRoute | undefined {
  const page = /^(.*)\.(astro|md|mdx)$/.exec(file);
  const endpoint = /^(.*)\.(ts|js)$/.exec(file);
  if (!page && !endpoint) return undefined;
  let path: string;
  if (page) {
    const name = page[1]!;
    if (name === '404') path = '/404.html';
    else if (name === 'index') path = '/';
    else path = `/${name.replace(/\/index$/, '')}/`;
  } else {
    path = `/${endpoint![1]!}`;
  }
  const kinds: SegmentKind[] = [];
  let source = '';
  for (const [index, segment] of path.split('/').entries()) {
    if (index > 0) source += '/';
    if (/^\[\.\.\.[^\]]+\]$/.test(segment)) {
      kinds.push('rest');
      // A rest parameter may be empty: /nieuws/ is page 1 of nieuws/[...page].astro.
      source = `${source.slice(0, -1)}(?:/.+)?`;
      continue;
    }
    if (segment === '') continue;
    kinds.push(segment.includes('[') ? 'param' : 'static');
    source += segment
      .split(/(\[[^\]]+\])/)
      .map((part) => (part.startsWith('[') ? '[^/]+' : escape(part)))
      .join('');
  }
  return { file: `${PAGES_DIR}/${file}`, pattern: new RegExp(`^${source}$`), kinds };
}

const RANK: Record<SegmentKind, number> = { static: 3, param: 2, rest: 1 };

/** Astro's order: compare segment by segment, more specific first. */
function moreSpecific(a: PageRoute, b: PageRoute): number {
  for (let i = 0; i < Math.max(a.kinds.length, b.kinds.length); i++) {
    const difference = RANK[b.kinds[i] ?? 'rest'] - RANK[a.kinds[i] ?? 'rest'];
    if (difference !== 0) return difference;
  }
  return 0;
}

const pageRoutes = filesUnder(PAGES_DIR)
  .map(pageRoute)
  .filter((route) => route !== undefined);

/** The page or endpoint that serves `url`, as Astro would pick it, or undefined. */
function servingPage(url: string): PageRoute | undefined {
  const path = url.split('#')[0]!;
  return pageRoutes.filter((route) => route.pattern.test(path)).sort(moreSpecific)[0];
}

const calls = (Object.keys(SAMPLES) as RouteName[]).flatMap((name) =>
  (SAMPLES[name] as unknown[][]).map((args) => ({
    name,
    args,
    url: (routes[name] as (...a: unknown[]) => string)(...args),
  })),
);
const generated = new Set<RouteName>(GENERATED_ROUTES);

describe('routes', () => {
  it('knows a page for each file under src/pages', () => {
    expect(pageRoutes.map((route) => route.file).sort()).toEqual(
      filesUnder(PAGES_DIR)
        .map((file) => `${PAGES_DIR}/${file}`)
        .sort(),
    );
  });

  it.each(calls.filter((call) => !generated.has(call.name) && call.name !== 'favicon'))(
    'routes.$name($args) ($url) is served by a page or endpoint under src/pages',
    ({ name, args, url }) => {
      const page = servingPage(url);
      expect(page, `${url}: geen pagina in ${PAGES_DIR} voor routes.${name}`).toBeDefined();
      // A route without arguments names one fixed page; if only a [param] page matched, its page was renamed.
      if (args.length === 0) expect(page!.kinds, `${url} valt op ${page!.file}`).not.toContain('param');
    },
  );

  it('points routes.favicon at a file in public/', () => {
    expect(existsSync(join(PUBLIC_DIR, routes.favicon()))).toBe(true);
  });

  it.each(calls.filter((call) => generated.has(call.name)))(
    'routes.$name ($url) is written by an integration, not by a page',
    ({ url }) => {
      // A [param] page may match the pattern, but it lists its own paths; a fixed page here would collide.
      expect(servingPage(url)?.kinds ?? []).not.toContain('static');
    },
  );

  it('has a route for every page and endpoint under src/pages', () => {
    const served = new Set(calls.map((call) => servingPage(call.url)?.file));
    expect(pageRoutes.map((route) => route.file).filter((file) => !served.has(file))).toEqual([]);
  });

  it('writes page URLs with a trailing slash and file URLs with their extension', () => {
    for (const { url } of calls) expect(url.split('#')[0]).toMatch(/(\/|\.[a-z]+)$/);
  });

  it('numbers news pages from 2 and keeps page 1 at the list itself', () => {
    expect(routes.newsPage(1)).toBe(routes.news());
    expect(routes.newsPage(2)).toBe('/nieuws/2/');
  });

  it('links a checklist item and a glossary term to their anchors on their page', () => {
    expect(routes.checklistItem('nis2', 'mfa')).toBe(`${routes.guide('nis2')}#mfa`);
    expect(routes.glossaryTerm('grb')).toBe(`${routes.glossary()}#grb`);
  });
});
