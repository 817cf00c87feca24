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
  // One line per kind and metric: a shared component usually pushes every page of a kind over at once.
  const groups = new Map<string, typeof excess>();
  for (const item of excess)
    groups.set(`${item.kind} ${item.metric}`, [...(groups.get(`${item.kind} ${item.metric}`) ?? []), item]);
  const lines = [...groups.values()].map((items) => {
    const worst = items.reduce((a, b) => (b.actual > a.actual ? b : a));
    const zeroJs =
      worst.budget === 0 && worst.metric === 'js' ? ' (this kind of page has no island: no JavaScript allowed)' : '';
    return `  ${worst.kind} ${worst.metric}: ${items.length} page(s) over ${worst.budget} bytes, largest ${worst.path} with ${worst.actual}${zeroJs}`;
  });
  console.error(`\nBudgets in budgets.json exceeded:\n${lines.join('\n')}`);
  process.exit(1);
}
