/**
 * Keyboard movement on the map: from a municipality, the arrow keys go to the nearest municipality in
 * that direction, judged by the centroids' positions on screen. Pure, so the order can be unit tested.
 */

export type Direction = 'up' | 'down' | 'left' | 'right';

export interface Point {
  code: string;
  x: number;
  y: number;
}

/** The direction of an arrow key (`ArrowUp`, or old Edge's `Up`). */
export function directionOfKey(key: string): Direction | undefined {
  return /^(?:Arrow)?(Up|Down|Left|Right)$/.exec(key)?.[1]!.toLowerCase() as Direction | undefined;
}

/**
 * The point to move to from `from` in `direction`, or undefined when nothing lies that way. A candidate
 * must lie within 60° of the direction; among those, the one with the smallest distance along the
 * direction plus twice the sideways offset wins (so a point straight ahead beats a closer one far to the
 * side). Ties go to the earlier point, so the order is stable.
 */
export function neighbour(points: readonly Point[], from: string, direction: Direction): string | undefined {
  const origin = points.find((p) => p.code === from);
  if (!origin) return points[0]?.code;
  const [ux, uy] =
    direction === 'up' ? [0, -1] : direction === 'down' ? [0, 1] : direction === 'left' ? [-1, 0] : [1, 0];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.code === from || !Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const dx = p.x - origin.x;
    const dy = p.y - origin.y;
    const along = dx * ux + dy * uy;
    const side = Math.abs(dx * uy - dy * ux);
    if (along <= 0 || side > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * side;
    if (score < bestScore) {
      bestScore = score;
      best = p.code;
    }
  }
  return best;
}

/** Every point's neighbour in each direction: a table for tests and for reading the order at a glance. */
export function neighbourTable(points: readonly Point[]): Record<string, Partial<Record<Direction, string>>> {
  const table: Record<string, Partial<Record<Direction, string>>> = {};
  for (const p of points) {
    const row: Partial<Record<Direction, string>> = {};
    for (const d of ['up', 'down', 'left', 'right'] as const) {
      const n = neighbour(points, p.code, d);
      if (n) row[d] = n;
    }
    table[p.code] = row;
  }
  return table;
}
