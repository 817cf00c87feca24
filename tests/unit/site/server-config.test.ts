import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TILE_HOST_ORIGIN } from '../../../src/config/map.ts';
import {
  contentSecurityPolicy,
  contentTypeFor,
  metaCspDirectives,
  type CspConfig,
} from '../../../src/config/http-headers.ts';
import {
  PRODUCTION_NGINX,
  renderHeadersFile,
  renderNginxConf,
  renderTypedFileRules,
} from '../../../src/lib/site/server-config.ts';
import { routes } from '../../../src/lib/site/routes.ts';

function parse(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values]),
  );
}

const directives = parse(contentSecurityPolicy());
const tilesOff: CspConfig = { tileLayerEnabled: false, tileHostOrigin: TILE_HOST_ORIGIN };
const tilesOn: CspConfig = { tileLayerEnabled: true, tileHostOrigin: TILE_HOST_ORIGIN };

describe('Content-Security-Policy', () => {
  it('allows scripts and styles from the site only, plus WebAssembly compilation for Pagefind', () => {
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toContain('unsafe-inline');
  });

  it('limits images to the site (no tile layer by default) and forbids framing, plugins and foreign forms', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('gives Astro the same directives for its meta tag, without the header-only frame-ancestors', () => {
    const meta = metaCspDirectives().join('; ');
    expect(meta).toContain(`img-src 'self' data:;`);
    expect(meta).not.toContain('frame-ancestors');
  });

  it('with the tile layer off, allows no origin other than the site itself', () => {
    const values = [...parse(contentSecurityPolicy(tilesOff)).values()].flat();
    const foreign = values.filter((value) => !["'self'", "'none'", "'wasm-unsafe-eval'", 'data:'].includes(value));
    expect(foreign).toEqual([]);
    expect(contentSecurityPolicy(tilesOff)).not.toContain(TILE_HOST_ORIGIN);
  });

  it('with the tile layer on, allows the tile origin in img-src and nowhere else', () => {
    const on = parse(contentSecurityPolicy(tilesOn));
    expect(on.get('img-src')).toEqual(["'self'", 'data:', TILE_HOST_ORIGIN]);
    const elsewhere = [...on].filter(([name, values]) => name !== 'img-src' && values.includes(TILE_HOST_ORIGIN));
    expect(elsewhere).toEqual([]);
  });
});

describe('server configuration files', () => {
  it('public/_headers is generated from src/config/http-headers.ts (run npm run gen:headers)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(renderHeadersFile());
  });

  it('deploy/nginx.conf is generated from src/config/http-headers.ts (run npm run gen:headers)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(renderNginxConf(PRODUCTION_NGINX));
  });

  it('caches only the hashed /_astro/ files for a year', () => {
    const headers = renderHeadersFile();
    const immutableRules = headers.split('\n\n').filter((block) => block.includes('immutable'));
    expect(immutableRules).toEqual(['/_astro/*\n  Cache-Control: public, max-age=31536000, immutable']);
    const nginx = renderNginxConf(PRODUCTION_NGINX);
    expect(nginx.match(/immutable/g)).toHaveLength(1);
    expect(nginx).toMatch(/location \/_astro\/ \{[^}]*immutable/);
    expect(nginx).toMatch(/location \/pagefind\/ \{[^}]*must-revalidate/);
  });

  it('writes one content-type rule per data file, and refuses an extension without a known type', () => {
    expect(renderTypedFileRules([routes.openDataFile('besturen.geojson'), routes.agenda()])).toBe(
      '\n/gis/netwerk/agenda.ics\n  Content-Type: text/calendar; charset=utf-8\n' +
        '\n/open-data/besturen.geojson\n  Content-Type: application/geo+json\n',
    );
    expect(() => renderTypedFileRules(['/data.xyz'])).toThrow(/No content type for \/data\.xyz/);
  });

  it('serves the data formats with their own types', () => {
    expect(contentTypeFor('agenda.ics')).toBe('text/calendar; charset=utf-8');
    expect(contentTypeFor('besturen.geojson')).toBe('application/geo+json');
    expect(contentTypeFor('overeenkomsten.csv')).toBe('text/csv; charset=utf-8');
    expect(contentTypeFor('wasm.nl.pagefind')).toBeUndefined();
    expect(contentTypeFor('engine.wasm')).toBe('application/wasm');
  });
});
