import { z } from 'astro/zod';

/** A real calendar date written as YYYY-MM-DD (2025-02-30 is rejected). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'moet een datum zijn in de vorm JJJJ-MM-DD' })
  .refine(
    (value) => {
      const [y, m, d] = value.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { error: 'is geen bestaande kalenderdatum' },
  );

/**
 * A frontmatter date that must exist on the calendar, handed to pages as a Date (UTC midnight).
 * Quoted YAML dates arrive as strings and are checked strictly. Unquoted ones arrive as a Date that js-yaml
 * has already rolled over (2026-02-30 becomes 2 March); withWrittenDates() (frontmatter-dates.ts) hands the schema
 * the written text instead. The issue sits on the field's path, so Astro's error names file and field.
 */
export function calendarDate() {
  return z.union([z.string(), z.date()]).transform((value, ctx) => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'is geen geldige datum' });
        return z.NEVER;
      }
      return value;
    }
    const parsed = isoDate.safeParse(value);
    if (!parsed.success) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" ${parsed.error.issues[0]?.message ?? 'is geen geldige datum'}`,
      });
      return z.NEVER;
    }
    return new Date(`${value}T00:00:00Z`);
  });
}

/** Lowercase URL-safe identifier, used as a path segment. */
export const slugId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'moet bestaan uit kleine letters, cijfers en koppeltekens' });

export const httpsUrl = z.url({ protocol: /^https$/, error: 'moet een https-URL zijn' });

/**
 * Names end up in HTML, map popups and CSV files; markup in them is a data error, never content.
 */
export const plainText = z
  .string()
  .trim()
  .min(1, { error: 'mag niet leeg zijn' })
  .refine((value) => !/[<>]/.test(value), { error: 'mag geen HTML of de tekens < en > bevatten' });

export const SERVICE_IDS = [
  'ict-deskundige',
  'gis-coordinator',
  'gis-operator',
  'informatieveiligheidsconsulent',
  'gis-scan',
  'grb-omzetting',
] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export const PILLARS = ['ict', 'gis', 'informatieveiligheid'] as const;
export type Pillar = (typeof PILLARS)[number];

/** A page's meta description: search engines and link previews cut or ignore much shorter ones. */
export const metaDescription = plainText.refine((s) => s.length >= 50, { error: 'moet minstens 50 tekens lang zijn' });

// --- Data text rules (issue 12): names and texts of content/data/*.json ---

/**
 * C0/C1 control characters: every data field is single-line, so even a newline or tab is a data error.
 * Checked before trimming, so a stray control character at either end is refused, not silently dropped.
 */
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) plus the invisible direction
 * marks (U+200E, U+200F, U+061C): Dutch names never need them, and they can make a name display differently
 * from what it says (Trojan Source).
 */
const BIDI_CHARS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const NAME_MAX_LENGTH = 120;

function codePoint(value: string, pattern: RegExp): string {
  const found = pattern.exec(value)?.[0] ?? '';
  return `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A single-line text field of the data JSON: plainText without control or bidi characters. */
export const dataText = z
  .string()
  .superRefine((value, ctx) => {
    if (CONTROL_CHARS.test(value)) {
      ctx.addIssue({ code: 'custom', message: `bevat een stuurteken (${codePoint(value, CONTROL_CHARS)})` });
    }
    if (BIDI_CHARS.test(value)) {
      ctx.addIssue({
        code: 'custom',
        message: `bevat een teken dat de schrijfrichting verandert (${codePoint(value, BIDI_CHARS)})`,
      });
    }
  })
  .pipe(plainText);

/** A name in the data JSON: long names break table cells, map labels and CSV readers. */
export const dataName = dataText.refine((value) => value.length <= NAME_MAX_LENGTH, {
  error: `mag hoogstens ${NAME_MAX_LENGTH} tekens lang zijn`,
});
