import { describe, expect, it } from 'vitest';
import { renderRobotsTxt } from '../../../src/lib/site/robots-txt.ts';

describe('renderRobotsTxt', () => {
  it('allows crawling and points to the absolute sitemap index', () => {
    const text = renderRobotsTxt('https://example.be');
    expect(text.split('\n')).toContain('User-agent: *');
    expect(text).toMatch(/^Sitemap: https:\/\/example\.be\/sitemap-index\.xml$/m);
    expect(text).not.toMatch(/^Disallow: \/$/m);
  });
});
