import { describe, expect, it } from 'vitest';
import { checkGisReferences, formatReferenceIssue, type ReferenceInput } from '../../../src/lib/gis/gis-references.ts';
import { readReferenceInput } from '../../../src/lib/gis/gis-references-files.ts';
import { routes } from '../../../src/lib/site/routes.ts';

function input(
  files: Record<string, string>,
  terms = [
    { id: 'grb', related: ['crab'] },
    { id: 'crab', related: [] },
  ],
): ReferenceInput {
  return {
    files: Object.entries(files).map(([path, text]) => ({ path, text })),
    glossary: { path: 'content/glossary/begrippen.json', terms },
    articleIds: ['grb', 'basisregisters'],
    eventIds: ['2026-04-23-gis-netwerkdag'],
  };
}

describe('checkGisReferences', () => {
  it('accepts links to existing terms, articles, events and GIS pages', () => {
    const text = [
      'Het [GRB](/gis/begrippen/#grb) en het [CRAB](/gis/begrippen/#crab).',
      'Zie [basisregisters](/gis/basisregisters/), [de netwerkdag](/gis/netwerk/2026-04-23-gis-netwerkdag/),',
      '[agenda](/gis/netwerk/agenda.ics), <a href="/gis/netwerk/2026-04-23-gis-netwerkdag.ics">ics</a>, [GIS](/gis/).',
    ].join('\n');
    expect(checkGisReferences(input({ 'content/gis/grb.mdx': text }))).toEqual([]);
  });

  it('reports a glossary anchor to a missing term with file, line and id', () => {
    const issues = checkGisReferences(
      input({ 'content/news/x.md': 'Eerste regel.\nOver [WMS](/gis/begrippen/#wms) en [GRB](/gis/begrippen/#grb).' }),
    );
    expect(issues).toEqual([expect.objectContaining({ file: 'content/news/x.md', line: 2, id: 'wms' })]);
    expect(formatReferenceIssue(issues[0]!)).toMatch(
      /^content\/news\/x\.md:2: "wms": .*content\/glossary\/begrippen\.json/,
    );
  });

  it('reports a related id that is not a term, and a term listed twice', () => {
    const issues = checkGisReferences(
      input({}, [
        { id: 'grb', related: ['crab', 'adresregister'] },
        { id: 'crab', related: [] },
        { id: 'crab', related: [] },
      ]),
    );
    expect(issues.map((i) => [i.file, i.id])).toEqual([
      ['content/glossary/begrippen.json', 'crab'],
      ['content/glossary/begrippen.json', 'adresregister'],
    ]);
    expect(issues[1]!.message).toContain('"grb"');
  });

  it('reports a link to a former anchor, naming the current one, and a former id that clashes with a term', () => {
    const terms = [
      { id: 'straatnamenregister', related: [], formerIds: ['stratenregister'] },
      { id: 'crab', related: [], formerIds: ['straatnamenregister'] },
    ];
    const issues = checkGisReferences(
      input({ 'content/gis/a.mdx': 'Het [register](/gis/begrippen/#stratenregister).' }, terms),
    );
    expect(issues.map((i) => [i.file, i.id])).toEqual([
      ['content/glossary/begrippen.json', 'straatnamenregister'],
      ['content/gis/a.mdx', 'stratenregister'],
    ]);
    expect(issues[0]!.message).toContain('"crab", veld formerIds');
    expect(issues[1]!.message).toContain('/gis/begrippen/#straatnamenregister');
  });

  it('reports links to GIS pages that do not exist, including a missing trailing slash', () => {
    const issues = checkGisReferences(
      input({
        'content/gis/a.mdx': '[x](/gis/grb) [y](/gis/onbekend/) [z](/gis/netwerk/geen-dag/) [w](/gis/begrippen#grb)',
      }),
    );
    expect(issues.map((i) => i.id)).toEqual([
      '/gis/grb',
      routes.gisArticle('onbekend'),
      routes.event('geen-dag'),
      '/gis/begrippen',
    ]);
  });

  it('ignores /gis/ inside other hosts’ URLs', () => {
    expect(checkGisReferences(input({ 'content/a.md': '[kaart](https://example.org/gis/kaart)' }))).toEqual([]);
  });
});

it('every glossary anchor, related term and GIS link in the site content resolves', () => {
  const issues = checkGisReferences(readReferenceInput());
  expect(issues.map(formatReferenceIssue)).toEqual([]);
});
