/**
 * Compound parts for the search index, with the site's defaults: the OpenTaal lexicon, the overrides file and
 * split points on Dutch syllable boundaries (npm hyphen).
 */
import { createRequire } from 'node:module';
import { decompound, type DecompoundOptions } from './decompound.ts';
import { loadOverrides } from './decompound-overrides.ts';
import { dutchLexicon } from './lexicon.ts';

const require = createRequire(import.meta.url);
// hyphen ships CommonJS per language; its sync API keeps the build's text pass simple.
const { hyphenateSync } = require('hyphen/nl') as {
  hyphenateSync: (text: string, options: { hyphenChar: string }) => string;
};

/** Character offsets at which the Dutch patterns allow a break. */
export function syllableBoundaries(word: string): Set<number> {
  const marks = hyphenateSync(word, { hyphenChar: '|' }).split('|');
  const positions = new Set<number>();
  let offset = 0;
  for (const piece of marks.slice(0, -1)) positions.add((offset += piece.length));
  return positions;
}

let options: DecompoundOptions | null = null;

function defaults(): DecompoundOptions {
  options ??= { lexicon: dutchLexicon(), overrides: loadOverrides(), boundaries: syllableBoundaries };
  return options;
}

/** Pages share most of their vocabulary; answers are remembered across pages. */
const cache = new Map<string, string[] | null>();

export function splitCompound(word: string): string[] | null {
  if (!cache.has(word)) cache.set(word, decompound(word, defaults()));
  return cache.get(word)!;
}

/** Lowercase words of a text (letters only, so hyphenated words count as separate words). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

interface Compound {
  word: string;
  parts: string[];
}

/** Every distinct compound in a text with its parts, in order of first appearance. */
function findCompounds(text: string): Compound[] {
  const seen = new Set<string>();
  const found: Compound[] = [];
  for (const word of words(text)) {
    if (seen.has(word)) continue;
    seen.add(word);
    const parts = splitCompound(word);
    if (parts) found.push({ word, parts });
  }
  return found;
}

/**
 * The words the index should also find a compound by: its parts, and the tails of the word from each later part on
 * ("veiligheidsconsulent" in "informatieveiligheidsconsulent"). The first part is left out: Pagefind already
 * finds a word by its prefix.
 */
export function compoundKeys(word: string, parts: readonly string[]): string[] {
  const keys = new Set<string>();
  let from = 0;
  for (const [index, part] of parts.entries()) {
    const at = word.indexOf(part.slice(0, 3), from);
    if (index > 0) {
      keys.add(part);
      if (at > 0 && index < parts.length - 1) keys.add(word.slice(at));
    }
    if (at >= 0) from = at + Math.min(part.length, 3);
  }
  return [...keys];
}

/** Most times a compound's keys are repeated, as often as the page uses the compound. */
const MAX_REPEAT = 8;

/**
 * The extra text the index gets for a page: each compound followed by those keys the page does not already
 * contain as words of their own, e.g. "adressenregister (register)", repeated as often as the page uses the
 * compound (at most MAX_REPEAT), so a part ranks the page that is about the compound. Empty when nothing to add.
 */
export function compoundIndexText(text: string): string {
  const all = words(text);
  const present = new Set(all);
  const uses = new Map<string, number>();
  for (const word of all) uses.set(word, (uses.get(word) ?? 0) + 1);
  return findCompounds(text)
    .map(({ word, parts }) => ({ word, missing: compoundKeys(word, parts).filter((key) => !present.has(key)) }))
    .filter(({ missing }) => missing.length > 0)
    .flatMap(({ word, missing }) =>
      Array<string>(Math.min(uses.get(word) ?? 1, MAX_REPEAT)).fill(`${word} (${missing.join(' ')})`),
    )
    .join(', ');
}
