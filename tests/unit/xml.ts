/**
 * A strict XML reader for the tests of the XML writers, on fast-xml-parser: its validator refuses documents that
 * are not well-formed, so an unescaped "&" or "<", or a tag closed in the wrong order, fails the test.
 * The browser tests check the built feed again with Chromium's own XML parser.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** Text and attributes as written: no trimming, no number parsing, entities decoded. */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  // Decodes numeric character references too; named HTML entities are refused below, as XML knows only five.
  htmlEntities: true,
});

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function toElement(node: OrderedNode): XmlElement | string {
  const name = Object.keys(node).find((key) => key !== ':@')!;
  if (name === '#text') return String(node['#text']);
  const element: XmlElement = { name, attributes: { ...node[':@'] }, children: [], text: '' };
  for (const child of node[name] as OrderedNode[]) {
    const converted = toElement(child);
    if (typeof converted === 'string') element.text += converted;
    else element.children.push(converted);
  }
  return element;
}

export function parseXml(source: string): XmlElement {
  const result = XMLValidator.validate(source);
  if (result !== true) throw new Error(`${result.err.msg} (line ${result.err.line}, column ${result.err.col})`);
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)[^;\s]*;?/i.exec(source);
  if (entity) throw new Error(`unknown or unterminated entity ${entity[0]}`);
  const elements = (parser.parse(source) as OrderedNode[])
    .filter((node) => !('?xml' in node))
    .map(toElement)
    .filter((node): node is XmlElement => typeof node !== 'string');
  if (elements.length !== 1) throw new Error(`expected one root element, found ${elements.length}`);
  return elements[0]!;
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
