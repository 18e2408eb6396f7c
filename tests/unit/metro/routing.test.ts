// Hosting and routing: where a station sits, how parallel lines bundle through an interchange, and how tracks
// run between stations (straight along a row, bending at 45°, dropping through a gap when the bend is tall).
import { describe, expect, it } from 'vitest';
import { assignColumns } from '../../../src/lib/metro/columns.ts';
import { isOctilinear } from '../../../src/lib/metro/geometry.ts';
import { assignRows } from '../../../src/lib/metro/rows.ts';
import {
  DROP_ABOVE,
  gapNeeds,
  hostStations,
  routeEdges,
  type Geometry,
  type Metrics,
} from '../../../src/lib/metro/routing.ts';
import type { Network } from '../../../src/lib/metro/network.ts';
import { BRANCHED, tiny } from './tiny.ts';

const METRICS: Metrics = { lineGap: 7, marker: 5.5, stroke: 4, stub: 12 };

/** A grid with evenly spaced columns and rows, as a pass of the layout would make it. */
function geometry(net: Network, colGap: number, rowGap: number): Geometry {
  const columns = assignColumns(net, { yearBands: true });
  const rows = assignRows(net, columns.col);
  return {
    colX: Array.from({ length: columns.count }, (_, i) => i * colGap),
    rowY: Array.from({ length: rows.count }, (_, i) => i * rowGap),
    cells: hostStations(net, rows, columns.col, METRICS),
    trackRow: rows.trackRow,
  };
}

describe('hostStations', () => {
  it('hosts an interchange on the track that runs through it, the other line beside it in map order', () => {
    const g = geometry(BRANCHED(), 100, 50);
    const x = g.cells.get('x')!;
    expect(x.row).toBe(g.trackRow.get('a/trunk'));
    expect([...x.offsets]).toEqual([
      ['a', 0],
      ['b', METRICS.lineGap],
    ]);
  });

  it('gives every station on a track a cell, in time order', () => {
    const net = BRANCHED();
    const g = geometry(net, 100, 50);
    const ranks = [...g.cells.keys()].map((id) => net.stations.get(id)!.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(g.cells.size).toBe(net.stations.size);
  });
});

describe('routeEdges', () => {
  const net = BRANCHED();
  const g = geometry(net, 100, 50);
  const edges = routeEdges(net, g, METRICS);
  const edge = (from: string, to: string) => edges.find((e) => e.from === from && e.to === to)!;

  it('draws every segment at 0°, 45° or 90°', () => {
    for (const e of edges)
      for (let i = 1; i < e.points.length; i++) expect(isOctilinear(e.points[i - 1]!, e.points[i]!)).toBe(true);
  });

  it('runs straight along a row between two stations on it', () => {
    expect(edge('a1', 'a2').points).toEqual([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
    ]);
  });

  it('leaves a junction along the row for a stub, then bends at 45° to the branch row', () => {
    const [p0, p1, p2, p3] = edge('a1', 'b1').points;
    expect(p1!.y).toBe(p0!.y);
    expect(p1!.x - p0!.x).toBeGreaterThanOrEqual(METRICS.stub);
    expect(Math.abs(p2!.x - p1!.x)).toBeCloseTo(Math.abs(p2!.y - p1!.y), 9);
    expect(p3).toEqual({ x: 100, y: 50 });
  });

  it('joins an interchange at its offset in the bundle', () => {
    const into = edge('c1', 'x').points.at(-1)!;
    expect(into).toEqual({ x: g.colX[g.cells.get('x')!.col]!, y: METRICS.lineGap });
  });

  it('drops vertically through the gap when a bend is taller than DROP_ABOVE', () => {
    const tall = routeEdges(net, geometry(net, 100, 80), METRICS);
    const c1x = tall.find((e) => e.from === 'c1' && e.to === 'x')!.points;
    expect(c1x.some((p, i) => i > 0 && p.x === c1x[i - 1]!.x && Math.abs(p.y - c1x[i - 1]!.y) > 0)).toBe(true);
    expect(Math.abs(c1x[0]!.y - c1x.at(-1)!.y)).toBeGreaterThan(DROP_ABOVE);
  });

  it('asks each gap for room for the bends in it', () => {
    const needs = gapNeeds(net, g, METRICS);
    expect(needs.length).toBeGreaterThan(0);
    for (const n of needs) expect(n.width).toBeGreaterThan(2 * METRICS.stub);
  });

  it('gives a pair of parallel lines no shared stretch', () => {
    const two = tiny({
      a: [
        ['S', 2001, 1],
        ['T', 2002, 1],
      ],
      b: [
        ['S', 2001, 1],
        ['T', 2002, 1],
      ],
    });
    const e = routeEdges(two, geometry(two, 100, 50), METRICS);
    expect(e.map((x) => x.points[0]!.y)).toEqual([0, METRICS.lineGap]);
  });
});
