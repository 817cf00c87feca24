/**
 * The editable corrections to the decompounder (content/search/decompounding.json): words the lexicon reads as
 * compounds that are none ("overeen|komst"), and words whose parts it gets wrong or cannot find.
 */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import type { Overrides } from './decompound.ts';

export const OVERRIDES_FILE = 'content/search/decompounding.json';

const word = z.string().regex(/^\p{Ll}+$/u, 'alleen kleine letters, zonder spaties of streepjes');

const overridesSchema = z
  .object({
    neverSplit: z.array(word),
    splits: z.record(word, z.array(word).min(2, 'minstens twee delen')),
  })
  .strict();

/** Validates the parsed file; errors name the file, the entry and the problem, and a word in both lists fails. */
export function parseOverrides(data: unknown, file = OVERRIDES_FILE): Overrides {
  const result = overridesSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(bestand)'}: ${issue.message}`);
    throw new Error(`${file}: ongeldige inhoud\n${issues.join('\n')}`);
  }
  const { neverSplit, splits } = result.data;
  const seen = new Set<string>();
  for (const [index, entry] of neverSplit.entries()) {
    if (seen.has(entry)) throw new Error(`${file}: neverSplit[${index}] "${entry}" staat er twee keer in`);
    seen.add(entry);
  }
  for (const [entry, parts] of Object.entries(splits)) {
    if (seen.has(entry)) throw new Error(`${file}: splits.${entry}: "${entry}" staat ook in neverSplit`);
    if (!parts.every((part) => entry.includes(part.slice(0, 3)))) {
      throw new Error(`${file}: splits.${entry}: de delen ${parts.join('+')} komen niet uit het woord`);
    }
  }
  return { neverSplit: new Set(neverSplit), splits: new Map(Object.entries(splits)) };
}

let cached: Overrides | null = null;

export function loadOverrides(root = process.cwd()): Overrides {
  if (!cached) {
    const path = `${root}/${OVERRIDES_FILE}`;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${OVERRIDES_FILE}: niet te lezen: ${(error as Error).message}`);
    }
    cached = parseOverrides(data);
  }
  return cached;
}
