import { describe, expect, it } from 'vitest';
import {
  ISLAND_STRINGS_SELECTOR,
  readIslandStrings,
  serializeIslandStrings,
} from '../../../src/lib/site/island-strings.ts';

/** Just enough of an element for readIslandStrings: the tests run in Node, without a DOM. */
function host(json?: string): Element {
  return {
    localName: 'site-search',
    querySelector: (selector: string) =>
      selector === ISLAND_STRINGS_SELECTOR && json !== undefined ? { textContent: json } : null,
  } as unknown as Element;
}

describe('island strings', () => {
  it('round-trips strings, including a closing script tag', () => {
    const strings = { status: 'Zoek naar </script><b>', count: { one: '1 resultaat', other: '{count} resultaten' } };
    const json = serializeIslandStrings(strings);
    expect(json).not.toContain('</script>');
    expect(readIslandStrings(host(json))).toEqual(strings);
  });

  it('names the element when its strings are missing', () => {
    expect(() => readIslandStrings(host())).toThrow(/<site-search>/);
  });
});
