/**
 * Times the search page in headless Chromium against a running site:
 * (a) the first query, from typing to its results in the page, while Pagefind and its index are not yet loaded;
 * (b) the median of further queries once the index is loaded.
 *
 * Usage: node scripts/search-timing.ts http://localhost:4321   (the site must be built and served, e.g. npm start)
 * `npm run bench` imports measureSearchTiming().
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browser.ts';
import { routes } from '../src/lib/site/routes.ts';

/** The first query, typed on a freshly opened page. */
export const FIRST_QUERY = 'wachtwoord';
/** Further queries: words the site's content has, all different from each other and from the first. */
export const FURTHER_QUERIES = ['GRB', 'phishing', 'datalek', 'consulent', 'register', 'back-up', 'QGIS', 'NIS2', 'samenwerking', 'risicoanalyse'];

export interface QueryTiming {
  query: string;
  ms: number;
  results: number;
}

export interface SearchTiming {
  first: QueryTiming;
  further: QueryTiming[];
  medianMs: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Measured inside the page: from setting the field's value and firing `input` (what typing does) until the
 * `site-search` element has put that query's first page of results (or its no-result message) in the DOM, which
 * it announces with the `site-search:rendered` event.
 */
function typeAndTime(query: string): Promise<{ ms: number; results: number }> {
  return new Promise((resolve, reject) => {
    const element = document.querySelector('site-search');
    const input = element?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!element || !input) {
      reject(new Error('no site-search element with a q field on this page'));
      return;
    }
    const timeout = setTimeout(() => reject(new Error(`no results rendered for "${query}" within 20 s`)), 20_000);
    const start = performance.now();
    const done = (event: Event) => {
      const detail = (event as CustomEvent<{ query: string; total: number }>).detail;
      if (detail.query !== query) return;
      element.removeEventListener('site-search:rendered', done);
      clearTimeout(timeout);
      resolve({ ms: performance.now() - start, results: detail.total });
    };
    element.addEventListener('site-search:rendered', done);
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function measureSearchTiming(
  baseUrl: string,
  queries: { first?: string; further?: string[] } = {},
): Promise<SearchTiming> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    // A new context has an empty cache: the first query really downloads Pagefind and its index.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(routes.search(), baseUrl).href, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('site-search') !== undefined);
    const firstQuery = queries.first ?? FIRST_QUERY;
    const first = { query: firstQuery, ...(await page.evaluate(typeAndTime, firstQuery)) };
    const further: QueryTiming[] = [];
    for (const query of queries.further ?? FURTHER_QUERIES) {
      further.push({ query, ...(await page.evaluate(typeAndTime, query)) });
    }
    return { first, further, medianMs: median(further.map((t) => t.ms)) };
  } finally {
    await browser.close();
  }
}

export function formatSearchTiming(timing: SearchTiming): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const times = timing.further.map((t) => t.ms);
  return [
    `first query, index not loaded ("${timing.first.query}", ${timing.first.results} results): ${ms(timing.first.ms)}`,
    `median of ${timing.further.length} further queries, index loaded: ${ms(timing.medianMs)} ` +
      `(min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))})`,
    ...timing.further.map((t) => `  - "${t.query}": ${ms(t.ms)}, ${t.results} results`),
  ].join('\n');
}

if (import.meta.main) {
  const baseUrl = process.argv[2] ?? 'http://localhost:4321';
  measureSearchTiming(baseUrl)
    .then((timing) => console.log(`Search timing on ${baseUrl}\n${formatSearchTiming(timing)}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
