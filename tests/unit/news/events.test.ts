import { describe, expect, it } from 'vitest';
import {
  eventsCalendar,
  formatEventTime,
  isUpcoming,
  splitEvents,
  toCalendarEvent,
  toDateTimeAttribute,
  toInstant,
  type EventEntry,
} from '../../../src/lib/news/events.ts';
import { routes } from '../../../src/lib/site/routes.ts';

function event(id: string, start: string, end: string, extra: Partial<EventEntry['data']> = {}): EventEntry {
  return {
    id,
    data: {
      title: `Dag ${id}`,
      start,
      end,
      place: 'Provinciehuis, Gent',
      topic: 'GRB',
      summary: 'Samenvatting.',
      ...extra,
    },
  };
}

const site = new URL('https://egov.oost-vlaanderen.be');

describe('isUpcoming: end at or after 00:00 Brussels time on the as-of day', () => {
  const asOf = '2026-11-01';
  it('counts an event that ended the evening before as past', () => {
    expect(isUpcoming({ end: '2026-10-31T23:59' }, asOf)).toBe(false);
  });
  it('counts an event on the as-of day as upcoming, even in the early morning', () => {
    expect(isUpcoming({ end: '2026-11-01T00:00' }, asOf)).toBe(true);
    expect(isUpcoming({ end: '2026-11-01T12:30' }, asOf)).toBe(true);
  });
  it('counts a multi-day event that is still running as upcoming', () => {
    expect(isUpcoming({ end: '2026-11-02T17:00' }, asOf)).toBe(true);
  });
});

describe('splitEvents', () => {
  const events = [
    event('b', '2027-02-11T09:30', '2027-02-11T12:30'),
    event('old', '2012-10-18T09:30', '2012-10-18T12:30'),
    event('today', '2026-11-01T09:30', '2026-11-01T12:30'),
    event('recent', '2026-04-23T09:30', '2026-04-23T12:30'),
    event('a', '2026-12-10T09:30', '2026-12-10T12:30'),
  ];
  const { upcoming, past } = splitEvents(events, '2026-11-01');
  it('puts every event in exactly one list', () => {
    expect(upcoming.length + past.length).toBe(events.length);
  });
  it('lists upcoming events soonest first', () => {
    expect(upcoming.map((e) => e.id)).toEqual(['today', 'a', 'b']);
  });
  it('lists past events most recent first', () => {
    expect(past.map((e) => e.id)).toEqual(['recent', 'old']);
  });
});

describe('Brussels times', () => {
  it('reads a summer time as UTC+2 and a winter time as UTC+1', () => {
    expect(toInstant('2026-04-23T09:30').toISOString()).toBe('2026-04-23T07:30:00.000Z');
    expect(toInstant('2026-12-10T09:30').toISOString()).toBe('2026-12-10T08:30:00.000Z');
    expect(toDateTimeAttribute('2026-04-23T09:30')).toBe('2026-04-23T09:30+02:00');
    expect(toDateTimeAttribute('2026-12-10T09:30')).toBe('2026-12-10T09:30+01:00');
  });
  it('gets the hours around the clock changes right', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST. 25 October 2026: 03:00 CEST becomes 02:00 CET.
    expect(toInstant('2026-03-29T01:30').toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(toInstant('2026-03-29T03:30').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(toInstant('2026-10-25T04:00').toISOString()).toBe('2026-10-25T03:00:00.000Z');
  });
  it('formats date and time in nl-BE as people in Brussels read them', () => {
    expect(formatEventTime('2026-04-23T09:30', '2026-04-23T12:30')).toBe('donderdag 23 april 2026, 09:30–12:30');
  });
  it('names both days for an event over two days', () => {
    const text = formatEventTime('2026-05-20T09:00', '2026-05-21T16:00');
    expect(text).toContain('20 mei 2026');
    expect(text).toContain('21 mei 2026');
  });
});

describe('toCalendarEvent and eventsCalendar', () => {
  const entry = event('2026-12-10-netwerkdag', '2026-12-10T09:30', '2026-12-10T12:30', {
    registration: routes.page('contact'),
    topic: 'NIS2 en CyberFundamentals',
  });
  it('derives a stable UID, the page URL and an absolute registration link', () => {
    const calendarEvent = toCalendarEvent(entry, site);
    expect(calendarEvent.uid).toBe('2026-12-10-netwerkdag@egov.oost-vlaanderen.be');
    expect(calendarEvent.url).toBe('https://egov.oost-vlaanderen.be/gis/netwerk/2026-12-10-netwerkdag/');
    expect(calendarEvent.description).toContain('Onderwerp: NIS2 en CyberFundamentals');
    expect(calendarEvent.description).toContain('Inschrijven: https://egov.oost-vlaanderen.be/contact/');
    expect(calendarEvent.location).toBe('Provinciehuis, Gent');
  });
  it('writes one VEVENT per event, oldest first, with the as-of date as DTSTAMP', () => {
    const text = eventsCalendar(
      [entry, event('oud', '2012-10-18T09:30', '2012-10-18T12:30')],
      site,
      '2026-11-01',
      'Agenda',
    );
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(text.indexOf('UID:oud@')).toBeLessThan(text.indexOf('UID:2026-12-10-netwerkdag@'));
    expect(text.match(/DTSTAMP:20261101T000000Z/g)).toHaveLength(2);
    expect(text).toContain('X-WR-CALNAME:Agenda');
  });
});
