/**
 * Keyboard walk-throughs: the phone-size menu, and that the keyboard reaches the controls of the map, the search and
 * the self-assessment. The islands' own specs test their keyboard use in detail.
 */
import { t } from '../../src/i18n/ui.ts';
import { focusIsVisible, islandReady, tabUntil } from './keyboard-helpers.ts';
import { expect, test } from './fixtures.ts';
import { routes } from '../../src/lib/site/routes.ts';

test('on a 320 px phone, Tab walks through the menu in order, each link visible and focused', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(routes.home());
  const menu = (['nav.services', 'nav.members', 'nav.security', 'nav.gis', 'nav.news', 'nav.search'] as const).map(
    (key) => t(key),
  );
  const nav = page.getByRole('navigation', { name: t('nav.label') });
  expect(await tabUntil(page, 'nav a', 10), 'Tab reaches the menu').toBe(true);
  for (const [index, name] of menu.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    const link = nav.getByRole('link', { name, exact: true });
    await expect(link, `${name} has focus`).toBeFocused();
    await expect(link, `${name} is on screen`).toBeInViewport();
    expect(await focusIsVisible(page), `${name} shows where the focus is`).toBe(true);
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zoeken\/$/);
});

test.describe('member map', () => {
  test('Tab reaches the map and its controls', async ({ page }) => {
    await page.goto(routes.members());
    await islandReady(page, 'member-map');
    expect(await tabUntil(page, 'member-map *'), 'focus enters the map').toBe(true);
    expect(await focusIsVisible(page), 'the focused map control shows its focus').toBe(true);
  });
});

test('search: type a query with the keyboard, Tab to a result and open it with Enter', async ({ page }) => {
  await page.goto(routes.search());
  await islandReady(page, 'site-search');
  expect(await tabUntil(page, 'site-search input'), 'Tab reaches the search field').toBe(true);
  await page.keyboard.type('wachtwoord');
  await page.keyboard.press('Enter');
  const result = page.locator('site-search').getByRole('link').first();
  await expect(result, 'results appear').toBeVisible();
  expect(await tabUntil(page, 'site-search a[href]'), 'Tab reaches a result').toBe(true);
  const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${href!.split('#')[0]!.replace(/[.?]/g, '\\$&')}`));
});

test('self-assessment: Tab reaches a measure and the arrow keys answer it', async ({ page }) => {
  await page.goto(routes.selfAssessment());
  await islandReady(page, 'self-assessment');
  // Tab stops once per radio group, on its checked choice ("Nog niet").
  expect(await tabUntil(page, 'self-assessment input[type="radio"]'), 'Tab reaches a measure').toBe(true);
  const focused = page.locator('self-assessment input[type="radio"]:focus');
  await expect(focused).toHaveValue('open');
  expect(await focusIsVisible(page), 'the choice shows its focus').toBe(true);
  await page.keyboard.press('ArrowLeft');
  await expect(focused).toHaveValue('done');
  await expect(focused).toBeChecked();
  await expect(page.getByTestId('assessment-score').locator('[data-overall]')).toContainText(/^1 van /);
});
