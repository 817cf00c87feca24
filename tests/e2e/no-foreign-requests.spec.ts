/**
 * Issue 12: a visitor's browser talks to the site's own host only. One visit per page template (the member map drawn
 * and a municipality opened), recording every request the page makes.
 */
import { expect, test } from './fixtures.ts';
import { islandReady } from './keyboard-helpers.ts';
import { NOT_FOUND_PATH, TEMPLATES } from './templates.ts';

for (const template of TEMPLATES) {
  test.describe(template.name, () => {
    test.use({ allowNotFoundPage: template.path === NOT_FOUND_PATH });

    test(`${template.path} requests nothing from another host`, async ({ page, baseURL }) => {
      const site = new URL(baseURL!).host;
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));

      await page.goto(template.path);
      if (template.island) await islandReady(page, template.island);
      if (template.island === 'member-map') {
        await expect(page.locator('member-map[data-drawn]'), 'the map island ran').toHaveCount(1);
        // Zooming (tiles, if they were on) and opening a municipality are the map's last steps that could load anything.
        await page.getByRole('button', { name: 'Inzoomen' }).click();
        await page.locator('member-map .member-map__leaflet path[data-nis]').first().click();
      }
      await page.waitForLoadState('networkidle');

      const foreign = requested.filter((url) => {
        const parsed = new URL(url);
        return !['data:', 'blob:'].includes(parsed.protocol) && parsed.host !== site;
      });
      expect(requested.length, 'the page was recorded').toBeGreaterThan(0);
      expect(foreign, `requests from ${template.path} to hosts other than ${site}`).toEqual([]);
    });
  });
}
