import { describe, expect, it } from 'vitest';
import { GuideFileError, parseGuideFile } from '../../../src/lib/guides/guide-files.ts';

const valid = `---
title: "Een gids"
summary: "Waarover het gaat."
audience: [ict]
topic: systemen
reviewed: 2026-05-01
reviewer: "Informatieveiligheidsconsulent"
---
## Checklist
`;

describe('parseGuideFile', () => {
  it('reads valid frontmatter with the collection schema', () => {
    const guide = parseGuideFile(valid, 'content/informatieveiligheid/x.mdx', 'x');
    expect(guide.data.topic).toBe('systemen');
    expect(guide.data.reviewed.toISOString().slice(0, 10)).toBe('2026-05-01');
    expect(guide.data.related).toEqual([]);
    expect(guide.body.trim()).toBe('## Checklist');
  });

  it('names the file and the field that is wrong or missing', () => {
    const broken = valid.replace('topic: systemen\n', 'topic: iets\n').replace(/reviewer: .*\n/, '');
    let message = '';
    try {
      parseGuideFile(broken, 'content/informatieveiligheid/x.mdx', 'x');
    } catch (error) {
      expect(error).toBeInstanceOf(GuideFileError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/content\/informatieveiligheid\/x\.mdx: veld "topic"/);
    expect(message).toMatch(/content\/informatieveiligheid\/x\.mdx: veld "reviewer"/);
  });

  it('reports YAML that cannot be read', () => {
    expect(() => parseGuideFile('---\ntitle: [\n---\n', 'f.mdx', 'f')).toThrow(/f\.mdx: frontmatter/);
  });
});
