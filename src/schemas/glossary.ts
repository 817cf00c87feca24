import { z } from 'astro/zod';
import { plainText, slugId } from './common.ts';

/** One term of the GIS glossary (content/glossary/begrippen.json); its id is the anchor on /gis/begrippen/. */
export const glossaryTermSchema = z.strictObject({
  id: slugId,
  term: plainText,
  expansion: plainText.optional(),
  definition: plainText,
  related: z.array(slugId).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
