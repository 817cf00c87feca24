import { z } from 'astro/zod';
import { metaDescription, plainText } from './common.ts';

/** Frontmatter of an organisation page in content/pages/ (over, contact, toegankelijkheid, privacy). */
export const pageSchema = z.strictObject({
  title: plainText,
  description: metaDescription,
});
