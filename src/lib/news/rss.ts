/**
 * A small RSS 2.0 writer (https://www.rssboard.org/rss-specification). Every link is made absolute against the
 * site URL, every text is XML-escaped, and only the latest items are kept.
 */

export interface RssItem {
  title: string;
  /** Site-relative ("/nieuws/x/") or absolute URL of the item's page. */
  link: string;
  description: string;
  date: Date;
  categories?: readonly string[];
}

export interface RssChannel {
  title: string;
  description: string;
  /** The site's home page, absolute. */
  site: string | URL;
  /** Site-relative path of the feed itself, for the atom:link self reference. */
  feedPath: string;
  language: string;
  items: readonly RssItem[];
  /** How many of the newest items to keep. */
  limit?: number;
}

export const RSS_ITEM_LIMIT = 20;

/** Characters XML 1.0 does not allow at all, even escaped; they would make the feed unreadable. */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 822 date as RSS 2.0 requires: "Thu, 19 Feb 2015 00:00:00 GMT". */
export function rfc822(date: Date): string {
  return date.toUTCString();
}

/** The newest `limit` items, newest first; items of the same moment keep their given order. */
export function latestItems(items: readonly RssItem[], limit = RSS_ITEM_LIMIT): RssItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, limit);
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

export function renderRss(channel: RssChannel): string {
  const home = new URL('/', channel.site).href;
  const self = new URL(channel.feedPath, channel.site).href;
  const items = latestItems(channel.items, channel.limit);
  // A build from the same content gives the same feed: the channel date is that of the newest item.
  const newest = items[0]?.date;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', channel.title),
    element('link', home),
    element('description', channel.description),
    element('language', channel.language),
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [element('lastBuildDate', rfc822(newest))] : []),
    ...items.map((item) => {
      const link = new URL(item.link, channel.site).href;
      return [
        '<item>',
        element('title', item.title),
        element('link', link),
        `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
        element('description', item.description),
        element('pubDate', rfc822(item.date)),
        ...(item.categories ?? []).map((category) => element('category', category)),
        '</item>',
      ].join('\n');
    }),
    '</channel>',
    '</rss>',
    '',
  ];
  return lines.join('\n');
}
