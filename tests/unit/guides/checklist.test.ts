import { describe, expect, it } from 'vitest';
import {
  ChecklistError,
  checklistItemId,
  extractChecklist,
  normaliseItemText,
  shortHash,
} from '../../../src/lib/guides/checklist.ts';

const guide = (intro: string, items: string[], after = '') => `## Waarom

${intro}

- [ ] Een taak buiten de checklist telt niet mee.

## Checklist

<Checklist>

${items.join('\n')}

</Checklist>
${after}`;

describe('extractChecklist', () => {
  const items = [
    '- [ ] Gebruik MFA op **elk** account.',
    '- [x] Test de back-up.',
    '- [ ] Meld een datalek binnen 72 uur.',
  ];

  it('returns the task-list items under "## Checklist" in order, as plain text', () => {
    const result = extractChecklist(guide('Inleiding.', items), 'wachtwoorden');
    expect(result.map((item) => item.text)).toEqual([
      'Gebruik MFA op elk account.',
      'Test de back-up.',
      'Meld een datalek binnen 72 uur.',
    ]);
    expect(result.map((item) => item.checked)).toEqual([false, true, false]);
  });

  it('gives ids that start with the guide slug and are unique', () => {
    const ids = extractChecklist(guide('Inleiding.', items), 'wachtwoorden').map((item) => item.id);
    expect(ids.every((id) => id.startsWith('wachtwoorden--'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
  });

  it('keeps every id when other text in the guide changes, items are added or the order changes', () => {
    const before = extractChecklist(guide('Inleiding.', items), 'g');
    const after = extractChecklist(
      guide(
        'Een volledig herschreven inleiding met [een link](/x/).',
        ['- [ ] Een nieuw punt.', ...items.reverse()],
        '\n## Meer\n\nNog tekst.',
      ),
      'g',
    );
    const idOf = (list: typeof before, text: string) => list.find((item) => item.text === text)?.id;
    for (const item of before) expect(idOf(after, item.text)).toBe(item.id);
  });

  it('changes the id when the item itself is reworded', () => {
    expect(checklistItemId('g', 'Test de back-up.')).not.toBe(checklistItemId('g', 'Test de back-up elke maand.'));
  });

  it('ignores case, spacing, typographic quotes and a final full stop in the id', () => {
    expect(checklistItemId('g', 'Test de “back-up”.')).toBe(checklistItemId('g', 'test  de "back-up"'));
  });

  it('stops the section at the next level-2 heading', () => {
    const result = extractChecklist(guide('x', ['- [ ] Binnen.'], '\n## Bronnen\n\n- [ ] Buiten.'), 'g');
    expect(result.map((item) => item.text)).toEqual(['Binnen.']);
  });

  it('returns no items when the guide has no checklist section', () => {
    expect(extractChecklist('## Inleiding\n\n- [ ] Geen checklist.', 'g')).toEqual([]);
  });

  it('fails, naming the file, when two items have the same text', () => {
    expect(() => extractChecklist(guide('x', ['- [ ] Zelfde.', '- [ ] zelfde']), 'g', 'content/g.mdx')).toThrow(
      ChecklistError,
    );
    expect(() => extractChecklist(guide('x', ['- [ ] Zelfde.', '- [ ] zelfde']), 'g', 'content/g.mdx')).toThrow(
      /content\/g\.mdx/,
    );
  });
});

describe('normaliseItemText and shortHash', () => {
  it('normalises to lower case without the final punctuation', () => {
    expect(normaliseItemText('  Twee   woorden. ')).toBe('twee woorden');
  });
  it('hashes deterministically to seven base-36 characters', () => {
    expect(shortHash('abc')).toBe(shortHash('abc'));
    expect(shortHash('abc')).not.toBe(shortHash('abd'));
    expect(shortHash('abc')).toMatch(/^[0-9a-z]{7}$/);
  });
});
