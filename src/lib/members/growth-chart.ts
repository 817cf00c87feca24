/**
 * Geometry of the growth chart (participating authorities per year), computed at build time so the page ships
 * a plain SVG and no chart code.
 */

export interface GrowthPoint {
  year: number;
  count: number;
}

interface GrowthBar extends GrowthPoint {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether the year is written under the axis (every fifth year, the first and the last). */
  labelled: boolean;
}

export interface GrowthChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: GrowthBar[];
  /** Horizontal grid lines with their value. */
  ticks: { value: number; y: number }[];
}

export interface GrowthChartSize {
  width: number;
  height: number;
}

/** A "nice" step (1, 2 or 5 × 10ⁿ) that gives at most `maxTicks` grid lines up to `max`. */
export function niceStep(max: number, maxTicks = 5): number {
  if (max <= 0) return 1;
  const rough = max / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const factor of [1, 2, 5, 10]) {
    if (factor * power >= rough) return Math.max(1, factor * power);
  }
  return 10 * power;
}

export function growthChartLayout(
  points: readonly GrowthPoint[],
  size: GrowthChartSize = { width: 640, height: 260 },
): GrowthChartLayout {
  const plot = { left: 40, top: 12, right: size.width - 8, bottom: size.height - 28 };
  const max = Math.max(1, ...points.map((p) => p.count));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const scale = (plot.bottom - plot.top) / top;
  const slot = (plot.right - plot.left) / Math.max(1, points.length);
  const barWidth = Math.max(2, slot * 0.7);
  const bars = points.map((point, index) => {
    const height = point.count * scale;
    return {
      ...point,
      x: round(plot.left + index * slot + (slot - barWidth) / 2),
      y: round(plot.bottom - height),
      width: round(barWidth),
      height: round(height),
      labelled: isLabelled(points, index),
    };
  });
  const ticks = [];
  for (let value = 0; value <= top; value += step) ticks.push({ value, y: round(plot.bottom - value * scale) });
  return { width: size.width, height: size.height, plot, bars, ticks };
}

/** First, last and every fifth year, leaving out a fifth year too close to the first or last to fit beside it. */
function isLabelled(points: readonly GrowthPoint[], index: number): boolean {
  if (index === 0 || index === points.length - 1) return true;
  const year = points[index]!.year;
  return year % 5 === 0 && year - points[0]!.year >= 2 && points[points.length - 1]!.year - year >= 2;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
