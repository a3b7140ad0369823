import { describe, expect, it } from 'vitest';
import {
  directionOfKey,
  neighbour,
  neighbourTable,
} from '../../src/components/municipality-map/neighbours.js';
import { readGeometry } from '../../src/components/municipality-map/geo.js';
import { projectFeatures } from '../../src/components/municipality-map/projection.js';
import { countyTopology } from './fixtures.js';

// A 3 × 3 grid:  a b c / d e f / g h i
const grid = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((code, i) => ({
  code,
  x: (i % 3) * 10,
  y: Math.floor(i / 3) * 10,
}));

describe('neighbour', () => {
  it('moves one step in each direction on a grid', () => {
    expect(neighbour(grid, 'e', 'up')).toBe('b');
    expect(neighbour(grid, 'e', 'down')).toBe('h');
    expect(neighbour(grid, 'e', 'left')).toBe('d');
    expect(neighbour(grid, 'e', 'right')).toBe('f');
  });

  it('stops at the edge', () => {
    expect(neighbour(grid, 'a', 'up')).toBeUndefined();
    expect(neighbour(grid, 'a', 'left')).toBeUndefined();
    expect(neighbour(grid, 'i', 'right')).toBeUndefined();
  });

  it('prefers a point straight ahead over a nearer one far to the side', () => {
    const points = [
      { code: 'o', x: 0, y: 0 },
      { code: 'side', x: 6, y: 8 },
      { code: 'ahead', x: 14, y: 1 },
    ];
    expect(neighbour(points, 'o', 'right')).toBe('ahead');
  });

  it('ignores points outside the 60° cone and starts from the first point for an unknown origin', () => {
    const points = [
      { code: 'o', x: 0, y: 0 },
      { code: 'steep', x: 1, y: 10 },
    ];
    expect(neighbour(points, 'o', 'right')).toBeUndefined();
    expect(neighbour(points, 'nope', 'right')).toBe('o');
  });

  it('maps arrow keys (and old Edge names) to directions', () => {
    expect(directionOfKey('ArrowUp')).toBe('up');
    expect(directionOfKey('Left')).toBe('left');
    expect(directionOfKey('Enter')).toBeUndefined();
  });

  it('gives the expected order on the county map', () => {
    const { features } = readGeometry(countyTopology);
    const projected = projectFeatures(features, 600, 600);
    const points = projected.features.map((f) => ({ code: f.code, x: f.centroid[0], y: f.centroid[1] }));
    const table = neighbourTable(points);
    // Habo (0643) lies north of Jönköping (0680); Tranås (0687) is the north-east corner.
    expect(table['0680']?.up).toBe('0643');
    expect(table['0687']?.up).toBeUndefined();
    // From Gislaved (0662) in the south-west, right reaches Gnosjö (north-east of it); from Värnamo, left
    // reaches Gislaved.
    expect(table['0662']?.right).toBe('0617');
    expect(table['0683']?.left).toBe('0662');
    expect(table['0685']?.left).toBe('0684');
    // Every municipality can be reached from Jönköping by arrow keys.
    const seen = new Set(['0680']);
    const queue = ['0680'];
    while (queue.length) {
      const code = queue.shift()!;
      for (const next of Object.values(table[code] ?? {})) {
        if (next && !seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(13);
  });
});
