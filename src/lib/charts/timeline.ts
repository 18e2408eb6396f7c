/**
 * Layout of the timeline: one lane per direction, each model a dot at its month of first publication with
 * its name beside it; names that would collide go to the next row of the lane (interval packing), so the
 * lane grows instead of labels overlapping. A model on several directions appears in each of their lanes.
 */
import { timeScale, type TimeScale } from './time-scale.ts';
import { textWidth } from '../text/width.ts';
import { round1 } from '../svg.ts';

export interface TimelineModel {
  id: string;
  name: string;
  year: number;
  month: number;
  directions: readonly string[];
}

export interface TimelineOptions {
  width: number;
  /** Left and right padding of the axis. */
  padX: number;
  /** Height of the axis band at the top. */
  axisHeight: number;
  /** Height of a lane's title line. */
  titleHeight: number;
  rowHeight: number;
  laneGap: number;
  fontSize: number;
  radius: number;
  /** Minimum gap between one label's end and the next dot on a row. */
  gap: number;
}

export const DEFAULT_TIMELINE: TimelineOptions = {
  width: 1120,
  padX: 16,
  axisHeight: 30,
  titleHeight: 24,
  rowHeight: 22,
  laneGap: 12,
  fontSize: 13,
  radius: 5,
  gap: 10,
};

export interface TimelineItem {
  model: string;
  name: string;
  direction: string;
  year: number;
  month: number;
  cx: number;
  cy: number;
  row: number;
  /** Label text start and baseline; the label runs right of the dot, or left of it near the right edge. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'end';
  /** Horizontal extent taken on its row (dot and label). */
  from: number;
  to: number;
}

export interface TimelineLane {
  direction: string;
  y: number;
  height: number;
  rows: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  scale: TimeScale;
  lanes: TimelineLane[];
  items: TimelineItem[];
}

/**
 * The timeline: one lane per direction in the order given, each model a dot at its month with its name, labels packed
 * into rows.
 */
export function timelineLayout(
  models: readonly TimelineModel[],
  directions: readonly string[],
  options: TimelineOptions = DEFAULT_TIMELINE,
): TimelineLayout {
  const o = options;
  const years = models.map((m) => m.year);
  const scale = timeScale(years.length ? years : [new Date().getFullYear()], [o.padX, o.width - o.padX]);
  const right = o.width - o.padX;
  const lanes: TimelineLane[] = [];
  const items: TimelineItem[] = [];
  let top = o.axisHeight;
  for (const direction of directions) {
    const own = models
      .filter((m) => m.directions.includes(direction))
      .sort((a, b) => a.year * 12 + a.month - (b.year * 12 + b.month) || a.name.localeCompare(b.name));
    if (own.length === 0) continue;
    const rowEnds: number[] = [];
    const laneItems: TimelineItem[] = [];
    for (const m of own) {
      const cx = scale(m.year, m.month);
      const w = Math.ceil(textWidth(m.name, { size: o.fontSize }));
      const toRight = cx + o.radius + 4 + w <= right;
      const from = toRight ? cx - o.radius : cx - o.radius - 4 - w;
      const to = toRight ? cx + o.radius + 4 + w : cx + o.radius;
      let row = rowEnds.findIndex((end) => end + o.gap <= from);
      if (row < 0) {
        row = rowEnds.length;
        rowEnds.push(to);
      } else rowEnds[row] = to;
      laneItems.push({
        model: m.id,
        name: m.name,
        direction,
        year: m.year,
        month: m.month,
        cx,
        cy: 0,
        row,
        labelX: toRight ? cx + o.radius + 4 : cx - o.radius - 4,
        labelY: 0,
        anchor: toRight ? 'start' : 'end',
        from,
        to,
      });
    }
    const rows = rowEnds.length;
    const height = o.titleHeight + rows * o.rowHeight;
    for (const it of laneItems) {
      it.cy = top + o.titleHeight + it.row * o.rowHeight + o.rowHeight / 2;
      it.labelY = round1(it.cy + o.fontSize * 0.35);
    }
    lanes.push({ direction, y: top, height, rows });
    items.push(...laneItems);
    top += height + o.laneGap;
  }
  return { width: o.width, height: top, scale, lanes, items };
}
