/** Page metadata helpers shared by every layout. */
import { routes } from './routes.ts';

const SITE_NAME = 'piva eGov';

/** Longest <title> search engines show in full (html-validate's long-title rule holds the site to it). */
export const MAX_TITLE_LENGTH = 70;

/**
 * "<page> | piva eGov", or the site name with its tagline on the home page. A long page title goes without the
 * site name: what the page is about matters more in a tab or a result list than whose site it is.
 */
export function pageTitle(title: string, pathname: string): string {
  if (pathname === routes.home()) return `${SITE_NAME} – ${title}`;
  const withSite = `${title} | ${SITE_NAME}`;
  return withSite.length <= MAX_TITLE_LENGTH ? withSite : title;
}
