/**
 * Times /leden/ in headless Chromium against a running site, in a fresh context (empty cache), median of a few loads:
 * - first contentful paint: the static SVG of the municipalities is part of the HTML, so the polygons are on screen
 *   from the first paint;
 * - "drawn": the performance mark the member-map island sets once its Leaflet map has drawn the 55 polygons, shaded
 *   them for the filter and made them interactive (DRAWN_MARK in src/components/member-map/map.ts), measured from
 *   navigation start. The static SVG is hidden from then on.
 *
 * Usage: node scripts/map-timing.ts http://localhost:4321   (the site must be built and served, e.g. npm start)
 * `npm run bench` imports measureMapTiming().
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './find-browser.ts';
import { median } from './search-timing.ts';
import { routes } from '../src/lib/site/routes.ts';

const DRAWN_MARK = 'member-map:drawn';
const LOADS = 5;

export interface MapTiming {
  loads: number;
  polygons: number;
  firstPaintMs: number;
  drawnMs: number;
}

export async function measureMapTiming(baseUrl: string, loads = LOADS): Promise<MapTiming> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const paints: number[] = [];
  const drawn: number[] = [];
  let polygons = 0;
  try {
    for (let i = 0; i < loads; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL(routes.members(), baseUrl).href, { waitUntil: 'load' });
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, DRAWN_MARK, {
        timeout: 20_000,
      });
      const figures = await page.evaluate(
        (mark) => ({
          paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          drawn: performance.getEntriesByName(mark)[0]!.startTime,
          polygons: document.querySelectorAll('member-map .member-map__leaflet path[data-nis][data-shade]').length,
        }),
        DRAWN_MARK,
      );
      paints.push(figures.paint);
      drawn.push(figures.drawn);
      polygons = figures.polygons;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { loads, polygons, firstPaintMs: median(paints), drawnMs: median(drawn) };
}

export function formatMapTiming(timing: MapTiming): string {
  return (
    `${routes.members()}, median of ${timing.loads} loads with an empty cache: first paint (static SVG) ` +
    `${timing.firstPaintMs.toFixed(1)} ms; ${timing.polygons} Leaflet polygons drawn, shaded and interactive ` +
    `${timing.drawnMs.toFixed(1)} ms after navigation`
  );
}

if (import.meta.main) {
  const baseUrl = process.argv[2] ?? 'http://localhost:4321';
  measureMapTiming(baseUrl)
    .then((timing) => console.log(formatMapTiming(timing)))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
