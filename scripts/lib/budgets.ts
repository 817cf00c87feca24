/**
 * Page weight over a built site: per page the gzip bytes of its HTML, the stylesheets it links and the JavaScript it
 * can load (module scripts, their imports and the chunks they import on demand). Used by check-budgets and the bench.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGE_KINDS, type PageKind, pageKind } from '../../src/lib/page-kind.ts';
import { scanTags } from './html-scan.ts';
import { listFiles, pageUrlOf } from './links.ts';

export interface PageWeight {
  /** URL path, `/diensten/`. */
  path: string;
  kind: PageKind;
  /** Gzip bytes. */
  html: number;
  css: number;
  js: number;
  /** Site paths of the files counted. */
  cssFiles: string[];
  jsFiles: string[];
}

export interface Budget {
  html: number;
  css: number;
  js: number;
}
export type Budgets = Record<PageKind, Budget>;

export const METRICS = ['html', 'css', 'js'] as const;
export type Metric = (typeof METRICS)[number];

/**
 * Script and stylesheet paths written as string literals in a bundled script: static `import … from "./x.js"`,
 * dynamic `import("./x.js")`, Vite's preload lists (`"_astro/x.css"`) and absolute ones (`"/pagefind/pagefind.js"`).
 * Only candidates: the caller keeps those that exist.
 */
export function scriptReferences(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/["'`]((?:\.{1,2}\/|\/|_astro\/)[\w\-./@~]*?\.(?:m?js|css))(?:\?[^"'`]*)?["'`]/g)) {
    found.add(match[1]!);
  }
  return [...found];
}

/** Measures every HTML page of `distDir`. */
export function measurePages(distDir: string): PageWeight[] {
  const gzipCache = new Map<string, number>();
  const gzipped = (sitePath: string): number => {
    let size = gzipCache.get(sitePath);
    if (size === undefined) {
      size = gzipSync(readFileSync(join(distDir, sitePath.slice(1)))).length;
      gzipCache.set(sitePath, size);
    }
    return size;
  };
  const exists = (sitePath: string) => {
    const full = join(distDir, sitePath.slice(1));
    return existsSync(full) && statSync(full).isFile();
  };
  /** Site path a reference means, relative to the file it is in; undefined when nothing is there. */
  const resolveFrom = (fromPath: string, reference: string): string | undefined => {
    const candidates = reference.startsWith('/')
      ? [reference]
      : [posix.join(posix.dirname(fromPath), reference), posix.join('/', reference)];
    return candidates.find(exists);
  };

  const scriptGraph = new Map<string, string[]>();
  const referencesOf = (sitePath: string): string[] => {
    let refs = scriptGraph.get(sitePath);
    if (!refs) {
      const code = readFileSync(join(distDir, sitePath.slice(1)), 'utf8');
      refs = scriptReferences(code)
        .map((reference) => resolveFrom(sitePath, reference))
        .filter((path): path is string => path !== undefined && path !== sitePath);
      scriptGraph.set(sitePath, refs);
    }
    return refs;
  };

  return listFiles(distDir, '.html').map((file) => {
    const path = pageUrlOf(file);
    const tags = scanTags(readFileSync(join(distDir, file), 'utf8'));
    const css = new Set<string>();
    const js = new Set<string>();
    const pending: string[] = [];
    for (const tag of tags) {
      const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = tag.attrs.get('href');
      const src = tag.attrs.get('src');
      let target: string | undefined;
      if (tag.name === 'link' && href && rel.includes('stylesheet')) {
        target = resolveFrom(path, href);
        if (target) css.add(target);
      } else if ((tag.name === 'script' && src) || (tag.name === 'link' && href && rel.includes('modulepreload'))) {
        target = resolveFrom(path, (src ?? href)!);
        if (target) pending.push(target);
      }
    }
    while (pending.length > 0) {
      const script = pending.pop()!;
      if (js.has(script)) continue;
      js.add(script);
      for (const reference of referencesOf(script)) {
        if (reference.endsWith('.css')) css.add(reference);
        else if (!js.has(reference)) pending.push(reference);
      }
    }
    const sum = (paths: Set<string>) => [...paths].reduce((total, sitePath) => total + gzipped(sitePath), 0);
    return {
      path,
      kind: pageKind(path),
      html: gzipSync(readFileSync(join(distDir, file))).length,
      css: sum(css),
      js: sum(js),
      cssFiles: [...css].sort(),
      jsFiles: [...js].sort(),
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
export function summarizeByKind(pages: readonly PageWeight[]): KindSummary[] {
  return PAGE_KINDS.flatMap((kind) => {
    const ofKind = pages.filter((page) => page.kind === kind);
    if (ofKind.length === 0) return [];
    const total = (page: PageWeight) => page.html + page.css + page.js;
    const largest = ofKind.reduce((a, b) => (total(b) > total(a) ? b : a));
    const stat = (pick: (values: number[]) => number) =>
      Object.fromEntries(METRICS.map((metric) => [metric, pick(ofKind.map((page) => page[metric]))])) as Record<Metric, number>;
    return [{ kind, pages: ofKind.length, median: stat(median), max: stat((values) => Math.max(...values)), largest: largest.path }];
  });
}

/** Reads budgets.json; every kind needs a budget of whole, non-negative byte counts. */
export function parseBudgets(json: unknown, source = 'budgets.json'): Budgets {
  const problems: string[] = [];
  const kinds = (json as { kinds?: unknown } | null)?.kinds;
  if (typeof kinds !== 'object' || kinds === null) throw new Error(`${source}: expected an object "kinds"`);
  const budgets = {} as Budgets;
  for (const kind of PAGE_KINDS) {
    const entry = (kinds as Record<string, unknown>)[kind] as Record<string, unknown> | undefined;
    if (!entry) {
      problems.push(`kinds.${kind}: missing`);
      continue;
    }
    for (const metric of METRICS) {
      const value = entry[metric];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
        problems.push(`kinds.${kind}.${metric}: expected a whole number of bytes ≥ 0`);
      }
    }
    budgets[kind] = { html: entry.html as number, css: entry.css as number, js: entry.js as number };
  }
  for (const kind of Object.keys(kinds)) {
    if (!(PAGE_KINDS as readonly string[]).includes(kind)) problems.push(`kinds.${kind}: not a kind of page (src/lib/page-kind.ts)`);
  }
  if (problems.length > 0) throw new Error(`${source}:\n  ${problems.join('\n  ')}`);
  return budgets;
}

export interface BudgetExcess {
  path: string;
  kind: PageKind;
  metric: Metric;
  actual: number;
  budget: number;
}

export function overBudget(pages: readonly PageWeight[], budgets: Budgets): BudgetExcess[] {
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
  const header = ['kind', 'pages', ...METRICS.map((m) => `${m} median/max${budgets ? ' (budget)' : ''}`), 'largest page'];
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
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
