/**
 * Fails when a page in dist/ is heavier than budgets.json allows for its kind (gzip bytes of HTML, CSS and
 * JavaScript); prints median and maximum per kind. Usage: node scripts/check-budgets.ts [dist]
 */
import { readFileSync } from 'node:fs';
import { formatSummary, measurePages, overBudget, parseBudgets, summarizeByKind } from './lib/budgets.ts';

const distDir = process.argv[2] ?? 'dist';
const budgets = parseBudgets(JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8')));
const pages = measurePages(distDir);
if (pages.length === 0) {
  console.error(`No HTML pages in ${distDir}/: build the site first (npm run build).`);
  process.exit(1);
}
console.log(`Page weight in gzip bytes, ${pages.length} pages:\n${formatSummary(summarizeByKind(pages), budgets)}`);
const excess = overBudget(pages, budgets);
if (excess.length > 0) {
  console.error(
    `\n${excess.length} budget(s) exceeded:\n${excess
      .map((e) => `  ${e.path} (${e.kind}): ${e.metric} ${e.actual} bytes > ${e.budget}${e.budget === 0 ? ' (no JavaScript on this kind of page)' : ''}`)
      .join('\n')}`,
  );
  process.exit(1);
}
