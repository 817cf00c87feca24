/**
 * Every internal URL of the site, built in one place: pages, components, feeds, the sitemap, the checks and the tests
 * import these instead of writing paths out, so a route changes here and nowhere else. Browser-safe.
 *
 * Paths end in "/" (pages) or in their file extension (data files), as the built site serves them.
 */

/** The files under /open-data/, each written by an endpoint in src/pages/open-data/. */
export const OPEN_DATA_FILES = [
  'overeenkomsten.csv',
  'overeenkomsten.json',
  'besturen.geojson',
  'gemeenten.geojson',
] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

export const routes = {
  home: () => '/',
  /** A file in public/, served as is. */
  favicon: () => '/favicon.svg',
  services: () => '/diensten/',
  service: (id: string) => `/diensten/${id}/`,
  members: () => '/leden/',
  authority: (id: string) => `/leden/${id}/`,
  memberMapData: () => '/leden/kaart.json',
  guides: () => '/informatieveiligheid/',
  guide: (slug: string) => `/informatieveiligheid/${slug}/`,
  /** A checklist item on its guide's page; `itemId` is the item's anchor. */
  checklistItem: (slug: string, itemId: string) => `/informatieveiligheid/${slug}/#${itemId}`,
  guideChecklist: (slug: string) => `/informatieveiligheid/${slug}/#checklist`,
  selfAssessment: () => '/informatieveiligheid/zelfevaluatie/',
  gis: () => '/gis/',
  gisArticle: (slug: string) => `/gis/${slug}/`,
  glossary: () => '/gis/begrippen/',
  glossaryTerm: (id: string) => `/gis/begrippen/#${id}`,
  events: () => '/gis/netwerk/',
  event: (id: string) => `/gis/netwerk/${id}/`,
  eventCalendar: (id: string) => `/gis/netwerk/${id}.ics`,
  agenda: () => '/gis/netwerk/agenda.ics',
  news: () => '/nieuws/',
  /** Page `n` of the news list: page 1 is the list itself. */
  newsPage: (n: number) => (n === 1 ? '/nieuws/' : `/nieuws/${n}/`),
  newsItem: (id: string) => `/nieuws/${id}/`,
  search: () => '/zoeken/',
  openData: () => '/open-data/',
  openDataFile: (file: OpenDataFile) => `/open-data/${file}`,
  /** An organisation page from content/pages/ (over, contact, privacy, toegankelijkheid, …). */
  page: (slug: string) => `/${slug}/`,
  rss: () => '/rss.xml',
  /** The error page: the host serves it for any unknown path, so it is linked by its file, not by "/404/". */
  notFound: () => '/404.html',
  robotsTxt: () => '/robots.txt',
  securityTxt: () => '/.well-known/security.txt',
  // Written by integrations after the build, not by src/pages: the search index, its suggestion vocabulary and the
  // sitemap (@astrojs/sitemap).
  searchVocabulary: () => '/zoeken/woorden.json',
  pagefind: () => '/pagefind/',
  sitemapIndex: () => '/sitemap-index.xml',
} as const;

/** The routes the build's integrations write, which therefore have no file under src/pages. */
export const GENERATED_ROUTES = [
  'searchVocabulary',
  'pagefind',
  'sitemapIndex',
] as const satisfies readonly (keyof typeof routes)[];
