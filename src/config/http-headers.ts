/**
 * HTTP response headers of the deployed site: the one source for the Content-Security-Policy (Astro's meta tag,
 * `public/_headers` and `deploy/nginx.conf`), the other security headers, caching and the content types of the data
 * files. `npm run gen:headers` writes the two server files from here; a unit test fails when they drift.
 */
import { TILE_HOST_ORIGIN, TILE_LAYER_ENABLED } from './map.ts';
import { routes } from '../lib/site/routes.ts';

type DirectiveName =
  | 'default-src'
  | 'script-src'
  | 'style-src'
  | 'img-src'
  | 'connect-src'
  | 'font-src'
  | 'object-src'
  | 'base-uri'
  | 'form-action'
  | 'frame-ancestors';

/** The settings the policy depends on: with the background layer off, no other host is allowed at all. */
export interface CspConfig {
  tileLayerEnabled: boolean;
  tileHostOrigin: string;
}

const SITE_CSP_CONFIG: CspConfig = { tileLayerEnabled: TILE_LAYER_ENABLED, tileHostOrigin: TILE_HOST_ORIGIN };

type Directives = ReadonlyArray<readonly [DirectiveName, readonly string[]]>;

/** CSP directives. Pagefind compiles its WebAssembly engine in the browser, hence 'wasm-unsafe-eval'. */
function cspDirectives(config: CspConfig = SITE_CSP_CONFIG): Directives {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:', ...(config.tileLayerEnabled ? [config.tileHostOrigin] : [])]],
    ['connect-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    // Browsers ignore frame-ancestors in a meta tag; it only works as a header.
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The site's directives, following src/config/map.ts. */
const CSP_DIRECTIVES: Directives = cspDirectives();

/** The policy as one header value. */
export function contentSecurityPolicy(config: CspConfig = SITE_CSP_CONFIG): string {
  return cspDirectives(config)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Sources of one directive (script-src, style-src) for Astro's `security.csp` settings. */
export function cspSources(directive: DirectiveName): string[] {
  const found = CSP_DIRECTIVES.find(([name]) => name === directive);
  if (!found) throw new Error(`No CSP directive "${directive}" in src/config/http-headers.ts`);
  return [...found[1]];
}

/**
 * Directives for Astro's meta tag: all but script-src and style-src (Astro writes those itself, adding hashes) and
 * frame-ancestors (not allowed in a meta tag).
 */
type MetaDirectiveName = Exclude<DirectiveName, 'script-src' | 'style-src' | 'frame-ancestors'>;
export function metaCspDirectives(): `${MetaDirectiveName} ${string}`[] {
  const inMeta = (
    entry: readonly [DirectiveName, readonly string[]],
  ): entry is readonly [MetaDirectiveName, readonly string[]] =>
    !['script-src', 'style-src', 'frame-ancestors'].includes(entry[0]);
  return CSP_DIRECTIVES.filter(inMeta).map(([name, values]) => `${name} ${values.join(' ')}` as const);
}

/** Headers on every response, pages and files alike (and the 404 page). */
export function securityHeaders(): ReadonlyArray<readonly [string, string]> {
  return [
    ['Content-Security-Policy', contentSecurityPolicy()],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
  ];
}

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and unhashed files: browsers may keep them but must ask the server (cheap with ETag) before using them. */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Path prefixes and their caching. Only Astro's /_astro/ files have a content hash in every file name. Pagefind's
 * pagefind.js, pagefind-entry.json and wasm.*.pagefind keep the same name from build to build, so /pagefind/ must
 * revalidate.
 */
export const CACHE_RULES: ReadonlyArray<{ prefix: string; cacheControl: string }> = [
  { prefix: '/_astro/', cacheControl: CACHE_IMMUTABLE },
  { prefix: routes.pagefind(), cacheControl: CACHE_REVALIDATE },
];

/** Content types the site's own files need, by extension (the first is the canonical one). */
export const CONTENT_TYPES: ReadonlyArray<{ type: string; extensions: readonly string[]; charset: boolean }> = [
  { type: 'text/html', extensions: ['html'], charset: true },
  { type: 'text/css', extensions: ['css'], charset: true },
  { type: 'text/javascript', extensions: ['js', 'mjs'], charset: true },
  { type: 'application/json', extensions: ['json'], charset: false },
  { type: 'application/geo+json', extensions: ['geojson'], charset: false },
  { type: 'text/csv', extensions: ['csv'], charset: true },
  { type: 'text/calendar', extensions: ['ics'], charset: true },
  { type: 'application/rss+xml', extensions: ['rss'], charset: true },
  { type: 'application/xml', extensions: ['xml'], charset: true },
  { type: 'text/plain', extensions: ['txt'], charset: true },
  { type: 'image/svg+xml', extensions: ['svg'], charset: false },
  { type: 'image/png', extensions: ['png'], charset: false },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], charset: false },
  { type: 'image/webp', extensions: ['webp'], charset: false },
  { type: 'image/avif', extensions: ['avif'], charset: false },
  { type: 'image/x-icon', extensions: ['ico'], charset: false },
  { type: 'application/wasm', extensions: ['wasm'], charset: false },
  { type: 'application/pdf', extensions: ['pdf'], charset: false },
  { type: 'font/woff2', extensions: ['woff2'], charset: false },
];

/** The full Content-Type header value for a file name, or undefined for an unknown extension. */
export function contentTypeFor(fileName: string): string | undefined {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  const entry = CONTENT_TYPES.find((candidate) => candidate.extensions.includes(extension));
  if (!entry) return undefined;
  return entry.charset ? `${entry.type}; charset=utf-8` : entry.type;
}

/**
 * Extensions whose type static hosts may not know: the build names every such file of dist/ in dist/_headers
 * (src/integrations/typed-file-headers.ts), so the download opens in the right program.
 */
export const TYPED_EXTENSIONS: readonly string[] = ['csv', 'geojson', 'ics'];
