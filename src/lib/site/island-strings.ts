/**
 * The one way UI strings reach an island: the server renders them, from src/i18n, into a JSON data block inside the
 * island's element (IslandStrings.astro), and the island reads them here. A data block is not executed, so the
 * strict CSP allows it, and the browser never loads the whole dictionary. Browser-safe.
 */
export const ISLAND_STRINGS_SELECTOR = 'script[type="application/json"][data-island-strings]';

/** `<` written as `\u003c`, so no string can close the data block early (`</script>`). */
export function serializeIslandStrings(strings: unknown): string {
  return JSON.stringify(strings).replace(/</g, '\\u003c');
}

/** The strings rendered inside `host`; throws with the element's name when they are missing, so the gap is seen. */
export function readIslandStrings<T>(host: Element): T {
  const block = host.querySelector(ISLAND_STRINGS_SELECTOR);
  if (!block?.textContent) throw new Error(`<${host.localName}>: de UI-teksten ontbreken (${ISLAND_STRINGS_SELECTOR})`);
  return JSON.parse(block.textContent) as T;
}
