/** Fails when a page in dist/ links to a page, file, image or anchor that is not there. Usage: node scripts/check-links.ts [dist] */
import { SITE_URL } from '../astro.config.mjs';
import { checkLinks, formatBrokenLinks } from './lib/links.ts';

const distDir = process.argv[2] ?? 'dist';
const report = checkLinks(distDir, [new URL(SITE_URL).origin]);
if (report.pages === 0) {
  console.error(`No HTML pages in ${distDir}/: build the site first (npm run build).`);
  process.exit(1);
}
if (report.broken.length > 0) {
  console.error(`${report.broken.length} broken link(s) in ${distDir}/:\n${formatBrokenLinks(report.broken)}`);
  process.exit(1);
}
console.log(`Links: ${report.links} links on ${report.pages} pages, none broken.`);
