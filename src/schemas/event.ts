import { z } from 'astro/zod';
import { isoDate, plainText } from './common.ts';

/** Local wall-clock time in Europe/Brussels, without offset: 2026-04-23T09:30. */
const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'moet een lokale tijd zijn in de vorm JJJJ-MM-DDTuu:mm' })
  .refine((value) => isoDate.safeParse(value.slice(0, 10)).success, { error: 'is geen bestaande kalenderdatum' })
  .refine((value) => Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60, {
    error: 'is geen bestaand tijdstip',
  });

/** Frontmatter of a network event in content/events/. */
export const eventSchema = z
  .strictObject({
    title: plainText,
    start: localDateTime,
    end: localDateTime,
    place: plainText,
    topic: plainText,
    /** A page on this site (/contact/) or an https URL where people register. */
    registration: z
      .string()
      .regex(/^(\/|https:\/\/)/, { error: 'moet een pad op deze site of een https-URL zijn' })
      .optional(),
    summary: plainText,
  })
  .refine((event) => event.end > event.start, { error: 'het einde moet na het begin liggen', path: ['end'] });

export type EventData = z.infer<typeof eventSchema>;
