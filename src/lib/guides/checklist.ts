/**
 * Checklist items of a guide: the GFM task-list items under its "## Checklist" heading. The same items feed the
 * guide page (anchors on each item) and the self-assessment (one checkbox per item), so both use these ids.
 */
import type { Heading, ListItem, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const CHECKLIST_HEADING = 'Checklist';

export interface ChecklistItem {
  /** Stable anchor: guide slug, a readable part of the item's text and a hash of that text. */
  id: string;
  /** The measure as plain text, as the author wrote it. */
  text: string;
  /** Ticked in the Markdown source (`- [x]`); guides normally ship unticked. */
  checked: boolean;
}

/** A guide's checklist cannot be read: missing section, empty item or two items with the same text. */
export class ChecklistError extends Error {
  override name = 'ChecklistError';
}

/** Markdown (the MDX body of a guide) to mdast with GFM, so `- [ ]` becomes a task-list item. */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

/**
 * The text an id is derived from: case, spacing, typographic quotes and dashes and a final full stop do not count,
 * so fixing a typo in punctuation or layout keeps the id (and every saved self-assessment) intact.
 */
export function normaliseItemText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?;:…]+$/, '')
    .toLowerCase();
}

/** 32-bit FNV-1a, base 36: short, deterministic and the same in Node and the browser. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

/** "Elke medewerker krijgt één account" → "elke-medewerker-krijgt-een-account". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const READABLE_WORDS = 5;

/**
 * Id of one checklist item. It depends only on the guide slug and the item's own normalised text, so editing,
 * adding or moving other text in the guide leaves it unchanged.
 */
export function checklistItemId(guideSlug: string, text: string): string {
  const normalised = normaliseItemText(text);
  const readable = slugify(normalised).split('-').filter(Boolean).slice(0, READABLE_WORDS).join('-');
  return `${guideSlug}--${readable ? `${readable}-` : ''}${shortHash(normalised)}`;
}

function isChecklistHeading(node: RootContent): node is Heading {
  return (
    node.type === 'heading' &&
    node.depth === 2 &&
    toString(node).trim().toLowerCase() === CHECKLIST_HEADING.toLowerCase()
  );
}

/** Top-level nodes from the "## Checklist" heading up to the next heading of level 1 or 2; undefined when absent. */
function checklistSection(root: Root): RootContent[] | undefined {
  const start = root.children.findIndex(isChecklistHeading);
  if (start === -1) return undefined;
  const rest = root.children.slice(start + 1);
  const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
  return end === -1 ? rest : rest.slice(0, end);
}

/**
 * Task-list items of the checklist section, in document order. Items are searched at any depth, so the list may sit
 * beside the `<Checklist>` tags (plain Markdown sees them as HTML) or inside them (an MDX tree).
 */
function checklistItemsFromTree(root: Root, guideSlug: string, file = guideSlug): ChecklistItem[] {
  const section = checklistSection(root);
  if (!section) return [];
  const items: ChecklistItem[] = [];
  const seen = new Map<string, string>();
  for (const node of section) {
    visit(node as Nodes, 'listItem', (item: ListItem) => {
      if (typeof item.checked !== 'boolean') return;
      // Nested lists inside an item belong to their own items; the item's text is its own paragraph(s).
      const text = item.children
        .filter((child) => child.type !== 'list')
        .map((child) => toString(child))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (!text) throw new ChecklistError(`${file}: een checklistpunt is leeg`);
      const id = checklistItemId(guideSlug, text);
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        throw new ChecklistError(`${file}: twee checklistpunten hebben dezelfde tekst: "${earlier}" en "${text}"`);
      }
      seen.set(id, text);
      items.push({ id, text, checked: item.checked });
    });
  }
  return items;
}

/** The checklist of a guide from its Markdown body (frontmatter already removed). */
export function extractChecklist(markdown: string, guideSlug: string, file?: string): ChecklistItem[] {
  return checklistItemsFromTree(parseMarkdown(markdown), guideSlug, file);
}
