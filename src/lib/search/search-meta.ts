/**
 * What the search index records about a page: its type and pillar, derived from the URL and the layout's `pillar`
 * prop. Sections added later (guides, GIS, events, news, members) are classified by their URL alone, so their pages
 * get the right search filters without touching the search code.
 */
import type { Pillar } from '../../schemas/common.ts';
import { routes } from '../site/routes.ts';

export const SEARCH_TYPES = [
  'dienst',
  'gids',
  'gis-artikel',
  'begrip',
  'evenement',
  'nieuws',
  'bestuur',
  'pagina',
] as const;
type SearchType = (typeof SEARCH_TYPES)[number];

/** The pillar filter's values are the labels users see, as the index stores them. */
const PILLAR_FILTER_VALUES: Record<Pillar, string> = {
  ict: 'ICT',
  gis: 'GIS',
  informatieveiligheid: 'Informatieveiligheid',
};

export interface SearchMeta {
  type: SearchType;
  /** Pillar label (ICT, GIS, Informatieveiligheid); absent for pages that belong to none. */
  pillar?: string;
}

/** Pages of a section that are hubs or tools rather than items of the section's type. */
const NOT_ITEMS = new Set([routes.selfAssessment()]);

/** Path prefix → type of the pages one level below it; checked in order, most specific first. */
const SECTIONS: { prefix: string; type: SearchType; pillar?: Pillar }[] = [
  { prefix: routes.services(), type: 'dienst' },
  { prefix: routes.glossary(), type: 'begrip', pillar: 'gis' },
  { prefix: routes.events(), type: 'evenement', pillar: 'gis' },
  { prefix: routes.gis(), type: 'gis-artikel', pillar: 'gis' },
  { prefix: routes.guides(), type: 'gids', pillar: 'informatieveiligheid' },
  { prefix: routes.news(), type: 'nieuws' },
  { prefix: routes.members(), type: 'bestuur' },
];

/**
 * Type and pillar of the page at `pathname`. An explicit pillar (from the page's data: a service, a news item or an
 * event) wins over the one implied by the section; "algemeen" means the page belongs to no pillar.
 */
export function searchMeta(pathname: string, pillar?: Pillar | 'algemeen'): SearchMeta {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const section = SECTIONS.find((s) => path.startsWith(s.prefix));
  const type = section && isItemPage(path, section.prefix) ? section.type : 'pagina';
  const chosen = pillar ?? section?.pillar;
  return chosen && chosen !== 'algemeen' ? { type, pillar: PILLAR_FILTER_VALUES[chosen] } : { type };
}

/**
 * The glossary is one page (/gis/begrippen/) or one page per term below it; every other section's items sit one
 * level below the hub. Deeper pages and list pages (/nieuws/2/, /nieuws/pagina/2/) are plain pages.
 */
function isItemPage(path: string, prefix: string): boolean {
  if (NOT_ITEMS.has(path)) return false;
  const rest = path.slice(prefix.length).split('/').filter(Boolean);
  if (rest.some((segment) => /^\d+$/.test(segment))) return false;
  if (prefix === routes.glossary()) return rest.length <= 1;
  return rest.length === 1;
}
