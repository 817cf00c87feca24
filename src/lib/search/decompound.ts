/**
 * A general Dutch decompounder for the search index. Pagefind matches whole words and their prefixes, so
 * "consulent" never finds "informatieveiligheidsconsulent" unless the index also gets the parts.
 *
 * A word is read as a chain of lexicon words (lexicon.ts), each at least MIN_PART letters, joined by nothing or a
 * linking -s-, -e- or -en- (with the doubled consonant of "adres-sen-register"), and ending in nothing or an
 * inflection (-en, -s, -e, -n, or a doubled consonant + -en). Of all readings the one with the fewest parts wins,
 * then the one with the fewest linking letters, then the one with the longest first part ("gemeente|huis", not
 * "gemeen|tehuis"). Optionally every split
 * point must fall on a syllable boundary of the Dutch hyphenation patterns, like Lucene's hyphenation decompounder.
 * The overrides in content/search/decompounding.json correct what the lexicon gets wrong.
 */

const MIN_WORD = 8;
const MIN_PART = 4;
const LINKERS = ['', 's', 'e', 'en', 'n'];
const ENDINGS = ['', 's', 'en', 'e', 'n', "'s", 'es', 'ers', 'er'];
/** Derivational suffixes that happen to be words: "betaal|baar" and "kinder|loos" are no compounds for search. */
const SUFFIX_WORDS = new Set([
  'baar',
  'lijk',
  'heid',
  'schap',
  'achtig',
  'loos',
  'zaam',
  'waardig',
  'matig',
  'wijze',
  'ling',
  'tje',
  'eren',
  'lende',
  'ende',
  'ring',
]);
/**
 * Prefixes that are words too: "over|leven", "voor|komen", "samen|werking" are derived words, not compounds. A
 * reading may not start with one; the whole word, when listed, is then one part ("samenwerking|s|overeenkomst").
 */
const PREFIX_WORDS = new Set([
  'over',
  'voor',
  'onder',
  'door',
  'mede',
  'tegen',
  'terug',
  'samen',
  'weder',
  'verder',
  'achter',
  'boven',
  'binnen',
  'buiten',
  'rond',
  'toe',
  'uit',
  'aan',
  'weer',
  'trans',
  'bloot',
]);

export interface Overrides {
  neverSplit: ReadonlySet<string>;
  splits: ReadonlyMap<string, readonly string[]>;
}

export interface DecompoundOptions {
  lexicon: ReadonlySet<string>;
  overrides?: Overrides;
  /** Positions (0 < i < word.length) where a syllable boundary lies; absent: every position is allowed. */
  boundaries?: (word: string) => ReadonlySet<number>;
}

interface Reading {
  parts: string[];
  linkLetters: number;
}

function better(a: Reading | null, b: Reading): Reading {
  if (!a) return b;
  if (a.parts.length !== b.parts.length) return a.parts.length < b.parts.length ? a : b;
  if (a.linkLetters !== b.linkLetters) return a.linkLetters < b.linkLetters ? a : b;
  return a.parts[0]!.length >= b.parts[0]!.length ? a : b;
}

/** The word the part's ending sits on, when `rest` is an inflection of `part` ("datalek" + "ken"). */
function isEnding(rest: string, part: string): boolean {
  if (ENDINGS.includes(rest)) return true;
  const last = part.at(-1)!;
  return rest === `${last}en` || rest === `${last}e` || rest === `${last}er`;
}

/**
 * The parts of `word` (lowercase) when it reads as a compound, else null. The word itself may be in the lexicon:
 * "wachtwoord" is listed, yet "woord" should find it.
 */
export function decompound(word: string, options: DecompoundOptions): string[] | null {
  const { lexicon, overrides } = options;
  if (overrides?.neverSplit.has(word)) return null;
  const fixed = overrides?.splits.get(word);
  if (fixed) return [...fixed];
  const n = word.length;
  if (n < MIN_WORD) return null;
  const boundaries = options.boundaries?.(word);
  const memo = new Map<number, Reading | null>();

  // Best reading of word[pos..] as one or more parts; a part may be followed by a linker when more parts follow.
  const from = (pos: number): Reading | null => {
    if (memo.has(pos)) return memo.get(pos)!;
    let best: Reading | null = null;
    for (let end = pos + MIN_PART; end <= n; end++) {
      const part = word.slice(pos, end);
      if (!lexicon.has(part) || (pos === 0 && PREFIX_WORDS.has(part))) continue;
      const rest = word.slice(end);
      if (pos > 0 && isEnding(rest, part)) {
        if (!SUFFIX_WORDS.has(part)) best = better(best, { parts: [part], linkLetters: 0 });
        continue;
      }
      if (pos === 0 && rest.length === 0) continue;
      const last = part.at(-1)!;
      const linkers = [...LINKERS, `${last}en`, `${last}e`];
      for (const linker of new Set(linkers)) {
        if (!rest.startsWith(linker)) continue;
        const next = end + linker.length;
        if (n - next < MIN_PART) continue;
        // Patterns place a break inside a consonant cluster differently from a compound's seam ("inciden|tres|pons"
        // for "incident|respons"): one letter either side still counts as the boundary.
        if (boundaries && !boundaries.has(next) && !boundaries.has(next - 1) && !boundaries.has(next + 1)) continue;
        const tail = from(next);
        if (!tail) continue;
        best = better(best, {
          parts: [part, ...tail.parts],
          linkLetters: linker.length + tail.linkLetters,
        });
      }
    }
    memo.set(pos, best);
    return best;
  };

  const reading = from(0);
  return reading && reading.parts.length >= 2 ? reading.parts : null;
}
