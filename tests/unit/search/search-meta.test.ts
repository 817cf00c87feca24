import { describe, expect, it } from 'vitest';
import { searchMeta } from '../../../src/lib/search/search-meta.ts';

describe('searchMeta', () => {
  it('classifies a service by URL and takes its pillar from the page', () => {
    expect(searchMeta('/diensten/gis-scan/', 'gis')).toEqual({ type: 'dienst', pillar: 'GIS' });
    expect(searchMeta('/diensten/ict-deskundige/', 'ict')).toEqual({ type: 'dienst', pillar: 'ICT' });
  });

  it('treats section hubs as plain pages', () => {
    expect(searchMeta('/diensten/')).toEqual({ type: 'pagina' });
    expect(searchMeta('/informatieveiligheid/')).toEqual({ type: 'pagina', pillar: 'Informatieveiligheid' });
    expect(searchMeta('/gis/')).toEqual({ type: 'pagina', pillar: 'GIS' });
    expect(searchMeta('/gis/netwerk/')).toEqual({ type: 'pagina', pillar: 'GIS' });
    expect(searchMeta('/nieuws/')).toEqual({ type: 'pagina' });
    expect(searchMeta('/leden/')).toEqual({ type: 'pagina' });
  });

  it('derives type and pillar of section items from the URL', () => {
    expect(searchMeta('/informatieveiligheid/wachtwoorden-en-mfa/')).toEqual({
      type: 'gids',
      pillar: 'Informatieveiligheid',
    });
    expect(searchMeta('/gis/grb/')).toEqual({ type: 'gis-artikel', pillar: 'GIS' });
    expect(searchMeta('/gis/netwerk/2025-05-22-gis-netwerkdag-2025/')).toEqual({ type: 'evenement', pillar: 'GIS' });
    expect(searchMeta('/leden/gent/')).toEqual({ type: 'bestuur' });
  });

  it('knows the glossary as one page or one page per term', () => {
    expect(searchMeta('/gis/begrippen/')).toEqual({ type: 'begrip', pillar: 'GIS' });
    expect(searchMeta('/gis/begrippen/perceel/')).toEqual({ type: 'begrip', pillar: 'GIS' });
  });

  it('lets the page pillar override the section, and "algemeen" mean no pillar', () => {
    expect(searchMeta('/gis/netwerk/2024-11-21-netwerkdag-informatieveiligheid-2024/', 'informatieveiligheid')).toEqual({
      type: 'evenement',
      pillar: 'Informatieveiligheid',
    });
    expect(searchMeta('/nieuws/2018-05-25-avg-van-toepassing/', 'informatieveiligheid')).toEqual({
      type: 'nieuws',
      pillar: 'Informatieveiligheid',
    });
    expect(searchMeta('/nieuws/2015-02-19-piva-egov-groeit/', 'algemeen')).toEqual({ type: 'nieuws' });
  });

  it('keeps tools, list pages and everything else as plain pages', () => {
    expect(searchMeta('/informatieveiligheid/zelfevaluatie/')).toEqual({
      type: 'pagina',
      pillar: 'Informatieveiligheid',
    });
    expect(searchMeta('/nieuws/2/')).toEqual({ type: 'pagina' });
    expect(searchMeta('/')).toEqual({ type: 'pagina' });
    expect(searchMeta('/over/')).toEqual({ type: 'pagina' });
    expect(searchMeta('/open-data/')).toEqual({ type: 'pagina' });
  });

  it('accepts a path without trailing slash', () => {
    expect(searchMeta('/diensten/gis-scan', 'gis')).toEqual({ type: 'dienst', pillar: 'GIS' });
  });
});
