import { describe, expect, it } from 'vitest';
import { growthChartLayout, niceStep } from '../../../src/lib/members/growth-chart.ts';
import { participationPerYear } from '../../../src/lib/members/participation.ts';
import { validDataset } from '../fixtures.ts';

describe('participation per year for the chart', () => {
  const data = validDataset();
  it('counts each authority once per year, and drops it after its last agreement ends', () => {
    const rows = participationPerYear(data.agreements, data.asOf, 2006);
    const count = (year: number) => rows.find((r) => r.year === year)!.count;
    expect(rows[0]).toEqual({ year: 2006, count: 1 });
    expect(count(2008)).toBe(2); // Zele and Gent
    expect(count(2015)).toBe(4); // Zele (two services), Gent until 31 December, OCMW Zele, police zone
    expect(count(2016)).toBe(3); // Gent's agreement ended on 2015-12-31
    expect(rows.at(-1)).toEqual({ year: 2026, count: 3 });
  });
});

describe('growthChartLayout', () => {
  const points = [
    { year: 2006, count: 3 },
    { year: 2007, count: 0 },
    { year: 2008, count: 12 },
  ];
  const layout = growthChartLayout(points, { width: 300, height: 200 });

  it('draws one bar per year, its height proportional to the count, standing on the axis', () => {
    expect(layout.bars.map((b) => b.year)).toEqual([2006, 2007, 2008]);
    const [a, b, c] = layout.bars;
    expect(b!.height).toBe(0);
    expect(c!.height / a!.height).toBeCloseTo(4, 1);
    for (const bar of layout.bars) expect(bar.y + bar.height).toBeCloseTo(layout.plot.bottom, 0);
    expect(a!.x).toBeLessThan(b!.x);
  });

  it('puts grid lines at round values up to at least the largest count', () => {
    expect(layout.ticks[0]).toEqual({ value: 0, y: layout.plot.bottom });
    expect(layout.ticks.at(-1)!.value).toBeGreaterThanOrEqual(12);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15]);
  });

  it('labels the first and last year and the fifth years that do not crowd them', () => {
    const years = Array.from({ length: 21 }, (_, i) => ({ year: 2006 + i, count: i }));
    const labelled = growthChartLayout(years)
      .bars.filter((b) => b.labelled)
      .map((b) => b.year);
    expect(labelled).toEqual([2006, 2010, 2015, 2020, 2026]);
  });

  it('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(4)).toBe(1);
    expect(niceStep(12)).toBe(5);
    expect(niceStep(52)).toBe(20);
    expect(niceStep(0)).toBe(1);
  });
});
