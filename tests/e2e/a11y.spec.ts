/**
 * axe-core over one page of every template (tests/e2e/templates.ts), in the light and the dark colour scheme:
 * no violation of WCAG 2.0, 2.1 and 2.2 level A and AA.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { islandReady } from './keyboard-helpers.ts';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { NOT_FOUND_PATH, TEMPLATES } from './templates.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replace(/\n/g, '\n      ')}`)
        .join('\n');
      const more = violation.nodes.length > 5 ? `\n    … and ${violation.nodes.length - 5} more` : '';
      return `[${violation.impact}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}${more}`;
    })
    .join('\n\n');
}

/**
 * All WCAG A/AA violations on the page. On the member map, the municipalities are left out of the target-size rule
 * only: WCAG 2.2 (2.5.8) exempts targets whose size and place are essential to the information (a municipality is as
 * large as it is), and the find field beside the map reaches each of them as a full-size target (the "equivalent"
 * exception), as the table does for every authority.
 */
async function wcagViolations(page: Page, hasMap: boolean): Promise<Result[]> {
  if (!hasMap) return (await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()).violations;
  const allButTargetSize = await new AxeBuilder({ page }).withTags(WCAG_TAGS).disableRules(['target-size']).analyze();
  const targetSize = await new AxeBuilder({ page })
    .withRules(['target-size'])
    .exclude('member-map .leaflet-overlay-pane')
    .analyze();
  return [...allButTargetSize.violations, ...targetSize.violations];
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    for (const template of TEMPLATES) {
      test.describe(template.name, () => {
        test.use({ allowNotFoundPage: template.path === NOT_FOUND_PATH });

        test(`${template.path} has no WCAG A/AA violations`, async ({ page }) => {
          // axe on a long page takes a while on a busy machine.
          test.setTimeout(90_000);
          await page.emulateMedia({ colorScheme: scheme });
          const response = await page.goto(template.path);
          expect(response?.status(), 'status').toBe(template.path === NOT_FOUND_PATH ? 404 : 200);
          // The site's own page (for the 404 too, not the server's default one), in Dutch.
          await expect(page.locator('html'), 'language of the page').toHaveAttribute('lang', 'nl-BE');
          if (template.island) await islandReady(page, template.island);
          if (template.island === 'member-map')
            await expect(page.locator('member-map[data-drawn]'), 'map drawn').toHaveCount(1);
          if (template.island === 'site-search') {
            await expect(page.locator('site-search').getByRole('link').first(), 'search results').toBeVisible();
          }
          const violations = await wcagViolations(page, template.island === 'member-map');
          expect(violations, describeViolations(violations)).toEqual([]);
        });
      });
    }
  });
}
