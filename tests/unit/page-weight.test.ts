import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight } from '../../scripts/lib/page-weight.ts';
import { routes } from '../../src/lib/site/routes.ts';

function fakeDist(): string {
  const dist = mkdtempSync(join(tmpdir(), 'weight-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'leden'));
  writeFileSync(join(dist, '_astro/site.css'), 'body{color:red}');
  writeFileSync(join(dist, '_astro/island.js'), 'import "./shared.js";const m=()=>import("./leaflet.js");');
  writeFileSync(join(dist, '_astro/shared.js'), 'export const x=1;');
  writeFileSync(join(dist, '_astro/leaflet.js'), 'import "./leaflet.css";'.padEnd(2000, ' '));
  writeFileSync(join(dist, '_astro/leaflet.css'), '.leaflet{}');
  writeFileSync(join(dist, 'index.html'), '<link rel="stylesheet" href="/_astro/site.css"><p>home</p>');
  writeFileSync(
    join(dist, 'leden/index.html'),
    '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/island.js"></script><member-map data-src="/leden/kaart.json"></member-map>',
  );
  writeFileSync(join(dist, 'leden/kaart.json'), JSON.stringify({ authorities: 'x'.repeat(500) }));
  mkdirSync(join(dist, 'stil'));
  // Without a script nothing fetches the file: it does not count.
  writeFileSync(join(dist, 'stil/index.html'), '<div data-src="/leden/kaart.json"></div>');
  return dist;
}

describe('pageWeight', () => {
  const dist = fakeDist();

  it('counts 0 bytes of JavaScript for a page without scripts', () => {
    const weight = pageWeight(dist, '/');
    expect(weight.js).toEqual({ raw: 0, gzip: 0 });
    expect(weight.cssFiles).toEqual(['/_astro/site.css']);
    expect(weight.css.raw).toBe('body{color:red}'.length);
  });

  it('follows static and dynamic imports, and CSS imported by scripts', () => {
    const weight = pageWeight(dist, routes.members());
    expect(weight.jsFiles.sort()).toEqual(['/_astro/island.js', '/_astro/leaflet.js', '/_astro/shared.js']);
    expect(weight.cssFiles.sort()).toEqual(['/_astro/leaflet.css', '/_astro/site.css']);
    expect(weight.js.raw).toBeGreaterThan(2000);
  });

  it('counts the data an island fetches (data-src), only on a page with scripts', () => {
    const weight = pageWeight(dist, '/leden/');
    expect(weight.dataFiles).toEqual(['/leden/kaart.json']);
    expect(weight.data.raw).toBe(JSON.stringify({ authorities: 'x'.repeat(500) }).length);
    expect(pageWeight(dist, '/stil/').data).toEqual({ raw: 0, gzip: 0 });
  });

  it('reports gzip sizes as gzip would compress the file', () => {
    const html = '<link rel="stylesheet" href="/_astro/site.css"><p>home</p>';
    expect(pageWeight(dist, '/').html.gzip).toBe(gzipSync(Buffer.from(html), { level: 9 }).length);
  });
});
