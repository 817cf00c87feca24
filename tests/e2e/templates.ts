/**
 * One URL per page template: the accessibility sweep (a11y.spec.ts) opens each one. The only hand-kept list of pages
 * in the tests — the other gates walk dist/. Add a line when a new template appears.
 */
import { authorities } from './data.ts';
import { routes } from '../../src/lib/site/routes.ts';

/** An unknown URL: the server answers with the site's 404 page. */
export const NOT_FOUND_PATH = '/deze-pagina-bestaat-niet/';

export type Island = 'member-map' | 'site-search' | 'self-assessment';

export interface Template {
  name: string;
  path: string;
  /** Custom element the page enhances itself with; tests wait until it is defined. */
  island?: Island;
}

export const TEMPLATES: readonly Template[] = [
  { name: 'home', path: routes.home() },
  { name: 'services index', path: routes.services() },
  { name: 'service', path: routes.service('gis-coordinator') },
  { name: 'members with map', path: routes.members(), island: 'member-map' },
  { name: 'authority', path: routes.authority(authorities[0]!.id) },
  { name: 'security guides hub', path: routes.guides() },
  { name: 'security guide', path: routes.guide('wachtwoorden-en-mfa') },
  { name: 'self-assessment', path: routes.selfAssessment(), island: 'self-assessment' },
  { name: 'GIS hub', path: routes.gis() },
  { name: 'GIS article', path: routes.gisArticle('grb') },
  { name: 'glossary', path: routes.glossary() },
  { name: 'GIS network events', path: routes.events() },
  { name: 'news index', path: routes.news() },
  { name: 'news item', path: routes.newsItem('2015-02-19-piva-egov-groeit') },
  { name: 'search with results', path: `${routes.search()}?q=wachtwoord`, island: 'site-search' },
  { name: 'open data', path: routes.openData() },
  { name: 'about', path: routes.page('over') },
  { name: 'contact', path: routes.page('contact') },
  { name: 'accessibility statement', path: routes.page('toegankelijkheid') },
  { name: 'privacy', path: routes.page('privacy') },
  { name: 'not found (404)', path: NOT_FOUND_PATH },
];
