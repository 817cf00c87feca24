/**
 * The real guides in content/informatieveiligheid/: frontmatter, a checklist, related guides and internal links.
 * `npm test` runs this before the build, so a broken guide is reported with its file in about a second.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractChecklist } from '../../src/lib/guides/checklist.ts';
import { loadDataset, readServiceIds } from '../../src/lib/members/dataset-files.ts';
import { guidesDir, parseGuideFile, readGuideFiles } from '../../src/lib/guides/guide-files.ts';
import { relatedGuides } from '../../src/lib/guides/guides.ts';
import { buildSiteIndex, findInternalLinks, linkProblem } from '../../src/lib/site/internal-links.ts';

const content = join(process.cwd(), 'content');
const ids = (dir: string, extension = '.mdx') =>
  existsSync(join(content, dir))
    ? readdirSync(join(content, dir))
        .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
        .map((name) => name.slice(0, -extension.length))
    : [];
const glossaryFile = join(content, 'glossary', 'begrippen.json');
const glossaryIds = existsSync(glossaryFile)
  ? (JSON.parse(readFileSync(glossaryFile, 'utf8')) as { id: string }[]).map((term) => term.id)
  : [];

const fileNames = ids('informatieveiligheid');
const guides = readGuideFiles();
const index = buildSiteIndex({
  guides,
  services: readServiceIds(),
  gisArticles: ids('gis'),
  glossaryIds,
  pages: ids('pages'),
  authorities: loadDataset().authorities.map((a) => a.id),
  news: ids('news', '.md'),
});

it('there are guides to check', () => {
  expect(fileNames.length).toBeGreaterThan(0);
  expect(guides.map((g) => g.id)).toEqual(fileNames.sort());
});

describe.each(fileNames)('content/informatieveiligheid/%s.mdx', (id) => {
  const file = `content/informatieveiligheid/${id}.mdx`;
  const source = readFileSync(join(guidesDir(), `${id}.mdx`), 'utf8');

  it('has complete, valid frontmatter', () => {
    expect(() => parseGuideFile(source, file, id)).not.toThrow();
  });

  it('ends with a checklist of at least one measure', () => {
    const { body } = parseGuideFile(source, file, id);
    expect(extractChecklist(body, id, file).length, `${file}: geen takenlijst onder "## Checklist"`).toBeGreaterThan(0);
  });

  it('names only existing guides as related, never itself', () => {
    const guide = guides.find((g) => g.id === id)!;
    expect(() => relatedGuides(guide, guides)).not.toThrow();
    expect(guide.data.related).not.toContain(id);
  });

  it('links only to pages and anchors that exist', () => {
    const { body } = parseGuideFile(source, file, id);
    const problems = findInternalLinks(body)
      .map((link) => {
        const problem = linkProblem(link.url, index);
        return problem && `${file}, regel ${link.line}: ${problem}`;
      })
      .filter(Boolean);
    expect(problems).toEqual([]);
  });
});
