import { describe, expect, it } from 'vitest';
import { checklistItemId } from '../../../src/lib/guides/checklist.ts';
import { buildSiteIndex, findInternalLinks, headingIds, linkProblem } from '../../../src/lib/site/internal-links.ts';
import { parseMarkdown } from '../../../src/lib/guides/checklist.ts';
import { routes } from '../../../src/lib/site/routes.ts';

const body = `## Wat is NIS2?

Zie [de gids](/informatieveiligheid/andere/) en [een begrip](/gis/begrippen/#grb).

## Checklist

<Checklist>

- [ ] Maak een lijst.

</Checklist>
`;

const index = buildSiteIndex({
  guides: [
    { id: 'nis2', body },
    { id: 'andere', body: '## Checklist\n\n- [ ] Iets.' },
  ],
  services: ['gis-scan'],
  gisArticles: ['grb'],
  glossaryIds: ['grb'],
  pages: ['contact'],
  authorities: ['zele'],
  news: ['2024-11-05-nis2'],
});

describe('findInternalLinks', () => {
  it('finds Markdown links to this site with their line, and skips external links', () => {
    const links = findInternalLinks(
      'Tekst [a](/gis/) en [b](https://example.org/).\n\n[c][ref]\n\n[ref]: /diensten/\n',
    );
    expect(links).toEqual([
      { url: routes.gis(), line: 1 },
      { url: routes.services(), line: 5 },
    ]);
  });

  it('finds href attributes in HTML and JSX', () => {
    expect(findInternalLinks('<a href="/contact/">contact</a>').map((l) => l.url)).toEqual([routes.page('contact')]);
  });
});

describe('linkProblem', () => {
  it('accepts guides, services, GIS articles, pages, members and fixed routes', () => {
    for (const url of [
      routes.guide('andere'),
      routes.service('gis-scan'),
      routes.gisArticle('grb'),
      routes.page('contact'),
      routes.authority('zele'),
      routes.newsItem('2024-11-05-nis2'),
      routes.openDataFile('overeenkomsten.csv'),
    ]) {
      expect(linkProblem(url, index), url).toBeUndefined();
    }
  });

  it('rejects pages that do not exist and page links without the trailing slash', () => {
    expect(linkProblem(routes.guide('bestaat-niet'), index)).toMatch(/bestaat niet/);
    expect(linkProblem('/diensten/gis-scan', index)).toMatch(/eindigen op "\/"/);
  });

  it('checks glossary anchors against the glossary ids', () => {
    expect(linkProblem(routes.glossaryTerm('grb'), index)).toBeUndefined();
    expect(linkProblem(routes.glossaryTerm('onbekend'), index)).toMatch(/#onbekend/);
  });

  it('checks guide anchors against headings and checklist ids', () => {
    expect(linkProblem(routes.checklistItem('nis2', 'wat-is-nis2'), index)).toBeUndefined();
    expect(
      linkProblem(routes.checklistItem('nis2', checklistItemId('nis2', 'Maak een lijst.')), index),
    ).toBeUndefined();
    expect(linkProblem(routes.checklistItem('nis2', 'weg'), index)).toMatch(/#weg/);
  });
});

describe('headingIds', () => {
  it('follows GitHub slug rules and numbers repeated headings', () => {
    expect(headingIds(parseMarkdown('## Voor ICT: zo regel je het\n\n## Vragen\n\n## Vragen'))).toEqual([
      'voor-ict-zo-regel-je-het',
      'vragen',
      'vragen-1',
    ]);
  });
});
