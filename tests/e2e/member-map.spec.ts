/**
 * The member map on /leden/: the 55 municipalities drawn by the island as a Leaflet map that zooms and pans (the
 * static SVG is the view without JavaScript), shaded for the chosen service, type and year, reachable with the
 * keyboard and the find field. Expected values come from content/data through
 * a direct reading (./data.ts), never from the site's own code. The shared fixture fails any request to another host.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { routes } from '../../src/lib/site/routes.ts';
import { activeAuthorities, asOf, authorities } from './data.ts';
import { expect, test } from './fixtures.ts';

const agreements = (
  JSON.parse(readFileSync('content/data/agreements.json', 'utf8')) as {
    agreements: { authority: string; service: string; start: string; end: string | null }[];
  }
).agreements;
const municipalities = (
  JSON.parse(readFileSync('content/data/municipalities.json', 'utf8')) as {
    municipalities: { nis: string; name: string }[];
  }
).municipalities;
const services = [...new Set(agreements.map((a) => a.service))];
const isActive = (a: { start: string; end: string | null }, date: string) =>
  a.start <= date && (a.end === null || a.end >= date);

/**
 * The class each municipality should have: with a service, "covered" where an authority with an active agreement
 * for it works; else by the number of distinct services that authorities working there run ("one", "several").
 */
function expectedShades(options: { date?: string; service?: string; type?: string } = {}): Record<string, string> {
  const date = options.date ?? asOf;
  const shades: Record<string, string> = {};
  for (const { nis } of municipalities) {
    const working = authorities.filter(
      (a) => a.municipalities.includes(nis) && (!options.type || a.type === options.type),
    );
    const active = agreements.filter((a) => working.some((w) => w.id === a.authority) && isActive(a, date));
    if (options.service) {
      shades[nis] = active.some((a) => a.service === options.service) ? 'covered' : 'none';
    } else {
      const count = new Set(active.map((a) => a.service)).size;
      shades[nis] = count === 0 ? 'none' : count === 1 ? 'one' : 'several';
    }
  }
  return shades;
}

/** The Leaflet polygons (the static SVG, hidden once they are drawn, has the same data-nis paths). */
const shapes = (page: Page) => page.locator('member-map .member-map__leaflet path[data-nis]');
const shape = (page: Page, nis: string) => page.locator(`member-map .member-map__leaflet path[data-nis="${nis}"]`);
const details = (page: Page) => page.locator('member-map [data-map-details]');

async function shownShades(page: Page, paths = shapes(page)): Promise<Record<string, string>> {
  return Object.fromEntries(
    await paths.evaluateAll((paths) => paths.map((p) => [p.getAttribute('data-nis')!, p.getAttribute('data-shade')!])),
  );
}

async function openMap(page: Page, query = ''): Promise<void> {
  await page.goto(`${routes.members()}${query}`);
  await expect(page.locator('member-map[data-drawn]')).toHaveCount(1);
}

const busiestService = services.sort((a, b) => activeAuthorities(b).size - activeAuthorities(a).size)[0]!;
/** A municipality that a police zone or association covers together with others, and an authority working there. */
const shared = authorities.find((a) => a.municipalities.length > 1 && activeAuthorities().has(a.id))!;
const sharedNis = shared.municipalities[0]!;
const nameOf = (nis: string) => municipalities.find((m) => m.nis === nis)!.name;

test('draws the 55 municipalities, each shaded by how many services run there today, with a legend', async ({
  page,
}) => {
  await openMap(page);
  await expect(shapes(page)).toHaveCount(municipalities.length);
  expect(municipalities).toHaveLength(55);
  const expected = expectedShades();
  expect(await shownShades(page)).toEqual(expected);
  // The Leaflet map has taken the static map's place.
  await expect(page.locator('member-map svg[data-municipality-map]')).toBeHidden();
  await expect(page.locator('member-map .member-map__leaflet')).toBeVisible();
  // Colour is not the only cue: every class but "none" is painted with a pattern, one kind per class.
  const fills = await shapes(page).evaluateAll((paths) =>
    paths.map((p) => [p.getAttribute('data-shade'), getComputedStyle(p).fill] as const),
  );
  for (const [shade, fill] of fills) {
    if (shade === 'none') expect(fill).toMatch(/^rgb/);
    else expect(fill).toMatch(shade === 'several' ? /-cross"\)$/ : /-hatch"\)$/);
  }
  const legend = page.getByRole('list', { name: 'Legende van de kaart' });
  await expect(legend.locator('li:visible')).toHaveText(['twee of meer diensten', 'één dienst', 'geen dienst']);
});

test('for a service, exactly the municipalities of its active authorities are shaded; back undoes it', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('combobox', { name: 'Dienst' }).selectOption(busiestService);
  await expect(page).toHaveURL(new RegExp(`\\?dienst=${busiestService}$`));
  const expected = expectedShades({ service: busiestService });
  const covered = new Set(
    [...activeAuthorities(busiestService)].flatMap((id) => authorities.find((a) => a.id === id)!.municipalities),
  );
  // The same set, read the other way round: the authorities of the service and the municipalities they cover.
  expect(
    Object.keys(expected)
      .filter((nis) => expected[nis] === 'covered')
      .sort(),
  ).toEqual([...covered].sort());
  await expect.poll(() => shownShades(page)).toEqual(expected);
  const legend = page.getByRole('list', { name: 'Legende van de kaart' });
  await expect(legend.locator('li:visible')).toHaveText(['gekozen dienst loopt', 'gekozen dienst loopt niet']);

  await page.goBack();
  await expect(page).toHaveURL(/\/leden\/$/);
  await expect.poll(() => shownShades(page)).toEqual(expectedShades());
});

test('the date control restyles the map', async ({ page }) => {
  await openMap(page);
  const then = expectedShades({ date: '2010-12-31' });
  expect(then, 'the data differ between 2010 and today').not.toEqual(expectedShades());
  await page.getByLabel('Stand in het jaar').selectOption('2010');
  await expect.poll(() => shownShades(page)).toEqual(then);
  await expect(page.locator('member-map figcaption')).toContainText('31 december 2010');
});

test('a filtered URL restores the same shading', async ({ page }) => {
  const year = Number(asOf.slice(0, 4)) - 3;
  await openMap(page, `?dienst=${busiestService}&type=gemeente&jaar=${year}`);
  expect(await shownShades(page)).toEqual(
    expectedShades({ service: busiestService, type: 'gemeente', date: `${year}-12-31` }),
  );
});

test('the zoom buttons enlarge and shrink the municipalities, and the map can be dragged', async ({ page }) => {
  await openMap(page);
  const width = () => shape(page, sharedNis).evaluate((p) => p.getBoundingClientRect().width);
  const before = await width();
  const zoomIn = page.getByRole('button', { name: 'Inzoomen' });
  const zoomOut = page.getByRole('button', { name: 'Uitzoomen' });
  // At the whole province the map cannot zoom out further.
  await expect(zoomOut).toHaveClass(/leaflet-disabled/);
  await zoomIn.click();
  await expect.poll(width).toBeGreaterThan(before * 1.8);
  await zoomOut.click();
  await expect.poll(width).toBeCloseTo(before, 0);

  await zoomIn.click();
  await expect.poll(width).toBeGreaterThan(before * 1.8);
  const left = () => shape(page, sharedNis).evaluate((p) => p.getBoundingClientRect().left);
  await page.locator('member-map .member-map__leaflet').scrollIntoViewIfNeeded();
  const box = (await page.locator('member-map .member-map__leaflet').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const start = await left();
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 80, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(left).toBeLessThan(start - 40);
});

test('hover names a municipality and its services', async ({ page }) => {
  await openMap(page);
  const servicesThere = new Set(
    agreements
      .filter(
        (a) => isActive(a, asOf) && authorities.find((x) => x.id === a.authority)!.municipalities.includes(sharedNis),
      )
      .map((a) => a.service),
  );
  await shape(page, sharedNis).hover();
  const hover = page.locator('member-map [data-map-hover]');
  await expect(hover).toBeVisible();
  await expect(hover).toContainText(`${nameOf(sharedNis)}:`);
  const text = (await hover.textContent())!;
  expect(text.split(': ')[1]!.split(', ')).toHaveLength(servicesThere.size);
  await expect(shape(page, sharedNis)).toHaveAttribute('aria-label', text);
});

test('the keyboard reaches a municipality, moves with the arrows, opens its details and returns', async ({ page }) => {
  await openMap(page);
  // The map is one tab stop, right after the find field and its button: no stop on the SVG itself.
  await page.getByRole('button', { name: 'Toon op de kaart' }).focus();
  await page.keyboard.press('Tab');
  const onShape = await page.evaluate(() => document.activeElement?.matches('path[data-nis]') ?? false);
  expect(onShape, 'Tab reaches a municipality').toBe(true);
  const focusedNis = () => page.evaluate(() => document.activeElement?.getAttribute('data-nis') ?? null);
  const first = await focusedNis();
  await page.keyboard.press('ArrowRight');
  const second = await focusedNis();
  expect(second).not.toBeNull();
  expect(second).not.toBe(first);
  // One tab stop for the map: the shape last reached.
  await expect(page.locator('member-map svg path[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(nameOf(second!));
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(await focusedNis()).toBe(second);
  // No trap: Tab leaves the map.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.matches('path[data-nis]'))).toBe(false);
});

test('the find field jumps to a municipality and its details link to its authorities', async ({ page }) => {
  await openMap(page);
  const field = page.getByLabel('Zoek een gemeente');
  await field.fill('geen-gemeente');
  await field.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'geen-gemeente' })).toContainText(
    'Kies een naam uit de lijst',
  );

  const name = nameOf(sharedNis);
  const width = () => shape(page, sharedNis).evaluate((p) => p.getBoundingClientRect().width);
  const before = await width();
  await field.fill(name.toLocaleLowerCase('nl-BE'));
  await field.press('Enter');
  // The map zooms to it: the municipality is drawn larger, and inside the map.
  await expect.poll(width).toBeGreaterThan(before * 1.5);
  const map = (await page.locator('member-map .member-map__leaflet').boundingBox())!;
  const found = (await shape(page, sharedNis).boundingBox())!;
  expect(found.x).toBeGreaterThanOrEqual(map.x - 1);
  expect(found.x + found.width).toBeLessThanOrEqual(map.x + map.width + 1);
  const panel = details(page);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(name);
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  const working = authorities.filter((a) => a.municipalities.includes(sharedNis) && activeAuthorities().has(a.id));
  const links = panel.locator('[data-details-list] > li > a');
  await expect(links).toHaveCount(working.length);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(working.map((a) => routes.authority(a.id)).sort());
  const first = (await links.first().textContent())!;
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
});

test('an authority covering several municipalities is outlined when chosen on the map or in the table', async ({
  page,
}) => {
  await openMap(page);
  const marks = page.locator('member-map .member-map__mark--area');
  const outlined = () => marks.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-area-nis')!).sort());

  await shape(page, sharedNis).click();
  const entry = details(page).locator(`li[data-authority="${shared.id}"]`);
  await entry.getByRole('button', { name: 'Toon werkgebied op de kaart' }).click();
  await expect(entry.getByRole('button', { name: 'Toon werkgebied op de kaart' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.mouse.move(0, 0);
  expect(await outlined()).toEqual([...shared.municipalities].sort());
  await details(page).getByRole('button', { name: 'Sluiten' }).click();
  await expect(marks).toHaveCount(0);
  // The whole area is in view, even after the map zoomed in on one of its municipalities.
  await page.getByLabel('Zoek een gemeente').fill(nameOf(sharedNis));
  await page.getByLabel('Zoek een gemeente').press('Enter');
  await details(page)
    .locator(`li[data-authority="${shared.id}"]`)
    .getByRole('button', { name: 'Toon werkgebied op de kaart' })
    .click();
  await page.mouse.move(0, 0);
  expect(await outlined()).toEqual([...shared.municipalities].sort());
  const inView = async () => {
    const map = (await page.locator('member-map .member-map__leaflet').boundingBox())!;
    const boxes = await marks.evaluateAll((paths) => paths.map((p) => p.getBoundingClientRect().toJSON() as DOMRect));
    return boxes.every(
      (b) =>
        b.left >= map.x - 1 &&
        b.right <= map.x + map.width + 1 &&
        b.top >= map.y - 1 &&
        b.bottom <= map.y + map.height + 1,
    );
  };
  await expect.poll(inView).toBe(true);
  await details(page).getByRole('button', { name: 'Sluiten' }).click();
  // The table moves up under the pointer when the details close; pointing at a row would outline that authority.
  await page.mouse.move(0, 0);
  await expect(marks).toHaveCount(0);

  await page.getByTestId('member-table').getByRole('link', { name: shared.name }).focus();
  expect(await outlined()).toEqual([...shared.municipalities].sort());
});

test('an authority name with markup or a formula stays text on the map and in the table', async ({ page }) => {
  const hostile = '<img src=x onerror=alert(1)>=HYPERLINK("https://example.org")';
  const victim = shared.id;
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  await page.route(`**${routes.memberMapData()}`, async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.authorities.find((a: { id: string }) => a.id === victim).name = hostile;
    await route.fulfill({ response, json });
  });
  await openMap(page);
  await expect(page.getByTestId('member-table').getByRole('link', { name: hostile, exact: true })).toHaveCount(1);
  await shape(page, sharedNis).click();
  await expect(details(page).locator(`li[data-authority="${victim}"] > a`)).toHaveText(hostile);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`with a municipality's details open and an area outlined, the map has no WCAG A/AA violations (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openMap(page, `?dienst=${busiestService}`);
    await shape(page, sharedNis).click();
    await details(page)
      .locator(`li[data-authority="${shared.id}"]`)
      .getByRole('button', { name: 'Toon werkgebied op de kaart' })
      .click();
    await shape(page, shared.municipalities[1]!).hover();
    // The shapes are as large as the municipalities: see wcagViolations in a11y.spec.ts for the target-size exception.
    const results = await new AxeBuilder({ page })
      .include('member-map')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .disableRules(['target-size'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the static SVG shows today for all services, with the same classes, and says so', async ({ page }) => {
    await page.goto(routes.members());
    const map = page.locator('figure.municipality-map');
    await expect(map.getByRole('img')).toBeVisible();
    await expect(map.locator('svg path[data-nis]')).toHaveCount(55);
    expect(await shownShades(page, map.locator('svg path[data-nis]'))).toEqual(expectedShades());
    await expect(page.locator('.member-map__leaflet')).toHaveCount(0);
    await expect(map.locator(`path[data-nis="${sharedNis}"] title`)).toHaveText(new RegExp(`^${nameOf(sharedNis)}: `));
    await expect(page.getByText('Zonder JavaScript toont de kaart de stand op')).toBeVisible();
    await expect(page.getByLabel('Zoek een gemeente')).toBeHidden();
  });
});
