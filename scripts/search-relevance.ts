/**
 * The relevance suite (tests/search-relevance.json) against a built site: for each query, what the search page
 * shows first (Pagefind's order, the page titled like the query first), and when the query finds fewer than three
 * results, what the first "Bedoelde u …?" suggestion finds: one click for the visitor.
 */
import { readFile } from 'node:fs/promises';
import { titleMatchFirst } from '../src/lib/search/search-state.ts';
import { suggestQueries, VOCABULARY_PATH, type Vocabulary } from '../src/lib/search/suggest.ts';
import { loadPagefind } from './pagefind-node.ts';

export interface RelevanceCase {
  kind: string;
  query: string;
  filters?: Record<string, string>;
  top3: string[];
  /** One of top3 suffices (a broad query with several right answers); default: every one must be there. */
  any?: boolean;
}

export interface RelevanceOutcome {
  case: RelevanceCase;
  ran: string;
  top: string[];
  hit: boolean;
  /** 1 / rank of the first expected page in the first ten, 0 when absent. */
  reciprocalRank: number;
}

export async function readSuite(file = 'tests/search-relevance.json'): Promise<RelevanceCase[]> {
  const data = JSON.parse(await readFile(file, 'utf8')) as { queries: RelevanceCase[] };
  return data.queries;
}

export async function runSuite(cases: RelevanceCase[], dist = 'dist'): Promise<RelevanceOutcome[]> {
  const pagefind = await loadPagefind(dist);
  const vocabulary = JSON.parse(await readFile(`${dist}${VOCABULARY_PATH}`, 'utf8')) as Vocabulary;
  const ranked = async (query: string, filters: Record<string, string> | undefined) => {
    const found = await pagefind.search(query, filters ? { filters } : {});
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    return { total: found.results.length, urls: titleMatchFirst(query, data).map((d) => d.url) };
  };
  const outcomes: RelevanceOutcome[] = [];
  for (const item of cases) {
    let ran = item.query;
    let result = await ranked(item.query, item.filters);
    if (result.total < 3) {
      const [suggestion] = suggestQueries(item.query, vocabulary);
      if (suggestion) {
        ran = suggestion;
        result = await ranked(suggestion, item.filters);
      }
    }
    const top = result.urls.slice(0, 3);
    const hit = item.any ? item.top3.some((url) => top.includes(url)) : item.top3.every((url) => top.includes(url));
    const rank = result.urls.findIndex((url) => item.top3.includes(url));
    outcomes.push({ case: item, ran, top, hit, reciprocalRank: rank < 0 ? 0 : 1 / (rank + 1) });
  }
  return outcomes;
}

export function summary(outcomes: RelevanceOutcome[]): { hitAt3: number; mrr: number } {
  const n = outcomes.length || 1;
  return {
    hitAt3: outcomes.filter((o) => o.hit).length / n,
    mrr: outcomes.reduce((sum, o) => sum + o.reciprocalRank, 0) / n,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const outcomes = await runSuite(await readSuite(), process.argv[2] ?? 'dist');
  for (const o of outcomes) {
    const via = o.ran === o.case.query ? '' : ` (via "${o.ran}")`;
    console.log(`${o.hit ? 'ok  ' : 'MISS'} ${o.case.kind.padEnd(13)} ${o.case.query}${via} -> ${o.top.join(' ')}`);
  }
  const { hitAt3, mrr } = summary(outcomes);
  console.log(`hit@3 ${(hitAt3 * 100).toFixed(1)}%  MRR ${mrr.toFixed(3)}  (${outcomes.length} queries)`);
}
