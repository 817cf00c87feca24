/**
 * Builds the Pagefind search index over dist/ after every build, so `npm run build` gives a searchable site.
 *
 * Before indexing, each page's `data-pagefind-body` gets the parts of its Dutch compounds as hidden, low-weight
 * text (src/lib/compounds.ts), so "consulent" finds "informatieveiligheidsconsulent". SEARCH_COMPOUNDS=off skips
 * that step, to measure what it costs.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { compoundIndexText } from '../lib/compounds.ts';
import { bundleSize, removeUnusedFiles } from '../lib/pagefind-bundle.ts';
import { pagefindBody, withIndexOnlyText } from '../lib/pagefind-html.ts';

/** Every page is written in this language (BaseLayout); the browser loads the index of the page's language. */
const LANGUAGE = 'nl-be';

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/')).map((path) => join(root, path));
}

/** Adds compound parts to every indexed page; returns the number of pages changed and the bytes added. */
async function addCompoundParts(root: string): Promise<{ pages: number; bytes: number }> {
  let pages = 0;
  let bytes = 0;
  for (const file of await htmlFiles(root)) {
    const html = await readFile(file, 'utf8');
    const body = pagefindBody(html);
    if (!body) continue;
    const amended = withIndexOnlyText(html, body, compoundIndexText(body.text));
    if (amended === html) continue;
    await writeFile(file, amended);
    pages += 1;
    bytes += Buffer.byteLength(amended) - Buffer.byteLength(html);
  }
  return { pages, bytes };
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
        if (process.env.SEARCH_COMPOUNDS !== 'off') {
          const added = await addCompoundParts(root);
          logger.info(`samenstellingen gesplitst op ${added.pages} pagina's (${added.bytes} bytes HTML)`);
        }
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) fail('index aanmaken', errors);
          const indexed = await index.addDirectory({ path: root });
          if (indexed.errors.length > 0) fail('pagina\'s indexeren', indexed.errors);
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
