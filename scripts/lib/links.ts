/**
 * Link checker over a built site: every internal href/src of every page must reach a file in dist/, and every
 * fragment an id on the target page. External links are not fetched, only required to use https.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { pageIds, pageReferences, scanTags } from './html-scan.ts';

export interface BrokenLink {
  /** URL path of the page the link is on. */
  page: string;
  /** The attribute value as written. */
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

/** Every file under a directory, as sorted forward-slash paths relative to it. */
export function listFiles(dir: string, extension?: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (!extension || entry.name.endsWith(extension)) found.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** URL path of a built HTML file: `diensten/index.html` → `/diensten/`, `404.html` → `/404.html`. */
export function pageUrlOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

const INTERNAL_BASE = 'https://site.invalid';

/**
 * Checks all pages of `distDir`. `siteOrigins` are origins that mean this site itself (the production URL in
 * canonical links); links to them are checked like relative ones.
 */
export function checkLinks(distDir: string, siteOrigins: readonly string[] = []): LinkReport {
  const pages = listFiles(distDir, '.html');
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string, html?: string): Set<string> => {
    let ids = idCache.get(file);
    if (!ids) {
      ids = pageIds(scanTags(html ?? readFileSync(join(distDir, file), 'utf8')));
      idCache.set(file, ids);
    }
    return ids;
  };
  const isFile = (file: string) => {
    const full = join(distDir, file);
    return existsSync(full) && statSync(full).isFile();
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const file of pages) {
    const page = pageUrlOf(file);
    const html = readFileSync(join(distDir, file), 'utf8');
    const tags = scanTags(html);
    idCache.set(file, pageIds(tags));
    const seen = new Set<string>();
    for (const { value } of pageReferences(tags)) {
      links++;
      // One report per distinct link on a page (the menu and the body often share one).
      if (seen.has(value)) continue;
      seen.add(value);
      const problem = checkReference(value, page, file, { siteOrigins, isFile, idsOf });
      if (problem) broken.push({ page, href: value, reason: problem });
    }
  }
  return { pages: pages.length, links, broken };
}

interface Context {
  siteOrigins: readonly string[];
  isFile(file: string): boolean;
  idsOf(file: string): Set<string>;
}

/** Why a reference is broken, or undefined when it works. */
function checkReference(value: string, page: string, pageFile: string, context: Context): string | undefined {
  if (value === '') return 'empty link';
  let url: URL;
  try {
    url = new URL(value, INTERNAL_BASE + page);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.protocol === 'data:') return undefined;
  const internal = url.origin === INTERNAL_BASE || context.siteOrigins.includes(url.origin);
  if (!internal) {
    if (url.protocol === 'https:') return undefined;
    if (url.protocol === 'http:') return 'external link without https';
    return `unsupported scheme ${url.protocol}`;
  }
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'badly encoded path';
  }
  let target: string;
  if (path.endsWith('/')) {
    target = posix.join(path.slice(1), 'index.html');
    if (!context.isFile(target)) return 'page not found';
  } else {
    target = path.slice(1);
    if (!context.isFile(target)) {
      return context.isFile(posix.join(target, 'index.html')) ? 'page link without trailing slash' : 'file not found';
    }
  }
  if (url.hash.length > 1 && target.endsWith('.html')) {
    const fragment = decodeURIComponent(url.hash.slice(1));
    const ids = target === pageFile ? context.idsOf(pageFile) : context.idsOf(target);
    if (!ids.has(fragment))
      return `no element with id "${fragment}" on ${target === pageFile ? 'this page' : 'the target page'}`;
  }
  return undefined;
}

/** Human-readable report, grouped per page. */
export function formatBrokenLinks(broken: readonly BrokenLink[]): string {
  const byPage = new Map<string, BrokenLink[]>();
  for (const link of broken) byPage.set(link.page, [...(byPage.get(link.page) ?? []), link]);
  return [...byPage]
    .map(([page, links]) => `${page}\n${links.map((link) => `  ${link.href}  (${link.reason})`).join('\n')}`)
    .join('\n');
}
