import { describe, expect, it } from 'vitest';
import { checkSources, formatSourceProblem } from '../../scripts/lib/sources.ts';

const FILE = 'content/informatieveiligheid/voorbeeld.mdx';
const guide = (tail: string) =>
  `---\ntitle: Voorbeeld\nreviewed: 2026-12-01\n---\n\nInleiding.\n\n## Wat moet u doen?\n\nTekst.\n\n${tail}\n`;

describe('sources check', () => {
  it('passes when every item links to https or names a dated law', () => {
    const text = guide(
      [
        '## Bronnen',
        '',
        '- [Centrum voor Cybersecurity België: NIS2](https://ccb.belgium.be/nl/nis2)',
        '- Wet van 26 april 2024 tot vaststelling van een kader voor de cyberbeveiliging',
        '- Besluit van de Vlaamse Regering van 8 december 2023 over informatieveiligheid',
        '- Verordening (EU) 2016/679 van 27 April 2016 (AVG)',
      ].join('\n'),
    );
    expect(checkSources(FILE, text)).toEqual([]);
  });

  it('fails an item without https link or dated law, naming file and item', () => {
    const text = guide(
      [
        '## Bronnen',
        '',
        '- [Oude pagina](http://example.org/oud)',
        '- De wet op de privacy',
        '- [Goede bron](https://www.vlaanderen.be/informatieveiligheid)',
      ].join('\n'),
    );
    const problems = checkSources(FILE, text);
    expect(problems.map((p) => p.item)).toEqual(['Oude pagina', 'De wet op de privacy']);
    expect(formatSourceProblem(problems[1]!)).toMatch(
      /^content\/informatieveiligheid\/voorbeeld\.mdx: bron "De wet op de privacy" heeft geen link naar een https-bron/,
    );
  });

  it('fails a page without a Bronnen section', () => {
    const [problem] = checkSources(FILE, guide('## Verder lezen\n\n- [Bron](https://example.org/)'));
    expect(problem?.problem).toContain('de laatste is "## Verder lezen"');
  });

  it('fails when Bronnen is not the last h2', () => {
    const text = guide('## Bronnen\n\n- [Bron](https://example.org/)\n\n## Contact\n\nMail ons.');
    const [problem] = checkSources(FILE, text);
    expect(problem?.problem).toContain('moet de laatste tussentitel');
  });

  it('fails a Bronnen section without a list', () => {
    const [problem] = checkSources(FILE, guide('## Bronnen\n\nZie de website van de overheid.'));
    expect(problem?.problem).toContain('bevat geen lijst');
  });

  it('does not take a "## Bronnen" inside a code block for the section', () => {
    const text = guide('## Bronnen\n\n- [Bron](https://example.org/)\n\n## Voorbeeld\n\n```md\n## Bronnen\n```');
    expect(checkSources(FILE, text)[0]?.problem).toContain('"## Voorbeeld" volgt erna');
  });
});
