import { describe, expect, it } from 'vitest';
import { searchMeta } from '../../../src/lib/search/search-meta.ts';
import { routes } from '../../../src/lib/site/routes.ts';

describe('searchMeta', () => {
  it('classifies a service by URL and takes its pillar from the page', () => {
    expect(searchMeta(routes.service('gis-scan'), 'gis')).toEqual({ type: 'dienst', pillar: 'GIS' });
    expect(searchMeta(routes.service('ict-deskundige'), 'ict')).toEqual({ type: 'dienst', pillar: 'ICT' });
  });

  it('treats section hubs as plain pages', () => {
    expect(searchMeta(routes.services())).toEqual({ type: 'pagina' });
    expect(searchMeta(routes.guides())).toEqual({ type: 'pagina', pillar: 'Informatieveiligheid' });
    expect(searchMeta(routes.gis())).toEqual({ type: 'pagina', pillar: 'GIS' });
    expect(searchMeta(routes.events())).toEqual({ type: 'pagina', pillar: 'GIS' });
    expect(searchMeta(routes.news())).toEqual({ type: 'pagina' });
    expect(searchMeta(routes.members())).toEqual({ type: 'pagina' });
  });

  it('derives type and pillar of section items from the URL', () => {
    expect(searchMeta(routes.guide('wachtwoorden-en-mfa'))).toEqual({
      type: 'gids',
      pillar: 'Informatieveiligheid',
    });
    expect(searchMeta(routes.gisArticle('grb'))).toEqual({ type: 'gis-artikel', pillar: 'GIS' });
    expect(searchMeta(routes.event('2025-05-22-gis-netwerkdag-2025'))).toEqual({ type: 'evenement', pillar: 'GIS' });
    expect(searchMeta(routes.authority('gent'))).toEqual({ type: 'bestuur' });
  });

  it('knows the glossary as one page or one page per term', () => {
    expect(searchMeta(routes.glossary())).toEqual({ type: 'begrip', pillar: 'GIS' });
    expect(searchMeta(`${routes.glossary()}perceel/`)).toEqual({ type: 'begrip', pillar: 'GIS' });
  });

  it('lets the page pillar override the section, and "algemeen" mean no pillar', () => {
    expect(searchMeta(routes.event('2024-11-21-netwerkdag-informatieveiligheid-2024'), 'informatieveiligheid')).toEqual(
      {
        type: 'evenement',
        pillar: 'Informatieveiligheid',
      },
    );
    expect(searchMeta(routes.newsItem('2018-05-25-avg-van-toepassing'), 'informatieveiligheid')).toEqual({
      type: 'nieuws',
      pillar: 'Informatieveiligheid',
    });
    expect(searchMeta(routes.newsItem('2015-02-19-piva-egov-groeit'), 'algemeen')).toEqual({ type: 'nieuws' });
  });

  it('keeps tools, list pages and everything else as plain pages', () => {
    expect(searchMeta(routes.selfAssessment())).toEqual({
      type: 'pagina',
      pillar: 'Informatieveiligheid',
    });
    expect(searchMeta(routes.newsPage(2))).toEqual({ type: 'pagina' });
    expect(searchMeta('/')).toEqual({ type: 'pagina' });
    expect(searchMeta(routes.page('over'))).toEqual({ type: 'pagina' });
    expect(searchMeta(routes.openData())).toEqual({ type: 'pagina' });
  });

  it('accepts a path without trailing slash', () => {
    expect(searchMeta('/diensten/gis-scan', 'gis')).toEqual({ type: 'dienst', pillar: 'GIS' });
  });
});
