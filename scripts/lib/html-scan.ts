/**
 * A small HTML start-tag scanner for the checks over dist/: it reads tags and attributes the way a browser's
 * tokenizer does (comments, quoted and unquoted values, raw-text elements, character references in values), and
 * ignores everything else. Enough for links, ids and resources of well-formed pages; no regular expressions.
 */

export interface ScannedTag {
  /** Lowercase tag name. */
  name: string;
  /** Attributes by lowercase name, values with character references decoded; first occurrence wins. */
  attrs: Map<string, string>;
  /** True for <script> and <style> with content between the tags. */
  hasContent: boolean;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\n' || char === '\t' || char === '\r' || char === '\f';
}

function isLetter(char: string | undefined): boolean {
  if (!char) return false;
  const code = char.toLowerCase().charCodeAt(0);
  return code >= 97 && code <= 122;
}

/** Decodes numeric and the common named character references. */
export function decodeEntities(value: string): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    const amp = value.indexOf('&', i);
    if (amp === -1) break;
    out += value.slice(i, amp);
    const semi = value.indexOf(';', amp);
    const body = semi === -1 ? '' : value.slice(amp + 1, semi);
    let decoded: string | undefined;
    if (body.startsWith('#x') || body.startsWith('#X')) decoded = String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    else if (body.startsWith('#')) decoded = String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    else decoded = NAMED[body];
    if (decoded !== undefined && body.length > 0 && body.length < 10) {
      out += decoded;
      i = semi + 1;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out + value.slice(i);
}

/** All start tags of a document, in order. */
export function scanTags(html: string): ScannedTag[] {
  const tags: ScannedTag[] = [];
  const lower = html.toLowerCase();
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?' || html[lt + 1] === '/') {
      const end = html.indexOf('>', lt);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!isLetter(html[lt + 1])) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < html.length && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '/') j++;
    const name = lower.slice(lt + 1, j);
    const attrs = new Map<string, string>();
    // Attributes until '>' (a '/' before '>' only marks a self-closing tag).
    while (j < html.length && html[j] !== '>') {
      if (isSpace(html[j]) || html[j] === '/') {
        j++;
        continue;
      }
      const nameStart = j;
      while (j < html.length && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '=' && html[j] !== '/') j++;
      const attrName = lower.slice(nameStart, j);
      while (isSpace(html[j])) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (isSpace(html[j])) j++;
        const quoteChar = html[j];
        if (quoteChar === '"' || quoteChar === "'") {
          const end = html.indexOf(quoteChar, j + 1);
          const stop = end === -1 ? html.length : end;
          value = html.slice(j + 1, stop);
          j = stop + 1;
        } else {
          const start = j;
          while (j < html.length && !isSpace(html[j]) && html[j] !== '>') j++;
          value = html.slice(start, j);
        }
      }
      if (attrName && !attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    i = j + 1;
    let hasContent = false;
    if (RAW_TEXT.has(name)) {
      const close = lower.indexOf(`</${name}`, i);
      const end = close === -1 ? html.length : close;
      hasContent = html.slice(i, end).trim().length > 0;
      i = end;
    }
    tags.push({ name, attrs, hasContent });
  }
  return tags;
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
      if (name.startsWith('on')) problems.push(`${name} attribute on <${tag.name}> (inline event handler, blocked by the CSP)`);
    }
  }
  return problems;
}
