import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { escapeXml, RSS_ITEM_LIMIT, rssItems, rssOptions, type RssItem } from '../../../src/lib/news/rss.ts';
import { childText, children, parseXml } from '../xml.ts';
import { routes } from '../../../src/lib/site/routes.ts';

const site = 'https://example.be';

function item(day: number, extra: Partial<RssItem> = {}): RssItem {
  const date = new Date(Date.UTC(2020, 0, day));
  return {
    title: `Bericht ${day}`,
    link: routes.newsItem(`bericht-${day}`),
    description: `Samenvatting ${day}`,
    date,
    ...extra,
  };
}

/** The feed as the endpoint writes it: our options through @astrojs/rss. */
async function feed(items: RssItem[]) {
  const xml = await getRssString(
    rssOptions({ title: 'Nieuws', description: 'Het nieuws', site, feedPath: routes.rss(), language: 'nl-BE', items }),
  );
  const rss = parseXml(xml);
  const [channel] = children(rss, 'channel');
  return { xml, rss, channel: channel!, items: children(channel!, 'item') };
}

describe('rssItems', () => {
  it('builds the @astrojs/rss items: newest first, absolute links, dates and categories kept', () => {
    const built = rssItems(
      [item(1, { categories: ['gis'] }), item(3), item(2, { link: 'https://example.be/al-absoluut/' })],
      site,
      2,
    );
    expect(built).toEqual([
      {
        title: 'Bericht 3',
        link: 'https://example.be/nieuws/bericht-3/',
        description: 'Samenvatting 3',
        pubDate: new Date(Date.UTC(2020, 0, 3)),
      },
      {
        title: 'Bericht 2',
        link: 'https://example.be/al-absoluut/',
        description: 'Samenvatting 2',
        pubDate: new Date(Date.UTC(2020, 0, 2)),
      },
    ]);
    expect(rssItems([item(1, { categories: ['gis', 'r&d'] })], site)[0]?.categories).toEqual(['gis', 'r&d']);
  });
});

describe('the feed written by @astrojs/rss', () => {
  it('writes a well-formed RSS 2.0 document with a self reference', async () => {
    const { xml, rss, channel } = await feed([item(1)]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><rss')).toBe(true);
    expect(rss.name).toBe('rss');
    expect(rss.attributes.version).toBe('2.0');
    expect(rss.attributes['xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(childText(channel, 'title')).toBe('Nieuws');
    expect(childText(channel, 'link')).toBe('https://example.be/');
    expect(childText(channel, 'language')).toBe('nl-BE');
    const [self] = children(channel, 'atom:link');
    expect(self?.attributes).toEqual({ href: 'https://example.be/rss.xml', rel: 'self', type: 'application/rss+xml' });
  });

  it('makes every item link and guid absolute', async () => {
    const { items } = await feed([item(1), item(2, { link: 'https://example.be/al-absoluut/' })]);
    expect(items.map((i) => childText(i, 'link'))).toEqual([
      'https://example.be/al-absoluut/',
      'https://example.be/nieuws/bericht-1/',
    ]);
    for (const i of items) {
      const [guid] = children(i, 'guid');
      expect(guid?.text).toBe(childText(i, 'link'));
      expect(guid?.attributes.isPermaLink).toBe('true');
    }
  });

  it('escapes markup characters in text and keeps them readable after parsing', async () => {
    const title = `R&D <b>"nieuw"</b> & 'oud'`;
    const { xml, items } = await feed([item(1, { title, description: 'a < b && c > d', categories: ['r&d'] })]);
    expect(xml).not.toContain('<b>');
    expect(xml).toContain('R&amp;D &lt;b&gt;');
    expect(childText(items[0]!, 'title')).toBe(title);
    expect(childText(items[0]!, 'description')).toBe('a < b && c > d');
    expect(childText(items[0]!, 'category')).toBe('r&d');
  });

  it('drops control characters that XML cannot carry', async () => {
    expect(escapeXml('a\u0001b\u000Bc\td')).toBe('abc\td');
    const { items } = await feed([item(1, { title: 'a\u0001b', description: 'c\u000Bd' })]);
    expect(childText(items[0]!, 'title')).toBe('ab');
    expect(childText(items[0]!, 'description')).toBe('cd');
  });

  it(`keeps only the latest ${RSS_ITEM_LIMIT} items, newest first`, async () => {
    const all = Array.from({ length: RSS_ITEM_LIMIT + 5 }, (_, i) => item(i + 1));
    // Out of order on purpose: odd days first, then even ones.
    const shuffled = [...all.filter((_, i) => i % 2 === 0), ...all.filter((_, i) => i % 2 === 1)];
    const { channel, items } = await feed(shuffled);
    const expected = all
      .slice(-RSS_ITEM_LIMIT)
      .reverse()
      .map((i) => i.title);
    expect(items.map((i) => childText(i, 'title'))).toEqual(expected);
    expect(childText(channel, 'lastBuildDate')).toBe(all.at(-1)!.date.toUTCString());
  });

  it('writes dates in RFC 822 form', async () => {
    const { items } = await feed([item(19)]);
    expect(childText(items[0]!, 'pubDate')).toBe('Sun, 19 Jan 2020 00:00:00 GMT');
  });

  it('writes a valid empty channel when there is no news yet', async () => {
    const { channel, items } = await feed([]);
    expect(items).toEqual([]);
    expect(children(channel, 'lastBuildDate')).toEqual([]);
  });
});

describe('the test XML reader itself', () => {
  it('rejects what a real parser rejects', () => {
    expect(() => parseXml('<a>R&D</a>')).toThrow();
    expect(() => parseXml('<a><b></a></b>')).toThrow();
    expect(() => parseXml('<a>1 < 2</a>')).toThrow();
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a/><b/>')).toThrow();
  });
});
