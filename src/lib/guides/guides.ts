/**
 * Security guides (content/informatieveiligheid/): ordering, grouping by topic and audience, related guides and
 * review status. Pure functions over anything shaped like a collection entry, so tests need no Astro runtime.
 */
import {
  GUIDE_AUDIENCES,
  GUIDE_TOPICS,
  type GuideAudience,
  type GuideData,
  type GuideTopic,
} from '../../schemas/guide.ts';
import { toIsoDate } from '../site/dates.ts';
import { routes } from '../site/routes.ts';
import { isReviewOverdue } from './review.ts';

const GUIDES_DIR = 'content/informatieveiligheid';

/** The fields of a guide these functions use: the collection entry id is the file name and URL slug. */
export interface GuideLike {
  id: string;
  data: Pick<GuideData, 'title' | 'summary' | 'audience' | 'topic' | 'reviewed' | 'related'>;
}

/** Source file of a guide, for error messages. */
export function guideFile(slug: string): string {
  return `${GUIDES_DIR}/${slug}.mdx`;
}

/** The guide slug of a guide page URL, or undefined for any other page (including the hub and self-assessment). */
export function guideSlugFromPath(pathname: string): string | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const hub = routes.guides();
  if (!path.startsWith(hub) || path === routes.selfAssessment()) return undefined;
  const slug = path.slice(hub.length, -1);
  return /^[a-z0-9-]+$/.test(slug) && path === routes.guide(slug) ? slug : undefined;
}

/** Most recently reviewed first; guides reviewed on the same day by title. */
export function sortByReview<T extends GuideLike>(guides: readonly T[]): T[] {
  return [...guides].sort(
    (a, b) =>
      b.data.reviewed.getTime() - a.data.reviewed.getTime() || a.data.title.localeCompare(b.data.title, 'nl-BE'),
  );
}

/** Topics in their fixed order, each with its guides most recently reviewed first; empty topics are left out. */
export function groupByTopic<T extends GuideLike>(guides: readonly T[]): { topic: GuideTopic; guides: T[] }[] {
  const sorted = sortByReview(guides);
  return GUIDE_TOPICS.map((topic) => ({ topic, guides: sorted.filter((g) => g.data.topic === topic) })).filter(
    (group) => group.guides.length > 0,
  );
}

/** Audiences in their fixed order; a guide for two audiences appears under both. */
export function groupByAudience<T extends GuideLike>(guides: readonly T[]): { audience: GuideAudience; guides: T[] }[] {
  const sorted = sortByReview(guides);
  return GUIDE_AUDIENCES.map((audience) => ({
    audience,
    guides: sorted.filter((g) => g.data.audience.includes(audience)),
  })).filter((group) => group.guides.length > 0);
}

/** The guides a guide lists under `related`, in its order; a slug without a guide fails with file and field. */
export function relatedGuides<T extends GuideLike>(guide: T, all: readonly T[]): T[] {
  return guide.data.related.map((slug) => {
    const found = all.find((g) => g.id === slug);
    if (!found) {
      throw new Error(
        `${guideFile(guide.id)}: veld "related": er is geen gids "${slug}" (${guideFile(slug)} ontbreekt)`,
      );
    }
    return found;
  });
}

/** Guides not reviewed in the 12 months before `today` (the data's asOf date), oldest review first. */
export function overdueGuides<T extends GuideLike>(guides: readonly T[], today: string): T[] {
  return sortByReview(guides.filter((g) => isReviewOverdue(g.data.reviewed, today))).reverse();
}

/** The build log line naming the guides that need a review. */
export function overdueReport(guides: readonly GuideLike[], today: string): string {
  const overdue = overdueGuides(guides, today);
  if (overdue.length === 0) return `Alle ${guides.length} gidsen zijn in de 12 maanden voor ${today} nagekeken.`;
  const list = overdue.map((g) => `${guideFile(g.id)} (nagekeken ${toIsoDate(g.data.reviewed)})`).join(', ');
  return `${overdue.length} gids(en) meer dan 12 maanden niet nagekeken op ${today}: ${list}`;
}

/** "Management, ICT en Functionaris voor gegevensbescherming (DPO)": the audiences as one Dutch list. */
export function audienceList(audiences: readonly GuideAudience[], label: (audience: GuideAudience) => string): string {
  return new Intl.ListFormat('nl-BE', { type: 'conjunction' }).format(audiences.map(label));
}
