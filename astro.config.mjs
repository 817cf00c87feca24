// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { cssLayerOrder } from './src/integrations/css-layer-order.ts';
import { dataCheck } from './src/integrations/data-check.ts';
import { gisReferencesCheck } from './src/integrations/gis-references-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { reviewReport } from './src/integrations/review-report.ts';
import { TILE_HOST_ORIGIN } from './src/config/map.ts';

/** The one place the public site URL is set (canonical links, sitemap, RSS). */
export const SITE_URL = 'https://egov.oost-vlaanderen.be';

/**
 * Markdown processor for .md and .mdx. Both give GitHub-flavoured Markdown; `unified` uses remark-gfm, the
 * project's GFM parser. MARKDOWN_PROCESSOR lets `npm run bench` measure both; the default is the faster one
 * measured there (see README).
 */
const processorName = process.env.MARKDOWN_PROCESSOR ?? 'satteri';
const processor =
  processorName === 'unified' ? unified({ gfm: false, remarkPlugins: [remarkGfm] }) : satteri({ features: { gfm: true } });

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  output: 'static',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Shiki colours code with inline styles, which the CSP forbids; code blocks are styled by our own CSS.
  markdown: { processor, syntaxHighlight: false },
  integrations: [dataCheck(), gisReferencesCheck(), mdx(), sitemap(), reviewReport(), pagefindIndex()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        `img-src 'self' data: ${TILE_HOST_ORIGIN}`,
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search engine in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    plugins: [cssLayerOrder(new URL('./src/styles/layers.css', import.meta.url))],
    // Every script stays a file: an inlined one would need an inline-script exception in the HTTP CSP.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
