import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, pageKind } from '../../scripts/lib/page-kind.ts';
import { routes } from '../../src/lib/site/routes.ts';

describe('pageKind', () => {
  it.each([
    [routes.home(), 'home'],
    [routes.services(), 'dienst'],
    [routes.service('gis-coordinator'), 'dienst'],
    [routes.members(), 'leden'],
    [routes.authority('gent'), 'bestuur'],
    [routes.guides(), 'gids'],
    [routes.guide('wachtwoorden-en-mfa'), 'gids'],
    [routes.selfAssessment(), 'zelfevaluatie'],
    [routes.gis(), 'gis-artikel'],
    [routes.gisArticle('grb'), 'gis-artikel'],
    [routes.glossary(), 'begrippen'],
    [routes.events(), 'netwerk'],
    [routes.news(), 'nieuws'],
    [routes.newsItem('2015-02-19-piva-egov-groeit'), 'nieuws'],
    [routes.search(), 'zoeken'],
    [routes.openData(), 'open-data'],
    [routes.page('over'), 'pagina'],
    [routes.page('toegankelijkheid'), 'pagina'],
    [routes.notFound(), '404'],
    ['/404/', '404'],
  ] as const)('%s is a %s page', (path, kind) => {
    expect(pageKind(path)).toBe(kind);
  });

  it('gives every path one of the known kinds', () => {
    for (const path of ['/iets-nieuws/', '/a/b/c/', '/gis/netwerk/2025/']) expect(PAGE_KINDS).toContain(pageKind(path));
  });
});
