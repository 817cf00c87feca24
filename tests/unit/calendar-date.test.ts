import { describe, expect, it } from 'vitest';
import { writtenDates } from '../../src/schemas/frontmatter-dates.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { newsSchema } from '../../src/schemas/news.ts';

const guide = {
  title: 'Titel',
  summary: 'Samenvatting',
  audience: ['ict'],
  topic: 'beleid',
  reviewer: 'informatieveiligheidsconsulent',
};

describe('calendar dates in frontmatter', () => {
  it('rejects 30 February and names the field', () => {
    const result = guideSchema.safeParse({ ...guide, reviewed: '2026-02-30' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'reviewed: "2026-02-30" is geen bestaande kalenderdatum',
    ]);
  });

  it('accepts 28 February and a leap day', () => {
    for (const day of ['2026-02-28', '2024-02-29']) {
      const result = guideSchema.parse({ ...guide, reviewed: day });
      expect(result.reviewed.toISOString().slice(0, 10)).toBe(day);
    }
  });

  it('rejects 29 February in a common year for news dates too', () => {
    const result = newsSchema.safeParse({
      title: 'Nieuws',
      date: '2025-02-29',
      summary: 'Een samenvatting die lang genoeg is om als beschrijving te dienen.',
      tags: ['test'],
      pillar: 'algemeen',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['date']);
    expect(result.error?.issues[0]?.message).toBe('"2025-02-29" is geen bestaande kalenderdatum');
  });

  it('still accepts the Date that YAML makes of an unquoted date', () => {
    const result = guideSchema.parse({ ...guide, reviewed: new Date('2026-02-28T00:00:00Z') });
    expect(result.reviewed.toISOString().slice(0, 10)).toBe('2026-02-28');
  });

  it('reads the date as written, quoted or not, because YAML rolls 30 February over to 2 March', () => {
    const text = [
      '---',
      'title: T',
      'reviewed: 2026-02-30',
      "date: '2024-02-29' # schrikkeldag",
      '---',
      'reviewed: 2020-01-01',
    ].join('\n');
    expect(writtenDates(['reviewed', 'date', 'missing'], text)).toEqual({ reviewed: '2026-02-30', date: '2024-02-29' });
  });

  it('rejects an event on 31 April and names the field', () => {
    const event = { title: 'Netwerkdag', place: 'Gent', topic: 'GIS', summary: 'Een dag.' };
    const bad = eventSchema.safeParse({ ...event, start: '2027-04-31T09:30', end: '2027-05-01T16:00' });
    expect(bad.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'start: is geen bestaande kalenderdatum',
    ]);
    expect(eventSchema.safeParse({ ...event, start: '2027-04-30T09:30', end: '2027-04-30T16:00' }).success).toBe(true);
  });
});
