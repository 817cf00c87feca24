import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatSummary,
  measurePages,
  overBudget,
  parseBudgets,
  summarizeByKind,
  type Budgets,
} from '../../scripts/lib/budgets.ts';
import { moduleImports } from '../../scripts/lib/page-weight.ts';
import { PAGE_KINDS } from '../../scripts/lib/page-kind.ts';
import { routes } from '../../src/lib/site/routes.ts';

const page = (head: string, body = '<h1>x</h1>') =>
  `<!DOCTYPE html><html lang="nl"><head><title>t</title>${head}</head><body>${body}</body></html>`;

describe('moduleImports', () => {
  it('finds static, dynamic (also in template literals), preload-list and absolute script paths', () => {
    const code = `import{a as b}from"./shared.js";import"./side.js";const m=()=>import(\`./lazy.js\`);
      const d=["_astro/lazy.css","_astro/lazy.js"];const p="/pagefind/pagefind.js";const t="niet een pad";`;
    expect(moduleImports(code).sort()).toEqual(
      ['./lazy.js', './shared.js', './side.js', '/pagefind/pagefind.js', '_astro/lazy.css', '_astro/lazy.js'].sort(),
    );
  });
});

describe('measurePages', () => {
  let dist: string;
  const files: Record<string, string> = {
    'index.html': page('<link rel="stylesheet" href="/_astro/site.css">'),
    'leden/index.html': page(
      '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/map.js"></script>',
      '<member-map data-src="/leden/kaart.json"></member-map>',
    ),
    'leden/kaart.json': JSON.stringify({ authorities: ['gent', 'zele'] }),
    'leden/gent/index.html': page('<link rel="stylesheet" href="/_astro/site.css">', '<p>Gent</p>'.repeat(40)),
    '_astro/site.css': 'body{margin:0}'.repeat(20),
    '_astro/map.js': 'import{x}from"./shared.js";const l=()=>import(`./leaflet.js`);const d=["_astro/leaflet.css"];',
    '_astro/shared.js': 'export const x=1;',
    '_astro/leaflet.js': 'import{x}from"./shared.js";export default "leaflet".repeat(50);',
    '_astro/leaflet.css': '.leaflet{}'.repeat(30),
    '_astro/unused.js': 'console.log("not on any page")',
  };
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'budgets-test-'));
    for (const [file, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), content);
    }
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('counts a page without scripts as 0 bytes of JavaScript', () => {
    const home = measurePages(dist).find((p) => p.path === '/')!;
    expect(home).toMatchObject({ kind: 'home', html: gz('index.html'), css: gz('_astro/site.css'), js: 0 });
  });

  it('follows a module script to its imports, its lazy chunks, their stylesheets and the data the island fetches', () => {
    const members = measurePages(dist).find((p) => p.path === routes.members())!;
    expect(members.kind).toBe('leden');
    expect(members.jsFiles).toEqual(['/_astro/leaflet.js', '/_astro/map.js', '/_astro/shared.js', '/leden/kaart.json']);
    expect(members.cssFiles).toEqual(['/_astro/leaflet.css', '/_astro/site.css']);
    expect(members.js).toBe(
      gz('_astro/map.js') + gz('_astro/shared.js') + gz('_astro/leaflet.js') + gz('leden/kaart.json'),
    );
    expect(members.css).toBe(gz('_astro/site.css') + gz('_astro/leaflet.css'));
  });

  it('summarises per kind and reports each page over its budget', () => {
    const pages = measurePages(dist);
    const summary = summarizeByKind(pages);
    expect(summary.map((s) => s.kind)).toEqual(['home', 'leden', 'bestuur']);
    const budgets = Object.fromEntries(PAGE_KINDS.map((k) => [k, { html: 100_000, css: 100_000, js: 0 }])) as Budgets;
    expect(overBudget(pages, budgets)).toEqual([
      {
        path: routes.members(),
        kind: 'leden',
        metric: 'js',
        actual: pages.find((p) => p.path === routes.members())!.js,
        budget: 0,
      },
    ]);
    expect(formatSummary(summary, budgets)).toMatch(/^leden\s+1\s+/m);
  });
});

describe('parseBudgets', () => {
  const complete = { kinds: Object.fromEntries(PAGE_KINDS.map((k) => [k, { html: 1, css: 2, js: 0 }])) };

  it('accepts a budget for every kind', () => {
    expect(parseBudgets(complete).leden).toEqual({ html: 1, css: 2, js: 0 });
  });

  it('names missing kinds, unknown kinds and bad numbers', () => {
    const rest = Object.fromEntries(Object.entries(complete.kinds).filter(([kind]) => kind !== 'leden'));
    const bad = { kinds: { ...rest, home: { html: -1, css: 2, js: 0 }, blog: { html: 1, css: 1, js: 1 } } };
    expect(() => parseBudgets(bad)).toThrow('budgets.json: veld "kinds.leden": ontbreekt');
    expect(() => parseBudgets(bad)).toThrow(
      'budgets.json: veld "kinds.home.html": moet een geheel aantal bytes ≥ 0 zijn',
    );
    expect(() => parseBudgets(bad)).toThrow('budgets.json: veld "kinds": onbekend veld: blog');
  });
});
