import { describe, expect, it } from 'vitest';
import { checklistItemId } from '../../../src/lib/guides/checklist.ts';
import { buildAssessment, type GuideWithBody } from '../../../src/lib/guides/self-assessment.ts';
import { routes } from '../../../src/lib/site/routes.ts';

const checklist = (...items: string[]) =>
  `## Inleiding\n\nTekst.\n\n## Checklist\n\n<Checklist>\n\n${items.map((i) => `- [ ] ${i}`).join('\n')}\n\n</Checklist>\n`;

function guide(id: string, topic: GuideWithBody['data']['topic'], reviewed: string, body: string): GuideWithBody {
  return {
    id,
    body,
    data: { title: `Gids ${id}`, summary: 's', audience: ['ict'], topic, reviewed: new Date(reviewed), related: [] },
  };
}

describe('buildAssessment', () => {
  const guides = [
    guide('mensen-a', 'mensen', '2026-01-01', checklist('Train iedereen.')),
    guide('beleid-oud', 'beleid', '2025-12-01', checklist('Keur het beleid goed.', 'Wijs rollen toe.')),
    guide('beleid-nieuw', 'beleid', '2026-06-01', checklist('Doe een risicoanalyse.')),
  ];

  it('groups every checklist item by topic order, then guide (most recently reviewed first)', () => {
    const topics = buildAssessment(guides);
    expect(topics.map((t) => [t.topic, t.guides.map((g) => g.slug)])).toEqual([
      ['beleid', ['beleid-nieuw', 'beleid-oud']],
      ['mensen', ['mensen-a']],
    ]);
    expect(topics[0]!.guides[1]!.items.map((i) => i.text)).toEqual(['Keur het beleid goed.', 'Wijs rollen toe.']);
  });

  it('links every item to its anchor on the guide page', () => {
    const item = buildAssessment(guides)[0]!.guides[0]!.items[0]!;
    expect(item.id).toBe(checklistItemId('beleid-nieuw', 'Doe een risicoanalyse.'));
    expect(item.href).toBe(routes.checklistItem('beleid-nieuw', item.id));
  });

  it('fails, naming the file, when a guide has no checklist', () => {
    expect(() => buildAssessment([guide('leeg', 'beleid', '2026-01-01', '## Inleiding\n\nGeen lijst.')])).toThrow(
      /content\/informatieveiligheid\/leeg\.mdx: geen takenlijst/,
    );
  });
});
