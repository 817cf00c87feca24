import { z } from 'astro/zod';
import { calendarDate, metaDescription, PILLARS, plainText } from './common.ts';

/** Frontmatter of a news item in content/news/. */
export const newsSchema = z.strictObject({
  title: plainText,
  date: calendarDate(),
  /** Shown in lists and the RSS feed, and used as the page's meta description. */
  summary: metaDescription,
  tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/)).min(1),
  pillar: z.enum([...PILLARS, 'algemeen']),
});

export type NewsData = z.infer<typeof newsSchema>;
