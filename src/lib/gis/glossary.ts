/** The GIS glossary (content/glossary/begrippen.json): alphabetical order, letter groups and term anchors. */
import type { GlossaryTerm } from '../../schemas/glossary.ts';

const collator = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

/** Alphabetical by term as a reader sees it (case and accents ignored, "EPSG:3812" before "EPSG:31370"). */
export function sortTerms<T extends Pick<GlossaryTerm, 'term'>>(terms: readonly T[]): T[] {
  return [...terms].sort((a, b) => collator.compare(a.term, b.term));
}

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
/** Group for terms that start with a digit or a sign. */
export const OTHER_INITIAL = '#';

/** "É" → "E"; digits and signs → "#". */
export function initialOf(term: string): string {
  const first = term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return ALPHABET.includes(first) ? first : OTHER_INITIAL;
}

/** Anchor id of a letter group; prefixed so it can never equal a term id. */
function letterId(letter: string): string {
  return letter === OTHER_INITIAL ? 'letter-overige' : `letter-${letter.toLowerCase()}`;
}

export interface LetterGroup<T> {
  letter: string;
  id: string;
  terms: T[];
}

/** Non-empty letter groups in alphabetical order ("#" last), each with its terms sorted. */
export function groupByInitial<T extends Pick<GlossaryTerm, 'term'>>(terms: readonly T[]): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const term of sortTerms(terms)) {
    const letter = initialOf(term.term);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...ALPHABET, OTHER_INITIAL]
    .filter((letter) => groups.has(letter))
    .map((letter) => ({ letter, id: letterId(letter), terms: groups.get(letter)! }));
}

/** The A–Z jump list: every letter, linked only when terms start with it. */
export function jumpList(groups: readonly LetterGroup<unknown>[]): { letter: string; href?: string }[] {
  const present = new Set(groups.map((g) => g.letter));
  const letters = present.has(OTHER_INITIAL) ? [...ALPHABET, OTHER_INITIAL] : ALPHABET;
  return letters.map((letter) => ({ letter, href: present.has(letter) ? `#${letterId(letter)}` : undefined }));
}

/** Related terms of a term resolved to the terms themselves, in the order the file lists them. */
export function relatedTerms<T extends Pick<GlossaryTerm, 'id'>>(
  term: Pick<GlossaryTerm, 'id' | 'related'>,
  all: readonly T[],
): T[] {
  const byId = new Map(all.map((t) => [t.id, t]));
  return term.related.map((id) => {
    const found = byId.get(id);
    if (!found) throw new Error(`Begrip "${term.id}": onbekend verwant begrip "${id}" in related`);
    return found;
  });
}
