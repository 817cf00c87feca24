/**
 * Kind of page by URL path: the unit of the performance budgets (budgets.json) and of the bench's figures. Every
 * path has exactly one kind; organisation pages and anything new fall under "pagina".
 */

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

/** Kind of the page at a URL path such as `/leden/gent/` (`/404.html` or `/404/` for the error page). */
export function pageKind(path: string): PageKind {
  const segments = path.split('/').filter(Boolean);
  const [first, second] = segments;
  if (segments.length === 0 || (segments.length === 1 && first === 'index.html')) return 'home';
  if (first === '404.html' || first === '404') return '404';
  switch (first) {
    case 'diensten':
      return 'dienst';
    case 'leden':
      return second ? 'bestuur' : 'leden';
    case 'informatieveiligheid':
      return second === 'zelfevaluatie' ? 'zelfevaluatie' : 'gids';
    case 'gis':
      if (second === 'begrippen') return 'begrippen';
      if (second === 'netwerk') return 'netwerk';
      return 'gis-artikel';
    case 'nieuws':
      return 'nieuws';
    case 'zoeken':
      return 'zoeken';
    case 'open-data':
      return 'open-data';
    default:
      return 'pagina';
  }
}
