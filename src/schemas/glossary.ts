import { z } from 'astro/zod';
import { plainText, slugId } from './common.ts';

/**
 * A term's anchor on /gis/begrippen/. It must start with a letter: an HTML id that starts with a digit cannot be
 * used in a CSS selector without escaping, and "#3d-grb" reads worse in a link than "#grb-3d".
 */
const glossaryId = slugId.regex(/^[a-z]/, {
  error: 'moet met een letter beginnen (het is het anker van het begrip op /gis/begrippen/)',
});

/** One term of the GIS glossary (content/glossary/begrippen.json); its id is the anchor on /gis/begrippen/. */
export const glossaryTermSchema = z.strictObject({
  id: glossaryId,
  term: plainText,
  expansion: plainText.optional(),
  definition: plainText,
  related: z.array(slugId).default([]),
  /**
   * Anchors the term had before it was renamed. The page keeps them as extra ids on the term, so bookmarks and
   * links from other sites still land on it; links in our own content use the current id.
   */
  formerIds: z.array(glossaryId).default([]),
});

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
