/**
 * How far the Dutch decompounder reaches on the built site: of the distinct words of 12 letters or more in the
 * indexed text, how many split, with an evenly spread sample of splits to check by hand, and the time the splitting
 * takes. Figures only. Usage: node scripts/compound-report.ts [dist] [sample size]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { splitCompound, words } from '../src/lib/search/compounds.ts';
import { pagefindBody } from '../src/lib/search/pagefind-html.ts';

const LONG = 12;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function compoundReport(dist: string, sampleSize = 30): string {
  const long = new Set<string>();
  for (const file of htmlFiles(dist)) {
    const body = pagefindBody(readFileSync(file, 'utf8'));
    if (!body) continue;
    for (const word of words(body.text)) if (word.length >= LONG) long.add(word);
  }
  const sorted = [...long].sort();
  const started = performance.now();
  const splits = sorted.map((word) => ({ word, parts: splitCompound(word) }));
  const ms = performance.now() - started;
  const split = splits.filter((s) => s.parts);
  const step = Math.max(1, Math.floor(split.length / sampleSize));
  const sample = split.filter((_, i) => i % step === 0).slice(0, sampleSize);
  return [
    `Compounds (${dist}): ${split.length} of ${sorted.length} distinct words of ${LONG}+ letters split (${((split.length / Math.max(1, sorted.length)) * 100).toFixed(1)}%), ${ms.toFixed(0)} ms to split them`,
    `Sample of ${sample.length}, every ${step}th split:`,
    ...sample.map((s) => `- ${s.word} → ${s.parts!.join(' + ')}`),
  ].join('\n');
}

if (import.meta.main) {
  console.log(compoundReport(process.argv[2] ?? 'dist', Number(process.argv[3] ?? 30)));
}
