/**
 * "Bedoelde u …?": corrections for a query that finds little, drawn from the site's own vocabulary (built at build
 * time, loaded by the browser only when needed), by edit distance and then by how often a word occurs.
 */
import { distance } from 'fastest-levenshtein';
import { routes } from '../site/routes.ts';

/** Word -> how often it occurs in the indexed text. */
export type Vocabulary = Record<string, number>;

export const VOCABULARY_PATH = routes.searchVocabulary();
const MIN_WORD = 4;

/** Lowercase words worth correcting to, with their counts; short words are left out (too many near misses). */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (word.length >= MIN_WORD) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  // Most frequent first, so the file compresses well and a reader sees the common words.
  return Object.fromEntries([...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

/** How many edits a word of this length may need: one for short words, two from eight letters on. */
export function maxDistance(length: number): number {
  if (length < MIN_WORD) return 0;
  return length < 8 ? 1 : 2;
}

export interface Correction {
  word: string;
  distance: number;
  count: number;
}

/** Up to `limit` corrections for one word: nearest first, then the most frequent. The word itself never. */
export function correctWord(word: string, vocabulary: Vocabulary, limit = 3): Correction[] {
  const wanted = word.toLowerCase();
  const max = maxDistance(wanted.length);
  if (max === 0) return [];
  const found: Correction[] = [];
  for (const [candidate, count] of Object.entries(vocabulary)) {
    if (candidate === wanted || Math.abs(candidate.length - wanted.length) > max) continue;
    const d = distance(wanted, candidate);
    if (d <= max) found.push({ word: candidate, distance: d, count });
  }
  return found
    .sort((a, b) => a.distance - b.distance || b.count - a.count || (a.word < b.word ? -1 : 1))
    .slice(0, limit);
}

/**
 * Up to `limit` corrected queries: each word the vocabulary does not know is replaced by its corrections, the
 * known words stay. Empty when every word is known or nothing is near enough.
 */
export function suggestQueries(query: string, vocabulary: Vocabulary, limit = 3): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const unknown = words.findIndex((word) => word.length >= MIN_WORD && !(word in vocabulary));
  if (unknown < 0) return [];
  return correctWord(words[unknown]!, vocabulary, limit).map((c) => {
    const corrected = [...words];
    corrected[unknown] = c.word;
    return corrected.join(' ');
  });
}
