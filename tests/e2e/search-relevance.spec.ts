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
  for (const kind of ['word', 'compound-part', 'synonym', 'typo', 'two-words', 'filter']) expect(kinds, kind).toContain(kind);
});

test('every query puts its pages in the top 3', async () => {
  const misses = outcomes.filter((o) => !o.hit).map((o) => `${o.case.kind} "${o.case.query}" (ran "${o.ran}") -> ${o.top.join(' ')}`);
  expect(misses, `hit@3 ${(summary(outcomes).hitAt3 * 100).toFixed(1)}%`).toEqual([]);
});
