import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from '../../../src/lib/site/meta.ts';
import { routes } from '../../../src/lib/site/routes.ts';

describe('pageTitle', () => {
  it('puts the site name before the tagline on the home page', () => {
    expect(pageTitle('Gedeelde experts voor lokale besturen', '/')).toBe(
      'piva eGov – Gedeelde experts voor lokale besturen',
    );
  });

  it('adds the site name after the page title', () => {
    expect(pageTitle('Diensten', routes.services())).toBe('Diensten | piva eGov');
  });

  it('leaves the site name off a title that would otherwise be too long to show in full', () => {
    const long = 'Het GRB: de basiskaart van Vlaanderen en hoe je wijzigingen meldt';
    expect(`${long} | piva eGov`.length).toBeGreaterThan(MAX_TITLE_LENGTH);
    expect(pageTitle(long, routes.gisArticle('grb'))).toBe(long);
  });
});
