import { readdirSync, readFileSync } from 'node:fs';
import { activeAuthorities, authorityName, isSample } from './data.ts';
import { expect, expectLinksWork, internalLinks, test } from './fixtures.ts';
import { routes } from '../../src/lib/site/routes.ts';

const serviceIds = readdirSync('content/services')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

function serviceTitle(id: string): string {
  const match = readFileSync(`content/services/${id}.mdx`, 'utf8').match(/^title:\s*"?(.+?)"?\s*$/m);
  return match![1]!;
}

test('the home page says what the agency does and shows key figures from the data', async ({ page }) => {
  await page.goto(routes.home());
  await expect(page).toHaveTitle(/piva eGov/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-BE');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('authorities-served')).toHaveText(String(activeAuthorities().size));
  // The figure and its words read as one sentence, with the space between them.
  await expect(page.getByTestId('authorities-served').locator('..')).toHaveText(
    `${activeAuthorities().size} besturen werken met ons samen`,
  );
  await expect(page.getByTestId('years-of-service').locator('..')).toHaveText(
    /^\d+ jaar gedeelde expertise sinds \d{4}$/,
  );
  for (const id of serviceIds) {
    await expect(page.locator(`tr[data-service="${id}"] [data-testid="service-count"]`)).toHaveText(
      String(activeAuthorities(id).size),
    );
  }
  for (const pillar of ['ICT', 'GIS', 'Informatieveiligheid']) {
    await expect(page.getByRole('heading', { level: 3, name: pillar, exact: true })).toBeVisible();
  }
});

test('every page shows the sample-data notice while the data is illustrative', async ({ page }) => {
  expect(isSample).toBe(true);
  for (const path of [routes.home(), routes.services(), routes.service(serviceIds[0]!)]) {
    await page.goto(path);
    await expect(page.getByRole('note')).toContainText('illustratieve voorbeeldgegevens');
  }
});

test('the services index lists every service with its number of participants', async ({ page }) => {
  await page.goto(routes.services());
  await expect(page.getByRole('heading', { level: 1, name: 'Diensten' })).toBeVisible();
  await expect(page.locator('[data-service]')).toHaveCount(serviceIds.length);
  for (const id of serviceIds) {
    const card = page.locator(`[data-service="${id}"]`);
    await expect(card.getByRole('link', { name: serviceTitle(id) })).toBeVisible();
    await expect(card.getByTestId('participant-count')).toContainText(String(activeAuthorities(id).size));
  }
  await expect(page.getByRole('navigation', { name: 'Kruimelpad' })).toBeVisible();
});

for (const id of serviceIds) {
  test(`service page ${id} shows its text and its participants from the data`, async ({ page }) => {
    await page.goto(routes.service(id));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(serviceTitle(id));
    await expect(page.getByRole('heading', { level: 2, name: 'Deelnemende besturen' })).toBeVisible();
    const expected = [...activeAuthorities(id)].map(authorityName).sort((a, b) => a.localeCompare(b, 'nl-BE'));
    const intro = page.getByTestId('participants-intro');
    await expect(intro).toContainText(expected.length === 1 ? '1 bestuur' : `${expected.length} besturen`);
    if (expected.length > 0) {
      await expect(page.getByTestId('participant-list').getByRole('link')).toHaveText(expected);
    }
    await expectLinksWork(page, await internalLinks(page));
  });
}

test('the menu is usable on a 320 px wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(routes.home());
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  const items = ['Diensten', 'Leden', 'Informatieveiligheid', 'GIS', 'Nieuws', 'Zoeken'];
  for (const name of items) {
    const link = nav.getByRole('link', { name, exact: true });
    await expect(link).toBeInViewport();
    const box = (await link.boundingBox())!;
    expect(box.x + box.width, `${name} fits in 320 px`).toBeLessThanOrEqual(320);
    expect(box.height, `${name} is large enough to tap`).toBeGreaterThanOrEqual(24);
  }
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(320);
  await nav.getByRole('link', { name: 'Diensten', exact: true }).click();
  await expect(page).toHaveURL(/\/diensten\/$/);
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto(routes.services());
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
