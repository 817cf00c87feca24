/**
 * Member table, authority pages, growth chart and open data (the map itself: member-map.spec.ts). The shared fixture
 * fails any request to another host.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { activeAuthorities, asOf, authorities, authorityName } from './data.ts';
import { expect, expectLinksWork, internalLinks, test } from './fixtures.ts';
import { routes } from '../../src/lib/site/routes.ts';

const agreements = (
  JSON.parse(readFileSync('content/data/agreements.json', 'utf8')) as {
    agreements: { id: string; authority: string; service: string; end: string | null }[];
  }
).agreements;
const municipalities = (
  JSON.parse(readFileSync('content/data/municipalities.json', 'utf8')) as {
    municipalities: { nis: string; name: string }[];
  }
).municipalities;

const byName = (a: string, b: string) => a.localeCompare(b, 'nl-BE');
const names = (ids: Iterable<string>) => [...ids].map(authorityName).sort(byName);
const ofType = (ids: Set<string>, type: string) =>
  new Set([...ids].filter((id) => authorities.find((a) => a.id === id)!.type === type));
/** The service with the most participants today, so a filter on it is a real test. */
const busiestService = [...new Set(agreements.map((a) => a.service))].sort(
  (a, b) => activeAuthorities(b).size - activeAuthorities(a).size,
)[0]!;

/** Links this feature owns (the header also links to sections built elsewhere). */
async function ownLinks(page: Page): Promise<string[]> {
  return (await internalLinks(page)).filter((link) => /\/(leden|diensten|open-data)\//.test(new URL(link).pathname));
}

const tableNames = (page: Page) => page.getByTestId('member-table').locator('tbody th[scope="row"] a');

async function openMembers(page: Page, query = ''): Promise<void> {
  await page.goto(`${routes.members()}${query}`);
  await expect(page.locator('member-map[data-drawn]')).toHaveCount(1);
}

test('the table lists every authority with an active agreement, and the status line counts them', async ({ page }) => {
  await openMembers(page);
  const expected = activeAuthorities();
  await expect(
    page.getByRole('region', { name: 'Kaart van de deelnemende besturen in Oost-Vlaanderen' }),
  ).toBeVisible();
  await expect(tableNames(page)).toHaveText(names(expected));
  await expect(page.getByTestId('member-status')).toContainText(`${expected.size} besturen`);
});

test('filtering by a service shows exactly its authorities in the table, and back undoes it', async ({ page }) => {
  await openMembers(page);
  const expected = activeAuthorities(busiestService);
  await page.getByRole('combobox', { name: 'Dienst' }).selectOption(busiestService);
  await expect(page).toHaveURL(new RegExp(`\\?dienst=${busiestService}$`));
  await expect(tableNames(page)).toHaveText(names(expected));

  await page.goBack();
  await expect(page).toHaveURL(/\/leden\/$/);
  await expect(tableNames(page)).toHaveText(names(activeAuthorities()));
  await expect(page.getByRole('combobox', { name: 'Dienst' })).toHaveValue('');
});

test('a filtered URL restores the same view', async ({ page }) => {
  const year = Number(asOf.slice(0, 4)) - 3;
  const expected = ofType(activeAuthorities(busiestService, `${year}-12-31`), 'gemeente');
  await openMembers(page, `?dienst=${busiestService}&type=gemeente&jaar=${year}`);
  await expect(page.getByRole('combobox', { name: 'Dienst' })).toHaveValue(busiestService);
  await expect(page.getByLabel('Soort bestuur')).toHaveValue('gemeente');
  await expect(page.getByLabel('Stand in het jaar')).toHaveValue(String(year));
  await expect(tableNames(page)).toHaveText(names(expected));
});

test('the date control shows fewer authorities in 2010 than today', async ({ page }) => {
  await openMembers(page);
  const then = activeAuthorities(undefined, '2010-12-31');
  expect(then.size).toBeLessThan(activeAuthorities().size);
  await page.getByLabel('Stand in het jaar').selectOption('2010');
  await expect(page).toHaveURL(/\?jaar=2010$/);
  await expect(tableNames(page)).toHaveText(names(then));
  await expect(page.getByTestId('member-status')).toContainText('31 december 2010');
});

test('the table sorts by column and says how it is sorted', async ({ page }) => {
  await openMembers(page);
  const header = page.getByRole('columnheader', { name: 'Bestuur' });
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(tableNames(page)).toHaveText(names(activeAuthorities()).reverse());
  const since = page.getByRole('columnheader', { name: 'Lid sinds' });
  await since.getByRole('button').click();
  await expect(since).toHaveAttribute('aria-sort', 'ascending');
  await expect(header).not.toHaveAttribute('aria-sort', /./);
  const years = await page.getByTestId('member-table').locator('tbody td:last-child').allTextContents();
  expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => a - b));
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the table is complete and the static SVG map shades every municipality with a member', async ({ page }) => {
    await page.goto(routes.members());
    const expected = activeAuthorities();
    await expect(tableNames(page)).toHaveText(names(expected));
    for (const id of expected) {
      const services = new Set(
        agreements.filter((a) => a.authority === id && activeAuthorities(a.service).has(id)).map((a) => a.service),
      );
      await expect(page.locator(`tr[data-authority="${id}"] li[data-service]`)).toHaveCount(services.size);
    }
    await expect(page.locator('[data-member-filters]')).toBeHidden();
    const map = page.locator('figure.municipality-map');
    await expect(map.getByRole('img')).toBeVisible();
    await expect(map.locator('svg path[data-nis]')).toHaveCount(55);
    const covered = new Set([...expected].flatMap((id) => authorities.find((a) => a.id === id)!.municipalities));
    await expect(map.locator('svg path[data-nis][fill]')).toHaveCount(covered.size);
  });
});

test('an authority page shows its municipalities, agreements, links and a static map of its area, without JavaScript', async ({
  page,
}) => {
  const multi = authorities.find((a) => a.municipalities.length > 1)!;
  await page.goto(routes.authority(multi.id));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(multi.name);
  const covered = multi.municipalities.map((nis) => municipalities.find((m) => m.nis === nis)!.name);
  await expect(page.getByTestId('authority-municipalities')).toHaveText(covered.join(', '));
  const own = agreements.filter((a) => a.authority === multi.id);
  await expect(page.getByTestId('authority-agreements').locator('tbody tr')).toHaveCount(own.length);
  for (const service of new Set(own.map((a) => a.service))) {
    await expect(
      page.getByTestId('authority-agreements').locator(`a[href="/diensten/${service}/"]`).first(),
    ).toBeVisible();
  }
  const map = page.locator('figure.municipality-map');
  await expect(map.getByRole('img')).toBeVisible();
  await expect(map.locator('svg path[data-nis]')).toHaveCount(55);
  const highlighted = await map
    .locator('svg path[data-nis][fill]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-nis')));
  expect(highlighted.sort()).toEqual([...multi.municipalities].sort());
  await expect(map.locator(`path[data-nis="${multi.municipalities[0]}"] title`)).toHaveText(
    `${covered[0]}: werkgebied van dit bestuur`,
  );
  await expect(map).toContainText('© Statbel');
  await expect(page.locator('script[src]')).toHaveCount(0);
  await expectLinksWork(page, await ownLinks(page));
});

test('every authority has a page, and service pages link their participants to it', async ({ page }) => {
  for (const authority of authorities) {
    const response = await page.request.get(routes.authority(authority.id));
    expect(response.status(), authority.id).toBe(200);
  }
  await page.goto(routes.service(busiestService));
  const first = [...activeAuthorities(busiestService)].map(authorityName).sort(byName)[0]!;
  await page.getByTestId('participant-list').getByRole('link', { name: first }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first);
});

test('the growth chart is an SVG with the same figures as a table, on /leden/ and on shared service pages', async ({
  page,
}) => {
  const lastYear = Number(asOf.slice(0, 4));
  await page.goto(routes.members());
  const chart = page.getByTestId('growth-chart');
  await expect(chart.getByRole('img')).toBeVisible();
  await chart.getByText('Toon de cijfers als tabel').click();
  const rows = chart.locator('tbody tr');
  await expect(rows.last().locator('th')).toHaveText(String(lastYear));
  await expect(rows.last().locator('td')).toHaveText(String(activeAuthorities().size));
  await expect(rows.filter({ hasText: '2010' }).locator('td')).toHaveText(
    String(activeAuthorities(undefined, '2010-12-31').size),
  );

  await page.goto(routes.service('ict-deskundige'));
  const serviceChart = page.getByTestId('growth-chart');
  await expect(serviceChart.getByRole('img')).toBeVisible();
  await expect(serviceChart.locator('tbody tr').last().locator('td')).toHaveText(
    String(activeAuthorities('ict-deskundige').size),
  );
});

test('pages without a map load no JavaScript', async ({ page }) => {
  for (const path of [routes.openData(), routes.service(busiestService)]) {
    await page.goto(path);
    await expect(page.locator('script[src]')).toHaveCount(0);
  }
});

test('a service page maps exactly the municipalities of its active authorities', async ({ page }) => {
  await page.goto(routes.service(busiestService));
  const expected = new Set(
    [...activeAuthorities(busiestService)].flatMap((id) => authorities.find((a) => a.id === id)!.municipalities),
  );
  const map = page.locator('figure.municipality-map');
  await expect(map.locator('svg path[data-nis]')).toHaveCount(55);
  const shaded = await map
    .locator('svg path[data-nis][fill]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-nis')!));
  expect(shaded.sort()).toEqual([...expected].sort());
  await expect(map).toContainText('© Statbel');
});

test('the open-data files hold every agreement and every authority', async ({ page }) => {
  await page.goto(routes.openData());
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  await expectLinksWork(page, await ownLinks(page));

  const json = await (await page.request.get(routes.openDataFile('overeenkomsten.json'))).json();
  expect(json.overeenkomsten).toHaveLength(agreements.length);
  expect(json.overeenkomsten[0]).toMatchObject({
    id: agreements[0]!.id,
    bestuursnaam: authorityName(agreements[0]!.authority),
  });

  const csv = await (await page.request.get(routes.openDataFile('overeenkomsten.csv'))).text();
  expect(csv.endsWith('\r\n')).toBe(true);
  const lines = csv.split('\r\n').slice(0, -1);
  expect(lines[0]).toBe('id,bestuur,bestuursnaam,bestuurstype,dienst,soort,begin,einde,volume,actief');
  expect(lines).toHaveLength(agreements.length + 1);

  const geojson = await (await page.request.get(routes.openDataFile('besturen.geojson'))).json();
  expect(geojson.type).toBe('FeatureCollection');
  expect(geojson.features).toHaveLength(authorities.length);
  for (const feature of geojson.features) {
    const [lon, lat] = feature.geometry.coordinates;
    // East Flanders: longitude about 3.3–4.4 °E, latitude about 50.7–51.35 °N; swapped values fail both.
    expect(lon).toBeGreaterThan(3.2);
    expect(lon).toBeLessThan(4.5);
    expect(lat).toBeGreaterThan(50.6);
    expect(lat).toBeLessThan(51.4);
    expect(feature.properties.diensten.sort()).toEqual(
      [
        ...new Set(
          agreements
            .filter((a) => a.authority === feature.id && activeAuthorities(a.service).has(a.authority))
            .map((a) => a.service),
        ),
      ].sort(),
    );
  }
});

test('the member pages fit a 320 px wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const authorityPage = routes.authority(authorities[0]!.id);
  for (const path of [routes.members(), authorityPage, routes.openData()]) {
    await page.goto(path);
    if (path === routes.members())
      await expect(page.locator('member-map[data-drawn] .member-map__leaflet')).toBeVisible();
    else if (path === authorityPage)
      await expect(page.locator('figure.municipality-map svg[data-municipality-map]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});

test('gemeenten.geojson has every municipality with its border and whether each service covers it today', async ({
  page,
}) => {
  const response = await page.request.get(routes.openDataFile('gemeenten.geojson'));
  expect(response.headers()['content-type']).toContain('application/geo+json');
  const collection = (await response.json()) as {
    features: {
      properties: { nis: string; naam: string; diensten: Record<string, boolean> };
      geometry: { type: string };
    }[];
  };
  expect(collection.features.map((f) => f.properties.nis).sort()).toEqual(municipalities.map((m) => m.nis).sort());
  expect(collection.features.every((f) => /Polygon/.test(f.geometry.type))).toBe(true);
  const expected = new Set(
    [...activeAuthorities(busiestService)].flatMap((id) => authorities.find((a) => a.id === id)!.municipalities),
  );
  const covered = collection.features.filter((f) => f.properties.diensten[busiestService]).map((f) => f.properties.nis);
  expect(covered.sort()).toEqual([...expected].sort());
  await page.goto(routes.openData());
  await expect(page.locator('[data-dataset="gemeenten"]')).toContainText('© Statbel');
});
