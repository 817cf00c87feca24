/**
 * The start tags of a page for the checks over dist/, read by parse5 (the WHATWG HTML parser): comments, quoting,
 * raw-text elements and character references are handled as a browser handles them.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface ScannedTag {
  /** Lowercase tag name. */
  name: string;
  /** Attributes by lowercase name, values with character references decoded; first occurrence wins. */
  attrs: Map<string, string>;
  /** True for <script> and <style> with content between the tags. */
  hasContent: boolean;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function toTag(element: Element): ScannedTag {
  const attrs = new Map<string, string>();
  for (const attr of element.attrs) {
    // parse5 splits xlink:href in SVG into prefix and name, and restores camelCase (viewBox); the checks use the
    // names as written, lowercased.
    const name = (attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name).toLowerCase();
    if (!attrs.has(name)) attrs.set(name, attr.value);
  }
  const name = element.tagName.toLowerCase();
  const hasContent =
    RAW_TEXT.has(name) &&
    element.childNodes.some((child) => 'value' in child && child.nodeName === '#text' && child.value.trim().length > 0);
  return { name, attrs, hasContent };
}

/** All start tags of a document, in source order. */
export function scanTags(html: string): ScannedTag[] {
  const found: { offset: number; tag: ScannedTag }[] = [];
  const visit = (node: Node): void => {
    // Elements the parser implies (html, head, body, tbody) have no source location: they are not in the page.
    if (isElement(node) && node.sourceCodeLocation)
      found.push({ offset: node.sourceCodeLocation.startOffset, tag: toTag(node) });
    if ('childNodes' in node) for (const child of node.childNodes) visit(child);
    if (isElement(node) && node.tagName === 'template' && 'content' in node) visit(node.content as Node);
  };
  // Without scripting, <noscript> content is markup: its links and ids count, as they do for a reader without JS.
  visit(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }));
  // The tree can move elements (a <meta> after <body> into head, foster-parented table content); the source order
  // is what the page author wrote.
  return found.sort((a, b) => a.offset - b.offset).map(({ tag }) => tag);
}

export interface PageReference {
  tag: string;
  attribute: string;
  value: string;
}

/** Attributes that make the browser load or navigate to a URL, by tag. */
const URL_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Every URL a page links to or loads, with the tag and attribute it is in. srcset lists give one entry per URL. */
export function pageReferences(tags: readonly ScannedTag[]): PageReference[] {
  const references: PageReference[] = [];
  for (const tag of tags) {
    for (const attribute of URL_ATTRIBUTES[tag.name] ?? []) {
      const raw = tag.attrs.get(attribute);
      if (raw === undefined) continue;
      const values =
        attribute === 'srcset'
          ? raw
              .split(',')
              .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
              .filter(Boolean)
          : [raw.trim()];
      for (const value of values) references.push({ tag: tag.name, attribute, value });
    }
  }
  return references;
}

/** Fragment targets of a page: every id, and the name of <a name>. */
export function pageIds(tags: readonly ScannedTag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    const name = tag.name === 'a' ? tag.attrs.get('name') : undefined;
    if (name) ids.add(name);
  }
  return ids;
}

/**
 * Inline code the site's CSP header blocks (script-src and style-src 'self', no hashes): scripts without src,
 * <style> elements, style attributes and on* event-handler attributes. Astro's meta CSP would allow some of these by
 * hash, so a page could work under `astro preview` and break behind the real server.
 */
export function inlineCodeProblems(tags: readonly ScannedTag[]): string[] {
  const problems: string[] = [];
  for (const tag of tags) {
    if (tag.name === 'script' && !tag.attrs.has('src')) {
      const type = tag.attrs.get('type') ?? '';
      // JSON data blocks are not executed, so the CSP does not apply to them.
      if (!type.endsWith('json')) problems.push('inline <script> (the CSP header allows only script files)');
    }
    if (tag.name === 'style') problems.push('<style> element (the CSP header allows only stylesheet files)');
    if (tag.attrs.has('style')) problems.push(`style attribute on <${tag.name}> (blocked by the CSP)`);
    for (const name of tag.attrs.keys()) {
      if (name.startsWith('on'))
        problems.push(`${name} attribute on <${tag.name}> (inline event handler, blocked by the CSP)`);
    }
  }
  return problems;
}
