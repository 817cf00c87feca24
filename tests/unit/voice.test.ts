import { describe, expect, it } from 'vitest';
import { checkVoice, findInformalAddress, parseExceptions } from '../../scripts/lib/voice.ts';

const page = (body: string) => `---\ntitle: Een titel\n---\n\n${body}\n`;

describe('form-of-address check', () => {
  it('fails on a sentence that says "je", with file, line and word', () => {
    const hits = findInformalAddress('content/pages/test.mdx', page('Hier kun je een afspraak maken.'));
    expect(hits).toEqual([{ file: 'content/pages/test.mdx', line: 5, word: 'je' }]);
  });

  it('finds every informal form, whatever the case', () => {
    const text = page(
      "Jij en jullie. Is dit jouw laptop of van jou? Bescherm jezelf. Heb je't gezien? Je bent welkom.",
    );
    const words = findInformalAddress('content/news/x.md', text).map((h) => h.word);
    expect(words).toEqual(['Jij', 'jullie', 'jouw', 'jou', 'jezelf', "je't", 'Je']);
  });

  it('passes on the same sentence with "u"', () => {
    const text = page('Hier kunt u een afspraak maken met uw consulent.');
    expect(findInformalAddress('content/pages/test.mdx', text)).toEqual([]);
  });

  it('does not match "je" inside words', () => {
    const text = page('Een meisje met een kaartje en een lijstje bij het project in juni; jeugd en jenever.');
    expect(findInformalAddress('content/pages/test.mdx', text)).toEqual([]);
  });

  it('ignores code, URLs and frontmatter keys but reads frontmatter values', () => {
    const text = [
      '---',
      'je: waarde',
      'summary: Wat kun je doen?',
      '---',
      'Gebruik `if (je) return` in code.',
      '```',
      'echo je',
      '```',
      'Zie [de gids](/gids/hoe-je-dit-doet/) of https://example.org/je/jij.',
    ].join('\n');
    expect(findInformalAddress('content/pages/test.mdx', text)).toEqual([
      { file: 'content/pages/test.mdx', line: 3, word: 'je' },
    ]);
  });

  it('reads JSON values and i18n strings, not keys', () => {
    const json = '{\n  "je": "Hier vind je alles"\n}';
    expect(findInformalAddress('content/glossary/b.json', json)).toEqual([
      { file: 'content/glossary/b.json', line: 2, word: 'je' },
    ]);
    const ts = "export const ui = {\n  'je.key': 'Zoek je iets?',\n  'ok.key': 'Zoekt u iets?',\n};";
    expect(findInformalAddress('src/i18n/ui.ts', ts)).toEqual([{ file: 'src/i18n/ui.ts', line: 2, word: 'je' }]);
  });

  it('honours an exception for an exact quote in that file only', () => {
    const text = page('Een medewerker zei: "Ik dacht dat je dat mocht." Daarom kunt u dit beter vragen. Weet je het?');
    const exceptions = parseExceptions('content/voice-exceptions.json', [
      { file: 'content/pages/test.mdx', phrase: '"Ik dacht dat je dat mocht."', reason: 'Citaat van een medewerker' },
    ]);
    const result = checkVoice(
      [
        { file: 'content/pages/test.mdx', text },
        { file: 'content/pages/other.mdx', text },
      ],
      exceptions,
    );
    // The quote is allowed; the later "je" and the same quote in another file are not.
    expect(result.hits).toEqual([
      { file: 'content/pages/test.mdx', line: 5, word: 'je' },
      { file: 'content/pages/other.mdx', line: 5, word: 'je' },
      { file: 'content/pages/other.mdx', line: 5, word: 'je' },
    ]);
    expect(result.unusedExceptions).toEqual([]);
  });

  it('reports an exception that allows nothing, and rejects one without a reason', () => {
    const exceptions = parseExceptions('x.json', [{ file: 'content/pages/test.mdx', phrase: '"weg"', reason: 'oud' }]);
    const result = checkVoice([{ file: 'content/pages/test.mdx', text: page('Alles in orde.') }], exceptions);
    expect(result.unusedExceptions).toHaveLength(1);
    expect(() => parseExceptions('x.json', [{ file: 'a.mdx', phrase: '"je"' }])).toThrow(
      /uitzondering 1: veld "reason"/,
    );
  });
});
