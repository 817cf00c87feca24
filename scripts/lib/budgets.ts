/**
 * Performance budgets: every page of dist/ measured with src/lib/page-weight.ts (gzip bytes of its HTML, the
 * stylesheets it links and the JavaScript it can load), grouped by kind of page (src/lib/page-kind.ts) and held
 * against budgets.json. Used by check-budgets; the bench can print the same summary.
 */
import { PAGE_KINDS, type PageKind, pageKind } from './page-kind.ts';
import { pageWeight } from './page-weight.ts';
import { z } from 'astro/zod';
import { DataValidationError, parseWith, type DataIssue } from '../../src/lib/members/dataset.ts';
import { listFiles, pageUrlOf } from './links.ts';

export interface PageBytes {
  /** URL path, `/diensten/`. */
  path: string;
  kind: PageKind;
  /** Gzip bytes. */
  html: number;
  css: number;
  /** JavaScript and the data files its islands fetch. */
  js: number;
  /** Site paths of the files counted. */
  cssFiles: string[];
  jsFiles: string[];
}

interface Budget {
  html: number;
  css: number;
  js: number;
}
export type Budgets = Record<PageKind, Budget>;

const METRICS = ['html', 'css', 'js'] as const;
type Metric = (typeof METRICS)[number];

/** Gzip bytes of every HTML page of `distDir`, with its kind. */
export function measurePages(distDir: string): PageBytes[] {
  return listFiles(distDir, '.html').map((file) => {
    const path = pageUrlOf(file);
    const weight = pageWeight(distDir, path);
    return {
      path,
      kind: pageKind(path),
      html: weight.html.gzip,
      css: weight.css.gzip,
      // An island's data is part of what its script costs: /leden/ has one budget for the map code and its data.
      js: weight.js.gzip + weight.data.gzip,
      cssFiles: [...weight.cssFiles].sort(),
      jsFiles: [...weight.jsFiles, ...weight.dataFiles].sort(),
    };
  });
}

export interface KindSummary {
  kind: PageKind;
  pages: number;
  median: Record<Metric, number>;
  max: Record<Metric, number>;
  /** Path of the heaviest page (HTML + CSS + JS). */
  largest: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Median and maximum per kind of page, for the kinds that have pages, in PAGE_KINDS order. */
export function summarizeByKind(pages: readonly PageBytes[]): KindSummary[] {
  return PAGE_KINDS.flatMap((kind) => {
    const ofKind = pages.filter((page) => page.kind === kind);
    if (ofKind.length === 0) return [];
    const total = (page: PageBytes) => page.html + page.css + page.js;
    const largest = ofKind.reduce((a, b) => (total(b) > total(a) ? b : a));
    const stat = (pick: (values: number[]) => number) =>
      Object.fromEntries(METRICS.map((metric) => [metric, pick(ofKind.map((page) => page[metric]))])) as Record<
        Metric,
        number
      >;
    return [
      {
        kind,
        pages: ofKind.length,
        median: stat(median),
        max: stat((values) => Math.max(...values)),
        largest: largest.path,
      },
    ];
  });
}

const byteCount = z
  .number({ error: 'moet een geheel aantal bytes ≥ 0 zijn' })
  .int({ error: 'moet een geheel aantal bytes ≥ 0 zijn' })
  .min(0, { error: 'moet een geheel aantal bytes ≥ 0 zijn' });
const budgetSchema = z.strictObject(
  { html: byteCount, css: byteCount, js: byteCount },
  {
    error: (issue) =>
      issue.input === undefined
        ? 'ontbreekt: elke soort pagina (src/lib/page-kind.ts) heeft een budget'
        : 'moet een object zijn',
  },
);
const budgetsFileSchema = z.strictObject({
  about: z.string().optional(),
  kinds: z.strictObject(
    Object.fromEntries(PAGE_KINDS.map((kind) => [kind, budgetSchema])) as Record<PageKind, typeof budgetSchema>,
  ),
});

/** Reads budgets.json; every kind of page needs a budget of whole, non-negative byte counts. */
export function parseBudgets(json: unknown, source = 'budgets.json'): Budgets {
  const issues: DataIssue[] = [];
  const file = parseWith(budgetsFileSchema, json, source, issues);
  if (!file) throw new DataValidationError(issues);
  return file.kinds;
}

export interface BudgetExcess {
  path: string;
  kind: PageKind;
  metric: Metric;
  actual: number;
  budget: number;
}

export function overBudget(pages: readonly PageBytes[], budgets: Budgets): BudgetExcess[] {
  return pages.flatMap((page) =>
    METRICS.filter((metric) => page[metric] > budgets[page.kind][metric]).map((metric) => ({
      path: page.path,
      kind: page.kind,
      metric,
      actual: page[metric],
      budget: budgets[page.kind][metric],
    })),
  );
}

/** Plain-text table: per kind the number of pages, median / max per metric and, when given, the budget. */
export function formatSummary(summaries: readonly KindSummary[], budgets?: Budgets): string {
  const header = [
    'kind',
    'pages',
    ...METRICS.map((m) => `${m} median/max${budgets ? ' (budget)' : ''}`),
    'largest page',
  ];
  const rows = summaries.map((summary) => [
    summary.kind,
    String(summary.pages),
    ...METRICS.map(
      (metric) =>
        `${summary.median[metric]} / ${summary.max[metric]}${budgets ? ` (${budgets[summary.kind][metric]})` : ''}`,
    ),
    summary.largest,
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
