/** Douglas–Peucker line simplification, for municipal boundaries (see scripts/import-boundaries.ts). */

export type XY = readonly [number, number];

/** Distance from p to the segment a–b. */
function segmentDistance(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/**
 * Keeps the first and last point and every point further than `tolerance` (in the units of the coordinates)
 * from the simplified line. Iterative, so long boundaries cannot overflow the stack.
 */
export function simplifyLine<P extends XY>(points: readonly P[], tolerance: number): P[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let furthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > distance) {
        distance = d;
        furthest = i;
      }
    }
    if (furthest !== -1) {
      keep[furthest] = 1;
      stack.push([first, furthest], [furthest, last]);
    }
  }
  return points.filter((_, index) => keep[index] === 1);
}

/**
 * Simplifies a closed ring (first point equals last). A ring is split at its point furthest from the start so
 * that both halves keep their shape; returns null when fewer than four points (a triangle) would remain.
 */
export function simplifyRing<P extends XY>(ring: readonly P[], tolerance: number): P[] | null {
  if (ring.length < 4) return null;
  const start = ring[0]!;
  let split = 1;
  for (let i = 1; i < ring.length - 1; i++) {
    if (Math.hypot(ring[i]![0] - start[0], ring[i]![1] - start[1]) > Math.hypot(ring[split]![0] - start[0], ring[split]![1] - start[1])) split = i;
  }
  const first = simplifyLine(ring.slice(0, split + 1), tolerance);
  const second = simplifyLine(ring.slice(split), tolerance);
  const result = [...first, ...second.slice(1)];
  return result.length >= 4 ? result : null;
}
