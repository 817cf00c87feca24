/**
 * Network events (content/events/): which are upcoming, how their times read in nl-BE, and their iCalendar form.
 * Start and end are local wall-clock times in Europe/Brussels (2026-04-23T09:30), as people write them.
 */
import { t } from '../../i18n/ui.ts';
import type { EventData } from '../../schemas/event.ts';
import { routes } from '../site/routes.ts';
import { CALENDAR_TIME_ZONE, dtstampFromDate, writeCalendar, type CalendarEvent } from './ical.ts';

const EVENT_TIME_ZONE = CALENDAR_TIME_ZONE;

/** The part of a collection entry these functions need; astro:content entries fit it. */
export interface EventEntry {
  id: string;
  data: EventData;
}

/**
 * An event is upcoming when its end lies at or after 00:00 (Europe/Brussels) of the as-of day; otherwise it is past.
 * So an event on the as-of day itself still counts as upcoming, whatever its hour: the data has a date, not a time.
 * Both sides are Brussels wall-clock strings of the same shape, which compare correctly as text (midnight is never
 * in a daylight-saving gap or overlap in Brussels: the clocks change at 02:00 and 03:00).
 */
export function isUpcoming(event: Pick<EventData, 'end'>, asOf: string): boolean {
  return event.end >= `${asOf}T00:00`;
}

/** Upcoming events soonest first; past events most recent first. */
export function splitEvents<T extends { data: Pick<EventData, 'start' | 'end'> }>(
  events: readonly T[],
  asOf: string,
): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((e) => isUpcoming(e.data, asOf)).sort((a, b) => compare(a.data.start, b.data.start));
  const past = events.filter((e) => !isUpcoming(e.data, asOf)).sort((a, b) => compare(b.data.start, a.data.start));
  return { upcoming, past };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function parseLocal(local: string): [number, number, number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`"${local}" is geen lokale tijd in de vorm JJJJ-MM-DDTuu:mm`);
  return match.slice(1).map(Number) as [number, number, number, number, number];
}

const offsetParts = new Intl.DateTimeFormat('en-US', {
  timeZone: EVENT_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** Offset of Brussels from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutesAt(instant: number): number {
  const parts = Object.fromEntries(offsetParts.formatToParts(instant).map((p) => [p.type, p.value]));
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
  return (wall - Math.floor(instant / 60_000) * 60_000) / 60_000;
}

/** The instant of a Brussels wall-clock time. */
export function toInstant(local: string): Date {
  const [y, m, d, hh, mm] = parseLocal(local);
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // The offset at the wall time read as UTC is right except within hours of a change; a second pass settles it.
  const guess = wall - offsetMinutesAt(wall) * 60_000;
  return new Date(wall - offsetMinutesAt(guess) * 60_000);
}

/** "2026-04-23T09:30+02:00": a valid `datetime` attribute that keeps the local time people read. */
export function toDateTimeAttribute(local: string): string {
  const minutes = offsetMinutesAt(toInstant(local).getTime());
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}

const dateTimeFormat = new Intl.DateTimeFormat('nl-BE', {
  timeZone: EVENT_TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "donderdag 23 april 2026, 09:30–12:30" (an event over several days names both dates). */
export function formatEventTime(start: string, end: string): string {
  return dateTimeFormat.formatRange(toInstant(start), toInstant(end));
}

/** Registration as an absolute URL (a path on the site is resolved against it), or undefined. */
function registrationUrl(event: Pick<EventData, 'registration'>, site: URL): string | undefined {
  return event.registration ? new URL(event.registration, site).href : undefined;
}

export function toCalendarEvent(entry: EventEntry, site: URL): CalendarEvent {
  const { data } = entry;
  const registration = registrationUrl(data, site);
  const description = [
    data.summary,
    '',
    t('gis.events.ics.topic', { topic: data.topic }),
    ...(registration ? [t('gis.events.ics.registration', { url: registration })] : []),
  ].join('\n');
  return {
    uid: `${entry.id}@${site.host}`,
    start: data.start,
    end: data.end,
    summary: data.title,
    description,
    location: data.place,
    url: new URL(routes.event(entry.id), site).href,
  };
}

/**
 * The iCalendar file for some events. DTSTAMP comes from the data's as-of date, not from the clock: the same content
 * then gives byte-identical files on every build (reproducible builds, no spurious changes for subscribers), and the
 * as-of date is when the published information was last declared current.
 */
export function eventsCalendar(entries: readonly EventEntry[], site: URL, asOf: string, name?: string): string {
  const sorted = [...entries].sort((a, b) => compare(a.data.start, b.data.start));
  return writeCalendar(
    sorted.map((entry) => toCalendarEvent(entry, site)),
    {
      prodId: `-//${t('site.organisation')}//${t('site.name')} ${t('gis.events.ics.product')}//NL`,
      name,
      dtstamp: dtstampFromDate(asOf),
    },
  );
}
