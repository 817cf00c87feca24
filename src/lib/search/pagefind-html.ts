/**
 * Reading and amending built pages before Pagefind indexes them: the text of the `data-pagefind-body` element (what
 * Pagefind indexes: without `data-pagefind-ignore` parts, scripts and styles) and a place to add index-only text.
 *
 * A small tag scanner, not a full HTML parser: it only has to read the well-formed HTML Astro writes.
 */

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/** Elements whose text is never indexed or shown as text. */
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'noscript']);
/** Inline elements sit inside words' flow; every other tag separates words. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function hasAttribute(attributes: string, name: string): boolean {
  return new RegExp(`(?:^|\\s)${name}(?=[\\s=/]|$)`).test(attributes);
}

export interface PagefindBody {
  /** Offset of the body element's closing tag: where index-only text goes. */
  end: number;
  /** The body's indexed text: without ignored elements, scripts and styles; words separated by spaces. */
  text: string;
}

/** Finds the `data-pagefind-body` element of a page, or null when the page has none (it is not indexed). */
export function pagefindBody(html: string): PagefindBody | null {
  const stack: { name: string; skipped: boolean }[] = [];
  let bodyDepth = -1;
  let text = '';
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const [whole, closing, rawName = '', attributes = ''] = match;
    const inBody = bodyDepth >= 0;
    const skipped = stack.at(-1)?.skipped ?? false;
    if (inBody && !skipped) text += html.slice(last, match.index);
    last = match.index + whole.length;
    if (whole.startsWith('<!--')) continue;
    const name = rawName.toLowerCase();
    if (inBody && !INLINE.has(name)) text += ' ';

    if (closing) {
      const index = stack.map((e) => e.name).lastIndexOf(name);
      if (index < 0) continue;
      stack.length = index;
      if (bodyDepth >= 0 && stack.length <= bodyDepth) {
        return { end: match.index, text: decodeEntities(text).replace(/\s+/g, ' ').trim() };
      }
      continue;
    }
    if (VOID.has(name) || attributes.trimEnd().endsWith('/')) continue;
    const isSkipped =
      skipped || SKIPPED.has(name) || hasAttribute(attributes, 'data-pagefind-ignore') || hasAttribute(attributes, 'data-index-only');
    if (bodyDepth < 0 && hasAttribute(attributes, 'data-pagefind-body')) bodyDepth = stack.length;
    stack.push({ name, skipped: isSkipped });
    if (RAW_TEXT.has(name)) {
      // Script and style text may contain "<"; jump to the closing tag.
      const close = html.toLowerCase().indexOf(`</${name}`, last);
      last = TAG.lastIndex = close < 0 ? html.length : close;
    }
  }
  return null;
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
