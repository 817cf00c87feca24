/**
 * Reading and amending built pages before Pagefind indexes them: the text of the `data-pagefind-body` element (what
 * Pagefind indexes: without `data-pagefind-ignore` parts, scripts and styles) and a place to add index-only text.
 *
 * Read with parse5 (the WHATWG HTML parser, as scripts/lib/html-scan.ts does): comments, quoted ">" in attributes,
 * raw-text elements and character references are handled as a browser handles them.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose text is never indexed or shown as text. */
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'noscript']);
/** Attributes that keep an element's text out of the indexed text. */
const SKIPPED_ATTRIBUTES = ['data-pagefind-ignore', 'data-index-only'];
/** Inline elements sit inside words' flow; every other tag separates words. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function hasAttribute(element: Element, name: string): boolean {
  return element.attrs.some((attr) => attr.name === name);
}

/** The first element with `data-pagefind-body`, in document order. */
function findBody(node: Node): Element | undefined {
  if (isElement(node) && hasAttribute(node, 'data-pagefind-body')) return node;
  if (!('childNodes' in node)) return undefined;
  for (const child of node.childNodes) {
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/** The indexed text below `node`; spaces around every non-inline element, so block boundaries separate words. */
function indexedText(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  if (!isElement(node)) return '';
  let text = '';
  for (const child of node.childNodes) {
    if (!isElement(child)) {
      text += indexedText(child);
      continue;
    }
    const name = child.tagName.toLowerCase();
    const skipped = SKIPPED.has(name) || SKIPPED_ATTRIBUTES.some((attribute) => hasAttribute(child, attribute));
    const separator = INLINE.has(name) ? '' : ' ';
    text += separator + (skipped ? '' : indexedText(child)) + separator;
  }
  return text;
}

export interface PagefindBody {
  /** Offset of the body element's closing tag: where index-only text goes. */
  end: number;
  /** The body's indexed text: without ignored elements, scripts and styles; words separated by spaces. */
  text: string;
}

/** Finds the `data-pagefind-body` element of a page, or null when the page has none (it is not indexed). */
export function pagefindBody(html: string): PagefindBody | null {
  const body = findBody(parse(html, { sourceCodeLocationInfo: true }));
  const location = body?.sourceCodeLocation;
  if (!body || !location) return null;
  // An element closed implicitly (by its parent's end tag) has no end tag of its own; its content ends there too.
  const end = location.endTag?.startOffset ?? location.endOffset;
  return { end, text: indexedText(body).replace(/\s+/g, ' ').trim() };
}

/**
 * Adds text that Pagefind indexes with a low weight but nobody sees: a `hidden` element (hidden from sight and from
 * screen readers; Pagefind still indexes it) at the end of the page's `data-pagefind-body` element.
 */
export function withIndexOnlyText(html: string, body: PagefindBody, text: string, weight = 0.1): string {
  if (!text) return html;
  const element = `<div hidden data-pagefind-weight="${weight}" data-index-only>${escapeHtml(text)}</div>`;
  return html.slice(0, body.end) + element + html.slice(body.end);
}
