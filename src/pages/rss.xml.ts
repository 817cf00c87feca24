import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/ui.ts';
import { getNews } from '../lib/news/news-collection.ts';
import { rssOptions } from '../lib/news/rss.ts';
import { routes } from '../lib/site/routes.ts';

export const GET: APIRoute = async ({ site }) => {
  const news = await getNews();
  const response = await rss(
    rssOptions({
      title: t('news.feedTitle'),
      description: t('news.feedDescription'),
      site: site!,
      feedPath: routes.rss(),
      language: 'nl-BE',
      items: news.map((item) => ({
        title: item.data.title,
        link: routes.newsItem(item.id),
        description: item.data.summary,
        date: item.data.date,
        categories: item.data.tags,
      })),
    }),
  );
  // @astrojs/rss answers with application/xml; feed readers and the dev server should see it as RSS.
  response.headers.set('Content-Type', 'application/rss+xml; charset=utf-8');
  return response;
};
