/**
 * A small RFC 5545 (iCalendar) writer for the network events: one VCALENDAR with a VTIMEZONE for Europe/Brussels
 * and one VEVENT per event. Pure: the caller passes every value, so the output only depends on the input.
 */

/** The only time zone the site's events use; their start and end are local wall-clock times there. */
export const CALENDAR_TIME_ZONE = 'Europe/Brussels';

/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

export interface CalendarEvent {
  /** Globally unique and stable across builds, so a calendar app updates the event instead of duplicating it. */
  uid: string;
  /** Local wall-clock time in Europe/Brussels: 2026-04-23T09:30. */
  start: string;
  end: string;
  summary: string;
  description?: string;
  location?: string;
  /** Absolute URL of the event's page. */
  url?: string;
}

export interface CalendarOptions {
  /** PRODID: who made the file, `-//Organisation//Product//NL`. */
  prodId: string;
  /** Name calendar apps show for a subscribed calendar (X-WR-CALNAME). */
  name?: string;
  /** DTSTAMP of every event, already in UTC form (see dtstampFromDate). */
  dtstamp: string;
}

const encoder = new TextEncoder();

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash first, then semicolon, comma and line breaks. A colon needs no
 * escape in a value.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into chunks of at most 75 UTF-8 octets; each continuation starts with one space, which counts
 * toward its 75. Splits only between code points, so a multi-byte character (é, €, an emoji) is never cut in two.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  // Continuation lines carry the leading space, so they hold one octet less of the value.
  let limit = MAX_LINE_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** "2026-04-23T09:30" → "20260423T093000" (a DATE-TIME in local form, paired with TZID). */
export function formatLocalDateTime(local: string): string {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) throw new Error(`iCalendar: "${local}" is geen lokale tijd in de vorm JJJJ-MM-DDTuu:mm`);
  const [, y, m, d, hh, mm] = match;
  return `${y}${m}${d}T${hh}${mm}00`;
}

/** "2026-11-01" → "20261101T000000Z": midnight UTC of a date, the UTC form DTSTAMP requires. */
export function dtstampFromDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`iCalendar: "${isoDate}" is geen datum JJJJ-MM-DD`);
  return `${isoDate.replace(/-/g, '')}T000000Z`;
}

/**
 * Europe/Brussels with the EU summer-time rules in force since 1996: CEST from the last Sunday of March 02:00,
 * CET from the last Sunday of October 03:00. Every event on the site is from 2012 on, so these rules cover them all.
 */
const VTIMEZONE_EUROPE_BRUSSELS: readonly string[] = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TIME_ZONE}`,
  `X-LIC-LOCATION:${CALENDAR_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function eventLines(event: CalendarEvent, dtstamp: string): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;TZID=${CALENDAR_TIME_ZONE}:${formatLocalDateTime(event.start)}`,
    `DTEND;TZID=${CALENDAR_TIME_ZONE}:${formatLocalDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // URL is of value type URI, not TEXT: it is written as is.
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The complete iCalendar file: CRLF after every line (the last one too), long lines folded. */
export function writeCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`, `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}`] : []),
    ...VTIMEZONE_EUROPE_BRUSSELS,
    ...events.flatMap((event) => eventLines(event, options.dtstamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
