/**
 * The relevance suite (tests/search-relevance.json) against the built index in dist/, run through the site's own
 * Pagefind bundle in Node: each query's expected pages must be among the first three results a visitor sees
 * (for a query that finds fewer than three, after one click on the first "Bedoelde u …?" suggestion).
 */
import { expect, test } from '@playwright/test';
import { readSuite, runSuite, summary, type RelevanceOutcome } from '../../scripts/search-relevance.ts';

let outcomes: RelevanceOutcome[] = [];

test.beforeAll(async () => {
  outcomes = await runSuite(await readSuite());
});

test('the suite covers every kind of query, at least 40', async () => {
  expect(outcomes.length).toBeGreaterThanOrEqual(40);
  const kinds = new Set(outcomes.map((o) => o.case.kind));
  for (const kind of ['word', 'compound-part', 'synonym', 'typo', 'two-words', 'filter'])
    expect(kinds, kind).toContain(kind);
});

// The bar the suite must clear. One query may still miss (see the closing note of 2026-12-01): two pages with "GRB" in
// their title outrank the GRB article for the spelled-out name. Raise the bar when ranking improves; never lower it.
const MIN_HIT_AT_3 = 0.97;
const MIN_MRR = 0.88;

test('the queries put their pages in the top 3 (hit@3 and MRR above the bar)', async () => {
  const misses = outcomes
    .filter((o) => !o.hit)
    .map((o) => `${o.case.kind} "${o.case.query}" (ran "${o.ran}") -> ${o.top.join(' ')}`);
  const { hitAt3, mrr } = summary(outcomes);
  expect(hitAt3, `hit@3 ${(hitAt3 * 100).toFixed(1)}%, misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(
    MIN_HIT_AT_3,
  );
  expect(mrr, `MRR ${mrr.toFixed(3)}`).toBeGreaterThanOrEqual(MIN_MRR);
});
