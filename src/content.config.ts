import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { withWrittenDates } from './schemas/frontmatter-dates.ts';
import { eventSchema } from './schemas/event.ts';
import { gisArticleSchema } from './schemas/gis-article.ts';
import { glossaryTermSchema } from './schemas/glossary.ts';
import { guideSchema } from './schemas/guide.ts';
import { newsSchema } from './schemas/news.ts';
import { pageSchema } from './schemas/page.ts';
import { serviceSchema } from './schemas/service.ts';

// Files whose name starts with "_" are drafts and stay out of the site.
const services = defineCollection({
  loader: glob({ base: './content/services', pattern: '**/[^_]*.mdx' }),
  schema: serviceSchema,
});
const guides = defineCollection({
  loader: withWrittenDates(glob({ base: './content/informatieveiligheid', pattern: '**/[^_]*.mdx' }), ['reviewed']),
  schema: guideSchema,
});
const gis = defineCollection({
  loader: withWrittenDates(glob({ base: './content/gis', pattern: '**/[^_]*.mdx' }), ['reviewed']),
  schema: gisArticleSchema,
});
const glossary = defineCollection({
  loader: file('./content/glossary/begrippen.json'),
  schema: glossaryTermSchema,
});
const events = defineCollection({
  loader: glob({ base: './content/events', pattern: '**/[^_]*.md' }),
  schema: eventSchema,
});
const news = defineCollection({
  loader: withWrittenDates(glob({ base: './content/news', pattern: '**/[^_]*.md' }), ['date']),
  schema: newsSchema,
});
const pages = defineCollection({
  loader: glob({ base: './content/pages', pattern: '**/[^_]*.mdx' }),
  schema: pageSchema,
});

export const collections = { services, guides, gis, glossary, events, news, pages };
