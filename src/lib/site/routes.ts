/**
 * Every internal URL of the site, built in one place: pages, components, feeds, the sitemap, the checks and the tests
 * import these instead of writing paths out, so a route changes here and nowhere else. Browser-safe.
 *
 * Paths end in "/" (pages) or in their file extension (data files), as the built site serves them.
 */
export const routes = {
  home: () => '/',
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
  openDataFile: (file: 'overeenkomsten.csv' | 'overeenkomsten.json' | 'besturen.geojson' | 'gemeenten.geojson') => `/open-data/${file}`,
  /** An organisation page from content/pages/ (over, contact, privacy, toegankelijkheid, …). */
  page: (slug: string) => `/${slug}/`,
  rss: () => '/rss.xml',
  searchVocabulary: () => '/zoeken/woorden.json',
} as const;
