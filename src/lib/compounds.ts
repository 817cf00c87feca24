/**
 * Dutch compound splitting for the search index. Pagefind matches whole words and their prefixes, so a search for
 * "consulent" never finds "informatieveiligheidsconsulent". At build time we split compounds that are made of known
 * domain words and give the index the parts as extra, low-weight text.
 *
 * A word is split when it can be read as a chain of known parts (with the linking "s" of
 * "veiligheid-s-consulent"), optionally with one unknown word of at least five letters at the start or the end
 * ("bevolkings|register", "wachtwoord|beheerder"), and ending in nothing or an inflection ("-en", "-s").
 */

/** Words our pages build compounds from. Lowercase; plural forms where compounds use them ("adressen"). */
export const DOMAIN_PARTS: readonly string[] = [
  'account',
  'adres',
  'adressen',
  'analyse',
  'archief',
  'basis',
  'beheer',
  'beheerder',
  'beleid',
  'beoordeling',
  'bescherming',
  'beveiliging',
  'bevolking',
  'bewustmaking',
  'commissie',
  'consulent',
  'coordinaten',
  'coördinaten',
  'data',
  'datalek',
  'dienst',
  'diensten',
  'dossier',
  'evaluatie',
  'gebouw',
  'gebouwen',
  'gegevens',
  'gemeente',
  'gemeenten',
  'incident',
  'informatie',
  'kaart',
  'kwaliteit',
  'maatregelen',
  'melding',
  'netwerk',
  'nummer',
  'overeenkomst',
  'perceel',
  'percelen',
  'persoon',
  'personeel',
  'phishing',
  'plan',
  'register',
  'respons',
  'risico',
  'samenwerking',
  'simulatie',
  'stelsel',
  'straatnamen',
  'straten',
  'termijn',
  'toegang',
  'toestel',
  'toestellen',
  'toezicht',
  'veiligheid',
  'versleuteling',
  'verwerker',
  'verwerking',
  'wachtwoord',
  'wegen',
];

const DEFAULT_PARTS: ReadonlySet<string> = new Set(DOMAIN_PARTS);

/** Shortest word worth splitting, and shortest unknown piece we accept beside known parts. */
const MIN_COMPOUND = 8;
const MIN_UNKNOWN = 5;
const LINKERS = ['s'];
const INFLECTIONS = new Set(['s', "'s", 'e', 'en', 'n', 'es']);
/** Endings that make a derived word, not a compound: "gemeente|lijke" is no compound of "gemeente" and "lijke". */
const DERIVATIONS = new Set(['lijke', 'lijken', 'lijkheid', 'schap', 'schappen', 'achtig', 'achtige', 'ologie']);

interface Reading {
  pieces: string[];
  known: number;
  unknownChars: number;
}

/** Fewer unknown letters first, then fewer (so longer) pieces. */
function better(a: Reading | null, b: Reading | null): Reading | null {
  if (!a) return b;
  if (!b) return a;
  if (a.unknownChars !== b.unknownChars) return a.unknownChars < b.unknownChars ? a : b;
  return a.pieces.length <= b.pieces.length ? a : b;
}

/** "en" after a part, or a doubled last consonant before it: "datalek" + "ken". */
function isInflection(rest: string, previous: string): boolean {
  if (INFLECTIONS.has(rest)) return true;
  const last = previous.at(-1);
  return last !== undefined && (rest === `${last}en` || rest === `${last}e`);
}

/** Parts grouped by first letter, so each position only tries the parts that can start there. */
function byFirstLetter(parts: ReadonlySet<string>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const part of parts) groups.set(part[0]!, [...(groups.get(part[0]!) ?? []), part]);
  return groups;
}

const DEFAULT_GROUPS = byFirstLetter(DEFAULT_PARTS);
/** Pages share most of their vocabulary; the default word list's answers are remembered across pages. */
const defaultCache = new Map<string, string[] | null>();

/**
 * The parts of `word` (lowercase) when it is a compound of known parts, else null. Single words, plurals and
 * words with only one recognisable piece are not compounds.
 */
export function splitCompound(word: string, parts: ReadonlySet<string> = DEFAULT_PARTS): string[] | null {
  if (parts !== DEFAULT_PARTS) return split(word, byFirstLetter(parts));
  if (!defaultCache.has(word)) defaultCache.set(word, split(word, DEFAULT_GROUPS));
  return defaultCache.get(word)!;
}

function split(word: string, groups: Map<string, string[]>): string[] | null {
  const n = word.length;
  if (n < MIN_COMPOUND) return null;
  const memo = new Map<string, Reading | null>();

  // Best reading of word[pos..], given the previous piece (its last letter decides inflections) and whether the
  // one unknown piece is still available.
  const from = (pos: number, previous: string, unknownLeft: boolean): Reading | null => {
    const key = `${pos}|${previous.at(-1) ?? ''}|${unknownLeft}`;
    if (memo.has(key)) return memo.get(key)!;
    let best: Reading | null = null;
    if (pos === n || (pos > 0 && isInflection(word.slice(pos), previous))) {
      best = { pieces: [], known: 0, unknownChars: 0 };
    }
    for (const part of groups.get(word[pos] ?? '') ?? []) {
      if (!word.startsWith(part, pos)) continue;
      const next = pos + part.length;
      const starts = [next, ...LINKERS.filter((l) => word.startsWith(l, next) && next + l.length < n).map((l) => next + l.length)];
      for (const start of starts) {
        const rest = from(start, part, unknownLeft);
        if (rest) best = better(best, { pieces: [part, ...rest.pieces], known: rest.known + 1, unknownChars: rest.unknownChars });
      }
    }
    if (unknownLeft && pos === 0) {
      // An unknown first word ("bevolking" in "bevolkingsregister") must be followed by a known part.
      for (let end = MIN_UNKNOWN; end <= n - 4; end++) {
        const head = word.slice(0, end);
        const starts = [end, ...LINKERS.filter((l) => word.startsWith(l, end)).map((l) => end + l.length)];
        for (const start of starts) {
          const rest = from(start, head, false);
          if (rest && rest.pieces.length > 0) {
            best = better(best, { pieces: [head, ...rest.pieces], known: rest.known, unknownChars: rest.unknownChars + end });
          }
        }
      }
    }
    if (unknownLeft && pos > 0 && n - pos >= MIN_UNKNOWN && !DERIVATIONS.has(word.slice(pos))) {
      // An unknown last word ("beheerder" in "wachtwoordbeheerder").
      const tail = word.slice(pos);
      best = better(best, { pieces: [tail], known: 0, unknownChars: tail.length });
    }
    memo.set(key, best);
    return best;
  };

  const reading = from(0, '', true);
  if (!reading || reading.pieces.length < 2 || reading.known === 0) return null;
  return reading.pieces;
}

/** Lowercase words of a text (letters only, so hyphenated words count as separate words). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

export interface Compound {
  word: string;
  parts: string[];
}

/** Every distinct compound in a text with its parts, in order of first appearance. */
export function findCompounds(text: string, parts: ReadonlySet<string> = DEFAULT_PARTS): Compound[] {
  const seen = new Set<string>();
  const found: Compound[] = [];
  for (const word of words(text)) {
    if (seen.has(word)) continue;
    seen.add(word);
    const split = splitCompound(word, parts);
    if (split) found.push({ word, parts: split });
  }
  return found;
}

/**
 * The extra text the index gets for a page: each compound followed by those of its parts that the page does not
 * already contain as words of their own, e.g. "adressenregister (register)". Shown in a result's excerpt only when
 * nothing better matches, so it names the compound the part was found in. Empty when there is nothing to add.
 */
export function compoundIndexText(text: string, parts: ReadonlySet<string> = DEFAULT_PARTS): string {
  const present = new Set(words(text));
  return findCompounds(text, parts)
    .map(({ word, parts: pieces }) => ({ word, missing: [...new Set(pieces.filter((p) => !present.has(p)))] }))
    .filter(({ missing }) => missing.length > 0)
    .map(({ word, missing }) => `${word} (${missing.join(' ')})`)
    .join(', ');
}
