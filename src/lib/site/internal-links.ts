/**
 * Internal links in Markdown content and whether they resolve to a route of the built site. Pure: the caller
 * describes the site (content ids, glossary ids, anchors), so the check runs in a unit test in a second.
 */
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { extractChecklist, parseMarkdown } from '../guides/checklist.ts';
import { routes } from './routes.ts';

/** Routes that exist whatever the content (see ARCHITECTURE.md, "URLs"). */
const FIXED_ROUTES = [
  routes.home(),
  routes.services(),
  routes.members(),
  routes.guides(),
  routes.selfAssessment(),
  routes.gis(),
  routes.glossary(),
  routes.events(),
  routes.agenda(),
  routes.news(),
  routes.rss(),
  routes.search(),
  routes.openData(),
  routes.openDataFile('overeenkomsten.json'),
  routes.openDataFile('overeenkomsten.csv'),
  routes.openDataFile('besturen.geojson'),
];

export interface SiteContent {
  guides: { id: string; body: string }[];
  services: string[];
  gisArticles: string[];
  glossaryIds: string[];
  /** content/pages ids: /over/, /contact/, … */
  pages: string[];
  authorities: string[];
  /** content/news file names: /nieuws/<id>/ */
  news: string[];
}

/** Every known path, and for pages whose anchors we know, the ids a fragment may point at. */
export interface SiteIndex {
  paths: Set<string>;
  anchors: Map<string, Set<string>>;
}

/** Heading ids as Astro gives them (GitHub's slug rules, numbered when repeated). */
export function headingIds(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  visit(tree, 'heading', (heading) => {
    ids.push(slugger.slug(toString(heading)));
  });
  return ids;
}

export function buildSiteIndex(site: SiteContent): SiteIndex {
  const paths = new Set<string>(FIXED_ROUTES);
  const anchors = new Map<string, Set<string>>();
  for (const guide of site.guides) {
    const path = routes.guide(guide.id);
    paths.add(path);
    const tree = parseMarkdown(guide.body);
    anchors.set(path, new Set([...headingIds(tree), ...extractChecklist(guide.body, guide.id).map((item) => item.id)]));
  }
  for (const id of site.services) paths.add(routes.service(id));
  for (const id of site.gisArticles) paths.add(routes.gisArticle(id));
  for (const id of site.pages) paths.add(routes.page(id));
  for (const id of site.authorities) paths.add(routes.authority(id));
  for (const id of site.news) paths.add(routes.newsItem(id));
  anchors.set(routes.glossary(), new Set(site.glossaryIds));
  return { paths, anchors };
}

export interface FoundLink {
  url: string;
  line: number;
}

/** Links to this site (starting with "/") in Markdown links, references and HTML/JSX href attributes. */
export function findInternalLinks(markdown: string): FoundLink[] {
  const found: FoundLink[] = [];
  visit(parseMarkdown(markdown), (node) => {
    const line = node.position?.start.line ?? 0;
    if ((node.type === 'link' || node.type === 'definition') && 'url' in node) found.push({ url: node.url, line });
    if (node.type === 'html' && 'value' in node) {
      for (const match of node.value.matchAll(/\bhref=["']([^"']+)["']/g)) found.push({ url: match[1]!, line });
    }
  });
  return found.filter((link) => link.url.startsWith('/') && !link.url.startsWith('//'));
}

/** Undefined when the link resolves; otherwise why not, in Dutch, for the test message. */
export function linkProblem(url: string, index: SiteIndex): string | undefined {
  const [pathAndQuery = '', fragment] = url.split('#', 2);
  const path = pathAndQuery.split('?')[0]!;
  if (!index.paths.has(path)) {
    const withSlash = `${path}/`;
    return index.paths.has(withSlash)
      ? `${url}: pagina-adressen eindigen op "/" (${withSlash})`
      : `${url}: deze pagina bestaat niet`;
  }
  if (fragment) {
    const known = index.anchors.get(path);
    if (known && !known.has(decodeURIComponent(fragment))) return `${url}: "#${fragment}" bestaat niet op ${path}`;
  }
  return undefined;
}
