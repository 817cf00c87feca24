import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSize, removeUnusedFiles } from '../../../src/lib/search/pagefind-bundle.ts';

function fakeBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pagefind-'));
  const files: Record<string, number> = {
    'pagefind.js': 100,
    'pagefind-worker.js': 50,
    'pagefind-ui.js': 400,
    'pagefind-ui.css': 40,
    'pagefind-component-ui.js': 300,
    'pagefind-modular-ui.css': 30,
    'pagefind-highlight.js': 20,
    'wasm.nl-be.pagefind': 60,
    'pagefind.nl-be_1.pf_meta': 5,
    'index/nl-be_1.pf_index': 70,
    'fragment/nl-be_1.pf_fragment': 11,
    'fragment/nl-be_2.pf_fragment': 9,
    'filter/nl-be_1.pf_filter': 3,
  };
  mkdirSync(join(dir, 'index'));
  mkdirSync(join(dir, 'fragment'));
  mkdirSync(join(dir, 'filter'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), 'x'.repeat(bytes));
  return dir;
}

describe('pagefind bundle', () => {
  it('removes only the files of the ready-made interfaces', () => {
    const dir = fakeBundle();
    expect(removeUnusedFiles(dir).sort()).toEqual([
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
      'pagefind-modular-ui.css',
      'pagefind-ui.css',
      'pagefind-ui.js',
    ]);
    expect(readdirSync(dir).sort()).toEqual([
      'filter',
      'fragment',
      'index',
      'pagefind-worker.js',
      'pagefind.js',
      'pagefind.nl-be_1.pf_meta',
      'wasm.nl-be.pagefind',
    ]);
  });

  it('counts all bytes and, separately, the index files', () => {
    const dir = fakeBundle();
    removeUnusedFiles(dir);
    expect(bundleSize(dir)).toEqual({ totalBytes: 308, indexBytes: 98, files: 8 });
  });
});
