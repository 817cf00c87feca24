import { describe, expect, it } from 'vitest';
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
    const text = result.error?.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('\n');
    expect(text).toContain('reviewed');
    expect(text).toContain('2026-02-30');
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
    expect(result.error?.issues[0]?.message).toContain('date');
  });

  it('still accepts the Date that YAML makes of an unquoted date', () => {
    const result = guideSchema.parse({ ...guide, reviewed: new Date('2026-02-28T00:00:00Z') });
    expect(result.reviewed.toISOString().slice(0, 10)).toBe('2026-02-28');
  });
});
