/**
 * The news feed's content for @astrojs/rss (https://docs.astro.build/en/recipes/rss/), which writes and escapes the
 * RSS 2.0 document. What it leaves to us is kept here as pure functions: the newest items only, links absolute
 * against the site URL, and the channel fields it has no option for (language, self reference, build date).
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';

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

const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Characters XML 1.0 does not allow at all, even escaped; they would make the feed unreadable. */
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text without the characters XML cannot carry; @astrojs/rss escapes markup characters but keeps these. */
function xmlText(value: string): string {
  return value.replace(INVALID_XML_CHARS, '');
}

/** For the raw XML passed as customData, which @astrojs/rss inserts as written. */
export function escapeXml(value: string): string {
  return xmlText(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 822 date as RSS 2.0 requires: "Thu, 19 Feb 2015 00:00:00 GMT". */
function rfc822(date: Date): string {
  return date.toUTCString();
}

/** The newest `limit` items, newest first; items of the same moment keep their given order. */
function latestItems(items: readonly RssItem[], limit = RSS_ITEM_LIMIT): RssItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime()).slice(0, limit);
}

/** The feed's items for @astrojs/rss: newest first, at most `limit`, every link absolute. */
export function rssItems(items: readonly RssItem[], site: string | URL, limit = RSS_ITEM_LIMIT): RSSFeedItem[] {
  return latestItems(items, limit).map((item) => ({
    title: xmlText(item.title),
    // Absolute already, so @astrojs/rss uses it as it is and the guid equals the link.
    link: new URL(item.link, site).href,
    description: xmlText(item.description),
    pubDate: item.date,
    ...(item.categories ? { categories: item.categories.map(xmlText) } : {}),
  }));
}

/** The options for `rss()` / `getRssString()` of @astrojs/rss. */
export function rssOptions(channel: RssChannel): RSSOptions {
  const items = rssItems(channel.items, channel.site, channel.limit);
  const self = new URL(channel.feedPath, channel.site).href;
  // A build from the same content gives the same feed: the channel date is that of the newest item.
  const newest = latestItems(channel.items, channel.limit)[0]?.date;
  const customData = [
    `<language>${escapeXml(channel.language)}</language>`,
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${rfc822(newest)}</lastBuildDate>`] : []),
  ].join('');
  return {
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    site: new URL('/', channel.site).href,
    xmlns: { atom: ATOM_NS },
    customData,
    items,
  };
}
