import { describe, expect, it } from 'vitest';
import {
  audienceList,
  groupByAudience,
  groupByTopic,
  guideSlugFromPath,
  overdueGuides,
  overdueReport,
  relatedGuides,
  sortByReview,
  type GuideLike,
} from '../../../src/lib/guides/guides.ts';
import { routes } from '../../../src/lib/site/routes.ts';

function guide(id: string, reviewed: string, extra: Partial<GuideLike['data']> = {}): GuideLike {
  return {
    id,
    data: {
      title: id.toUpperCase(),
      summary: 's',
      audience: ['ict'],
      topic: 'beleid',
      reviewed: new Date(reviewed),
      related: [],
      ...extra,
    },
  };
}

const guides = [
  guide('oud', '2025-01-10', { topic: 'mensen', audience: ['medewerkers', 'ict'] }),
  guide('nieuw', '2026-10-01'),
  guide('midden', '2026-03-01', { audience: ['dpo'], related: ['nieuw', 'oud'] }),
];

describe('sorting and grouping', () => {
  it('puts the most recently reviewed guide first', () => {
    expect(sortByReview(guides).map((g) => g.id)).toEqual(['nieuw', 'midden', 'oud']);
  });

  it('groups by topic in the fixed topic order, leaving empty topics out', () => {
    expect(groupByTopic(guides).map((g) => [g.topic, g.guides.map((x) => x.id)])).toEqual([
      ['beleid', ['nieuw', 'midden']],
      ['mensen', ['oud']],
    ]);
  });

  it('lists a guide under each of its audiences', () => {
    expect(groupByAudience(guides).map((g) => [g.audience, g.guides.map((x) => x.id)])).toEqual([
      ['medewerkers', ['oud']],
      ['ict', ['nieuw', 'oud']],
      ['dpo', ['midden']],
    ]);
  });
});

describe('relatedGuides', () => {
  it('returns the related guides in frontmatter order', () => {
    expect(relatedGuides(guides[2]!, guides).map((g) => g.id)).toEqual(['nieuw', 'oud']);
  });

  it('fails with file and field for a related slug without a guide', () => {
    const broken = guide('x', '2026-01-01', { related: ['bestaat-niet'] });
    expect(() => relatedGuides(broken, guides)).toThrow(
      /content\/informatieveiligheid\/x\.mdx: veld "related".*bestaat-niet/,
    );
  });
});

describe('review status', () => {
  it('flags guides reviewed more than 12 months before the data date', () => {
    expect(overdueGuides(guides, '2026-11-01').map((g) => g.id)).toEqual(['oud']);
    expect(overdueGuides(guides, '2026-01-10').map((g) => g.id)).toEqual([]);
  });

  it('names the overdue files in the build report', () => {
    expect(overdueReport(guides, '2026-11-01')).toContain(
      'content/informatieveiligheid/oud.mdx (nagekeken 2025-01-10)',
    );
    expect(overdueReport(guides, '2025-06-01')).toMatch(/^Alle 3 gidsen/);
  });
});

describe('guideSlugFromPath', () => {
  it('recognises guide pages only', () => {
    expect(guideSlugFromPath(routes.guide('nis2'))).toBe('nis2');
    expect(guideSlugFromPath(routes.guides())).toBeUndefined();
    expect(guideSlugFromPath(routes.selfAssessment())).toBeUndefined();
    expect(guideSlugFromPath(routes.gisArticle('grb'))).toBeUndefined();
  });
});

describe('audienceList', () => {
  it('joins the audiences as a Dutch list with "en"', () => {
    expect(audienceList(['management', 'ict', 'dpo'], (a) => a.toUpperCase())).toBe('MANAGEMENT, ICT en DPO');
    expect(audienceList(['medewerkers'], (a) => a)).toBe('medewerkers');
  });
});
