/** The Pagefind bundle in dist/pagefind/: which files the site needs and how big the index is. */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files for Pagefind's ready-made interfaces; the site has its own, so the build removes them. */
const UNUSED_PAGEFIND_FILE = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;

/** Removes the unused interface files from a bundle directory; returns their names. */
export function removeUnusedFiles(bundleDir: string): string[] {
  const unused = readdirSync(bundleDir).filter((name) => UNUSED_PAGEFIND_FILE.test(name));
  for (const name of unused) rmSync(join(bundleDir, name));
  return unused;
}

export interface BundleSize {
  /** Every file of the bundle: search code, WebAssembly and index. */
  totalBytes: number;
  /** The index proper: word index, page fragments, filters and metadata (what grows with the content). */
  indexBytes: number;
  files: number;
}

export function bundleSize(bundleDir: string): BundleSize {
  const size: BundleSize = { totalBytes: 0, indexBytes: 0, files: 0 };
  for (const entry of readdirSync(bundleDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const bytes = statSync(join(entry.parentPath, entry.name)).size;
    size.totalBytes += bytes;
    size.files += 1;
    if (/\.pf_(?:index|fragment|filter|meta)$/.test(entry.name)) size.indexBytes += bytes;
  }
  return size;
}
