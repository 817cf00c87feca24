/** The `news` collection, newest first. Kept apart from news.ts so that module stays free of Astro. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestFirst } from './news.ts';

export type NewsEntry = CollectionEntry<'news'>;

export async function getNews(): Promise<NewsEntry[]> {
  return newestFirst(await getCollection('news'));
}
