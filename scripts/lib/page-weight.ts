/**
 * What a built page costs a visitor: its HTML plus the CSS and JavaScript files it loads, raw and gzipped.
 * Reads dist/ only; shared by the benchmark and the budget check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  gzip: number;
}
export interface PageWeight {
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Data files the page's islands fetch, named in `data-src` attributes (the member map's kaart.json). */
  data: Bytes;
  cssFiles: string[];
  jsFiles: string[];
  dataFiles: string[];
}

function bytesOf(content: Buffer | string): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

function add(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** Resolves a URL found in a page or module to a file path in dist/, or undefined for other hosts. */
function toDistPath(distDir: string, url: string, from: string): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
  const path = url.startsWith('/') ? url : posix.join(posix.dirname(from), url);
  return join(distDir, path.split(/[?#]/)[0]!);
}

/**
 * Script and stylesheet paths a bundled module names in string literals: static and dynamic imports ("./x.js", and
 * `./x.js` since Rolldown writes template literals), Vite's preload lists ("_astro/x.css", relative to the site root)
 * and absolute paths ("/pagefind/pagefind.js", often held in a variable before `import(url)`). Candidates only: the
 * caller keeps the ones that exist in dist/.
 * Not es-module-lexer: it reports only import specifiers, while the preload lists and variable-held URLs are plain
 * string literals outside any import, so the lexer would miss exactly the chunks an island loads on demand.
 */
export function moduleImports(code: string): string[] {
  const specifiers = new Set<string>();
  for (const match of code.matchAll(/["'`]((?:\.{1,2}\/|\/|_astro\/)[\w\-./@~]*?\.(?:m?js|css))(?:\?[^"'`]*)?["'`]/g)) {
    specifiers.add(match[1]!);
  }
  return [...specifiers];
}

/** The dist/ file a module's specifier names: relative to the module, or to the site root for preload lists. */
function resolveSpecifier(distDir: string, file: string, specifier: string): string {
  if (specifier.startsWith('/')) return join(distDir, specifier);
  if (specifier.startsWith('.')) return join(dirname(file), specifier);
  return join(distDir, specifier);
}

/**
 * Weight of one page. `pagePath` is the URL path of the page ("/diensten/"). JavaScript counts the module scripts
 * the page references and every chunk they import, statically or dynamically, so an island's lazily loaded library
 * is included; files outside dist/ (the Pagefind index) are not. `data` counts the files an island fetches by its
 * `data-src` attribute, only when the page has scripts to fetch them.
 */
export function pageWeight(distDir: string, pagePath: string): PageWeight {
  const htmlFile = join(distDir, pagePath, pagePath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(htmlFile, 'utf8');
  const cssFiles = new Set<string>();
  const jsFiles = new Set<string>();
  for (const match of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    const file = toDistPath(distDir, match[1]!, pagePath);
    if (file) cssFiles.add(file);
  }
  const queue: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*src="([^"]+)"/g)) {
    const file = toDistPath(distDir, match[1]!, pagePath);
    if (file) queue.push(file);
  }
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (jsFiles.has(file) || !existsSync(file)) continue;
    jsFiles.add(file);
    const code = readFileSync(file, 'utf8');
    for (const specifier of moduleImports(code)) {
      const target = resolveSpecifier(distDir, file, specifier);
      if (!existsSync(target) || target === file) continue;
      if (target.endsWith('.css')) cssFiles.add(target);
      else queue.push(target);
    }
  }
  const dataFiles = new Set<string>();
  if (jsFiles.size > 0) {
    for (const match of html.matchAll(/\sdata-src="([^"]+)"/g)) {
      const file = toDistPath(distDir, match[1]!, pagePath);
      if (file && existsSync(file)) dataFiles.add(file);
    }
  }
  const sum = (files: Set<string>) =>
    [...files].filter(existsSync).reduce((total, f) => add(total, bytesOf(readFileSync(f))), { raw: 0, gzip: 0 });
  return {
    html: bytesOf(html),
    css: sum(cssFiles),
    js: sum(jsFiles),
    data: sum(dataFiles),
    cssFiles: [...cssFiles].map((f) => f.slice(distDir.length)),
    jsFiles: [...jsFiles].map((f) => f.slice(distDir.length)),
    dataFiles: [...dataFiles].map((f) => f.slice(distDir.length)),
  };
}
