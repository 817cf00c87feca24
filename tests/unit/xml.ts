/**
 * A strict little XML reader for the tests of the XML writers: it accepts only well-formed documents of the kind
 * they write (declaration, elements, attributes, text, the five predefined entities and numeric references) and
 * throws on anything else, so an unescaped "&" or "<", or a tag closed in the wrong order, fails the test.
 * The browser tests check the built feed again with Chromium's own XML parser.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (/[<]/.test(raw)) throw new Error(`unescaped "<" in ${where}`);
  return raw.replace(/&([^;]*);?/g, (match, name: string) => {
    if (!match.endsWith(';')) throw new Error(`unterminated entity in ${where}: ${match}`);
    if (name in ENTITIES) return ENTITIES[name]!;
    const numeric = /^#(?:x([0-9a-f]+)|(\d+))$/i.exec(name);
    if (numeric) return String.fromCodePoint(parseInt(numeric[1] ?? numeric[2]!, numeric[1] ? 16 : 10));
    throw new Error(`unknown entity &${name}; in ${where}`);
  });
}

const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'y');

export function parseXml(source: string): XmlElement {
  let position = 0;
  const declaration = /^<\?xml[^?]*\?>\s*/.exec(source);
  if (declaration) position = declaration[0].length;
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];

  while (position < source.length) {
    const next = source.indexOf('<', position);
    const text = source.slice(position, next === -1 ? source.length : next);
    const parent = stack[stack.length - 1]!;
    if (parent === root && text.trim() !== '') throw new Error('text outside the root element');
    parent.text += decode(text, `<${parent.name}>`);
    if (next === -1) break;
    position = next;

    if (source.startsWith('</', position)) {
      const close = new RegExp(`</(${NAME})\\s*>`, 'y');
      close.lastIndex = position;
      const match = close.exec(source);
      if (!match) throw new Error(`malformed end tag at ${position}`);
      const open = stack.pop();
      if (!open || open === root || open.name !== match[1]) {
        throw new Error(`</${match[1]}> closes <${open?.name}> at ${position}`);
      }
      position = close.lastIndex;
      continue;
    }

    const start = new RegExp(`<(${NAME})`, 'y');
    start.lastIndex = position;
    const match = start.exec(source);
    if (!match) throw new Error(`malformed tag at ${position}`);
    const element: XmlElement = { name: match[1]!, attributes: {}, children: [], text: '' };
    position = start.lastIndex;
    for (;;) {
      ATTRIBUTE.lastIndex = position;
      const attribute = ATTRIBUTE.exec(source);
      if (!attribute) break;
      const name = attribute[1]!;
      if (name in element.attributes) throw new Error(`duplicate attribute ${name} on <${element.name}>`);
      element.attributes[name] = decode(attribute[2] ?? attribute[3]!, `attribute ${name}`);
      position = ATTRIBUTE.lastIndex;
    }
    const end = /\s*(\/?)>/y;
    end.lastIndex = position;
    const closing = end.exec(source);
    if (!closing) throw new Error(`malformed start tag <${element.name}> at ${position}`);
    position = end.lastIndex;
    if (parent === root && root.children.length > 0) throw new Error('more than one root element');
    parent.children.push(element);
    if (closing[1] !== '/') stack.push(element);
  }
  if (stack.length > 1) throw new Error(`<${stack[stack.length - 1]!.name}> is never closed`);
  const [documentElement] = root.children;
  if (!documentElement) throw new Error('no root element');
  return documentElement;
}

/** Child elements named `name`. */
export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** Text of the single child named `name`; throws when it is missing or repeated. */
export function childText(element: XmlElement, name: string): string {
  const found = children(element, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> in <${element.name}>, found ${found.length}`);
  return found[0]!.text;
}
