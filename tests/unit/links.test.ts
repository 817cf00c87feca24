import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineCodeProblems, pageIds, pageReferences, scanTags } from '../../scripts/lib/html-scan.ts';
import { checkLinks, formatBrokenLinks, pageUrlOf } from '../../scripts/lib/links.ts';
import { routes } from '../../src/lib/site/routes.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body>${body}</body></html>`;

describe('scanTags', () => {
  it('reads quoted, unquoted and valueless attributes and decodes references', () => {
    const [tag] = scanTags(`<a href="/a/?x=1&amp;y=2" data-x=plain hidden title='it&#39;s'>x</a>`);
    expect(tag!.name).toBe('a');
    expect(tag!.attrs.get('href')).toBe('/a/?x=1&y=2');
    expect(tag!.attrs.get('data-x')).toBe('plain');
    expect(tag!.attrs.get('hidden')).toBe('');
    expect(tag!.attrs.get('title')).toBe("it's");
  });

  it('skips comments and the content of scripts and styles', () => {
    const tags =
      scanTags(`<!-- <a href="/comment/"> --><script src="/s.js"></script><script>let a = "<a href='/x/'>";</script>
      <style>a[href="/y/"]{}</style><a href="/real/">`);
    expect(tags.map((t) => t.name)).toEqual(['script', 'script', 'style', 'a']);
    expect(tags[0]!.hasContent).toBe(false);
    expect(tags[1]!.hasContent).toBe(true);
    expect(pageReferences(tags).map((r) => r.value)).toEqual(['/s.js', '/real/']);
  });

  it('lists every URL of a srcset and collects ids and anchor names', () => {
    const tags = scanTags(
      `<img src="/a.png" srcset="/a-1x.png 1x, /a-2x.png 2x" alt=""><h2 id="kop">k</h2><a name="oud"></a>`,
    );
    expect(pageReferences(tags).map((r) => r.value)).toEqual(['/a.png', '/a-1x.png', '/a-2x.png']);
    expect([...pageIds(tags)]).toEqual(['kop', 'oud']);
  });
});

describe('inlineCodeProblems', () => {
  it('accepts script and stylesheet files and JSON data blocks', () => {
    const tags =
      scanTags(`<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script>
      <script type="application/ld+json">{"a":1}</script>`);
    expect(inlineCodeProblems(tags)).toEqual([]);
  });

  it('names each kind of inline code the CSP header blocks', () => {
    const tags = scanTags(`<style>p{}</style><script>go()</script><p style="color:red" onclick="go()">x</p>`);
    expect(inlineCodeProblems(tags)).toEqual([
      '<style> element (the CSP header allows only stylesheet files)',
      'inline <script> (the CSP header allows only script files)',
      'style attribute on <p> (blocked by the CSP)',
      'onclick attribute on <p> (inline event handler, blocked by the CSP)',
    ]);
  });
});

describe('pageUrlOf', () => {
  it('maps built files to the URLs visitors use', () => {
    expect(pageUrlOf('index.html')).toBe('/');
    expect(pageUrlOf('diensten/gis-operator/index.html')).toBe(routes.service('gis-operator'));
    expect(pageUrlOf('404.html')).toBe(routes.notFound());
  });
});

describe('checkLinks', () => {
  let dist: string;
  const write = (file: string, content: string) => {
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), content);
  };

  beforeAll(() => {
    dist = mkdtempSync(join(tmpdir(), 'links-test-'));
    write(
      'index.html',
      page(`<h1 id="top">Home</h1>
        <a href="/diensten/">ok page</a>
        <a href="diensten/#lijst">ok relative with anchor</a>
        <a href="#top">ok same-page anchor</a>
        <a href="#">ok top</a>
        <a href="/open-data/data.csv">ok file</a>
        <img src="/logo.svg" alt="">
        <a href="https://egov.example.be/diensten/">ok own origin</a>
        <a href="mailto:info@example.be">ok mail</a><a href="tel:+3292000000">ok phone</a>
        <a href="https://example.org/">ok external</a>
        <a href="/zoeken/?q=wachtwoord">ok query</a>`),
    );
    write(
      'diensten/index.html',
      page(`<ul id="lijst"><li><a href="../">ok up</a></li></ul>
        <a href="/ontbreekt/">missing page</a>
        <a href="/diensten">no slash</a>
        <a href="/#nergens">missing anchor</a>
        <a href="#ook-niet">missing same-page anchor</a>
        <img src="/beeld.png" alt="">
        <a href="http://example.org/">plain http</a>
        <a href="https://egov.example.be/weg/">own origin missing</a>
        <a href="/ontbreekt/">missing page again</a>`),
    );
    write('zoeken/index.html', page('<h1>Zoeken</h1>'));
    write('open-data/data.csv', 'a,b\n');
    write('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  });
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('passes working links and lists each broken one once with the page it is on', () => {
    const report = checkLinks(dist, ['https://egov.example.be']);
    expect(report.pages).toBe(3);
    expect(report.broken.filter((b) => b.page === '/')).toEqual([]);
    expect(report.broken.map(({ page, href, reason }) => [page, href, reason])).toEqual([
      [routes.services(), '/ontbreekt/', 'page not found'],
      [routes.services(), '/diensten', 'page link without trailing slash'],
      [routes.services(), '/#nergens', 'no element with id "nergens" on the target page'],
      [routes.services(), '#ook-niet', 'no element with id "ook-niet" on this page'],
      [routes.services(), '/beeld.png', 'file not found'],
      [routes.services(), 'http://example.org/', 'external link without https'],
      [routes.services(), 'https://egov.example.be/weg/', 'page not found'],
    ]);
    expect(formatBrokenLinks(report.broken)).toContain('/diensten/\n  /ontbreekt/  (page not found)');
  });

  it('treats the production origin as external when it is not named', () => {
    const report = checkLinks(dist);
    expect(report.broken.some((b) => b.href.startsWith('https://egov.example.be'))).toBe(false);
  });
});
