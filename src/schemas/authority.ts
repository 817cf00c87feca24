import { z } from 'astro/zod';
import { dataName, httpsUrl, slugId } from './common.ts';

export const AUTHORITY_TYPES = ['gemeente', 'ocmw', 'politiezone', 'hulpverleningszone', 'andere'] as const;
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];

const authoritySchema = z.strictObject({
  id: slugId,
  name: dataName,
  type: z.enum(AUTHORITY_TYPES),
  /** NIS codes of every municipality the authority covers (a police zone lists all of its municipalities). */
  municipalities: z.array(z.string()).min(1, { error: 'moet minstens één gemeente bevatten' }),
  website: httpsUrl.optional(),
});

export const authoritiesFileSchema = z.strictObject({
  authorities: z.array(authoritySchema),
});

export type Authority = z.infer<typeof authoritySchema>;
