/**
 * Reads the guides straight from disk and validates their frontmatter with the collection's own schema. Used where
 * Astro's content layer is not running: the build report integration, the content tests and the scaffolder tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { guideSchema, type GuideData } from '../../schemas/guide.ts';
import { contentDir } from '../members/dataset-files.ts';

export interface GuideFile {
  /** File name without .mdx: the collection entry id and URL slug. */
  id: string;
  /** Path for messages, e.g. content/informatieveiligheid/nis2.mdx. */
  file: string;
  data: GuideData;
  /** MDX body without frontmatter. */
  body: string;
}

export class GuideFileError extends Error {
  override name = 'GuideFileError';
}

export function guidesDir(): string {
  return join(contentDir(), 'informatieveiligheid');
}

/** Parses and validates one guide; problems name the file and the field. */
export function parseGuideFile(source: string, file: string, id: string): GuideFile {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(source);
  } catch (error) {
    throw new GuideFileError(`${file}: frontmatter is geen geldige YAML (${(error as Error).message})`);
  }
  const result = guideSchema.safeParse(parsed.frontmatter);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `${file}: veld "${issue.path.join('.') || '(frontmatter)'}": ${issue.message}`,
    );
    throw new GuideFileError(lines.join('\n'));
  }
  return { id, file, data: result.data, body: parsed.content };
}

/** Every guide in the folder (drafts starting with "_" excluded, as in the collection), sorted by file name. */
export function readGuideFiles(dir = guidesDir(), displayDir = 'content/informatieveiligheid'): GuideFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .map((name) =>
      parseGuideFile(readFileSync(join(dir, name), 'utf8'), `${displayDir}/${name}`, name.replace(/\.mdx$/, '')),
    );
}
