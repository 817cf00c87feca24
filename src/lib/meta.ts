/** Page metadata helpers shared by every layout. */
const SITE_NAME = 'piva eGov';

/** "<page> | piva eGov", or the site name with its tagline on the home page. */
export function pageTitle(title: string, pathname: string): string {
  return pathname === '/' ? `${SITE_NAME} – ${title}` : `${title} | ${SITE_NAME}`;
}
