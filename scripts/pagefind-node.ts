/**
 * Runs the built site's own Pagefind bundle (dist/pagefind/pagefind.js) in Node, so the relevance suite and the
 * bench query exactly the index visitors download, without a browser. Pagefind fetches its files by URL; fetch is
 * answered from dist/.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_RANKING } from '../src/lib/search/search-state.ts';
import { routes } from '../src/lib/site/routes.ts';

export interface NodePagefindResult {
  id: string;
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}

export interface NodePagefind {
  search: (
    query: string,
    options?: { filters?: Record<string, string> },
  ) => Promise<{ results: NodePagefindResult[]; filters: Record<string, Record<string, number>> }>;
}

export async function loadPagefind(dist = 'dist'): Promise<NodePagefind> {
  const root = pathToFileURL(`${resolve(dist)}/`);
  const networkFetch = globalThis.fetch;
  // Only Pagefind's own requests (site paths and file: URLs) are answered from dist/; a real http(s) URL still goes
  // to the network, so the bench can wait for its preview server after running the suite.
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const text = input instanceof Request ? input.url : String(input);
    if (/^https?:\/\//.test(text)) return networkFetch(input, init);
    const file = text.startsWith('file:')
      ? fileURLToPath(text)
      : fileURLToPath(new URL(`.${new URL(text, 'http://site').pathname}`, root));
    return new Response(await readFile(file));
  };
  const pagefind = (await import(new URL('pagefind/pagefind.js', root).href)) as NodePagefind & {
    options: (options: Record<string, unknown>) => Promise<void>;
    init: () => Promise<void>;
  };
  await pagefind.options({ basePath: routes.pagefind(), ranking: PAGEFIND_RANKING });
  await pagefind.init();
  return pagefind;
}
