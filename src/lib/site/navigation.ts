/**
 * The site's main sections in menu order. The header menu, the 404 page and the search page's empty state all list
 * them, so a new section is added here once. Browser-safe, but used at build time only.
 */
import { t } from '../../i18n/ui.ts';
import { routes } from './routes.ts';

interface NavLink {
  href: string;
  label: string;
}

export function mainSections(): NavLink[] {
  return [
    { href: routes.services(), label: t('nav.services') },
    { href: routes.members(), label: t('nav.members') },
    { href: routes.guides(), label: t('nav.security') },
    { href: routes.gis(), label: t('nav.gis') },
    { href: routes.news(), label: t('nav.news') },
  ];
}
