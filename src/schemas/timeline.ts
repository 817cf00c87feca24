import { z } from 'astro/zod';
import { dataName, dataText, SERVICE_IDS } from './common.ts';

/** content/data/timeline.json: the agency's history, shown on /over/. */
const milestoneSchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  month: z.number().int().min(1).max(12).optional(),
  title: dataName,
  text: dataText,
  service: z.enum(SERVICE_IDS).optional(),
});

export const timelineFileSchema = z.strictObject({ milestones: z.array(milestoneSchema).min(1) });

export type Milestone = z.infer<typeof milestoneSchema>;
