import { z } from 'astro/zod';
import { calendarDate, plainText, SERVICE_IDS, slugId } from './common.ts';

export const GIS_THEMES = ['grb', 'registers', 'techniek', 'data', 'organisatie', 'toepassingen'] as const;
export type GisTheme = (typeof GIS_THEMES)[number];

/** Frontmatter of a GIS know-how article in content/gis/. */
export const gisArticleSchema = z.strictObject({
  title: plainText,
  summary: plainText,
  theme: z.enum(GIS_THEMES),
  reviewed: calendarDate(),
  related: z.array(slugId).default([]),
  services: z.array(z.enum(SERVICE_IDS)).default([]),
});

export type GisArticleData = z.infer<typeof gisArticleSchema>;
