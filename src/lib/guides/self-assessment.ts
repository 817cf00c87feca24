/**
 * The self-assessment's structure, built at build time from every guide's checklist: topics in their fixed order,
 * guides within a topic most recently reviewed first, items in checklist order.
 */
import type { GuideTopic } from '../../schemas/guide.ts';
import { ChecklistError, extractChecklist } from './checklist.ts';
import { groupByTopic, guideFile, type GuideLike } from './guides.ts';
import { routes } from '../site/routes.ts';

interface AssessmentItem {
  id: string;
  text: string;
  /** The item on its guide page: /informatieveiligheid/<slug>/#<id>. */
  href: string;
}
interface AssessmentGuide {
  slug: string;
  title: string;
  href: string;
  items: AssessmentItem[];
}
export interface AssessmentTopic {
  topic: GuideTopic;
  guides: AssessmentGuide[];
}

/** A guide with its Markdown body (a collection entry's `body`). */
export type GuideWithBody = GuideLike & { body?: string | undefined };

/** Fails with the guide's file when it has no checklist: every guide must give the authority something to do. */
export function buildAssessment(guides: readonly GuideWithBody[]): AssessmentTopic[] {
  return groupByTopic(guides).map(({ topic, guides: inTopic }) => ({
    topic,
    guides: inTopic.map((guide) => {
      const items = extractChecklist(guide.body ?? '', guide.id, guideFile(guide.id));
      if (items.length === 0) {
        throw new ChecklistError(`${guideFile(guide.id)}: geen takenlijst (- [ ] …) onder "## Checklist"`);
      }
      const href = routes.guide(guide.id);
      return {
        slug: guide.id,
        title: guide.data.title,
        href,
        items: items.map((item) => ({ id: item.id, text: item.text, href: routes.checklistItem(guide.id, item.id) })),
      };
    }),
  }));
}
