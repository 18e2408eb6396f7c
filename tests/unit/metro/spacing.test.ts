// The grid's spacing and how passes widen it: base gaps, room for years and line blocks, room where labels
// failed or lines overlapped, rows only after repeated failures.
import { describe, expect, it } from 'vitest';
import { assignColumns } from '../../../src/lib/metro/columns.ts';
import { assignRows } from '../../../src/lib/metro/rows.ts';
import { hostStations, type Edge, type Metrics } from '../../../src/lib/metro/routing.ts';
import {
  emptyRoom,
  findLineOverlaps,
  gridPlan,
  placeGrid,
  widenAroundFailures,
} from '../../../src/lib/metro/spacing.ts';
import { tiny } from './tiny.ts';

const METRICS: Metrics = { lineGap: 7, marker: 5.5, stroke: 4, stub: 12 };

function planOf(yearBands: boolean) {
  const net = tiny({
    a: [
      ['A1', 2001, 1],
      ['A2', 2001, 6],
      ['A3', 2002, 1],
    ],
    b: [['B1', 2001, 3]],
  });
  const columns = assignColumns(net, { yearBands });
  const rows = assignRows(net, columns.col);
  const cells = hostStations(net, rows, columns.col, METRICS);
  return gridPlan(net, columns, rows, cells, { metrics: METRICS, colGap: 40, rowGap: 30, yearBands });
}

describe('placeGrid', () => {
  it('spaces columns by the base gap, more after a year, plus the room added', () => {
    const plan = planOf(true);
    const room = emptyRoom(plan);
    expect(placeGrid(plan, room).colX).toEqual([0, 40, 92]);
    room.col[0] = 5;
    expect(placeGrid(plan, room).colX).toEqual([0, 45, 97]);
  });

  it('spaces rows by the base gap, more below a line’s block, never closer than two markers need', () => {
    const plan = planOf(false);
    expect(placeGrid(plan, emptyRoom(plan)).rowY).toEqual([0, 36]);
    const tight = { ...plan, rowGap: 5 };
    expect(placeGrid(tight, emptyRoom(tight)).rowY[1]).toBe(2 * METRICS.marker + METRICS.stroke + 8);
  });
});

describe('widening between passes', () => {
  it('widens both gaps beside a failed label by a share of its width, within limits', () => {
    const plan = planOf(true);
    const room = emptyRoom(plan);
    const a2 = plan.cells.get('a2')!;
    widenAroundFailures(room, plan.cells, new Map([['a2', 100]]), []);
    expect(room.col[a2.col - 1]).toBe(30);
    expect(room.col[a2.col]).toBe(30);
    widenAroundFailures(room, plan.cells, new Map([['a2', 1000]]), []);
    expect(room.col[a2.col]).toBe(90);
    widenAroundFailures(room, plan.cells, new Map([['a2', 1]]), []);
    expect(room.col[a2.col]).toBe(100);
  });

  it('widens the rows around a station only from its third failure on', () => {
    const plan = planOf(true);
    const room = emptyRoom(plan);
    const failed = new Map([['b1', 50]]);
    widenAroundFailures(room, plan.cells, failed, []);
    widenAroundFailures(room, plan.cells, failed, []);
    expect(room.row.every((r) => r === 0)).toBe(true);
    widenAroundFailures(room, plan.cells, failed, []);
    expect(room.row[plan.cells.get('b1')!.row - 1]).toBe(8);
  });

  it('widens the gap where lines of different colours run on top of each other', () => {
    const seg = (line: string, x0: number, x1: number): Edge => ({
      line,
      track: `${line}/trunk`,
      from: 'p',
      to: 'q',
      points: [
        { x: x0, y: 0 },
        { x: x1, y: 0 },
      ],
    });
    const colX = [0, 100, 200];
    expect(findLineOverlaps([seg('a', 0, 150), seg('a', 120, 180)], colX)).toEqual([]);
    expect(findLineOverlaps([seg('a', 0, 150), seg('b', 120, 180)], colX)).toEqual([1]);
    const plan = planOf(true);
    const room = emptyRoom(plan);
    widenAroundFailures(room, plan.cells, new Map(), [1]);
    expect(room.col[1]).toBe(14);
  });
});
