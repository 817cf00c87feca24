import { z } from 'astro/zod';
import { calendarDate, plainText, slugId } from './common.ts';

export const GUIDE_AUDIENCES = ['management', 'medewerkers', 'ict', 'dpo'] as const;
export const GUIDE_TOPICS = ['beleid', 'toegang', 'systemen', 'incidenten', 'mensen', 'wetgeving'] as const;
export type GuideTopic = (typeof GUIDE_TOPICS)[number];
export type GuideAudience = (typeof GUIDE_AUDIENCES)[number];

/** Frontmatter of a security guide in content/informatieveiligheid/. */
export const guideSchema = z.strictObject({
  title: plainText,
  summary: plainText,
  audience: z.array(z.enum(GUIDE_AUDIENCES)).min(1),
  topic: z.enum(GUIDE_TOPICS),
  /** Date of the last review; the site warns when it is more than 12 months old. */
  reviewed: calendarDate(),
  /** A role, never a person. */
  reviewer: plainText,
  related: z.array(slugId).default([]),
});

export type GuideData = z.infer<typeof guideSchema>;
