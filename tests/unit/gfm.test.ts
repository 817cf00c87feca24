/**
 * GitHub-flavoured Markdown (tables, task lists, footnotes, autolinks, strikethrough) must work in .md and .mdx.
 * .md goes through the Markdown processor configured in astro.config.mjs; .mdx through Astro's MDX pipeline.
 */
import { readFileSync } from 'node:fs';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import * as mdx from '../fixtures/gfm/sample.mdx';

function expectGfm(html: string): void {
  expect(html).toMatch(/<table>[\s\S]*<th>Dienst<\/th>[\s\S]*<td>2006<\/td>/);
  expect(html).toMatch(/<input[^>]*type="checkbox"[^>]*checked[^>]*>/);
  expect(html.match(/type="checkbox"/g)).toHaveLength(2);
  expect(html).toContain('<a href="https://www.vlaanderen.be">https://www.vlaanderen.be</a>');
  expect(html).toContain('<del>oud</del>');
  expect(html).toMatch(/<sup><a href="#[^"]*fn-1"[^>]*>1<\/a><\/sup>/);
  expect(html).toContain('De uitleg bij de voetnoot.');
}

describe('GitHub-flavoured Markdown', () => {
  it('works in .md with the configured processor', async () => {
    const processor = config.markdown!.processor!;
    const renderer = await processor.createRenderer({});
    const source = readFileSync('tests/fixtures/gfm/sample.md', 'utf8').replace(/^---[\s\S]*?---\n/, '');
    const { code } = await renderer.render(source);
    expectGfm(code);
  });

  it('works in .mdx', async () => {
    const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
    expectGfm(await container.renderToString(mdx.default as never));
  });
});
