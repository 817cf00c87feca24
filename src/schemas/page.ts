import { z } from 'astro/zod';
import { plainText } from './common.ts';

/** Frontmatter of an organisation page in content/pages/ (over, contact, toegankelijkheid, privacy). */
export const pageSchema = z.strictObject({
  title: plainText,
  description: plainText.refine((s) => s.length >= 50, { error: 'moet minstens 50 tekens lang zijn' }),
});

export type PageData = z.infer<typeof pageSchema>;
