import { routes } from './routes.ts';

/** robots.txt: everything may be crawled; the sitemap index is where the list of pages lives. */
export function renderRobotsTxt(site: string | URL, sitemapPath = routes.sitemapIndex()): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(sitemapPath, site).href}`, ''].join('\n');
}
