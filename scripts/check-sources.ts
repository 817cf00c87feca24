/**
 * `npm run check:sources`: every security guide and GIS article ends with "## Bronnen" whose every item links to
 * an https source or names a law with its date. Exits 1 with one line per problem (file, item, problem).
 */
import { readFileSync } from 'node:fs';
import { listFiles } from './lib/links.ts';
import { checkSources, formatSourceProblem } from './lib/sources.ts';

const DIRS = ['content/informatieveiligheid', 'content/gis'];
// Drafts (_name.mdx) are not published, so they need no sources yet; same rule as the content collections.
const files = DIRS.flatMap((dir) =>
  listFiles(dir, '.mdx')
    .filter((f) => !f.split('/').at(-1)!.startsWith('_'))
    .map((f) => `${dir}/${f}`),
);
const problems = files.flatMap((file) => checkSources(file, readFileSync(file, 'utf8')));
for (const p of problems) console.error(formatSourceProblem(p));
if (problems.length > 0) {
  console.error(
    `\nBronnen: ${problems.length} problemen in ${new Set(problems.map((p) => p.file)).size} van ${files.length} pagina's`,
  );
  process.exit(1);
}
console.log(`Bronnen in orde: ${files.length} pagina's, elk met een controleerbare bronnenlijst.`);
