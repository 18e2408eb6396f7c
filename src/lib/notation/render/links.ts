/**
 * Links: the tensors an item reads besides the previous item's output (NASNet's h[i-2], U-Net's skips, FPN's
 * lateral inputs, SegNet's pooling indices, a condition input). A link between two top-level items of one row is
 * an arc over the row; any other link is a pair of tags naming the tensor, one above where it is made and one
 * above where it is read, joined to those points by leaders. Arcs and tags sit in a band above their row, in as
 * many lanes as it takes for them not to overlap.
 */
import type { Drawer, Landing, Point } from './draw.ts';
import { visualNodes } from './draw.ts';
import { esc, r1, textWidth } from './labels.ts';
import type { Visual, VisualLink, VisualSeq } from './visuals.ts';

/** Height of one lane of the band above a row. */
const LANE_H = 12;
/** Tag text is 7 px, about 7/9 of a label's width. */
const TAG_SCALE = 7 / 9;
const TAG_PAD = 3;
/** Least room between two things in one lane. */
const LANE_GAP = 4;
/** An arc with less horizontal run than this beyond its name's tag cannot be told apart: it carries its name. */
const ARC_RUN = 16;

export interface LinkPlan {
  /** Links drawn as arcs (both ends top-level items of one row, the source first). */
  arcs: Set<VisualLink>;
  /** Nodes read by a link drawn as tags → the name on the tag where they are made. */
  tagged: Map<string, string>;
  /** Nodes read by at least one link that is not an attribute's: their out-tag's leader is solid. */
  plain: Set<string>;
}

/** One thing in a row's band: an arc or a tag, with the lane it goes in. */
type BandEntry =
  | { kind: 'arc' | 'named' | 'in'; landing: number; link: number; lane: number }
  | { kind: 'out'; node: string; name: string; lane: number; attr: boolean };

/** The band of a row: its entries, and how tall it is. */
export interface Band {
  entries: BandEntry[];
  height: number;
}

/** All links inside an item. */
function linksIn(v: Visual | VisualSeq): VisualLink[] {
  switch (v.kind) {
    case 'seq':
      return v.items.flatMap(linksIn);
    case 'layer':
    case 'ref':
      return v.links;
    case 'parallel':
      return [...v.links, ...v.branches.flatMap(linksIn)];
    case 'residual':
      return [...v.links, ...linksIn(v.main), ...linksIn(v.side)];
    case 'frame':
      return [...v.links, ...v.runs.flatMap((r) => linksIn(r.seq))];
    case 'head':
      return [...v.links, ...linksIn(v.seq)];
    case 'cell':
      return [...v.links, ...v.items.flatMap((i) => linksIn(i.seq))];
  }
}

/** Decides, before anything is drawn, which links are arcs and which are tags. */
export function planLinks(rows: Visual[][]): LinkPlan {
  const seats = new Map<string, { row: number; item: number }>();
  rows.forEach((row, r) => row.forEach((v, i) => visualNodes(v).forEach((id) => seats.set(id, { row: r, item: i }))));
  const plan: LinkPlan = { arcs: new Set(), tagged: new Map(), plain: new Set() };
  rows.forEach((row, r) =>
    row.forEach((v, i) => {
      for (const link of linksIn(v)) {
        const seat = seats.get(link.from.id);
        if (!link.attr) plan.plain.add(link.from.id);
        if (seat && seat.row === r && seat.item < i) plan.arcs.add(link);
        else if (seat && !plan.tagged.has(link.from.id)) plan.tagged.set(link.from.id, link.name);
      }
    }),
  );
  return plan;
}

const tagWidth = (text: string): number => textWidth(text) * TAG_SCALE + 2 * TAG_PAD;
const inText = (name: string): string => `→ ${name}`;
const outText = (name: string): string => `${name} →`;
const target = (landing: Landing, link: VisualLink): Point => landing.ports?.get(link.from.id) ?? landing.at;

/**
 * Plans the band of a row from a trial drawing of it: what it holds and in which lanes. `landings` are the
 * row's own; `exits` tells where each tagged node is made (tags go above the row it is made in).
 */
export function planBand(d: Drawer, plan: LinkPlan, row: number, landings: Landing[]): Band {
  const entries: BandEntry[] = [];
  const spans: [number, number][] = [];
  const arcStarts = new Map<string, number>();
  landings.forEach((landing) =>
    landing.links.forEach((link) => {
      const source = d.exits.get(link.from.id);
      if (plan.arcs.has(link) && source) arcStarts.set(key(source), (arcStarts.get(key(source)) ?? 0) + 1);
    }),
  );
  landings.forEach((landing, l) =>
    landing.links.forEach((link, k) => {
      const to = target(landing, link);
      const source = d.exits.get(link.from.id);
      if (!plan.arcs.has(link) || source === undefined) {
        entries.push({ kind: 'in', landing: l, link: k, lane: 0 });
        spans.push([to.x - tagWidth(inText(link.name)), to.x]);
        return;
      }
      // Several arcs from one point (the tensors of a backbone box), or one too short to see, carry their names.
      const w = tagWidth(link.name);
      const named = arcStarts.get(key(source))! > 1 || to.x - source.x < w + ARC_RUN;
      const mid = (source.x + to.x) / 2;
      entries.push({ kind: named ? 'named' : 'arc', landing: l, link: k, lane: 0 });
      spans.push(named ? [Math.min(source.x, mid - w / 2), Math.max(to.x, mid + w / 2)] : [source.x, to.x]);
    }),
  );
  for (const [node, name] of plan.tagged) {
    const exit = d.exits.get(node);
    if (exit?.row !== row) continue;
    entries.push({ kind: 'out', node, name, lane: 0, attr: !plan.plain.has(node) });
    spans.push([exit.x, exit.x + tagWidth(outText(name))]);
  }
  const lanes = assignLanes(spans);
  entries.forEach((e, i) => (e.lane = lanes[i]!));
  return { entries, height: entries.length ? (Math.max(...lanes) + 1) * LANE_H + 2 : 0 };
}

const key = (p: Point): string => `${r1(p.x)},${r1(p.y)}`;

/** Greedy interval packing: each span in the first lane where it overlaps nothing. */
function assignLanes(spans: [number, number][]): number[] {
  const ends: number[] = [];
  const lanes: number[] = Array.from({ length: spans.length }, () => 0);
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]![0] - spans[b]![0]);
  for (const i of order) {
    const [x1, x2] = spans[i]!;
    let lane = ends.findIndex((end) => end + LANE_GAP <= x1);
    if (lane < 0) lane = ends.push(-Infinity) - 1;
    ends[lane] = x2;
    lanes[i] = lane;
  }
  return lanes;
}

/** Draws a row's band, planned from its trial drawing, now that the row is drawn with its top at `top`. */
export function drawBand(d: Drawer, band: Band, landings: Landing[], top: number): void {
  const laneY = (lane: number) => top - (lane + 1) * LANE_H + LANE_H / 2;
  for (const e of band.entries) {
    const y = laneY(e.lane);
    if (e.kind === 'out') {
      tag(d, e.attr ? d.refs : d.skips, outText(e.name), d.exits.get(e.node)!, y, 'start');
      continue;
    }
    const landing = landings[e.landing]!;
    const link = landing.links[e.link]!;
    const to = target(landing, link);
    const lines = link.attr ? d.refs : d.skips;
    if (e.kind === 'in') tag(d, lines, inText(link.name), to, y, 'end');
    else arc(lines, d.exits.get(link.from.id)!, to, y);
    if (e.kind === 'named') label(d, link.name, (d.exits.get(link.from.id)!.x + to.x) / 2, y);
  }
}

/** An arc over the row from where a tensor is made to where it is read, into `lines` (plain or dashed). */
function arc(lines: string[], from: Point, to: Point, y: number): void {
  lines.push(
    `M${r1(from.x)} ${r1(from.y)}V${r1(y + 4)}Q${r1(from.x)} ${r1(y)} ${r1(from.x + 4)} ${r1(y)}H${r1(to.x - 4)}Q${r1(to.x)} ${r1(y)} ${r1(to.x)} ${r1(y + 4)}V${r1(to.y)}`,
  );
}

/** A tensor's name on its arc, centred at x. */
function label(d: Drawer, text: string, x: number, y: number): void {
  const w = tagWidth(text);
  d.out.push(
    `<g class="nt-tg"><rect x="${r1(x - w / 2)}" y="${r1(y - 4.5)}" width="${r1(w)}" height="9" rx="4.5"/><text x="${r1(x - w / 2 + TAG_PAD)}" y="${r1(y + 2.5)}">${esc(text)}</text></g>`,
  );
}

/** A tag in the band, ending (or starting) at the point's x, with a leader down to the point. */
function tag(d: Drawer, lines: string[], text: string, at: Point, y: number, anchor: 'start' | 'end'): void {
  const w = tagWidth(text);
  const x = anchor === 'end' ? at.x - w : at.x;
  d.out.push(
    `<g class="nt-tg"><rect x="${r1(x)}" y="${r1(y - 4.5)}" width="${r1(w)}" height="9" rx="4.5"/><text x="${r1(x + TAG_PAD)}" y="${r1(y + 2.5)}">${esc(text)}</text></g>`,
  );
  lines.push(`M${r1(at.x)} ${r1(y + 4.5)}V${r1(at.y)}`);
}
