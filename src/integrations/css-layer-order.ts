/**
 * Cascade layers rank by first appearance, and Astro may load a component's stylesheet before the global one.
 * This plugin puts the one layer-order statement from src/styles/layers.css at the top of every stylesheet, so the
 * order holds whichever file the browser reads first.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

export function cssLayerOrder(layersFile: URL): Plugin {
  const statement = readFileSync(layersFile, 'utf8').match(/@layer[^;{]+;/)?.[0];
  if (!statement) throw new Error(`${layersFile.pathname}: geen @layer-volgorde gevonden`);
  return {
    name: 'piva:css-layer-order',
    enforce: 'pre',
    transform(code, id) {
      const isStyle = /\.css($|\?)/.test(id) || /[?&]type=style/.test(id);
      if (!isStyle || code.startsWith(statement)) return undefined;
      return { code: `${statement}\n${code}`, map: null };
    },
  };
}
