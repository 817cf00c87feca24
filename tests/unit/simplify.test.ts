import { describe, expect, it } from 'vitest';
import { simplifyLine, simplifyRing } from '../../src/lib/simplify.ts';

describe('simplifyLine (Douglas–Peucker)', () => {
  it('drops points closer to the line than the tolerance and keeps the ends', () => {
    const line = [[0, 0], [1, 0.1], [2, -0.1], [3, 5], [4, 6], [5, 7]] as [number, number][];
    expect(simplifyLine(line, 0.5)).toEqual([[0, 0], [2, -0.1], [3, 5], [5, 7]]);
  });

  it('keeps every point with a tolerance of zero on a bent line, and the ends of a straight one', () => {
    const bent = [[0, 0], [1, 1], [2, 0]] as [number, number][];
    expect(simplifyLine(bent, 0)).toEqual(bent);
    expect(simplifyLine([[0, 0], [1, 1], [2, 2]] as [number, number][], 0.01)).toEqual([[0, 0], [2, 2]]);
  });

  it('handles long lines without running out of stack', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => [i, Math.sin(i / 1000)] as [number, number]);
    expect(simplifyLine(long, 0.01).length).toBeLessThan(500);
  });
});

describe('simplifyRing', () => {
  const square = [[0, 0], [5, 0.01], [10, 0], [10, 10], [0, 10], [0, 0]] as [number, number][];

  it('keeps a ring closed and its corners', () => {
    const ring = simplifyRing(square, 0.1)!;
    expect(ring[0]).toEqual(ring.at(-1));
    expect(ring).toEqual([[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]);
  });

  it('gives null when the ring would collapse', () => {
    expect(simplifyRing([[0, 0], [1, 0], [0, 0.001], [0, 0]] as [number, number][], 1)).toBeNull();
    expect(simplifyRing([[0, 0], [1, 1], [0, 0]] as [number, number][], 0)).toBeNull();
  });
});
