import { describe, expect, it } from 'vitest';
import { chooseBreakYear, timeScale } from '../../../src/lib/charts/time-scale.ts';
import { DEFAULT_TIMELINE, timelineLayout } from '../../../src/lib/charts/timeline.ts';
import { realContent } from '../../support/real-content.ts';

describe('time scale', () => {
  it('compresses a sparse early period behind a break', () => {
    const years = [1995, 1998, 1999, 2006, ...Array.from({ length: 40 }, (_, i) => 2012 + (i % 8))];
    expect(chooseBreakYear(years)).toBe(2012);
    const s = timeScale(years, [0, 1000]);
    expect(s(1995)).toBe(0);
    expect(s(2012)).toBeCloseTo(160, 5);
    expect(s(2020)).toBe(1000);
    expect(s(2015) - s(2014)).toBeCloseTo(105, 5);
  });

  it('keeps a short span linear and its ticks apart', () => {
    const s = timeScale([2014, 2015, 2019], [0, 600]);
    expect(s.breakYear).toBe(2014);
    expect(s(2017) - s(2016)).toBeCloseTo(s(2015) - s(2014), 5);
    for (let i = 1; i < s.ticks.length; i++)
      expect(s.ticks[i]!.labelPos - s.ticks[i - 1]!.labelPos).toBeGreaterThanOrEqual(40);
  });

  it('is monotonic in year and month', () => {
    const s = timeScale([1998, 2005, 2012, 2019], [10, 900]);
    let last = -Infinity;
    for (let y = 1998; y <= 2019; y++)
      for (let m = 1; m <= 12; m++) {
        expect(s(y, m)).toBeGreaterThanOrEqual(last);
        last = s(y, m);
      }
  });
});

describe('timeline layout', () => {
  const { models, directions } = realContent();
  const L = timelineLayout(
    models,
    directions.map((d) => d.id),
  );

  it('shows every model once in each lane of its directions, at its month', () => {
    for (const m of models) {
      const items = L.items.filter((it) => it.model === m.id);
      expect(items.map((it) => it.direction).sort()).toEqual([...m.directions].sort());
      for (const it of items) expect(it.cx).toBe(L.scale(m.year, m.month));
    }
  });

  it('keeps labels on a row from touching, and rows inside their lane', () => {
    for (const lane of L.lanes) {
      const items = L.items.filter((it) => it.direction === lane.direction);
      for (const a of items) {
        expect(a.cy).toBeGreaterThan(lane.y);
        expect(a.cy).toBeLessThan(lane.y + lane.height);
        expect(a.from).toBeGreaterThanOrEqual(0);
        expect(a.to).toBeLessThanOrEqual(L.width);
        for (const b of items)
          if (a !== b && a.row === b.row)
            expect(a.to + DEFAULT_TIMELINE.gap <= b.from || b.to + DEFAULT_TIMELINE.gap <= a.from).toBe(true);
      }
    }
  });

  it('stacks lanes without overlap, in direction order, leaving out empty ones', () => {
    for (let i = 1; i < L.lanes.length; i++)
      expect(L.lanes[i]!.y).toBeGreaterThanOrEqual(L.lanes[i - 1]!.y + L.lanes[i - 1]!.height);
    const order = directions.map((d) => d.id).filter((id) => models.some((m) => m.directions.includes(id)));
    expect(L.lanes.map((l) => l.direction)).toEqual(order);
  });
});
