/**
 * News items: ordering, links and related items. Pure functions over anything shaped like a `news` collection
 * entry, so the unit tests need no Astro runtime (collection access lives in news-collection.ts).
 */
import type { NewsData } from '../../schemas/news.ts';

export interface NewsItem {
  /** File name without extension; also the URL segment. */
  id: string;
  data: NewsData;
}

/** Items per page on /nieuws/. */
export const NEWS_PAGE_SIZE = 10;
/** Items on the home page. */
export const HOME_NEWS_COUNT = 3;

/** Newest first; items of the same day by id so the order never depends on the file system. */
export function newestFirst<T extends NewsItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => b.data.date.getTime() - a.data.date.getTime() || a.id.localeCompare(b.id));
}

/**
 * Items that share tags or the pillar with `current`, best match first. A shared tag weighs more than a shared
 * pillar, because tags are specific and "algemeen" spans everything; items sharing nothing are left out.
 */
export function relatedNews<T extends NewsItem>(current: NewsItem, items: readonly T[], limit = 3): T[] {
  const tags = new Set(current.data.tags);
  return (
    newestFirst(items)
      .filter((item) => item.id !== current.id)
      .map((item) => {
        const sharedTags = item.data.tags.filter((tag) => tags.has(tag)).length;
        const samePillar = item.data.pillar === current.data.pillar ? 1 : 0;
        return { item, score: sharedTags * 2 + samePillar };
      })
      .filter(({ score }) => score > 0)
      // Array#sort is stable, so equal scores keep the newest-first order.
      .sort((a, b) => b.score - a.score)
      .slice(0, limit)
      .map(({ item }) => item)
  );
}
