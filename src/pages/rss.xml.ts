import type { APIRoute } from 'astro';
import { t } from '../i18n/ui.ts';
import { getNews } from '../lib/news/news-collection.ts';
import { newsHref } from '../lib/news/news.ts';
import { renderRss } from '../lib/news/rss.ts';

export const GET: APIRoute = async ({ site }) => {
  const news = await getNews();
  const body = renderRss({
    title: t('news.feedTitle'),
    description: t('news.feedDescription'),
    site: site!,
    feedPath: '/rss.xml',
    language: 'nl-BE',
    items: news.map((item) => ({
      title: item.data.title,
      link: newsHref(item.id),
      description: item.data.summary,
      date: item.data.date,
      categories: item.data.tags,
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
