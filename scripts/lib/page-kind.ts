/**
 * Kind of page by URL path: the unit of the performance budgets (budgets.json) and of the bench's figures. Every
 * path has exactly one kind; organisation pages and anything new fall under "pagina".
 */
import { routes } from '../../src/lib/site/routes.ts';

export const PAGE_KINDS = [
  'home',
  'dienst',
  'leden',
  'bestuur',
  'gids',
  'zelfevaluatie',
  'gis-artikel',
  'begrippen',
  'netwerk',
  'nieuws',
  'zoeken',
  'open-data',
  'pagina',
  '404',
] as const;

export type PageKind = (typeof PAGE_KINDS)[number];

/** Section prefixes from the route module, most specific first: the first that starts the path names its kind. */
const SECTIONS: readonly [prefix: string, kind: PageKind][] = [
  [routes.selfAssessment(), 'zelfevaluatie'],
  [routes.guides(), 'gids'],
  [routes.glossary(), 'begrippen'],
  [routes.events(), 'netwerk'],
  [routes.gis(), 'gis-artikel'],
  [routes.services(), 'dienst'],
  [routes.news(), 'nieuws'],
  [routes.search(), 'zoeken'],
  [routes.openData(), 'open-data'],
];

/** Kind of the page at a URL path such as `/leden/gent/` (`/404.html` or `/404/` for the error page). */
export function pageKind(path: string): PageKind {
  const withoutIndex = path.replace(/(^|\/)index\.html$/, '$1');
  const page = withoutIndex.endsWith('/') || /\.[a-z]+$/.test(withoutIndex) ? withoutIndex : `${withoutIndex}/`;
  if (page === routes.home()) return 'home';
  if (page === routes.notFound() || page === routes.notFound().replace(/\.html$/, '/')) return '404';
  if (page === routes.members()) return 'leden';
  if (page.startsWith(routes.members())) return 'bestuur';
  return SECTIONS.find(([prefix]) => page.startsWith(prefix))?.[1] ?? 'pagina';
}
