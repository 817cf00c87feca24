/**
 * One URL per page template: the accessibility sweep (a11y.spec.ts) opens each one. The only hand-kept list of pages
 * in the tests — the other gates walk dist/. Add a line when a new template appears.
 */
import { authorities } from './data.ts';

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
  { name: 'home', path: '/' },
  { name: 'services index', path: '/diensten/' },
  { name: 'service', path: '/diensten/gis-coordinator/' },
  { name: 'members with map', path: '/leden/', island: 'member-map' },
  { name: 'authority', path: `/leden/${authorities[0]!.id}/` },
  { name: 'security guides hub', path: '/informatieveiligheid/' },
  { name: 'security guide', path: '/informatieveiligheid/wachtwoorden-en-mfa/' },
  { name: 'self-assessment', path: '/informatieveiligheid/zelfevaluatie/', island: 'self-assessment' },
  { name: 'GIS hub', path: '/gis/' },
  { name: 'GIS article', path: '/gis/grb/' },
  { name: 'glossary', path: '/gis/begrippen/' },
  { name: 'GIS network events', path: '/gis/netwerk/' },
  { name: 'news index', path: '/nieuws/' },
  { name: 'news item', path: '/nieuws/2015-02-19-piva-egov-groeit/' },
  { name: 'search with results', path: '/zoeken/?q=wachtwoord', island: 'site-search' },
  { name: 'open data', path: '/open-data/' },
  { name: 'about', path: '/over/' },
  { name: 'contact', path: '/contact/' },
  { name: 'accessibility statement', path: '/toegankelijkheid/' },
  { name: 'privacy', path: '/privacy/' },
  { name: 'not found (404)', path: NOT_FOUND_PATH },
];
