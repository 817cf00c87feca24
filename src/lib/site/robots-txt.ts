/** robots.txt: everything may be crawled; the sitemap index is where the list of pages lives. */
export function renderRobotsTxt(site: string | URL, sitemapPath = '/sitemap-index.xml'): string {
  return ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(sitemapPath, site).href}`, ''].join('\n');
}
