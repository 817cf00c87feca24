/**
 * Sources check: every security guide and GIS article ends with a "## Bronnen" section whose items a reader can
 * verify: each one links to an https source or names a law (or decree, decision...) with its date.
 */
import type { Heading, List, ListItem, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface SourceProblem {
  file: string;
  /** The list item's text, or empty when the problem is the section itself. */
  item: string;
  problem: string;
}

const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december';
/** "Wet van 30 juli 2018", "Besluit van de Vlaamse Regering van 8 december 2023", "Verordening (EU) 2016/679 van 27 april 2016". */
const LAW_WITH_DATE = new RegExp(
  `(wet|decreet|besluit|verordening|richtlijn|uitvoeringsverordening|koninklijk besluit|besluit van de vlaamse regering)[^\\n]*\\b\\d{1,2} (${MONTHS}) \\d{4}`,
  'iu',
);

/** Frontmatter is blanked rather than parsed: remark would read "key: value\n---" as a setext heading. */
function withoutFrontmatter(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  return m ? m[0].replace(/[^\n]/g, '') + text.slice(m[0].length) : text;
}

function httpsLinks(item: ListItem): string[] {
  const urls: string[] = [];
  visit(item, 'link', (node) => {
    urls.push(node.url);
  });
  return urls.filter((url) => url.startsWith('https://'));
}

export function checkSources(file: string, text: string): SourceProblem[] {
  const tree = unified().use(remarkParse).parse(withoutFrontmatter(text)) as Root;
  const children = tree.children;
  const h2s = children
    .map((node, index) => ({ node, index }))
    .filter((x): x is { node: Heading; index: number } => x.node.type === 'heading' && x.node.depth === 2);
  const last = h2s.at(-1);
  if (!last) return [{ file, item: '', problem: 'heeft geen "## Bronnen" (geen enkele tussentitel van niveau 2)' }];
  const title = toString(last.node).trim();
  if (title !== 'Bronnen') {
    const earlier = h2s.some((h) => toString(h.node).trim() === 'Bronnen');
    return [
      {
        file,
        item: '',
        problem: earlier
          ? `"## Bronnen" moet de laatste tussentitel van niveau 2 zijn, maar "## ${title}" volgt erna`
          : `heeft geen "## Bronnen" als laatste tussentitel (de laatste is "## ${title}")`,
      },
    ];
  }
  const section: RootContent[] = children.slice(last.index + 1);
  const items = section.filter((n): n is List => n.type === 'list').flatMap((list) => list.children);
  if (items.length === 0) return [{ file, item: '', problem: '"## Bronnen" bevat geen lijst met bronnen' }];
  const problems: SourceProblem[] = [];
  for (const item of items) {
    const itemText = toString(item).replace(/\s+/g, ' ').trim();
    if (httpsLinks(item).length > 0 || LAW_WITH_DATE.test(itemText)) continue;
    problems.push({
      file,
      item: itemText,
      problem: 'heeft geen link naar een https-bron en noemt geen wet of besluit met datum (zoals "30 juli 2018")',
    });
  }
  return problems;
}

export function formatSourceProblem(p: SourceProblem): string {
  return p.item ? `${p.file}: bron "${p.item}" ${p.problem}` : `${p.file}: ${p.problem}`;
}
