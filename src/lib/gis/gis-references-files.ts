/** Reads content/ from disk for the GIS reference check; kept apart so the check itself stays pure. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDir } from '../members/dataset-files.ts';
import type { ContentFile, GlossaryFile, ReferenceInput } from './gis-references.ts';

const TEXT_FILE = /\.(md|mdx|json|ya?ml)$/;
const GLOSSARY_FILE = join('glossary', 'begrippen.json');

function display(path: string): string {
  return relative(process.cwd(), path) || path;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && TEXT_FILE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Ids of a collection folder as the glob loaders see them: file names without extension, drafts ("_") left out. */
function idsIn(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension) && !name.startsWith('_'))
    .map((name) => name.slice(0, -extension.length));
}

function readGlossary(path: string): GlossaryFile {
  const shown = display(path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${shown}: geen geldige JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(parsed)) throw new Error(`${shown}: moet een lijst (array) van begrippen zijn`);
  const terms = parsed.map((item: unknown, index) => {
    const term = item as { id?: unknown; related?: unknown; formerIds?: unknown };
    if (typeof term?.id !== 'string') throw new Error(`${shown}: begrip [${index}] heeft geen id`);
    const strings = (value: unknown): string[] =>
      Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    return { id: term.id, related: strings(term.related), formerIds: strings(term.formerIds) };
  });
  return { path: shown, terms };
}

export function readReferenceInput(root = contentDir()): ReferenceInput {
  const files: ContentFile[] = listFiles(root)
    // Skip drafts: they are not published, so their links cannot break the site.
    .filter((path) => !/(^|[\\/])_[^\\/]*$/.test(path))
    .map((path) => ({ path: display(path), text: readFileSync(path, 'utf8') }));
  return {
    files,
    glossary: readGlossary(join(root, GLOSSARY_FILE)),
    articleIds: idsIn(join(root, 'gis'), '.mdx'),
    eventIds: idsIn(join(root, 'events'), '.md'),
  };
}
