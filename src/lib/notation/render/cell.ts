/**
 * A cell drawn as a small left-to-right graph (NASNet's cells, FPN's top-down pathway): each item goes in the
 * column after the last of the items it reads (longest path from the cell's inputs), items of a column are
 * stacked and centred on the flow line, the cell's inputs are ports on its left edge (the main input on the
 * line, the others below it), and every item is joined to what it reads by a curve.
 */
import type { Drawer, Extent, Point } from './draw.ts';
import { FAN, VGAP } from './metrics.ts';
import { esc, r1, textWidth } from './labels.ts';
import type { VisualCell } from './visuals.ts';

/** Width of the port column on the left, and the spacing of the ports below the main one. */
const PORT_W = 10;
const PORT_STEP = 14;
/** Room for the curves between two columns. */
const COLUMN_GAP = 2 * FAN;
/** Room above the items for the cell's label. */
const LABEL_H = 12;

interface CellLayout {
  extent: Extent;
  /** Per item: its column's left edge, its anchor offset from the flow line, its extent. */
  place: { x: number; dy: number; extent: Extent }[];
  /** Ports: the node read from outside the cell → its offset below the flow line. */
  ports: Map<string, number>;
  /** Node → the item that makes it. */
  producer: Map<string, number>;
}

const layouts = new WeakMap<VisualCell, CellLayout>();

function columnsOf(v: VisualCell, producer: Map<string, number>): number[] {
  const column: number[] = [];
  v.items.forEach((item, i) => {
    const inside = item.reads.map((r) => producer.get(r)).filter((p): p is number => p !== undefined && p < i);
    column.push(inside.length ? Math.max(...inside.map((p) => column[p]! + 1)) : 0);
  });
  return column;
}

/**
 * The items of each column, top to bottom: the last column in spec order, every other column sorted by where
 * what it feeds sits (a barycentre sweep from right to left), which keeps curves from crossing needlessly.
 */
function orderColumns(v: VisualCell, column: number[], producer: Map<string, number>, count: number): number[][] {
  const members = Array.from({ length: count }, (_, c) => v.items.map((_, i) => i).filter((i) => column[i] === c));
  const rank = new Map<number, number>();
  members[count - 1]!.forEach((i, r) => rank.set(i, r));
  for (let c = count - 2; c >= 0; c--) {
    const centre = (i: number): number => {
      const fed = v.items.flatMap((item, j) => (item.reads.some((r) => producer.get(r) === i) ? [j] : []));
      const ranks = fed.map((j) => rank.get(j)).filter((r): r is number => r !== undefined);
      return ranks.length ? ranks.reduce((s, r) => s + r, 0) / ranks.length : Infinity;
    };
    const keyed = members[c]!.map((i, k) => ({ i, key: centre(i), k }));
    keyed.sort((a, b) => a.key - b.key || a.k - b.k);
    members[c] = keyed.map((x) => x.i);
    members[c]!.forEach((i, r) => rank.set(i, r));
  }
  return members;
}

function layout(d: Drawer, v: VisualCell): CellLayout {
  const cached = layouts.get(v);
  if (cached) return cached;
  const producer = new Map<string, number>();
  v.items.forEach((item, i) => item.nodes.forEach((n) => producer.set(n, i)));
  const column = columnsOf(v, producer);
  const extents = v.items.map((item) => d.measure(item.seq));
  const count = Math.max(0, ...column) + 1;
  const widths = Array.from({ length: count }, (_, c) =>
    Math.max(0, ...extents.filter((_, i) => column[i] === c).map((e) => e.w)),
  );
  const lefts: number[] = [];
  let x = PORT_W + FAN;
  for (const w of widths) {
    lefts.push(x);
    x += w + COLUMN_GAP;
  }
  const place = v.items.map((_, i) => ({ x: lefts[column[i]!]!, dy: 0, extent: extents[i]! }));
  const order = orderColumns(v, column, producer, count);
  let up = 0;
  let down = 0;
  for (let c = 0; c < count; c++) {
    const members = order[c]!;
    const heights = members.map((i) => extents[i]!.up + extents[i]!.down);
    const total = heights.reduce((s, h) => s + h, 0) + VGAP * (members.length - 1);
    let y = -total / 2;
    members.forEach((i) => {
      place[i]!.dy = y + extents[i]!.up;
      y += extents[i]!.up + extents[i]!.down + VGAP;
    });
    up = Math.max(up, total / 2);
    down = Math.max(down, total / 2);
  }
  const external = [...new Set(v.items.flatMap((item) => item.reads.filter((r) => !producer.has(r))))];
  const ports = new Map(external.filter((r) => r !== v.input).map((r, i) => [r, (i + 1) * PORT_STEP]));
  ports.set(v.input, 0);
  down = Math.max(down, ...ports.values());
  const label = v.label ? LABEL_H : 0;
  const result: CellLayout = {
    extent: { w: Math.ceil(Math.max(x - COLUMN_GAP + FAN, textWidth(v.label) + 12)), up: up + label, down: down + 4 },
    place,
    ports,
    producer,
  };
  layouts.set(v, result);
  return result;
}

export function measureCell(d: Drawer, v: VisualCell): Extent {
  return layout(d, v).extent;
}

export function drawCell(d: Drawer, v: VisualCell, x: number, a: number): void {
  const { extent, place, ports, producer } = layout(d, v);
  if (v.label) {
    d.out.push(
      `<rect class="nt-f" x="${r1(x + 2)}" y="${r1(a - extent.up + 2)}" width="${r1(extent.w - 4)}" height="${r1(extent.up + extent.down - 4)}" rx="4"/>`,
    );
    d.out.push(`<text x="${r1(x + 6)}" y="${r1(a - extent.up + 12)}">${esc(v.label)}</text>`);
  }
  if (!v.detached) d.line(x, a, x + PORT_W);
  for (const dy of ports.values()) if (dy > 0) d.skips.push(`M${r1(x + 2)} ${r1(a + dy)}H${r1(x + PORT_W)}`);
  v.items.forEach((item, i) => {
    const p = place[i]!;
    const y = a + p.dy;
    for (const read of item.reads) {
      const from = producer.get(read);
      const source =
        from !== undefined && from < i
          ? { x: x + place[from]!.x + place[from]!.extent.w, y: a + place[from]!.dy }
          : { x: x + PORT_W, y: a + (ports.get(read) ?? 0) };
      d.curve(source.x, source.y, x + p.x, y);
    }
    d.quietly(() => d.draw(item.seq, x + p.x, y));
  });
  // A cell mixes sizes (FPN's levels): the strip gives the range of sizes under the whole of it.
  d.span(
    x,
    x + extent.w,
    v.nodes.map((id) => d.node(id)?.shape ?? []).filter((shape) => shape.length),
  );
  const last = place[place.length - 1];
  if (last) d.curve(x + last.x + last.extent.w, a + last.dy, x + extent.w, a);
  const landing: Map<string, Point> = new Map(
    [...ports].map(([node, dy]) => [node, { x: x + 2, y: a + dy, row: d.row }]),
  );
  if (v.links.length) d.landings.push({ links: v.links, at: { x: x + 2, y: a, row: d.row }, ports: landing });
}
