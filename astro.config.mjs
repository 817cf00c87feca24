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
import { typedFileHeaders } from './src/integrations/typed-file-headers.ts';
import { cspSources, metaCspDirectives } from './src/config/http-headers.ts';

/** The one place the public site URL is set (canonical links, sitemap, RSS). */
export const SITE_URL = 'https://egov.oost-vlaanderen.be';

/**
 * Markdown processor for .md and .mdx. Both give GitHub-flavoured Markdown; `unified` uses remark-gfm, the
 * project's GFM parser, which src/lib/checklist.ts also uses. MARKDOWN_PROCESSOR lets `npm run bench` measure both.
 * Sätteri is the default because it measured faster: 25 s against 38 s for the site plus 1,000 generated pages, and
 * less memory (README, "Benchmark").
 */
const processorName = process.env.MARKDOWN_PROCESSOR ?? 'satteri';
const processor =
  processorName === 'unified'
    ? unified({ gfm: false, remarkPlugins: [remarkGfm] })
    : satteri({ features: { gfm: true } });

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  output: 'static',
  build: {
    format: 'directory',
    // Every stylesheet and script stays an external file: the CSP header (src/config/http-headers.ts) allows only
    // 'self', while Astro's meta CSP would allow inlined ones by hash; both policies apply, so nothing may be inline.
    inlineStylesheets: 'never',
  },
  // Shiki colours code with inline styles, which the CSP forbids; code blocks are styled by our own CSS.
  markdown: { processor, syntaxHighlight: false },
  integrations: [
    dataCheck(),
    gisReferencesCheck(),
    mdx(),
    sitemap(),
    reviewReport(),
    typedFileHeaders(),
    pagefindIndex(),
  ],
  security: {
    csp: {
      // One source with public/_headers and deploy/nginx.conf; Astro adds hashes to script-src and style-src.
      directives: metaCspDirectives(),
      scriptDirective: { resources: cspSources('script-src') },
      styleDirective: { resources: cspSources('style-src') },
    },
  },
  vite: {
    plugins: [cssLayerOrder(new URL('./src/styles/layers.css', import.meta.url))],
    // Vite would otherwise inline small scripts (and assets) into the page, which the header CSP blocks.
    build: { assetsInlineLimit: 0 },
  },
  devToolbar: { enabled: false },
});
