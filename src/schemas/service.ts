import { z } from 'astro/zod';
import { PILLARS, plainText } from './common.ts';

const SERVICE_KINDS = ['gedeeld', 'project'] as const;

/** Frontmatter of content/services/<service-id>.mdx; the file name is the service id. */
export const serviceSchema = z.strictObject({
  title: plainText,
  summary: plainText.refine((s) => s.length <= 200, { error: 'mag hoogstens 200 tekens lang zijn' }),
  pillar: z.enum(PILLARS),
  kind: z.enum(SERVICE_KINDS),
  since: z.number().int().min(2000).max(2100),
  audience: plainText,
  order: z.number().int().min(1),
});
