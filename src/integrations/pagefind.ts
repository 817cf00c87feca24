/**
 * Builds the Pagefind search index over dist/ after every build, so `npm run build` gives a searchable site.
 *
 * Pages go to Pagefind through its Node API (addHTMLFile), each with the parts of its Dutch compounds added as
 * hidden, low-weight text (src/lib/search/compounds.ts) to the HTML handed to the indexer only, so "consulent" finds
 * "informatieveiligheidsconsulent" while the files in dist/ stay exactly what Astro wrote. SEARCH_COMPOUNDS=off
 * skips the parts and the synonyms (content/search/synoniemen.json), to measure what they cost.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { compoundIndexText } from '../lib/search/compounds.ts';
import { buildVocabulary, VOCABULARY_PATH } from '../lib/search/suggest.ts';
import { synonymIndexText } from '../lib/search/synonyms.ts';
import { bundleSize, removeUnusedFiles } from '../lib/search/pagefind-bundle.ts';
import { pagefindBody, withIndexOnlyText } from '../lib/search/pagefind-html.ts';

/** Every page is written in this language (BaseLayout); the browser loads the index of the page's language. */
const LANGUAGE = 'nl-be';
const COMPOUND_WEIGHT = Number(process.env.SEARCH_COMPOUND_WEIGHT ?? 0.3);
const SYNONYM_WEIGHT = Number(process.env.SEARCH_SYNONYM_WEIGHT ?? 0.6);
// A part of a compound, or a synonym, of a word in the page title says what the whole page is about, as the title itself does.
const TITLE_PART_WEIGHT = Number(process.env.SEARCH_TITLE_PART_WEIGHT ?? 5);
const TITLE_SYNONYM_WEIGHT = Number(process.env.SEARCH_TITLE_SYNONYM_WEIGHT ?? 5);

/** The text of the page's first h1, tags removed: the title as the visitor reads it. */
function headingText(html: string): string {
  return (/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ' ');
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries
    .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'))
    .map((path) => join(root, path));
}

/**
 * The HTML Pagefind indexes for a page: the page itself plus, at the end of its body, its compounds' parts. Null
 * for a page without `data-pagefind-body`, which Pagefind leaves out once any page has one.
 */
function indexedHtml(html: string, compounds: boolean): { html: string; text: string; added: boolean } | null {
  const body = pagefindBody(html);
  if (!body) return null;
  if (!compounds) return { html, text: body.text, added: false };
  // A synonym stands for the page's own term, so it weighs more than a compound's part, which is one word in many.
  const withParts = withIndexOnlyText(html, body, compoundIndexText(body.text), COMPOUND_WEIGHT);
  const withSynonyms = withIndexOnlyText(withParts, body, synonymIndexText(body.text), SYNONYM_WEIGHT);
  const title = headingText(html);
  const withTitleParts = withIndexOnlyText(withSynonyms, body, compoundIndexText(title), TITLE_PART_WEIGHT);
  const amended = withIndexOnlyText(withTitleParts, body, synonymIndexText(title), TITLE_SYNONYM_WEIGHT);
  return { html: amended, text: body.text, added: amended !== html };
}

/** Indexes every page; returns how many got compound parts and how long the splitting took. */
async function addPages(
  index: pagefind.PagefindIndex,
  root: string,
  compounds: boolean,
): Promise<{ pages: number; withParts: number; splitMs: number; texts: string[] }> {
  let withParts = 0;
  let splitMs = 0;
  let pages = 0;
  const texts: string[] = [];
  const files = await htmlFiles(root);
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const started = performance.now();
    const indexed = indexedHtml(html, compounds);
    splitMs += performance.now() - started;
    if (!indexed) continue;
    pages += 1;
    texts.push(indexed.text);
    if (indexed.added) withParts += 1;
    const result = await index.addHTMLFile({ sourcePath: relative(root, file), content: indexed.html });
    if (result.errors.length > 0) fail(`${relative(root, file)} indexeren`, result.errors);
  }
  return { pages, withParts, splitMs, texts };
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind: ${step} mislukt:\n${errors.join('\n')}`);
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'piva:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const bundleDir = join(root, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) fail('index aanmaken', errors);
          const added = await addPages(index, root, process.env.SEARCH_COMPOUNDS !== 'off');
          logger.info(
            `samenstellingen gesplitst op ${added.withParts} van ${added.pages} pagina's in ${Math.round(added.splitMs)} ms (alleen in de index)`,
          );
          // The visible text only: corrections should be words visitors can read on the site.
          const vocabulary = buildVocabulary(added.texts);
          const vocabularyFile = join(root, VOCABULARY_PATH);
          await mkdir(join(vocabularyFile, '..'), { recursive: true });
          await writeFile(vocabularyFile, JSON.stringify(vocabulary));
          logger.info(`woordenlijst voor "Bedoelde u …?": ${Object.keys(vocabulary).length} woorden`);
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length > 0) fail('index schrijven', written.errors);
        } finally {
          await pagefind.close();
        }
        const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const languages = Object.keys(entry.languages);
        if (languages.length !== 1 || languages[0] !== LANGUAGE) {
          // A page in another language (or without lang) would get its own index that the search page never loads.
          throw new Error(`Pagefind: verwacht alleen taal ${LANGUAGE}, gevonden: ${languages.join(', ')}`);
        }
        const pages = entry.languages[LANGUAGE]!.page_count;
        removeUnusedFiles(bundleDir);
        const size = bundleSize(bundleDir);
        logger.info(
          `${pages} pagina's geïndexeerd; index ${size.indexBytes} bytes (${Math.round(size.indexBytes / pages)} per pagina), bundel ${size.totalBytes} bytes`,
        );
      },
    },
  };
}
