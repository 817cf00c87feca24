import { describe, expect, it } from 'vitest';
import {
  dtstampFromDate,
  escapeText,
  foldLine,
  formatLocalDateTime,
  writeCalendar,
  type CalendarEvent,
} from '../../../src/lib/news/ical.ts';

const octets = (text: string) => new TextEncoder().encode(text).length;

/** Undoes folding as a calendar app does: a CRLF followed by one space disappears. */
const unfold = (text: string) => text.replace(/\r\n /g, '');

const knownEvent: CalendarEvent = {
  uid: '2026-04-23-gis-netwerkdag-voorjaar-2026@egov.oost-vlaanderen.be',
  start: '2026-04-23T09:30',
  end: '2026-04-23T12:30',
  summary: 'GIS-netwerkdag voorjaar 2026',
  description:
    'Netwerkdag over het GRB; adressen, gebouwen en straten.\nMet een demo in QGIS: C:\\GIS\\project.qgz, coördinaten in Lambert 72.',
  location: 'Provinciehuis, Gent',
  url: 'https://egov.oost-vlaanderen.be/gis/netwerk/2026-04-23-gis-netwerkdag-voorjaar-2026/',
};
const calendar = writeCalendar([knownEvent], {
  prodId: '-//Provincie Oost-Vlaanderen//piva eGov netwerkdagen//NL',
  name: 'piva eGov netwerkdagen',
  dtstamp: dtstampFromDate('2026-11-01'),
});
const lines = unfold(calendar).split('\r\n');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks, backslash first', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('leaves a colon alone', () => {
    expect(escapeText('EPSG:31370')).toBe('EPSG:31370');
  });
});

describe('foldLine', () => {
  it('leaves a line of exactly 75 octets as it is', () => {
    const line = 'X'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  it('folds longer lines into parts of at most 75 octets, continuations starting with one space', () => {
    const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const parts = foldLine(line).split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(parts.slice(1).every((p) => p.startsWith(' ') && !p.startsWith('  '))).toBe(true);
    expect(unfold(foldLine(line))).toBe(line);
  });

  it('never splits a multi-byte character at the fold point', () => {
    // 74 ASCII octets, then "é" (2 octets) would straddle the 75-octet limit: it must move to the next line whole.
    const line = `${'a'.repeat(74)}é${'b'.repeat(10)}`;
    const folded = foldLine(line);
    const [first, second] = folded.split('\r\n');
    expect(first).toBe('a'.repeat(74));
    expect(second).toBe(' ébbbbbbbbbb');
    expect(unfold(folded)).toBe(line);
  });

  it('keeps 4-octet characters (emoji) whole and every part valid UTF-8', () => {
    const line = `SUMMARY:${'🗺️'.repeat(40)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      const bytes = new TextEncoder().encode(part);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
      expect(part).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(unfold(folded)).toBe(line);
  });
});

describe('writeCalendar on a known event', () => {
  it('ends every line with CRLF and has no bare LF', () => {
    expect(calendar.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of calendar.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('starts with the calendar properties', () => {
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Provincie Oost-Vlaanderen//piva eGov netwerkdagen//NL',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
  });

  it('gives the event its stable UID and a DTSTAMP in UTC from the data date', () => {
    expect(lines).toContain('UID:2026-04-23-gis-netwerkdag-voorjaar-2026@egov.oost-vlaanderen.be');
    expect(lines).toContain('DTSTAMP:20261101T000000Z');
    const again = writeCalendar([knownEvent], {
      prodId: '-//Provincie Oost-Vlaanderen//piva eGov netwerkdagen//NL',
      name: 'piva eGov netwerkdagen',
      dtstamp: dtstampFromDate('2026-11-01'),
    });
    expect(again).toBe(calendar);
  });

  it('writes local times with TZID=Europe/Brussels and defines that zone with CET/CEST rules', () => {
    expect(lines).toContain('DTSTART;TZID=Europe/Brussels:20260423T093000');
    expect(lines).toContain('DTEND;TZID=Europe/Brussels:20260423T123000');
    const tz = lines.slice(lines.indexOf('BEGIN:VTIMEZONE'), lines.indexOf('END:VTIMEZONE') + 1);
    expect(tz).toContain('TZID:Europe/Brussels');
    const daylight = tz.slice(tz.indexOf('BEGIN:DAYLIGHT'), tz.indexOf('END:DAYLIGHT'));
    expect(daylight).toEqual(
      expect.arrayContaining(['TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU']),
    );
    const standard = tz.slice(tz.indexOf('BEGIN:STANDARD'), tz.indexOf('END:STANDARD'));
    expect(standard).toEqual(
      expect.arrayContaining(['TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']),
    );
    // The zone is defined before the event that refers to it.
    expect(lines.indexOf('END:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });

  it('escapes the text properties and writes the URL as is', () => {
    expect(lines).toContain('LOCATION:Provinciehuis\\, Gent');
    expect(lines).toContain(
      'DESCRIPTION:Netwerkdag over het GRB\\; adressen\\, gebouwen en straten.\\nMet een demo in QGIS: C:\\\\GIS\\\\project.qgz\\, coördinaten in Lambert 72.',
    );
    expect(lines).toContain(`URL:${knownEvent.url}`);
    expect(lines).toContain('SUMMARY:GIS-netwerkdag voorjaar 2026');
  });
});

describe('formatLocalDateTime and dtstampFromDate', () => {
  it('turns content times into iCalendar form', () => {
    expect(formatLocalDateTime('2012-10-18T09:30')).toBe('20121018T093000');
    expect(dtstampFromDate('2026-11-01')).toBe('20261101T000000Z');
  });
  it('rejects other shapes instead of writing a broken file', () => {
    expect(() => formatLocalDateTime('2012-10-18 09:30')).toThrow(/JJJJ-MM-DDTuu:mm/);
    expect(() => dtstampFromDate('1-11-2026')).toThrow();
  });
});
