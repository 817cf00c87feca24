/**
 * The domain's synonyms and abbreviations (content/search/synoniemen.json), expanded at index time: a page that
 * uses one member of a group gets the other members as index-only text, so any member finds it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';

export const SYNONYMS_FILE = 'content/search/synoniemen.json';

const schema = z.object({ groups: z.array(z.array(z.string())) }).strict();

/** Lowercase, one space between words: how terms are compared with each other and with page text. */
function normalizeTerm(term: string): string {
  return term.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Validates the groups: no empty group or term, no term in two groups (or twice in one). */
export function parseSynonyms(data: unknown, file = SYNONYMS_FILE): string[][] {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(bestand)'}: ${issue.message}`);
    throw new Error(`${file}: ongeldige inhoud\n${issues.join('\n')}`);
  }
  const owner = new Map<string, number>();
  return result.data.groups.map((group, index) => {
    if (group.length < 2)
      throw new Error(`${file}: groep ${index} heeft minstens twee termen nodig (nu ${group.length})`);
    return group.map((raw, position) => {
      const term = normalizeTerm(raw);
      if (!term) throw new Error(`${file}: groep ${index}, term ${position} is leeg`);
      const other = owner.get(term);
      if (other !== undefined) {
        throw new Error(`${file}: groep ${index}: term "${raw}" staat ook in groep ${other}`);
      }
      owner.set(term, index);
      return term;
    });
  });
}

let cached: string[][] | null = null;

function loadSynonyms(root = process.cwd()): string[][] {
  if (!cached) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(`${root}/${SYNONYMS_FILE}`, 'utf8'));
    } catch (error) {
      throw new Error(`${SYNONYMS_FILE}: niet te lezen: ${(error as Error).message}`);
    }
    cached = parseSynonyms(data);
  }
  return cached;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const patterns = new Map<string, RegExp>();

/** Most times an added term is repeated: enough to keep a page's emphasis, too few to flood its index entry. */
const MAX_REPEAT = 8;

/**
 * How often the text (normalised) has the term as a word, or a longer term with a short inflection ("datalekken"
 * for "datalek"). Short terms must stand alone (a plural -s aside): "gis" is not in "gisteren".
 */
function mentions(text: string, term: string): number {
  let pattern = patterns.get(term);
  if (!pattern) {
    const ending = term.length >= 6 ? '\\p{L}{0,3}' : "(?:'?s)?";
    pattern = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(term)}${ending}(?![\\p{L}\\p{N}])`, 'gu');
    patterns.set(term, pattern);
  }
  return text.match(pattern)?.length ?? 0;
}

/**
 * The members of every group the text mentions that the text does not mention itself, each repeated as often as
 * the page uses the group's terms (at most MAX_REPEAT): the guide that says "back-up" twenty times should outrank
 * the news item that says it once, also for "reservekopie".
 */
export function synonymIndexText(text: string, groups: readonly (readonly string[])[] = loadSynonyms()): string {
  const normalized = normalizeTerm(text);
  const added: string[] = [];
  for (const group of groups) {
    const counts = group.map((term) => mentions(normalized, term));
    const uses = counts.reduce((sum, count) => sum + count, 0);
    if (uses === 0) continue;
    const missing = group.filter((_, index) => counts[index] === 0);
    for (let i = 0; i < Math.min(uses, MAX_REPEAT); i++) added.push(...missing);
  }
  return added.join(', ');
}
