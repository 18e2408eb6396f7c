/**
 * Measures and draws visual items: each item is measured as its width and how far it reaches above and below
 * the line the flow runs on, and drawn with its left edge at x and that line at y = a. The drawer records where
 * every node's output leaves the drawing and where each item's links land, for links.ts to connect afterwards.
 */
import type { Graph, GraphNode } from '../graph.ts';
import { ICONS } from '../icons.ts';
import type { Family, Shape } from '../layers/index.ts';
import { drawCell, measureCell } from './cell.ts';
import { esc, layerLines, r1, textWidth, tip } from './labels.ts';
import { inEvery, inLang, tooltip, widest, writeSaid, type Said, type Words, type Written } from './words.ts';
import { FAN, GAP, LINE, VGAP } from './metrics.ts';
import {
  lastNode,
  type Visual,
  type VisualFrame,
  type VisualHead,
  type VisualLayer,
  type VisualLink,
  type VisualParallel,
  type VisualRef,
  type VisualResidual,
  type VisualSeq,
} from './visuals.ts';

/** Spacing of the marks under a layer. */
const MARK_STEP = 10;
/** Inset of an identity shortcut's arc from the residual's edges. */
const ARC_INSET = 8;
/** Half height of a backbone box. */
const REF_HH = 13;
/** How far below the flow a head's branch runs, at least. */
const HEAD_DROP = 8;
/** Height of an item's caption above it. */
const CAPTION_H = 12;

/** Space an item takes: its width, and how far it reaches above and below the line the flow runs on. */
export interface Extent {
  w: number;
  up: number;
  down: number;
}

/** A point of the drawing, with the row it is in. */
export interface Point {
  x: number;
  y: number;
  row: number;
}

/** A stretch of the row under which the flow has these feature-map shapes (for the size strip). */
export interface Span {
  x0: number;
  x1: number;
  shapes: Shape[];
}

/** Links of an item, where they land on it, and where each of them lands when that differs (a cell's ports). */
export interface Landing {
  links: VisualLink[];
  at: Point;
  ports?: Map<string, Point>;
}

export interface DrawOptions {
  /** The languages the drawing's text is written in (the layout is the same for all). */
  written: Written;
  idPrefix: string;
}

export class Drawer {
  readonly edges: string[] = [];
  readonly skips: string[] = [];
  /** Lines of links read through an attribute (dashed). */
  readonly refs: string[] = [];
  readonly out: string[] = [];
  /** Where each node's output leaves the drawing (the right edge of what draws it, on its line). */
  readonly exits = new Map<string, Point>();
  readonly landings: Landing[] = [];
  /** What the flow's icons output, left to right; a shortcut's path beside the main one is left out. */
  readonly spans: Span[] = [];
  /** Above 0 while drawing what the size strip does not follow (a shortcut's side path, a cell's items). */
  private quiet = 0;
  /** The row being drawn. */
  row = 0;
  private readonly extents = new Map<object, Extent>();
  private readonly byId: Map<string, GraphNode>;
  readonly opts: DrawOptions;

  constructor(graph: Graph, opts: DrawOptions) {
    this.byId = new Map(graph.nodes.map((n) => [n.id, n]));
    this.opts = opts;
  }

  /** Forgets what a trial drawing added (its output and positions), keeping what was there before. */
  mark(): () => void {
    const lengths = [
      this.edges.length,
      this.skips.length,
      this.out.length,
      this.landings.length,
      this.refs.length,
      this.spans.length,
    ];
    const known = new Set(this.exits.keys());
    return () => {
      this.edges.length = lengths[0]!;
      this.skips.length = lengths[1]!;
      this.out.length = lengths[2]!;
      this.landings.length = lengths[3]!;
      this.refs.length = lengths[4]!;
      this.spans.length = lengths[5]!;
      for (const key of [...this.exits.keys()]) if (!known.has(key)) this.exits.delete(key);
    };
  }

  node(id: string): GraphNode | undefined {
    return this.byId.get(id);
  }

  /** Notes that the flow has these shapes from x0 to x1 (unless drawing what the strip does not follow). */
  span(x0: number, x1: number, shapes: Shape[]): void {
    if (this.quiet === 0) this.spans.push({ x0, x1, shapes });
  }

  /** Draws without noting spans (a shortcut's side path; a cell's items, which the cell notes as one span). */
  quietly(draw: () => void): void {
    this.quiet++;
    draw();
    this.quiet--;
  }

  tip(n: GraphNode): Words {
    return tip(n, n.shares ? this.byId.get(n.shares)?.name : undefined);
  }

  // ---- measuring ------------------------------------------------------------------------------------------

  measure(v: Visual | VisualSeq): Extent {
    const cached = this.extents.get(v);
    if (cached) return cached;
    let extent = this.measureKind(v);
    if (v.kind !== 'seq' && v.caption) extent = { ...extent, up: extent.up + CAPTION_H };
    this.extents.set(v, extent);
    return extent;
  }

  private measureKind(v: Visual | VisualSeq): Extent {
    switch (v.kind) {
      case 'layer':
        return this.measureLayer(v);
      case 'seq':
        return this.sideBySide(v.items.map((x) => this.measure(x)));
      case 'parallel':
        return this.measureParallel(v);
      case 'residual':
        return this.measureResidual(v);
      case 'frame':
        return this.measureFrame(v);
      case 'head':
        return this.measureHead(v);
      case 'cell':
        return measureCell(this, v);
      case 'ref':
        return this.measureRef(v);
    }
  }

  /** Width and half height of a layer's icon, or of a convolution's icon beside its pooling's. */
  iconPair(v: VisualLayer): { w: number; hh: number } {
    const a = ICONS[v.icon ?? v.node.family];
    if (!v.pool) return { w: 2 * a.hw, hh: a.hh };
    const b = ICONS[v.pool.family];
    return { w: 2 * a.hw + 3 + 2 * b.hw, hh: Math.max(a.hh, b.hh) };
  }

  private measureLayer(v: VisualLayer): Extent {
    const icon = this.iconPair(v);
    const lines = layerLines(v);
    const w = Math.ceil(
      Math.max(icon.w + 4, ...lines.map((l) => widest(l, textWidth)), v.attached.length * MARK_STEP) + 2,
    );
    return { w, up: icon.hh + 3 + lines.length * LINE, down: icon.hh + (v.attached.length ? 12 : 0) };
  }

  /** Extents laid side by side with GAP between them. */
  sideBySide(extents: Extent[]): Extent {
    return {
      w: extents.reduce((s, b) => s + b.w, 0) + GAP * Math.max(0, extents.length - 1),
      up: Math.max(0, ...extents.map((b) => b.up)),
      down: Math.max(0, ...extents.map((b) => b.down)),
    };
  }

  private measureParallel(v: VisualParallel): Extent {
    const { offsets, extents } = this.stack(v.branches);
    const join = v.join ? this.joinExtent(v.join, v.attached) : { w: 6, up: 0, down: 0 };
    return {
      w: FAN + Math.max(...extents.map((b) => b.w)) + FAN + join.w,
      up: Math.max(join.up, ...extents.map((b, i) => b.up - offsets[i]!)),
      down: Math.max(join.down, ...extents.map((b, i) => b.down + offsets[i]!)),
    };
  }

  private measureResidual(v: VisualResidual): Extent {
    const m = this.measure(v.main);
    const s = this.measure(v.side);
    const join = this.joinExtent(v.join, v.attached);
    if (v.side.items.length === 0) {
      return {
        w: ARC_INSET + m.w + ARC_INSET + join.w,
        up: Math.max(m.up + ARC_INSET, join.up),
        down: Math.max(m.down, join.down),
      };
    }
    const rel = this.sideOffset(v);
    return {
      w: FAN + Math.max(m.w, s.w) + FAN + join.w,
      up: Math.max(m.up, s.up - rel, join.up),
      down: Math.max(m.down, s.down + rel, join.down),
    };
  }

  private measureFrame(v: VisualFrame): Extent {
    const inner = this.frameInner(v);
    const bracket = v.runs.length > 1 && v.runs.some((r) => r.count > 1) ? 12 : 0;
    return {
      w: Math.ceil(Math.max(inner.w + 28, textWidth(v.label) + 12)),
      up: inner.up + 18 + bracket,
      down: inner.down + 6,
    };
  }

  /** The runs of a frame laid side by side. */
  frameInner(v: VisualFrame): Extent {
    const bs = v.runs.map((r) => this.measure(r.seq));
    return {
      w: bs.reduce((s, b) => s + b.w, 0) + GAP * (bs.length - 1),
      up: Math.max(...bs.map((b) => b.up)),
      down: Math.max(...bs.map((b) => b.down)),
    };
  }

  /** How far below the flow a head's branch runs. */
  headOffset(v: VisualHead): number {
    return HEAD_DROP + VGAP + this.measure(v.seq).up;
  }

  private measureHead(v: VisualHead): Extent {
    const s = this.measure(v.seq);
    const end = v.loss ? GAP + 2 * ICONS.loss.hw : 4;
    return { w: FAN + s.w + end, up: 0, down: this.headOffset(v) + Math.max(s.down, v.loss ? ICONS.loss.hh : 0) };
  }

  private measureRef(v: VisualRef): Extent {
    const w = Math.ceil(Math.max(textWidth(v.title), textWidth(v.sub) * 0.8) + 18);
    return { w, up: REF_HH + 3 + LINE, down: REF_HH + 1 };
  }

  /** A join node's extent; a concatenation is labelled with its channels. */
  joinExtent(n: GraphNode, attached: GraphNode[]): Extent {
    const lines = n.family === 'concat' ? [String(n.shape[0])] : [];
    const icon = ICONS[n.family];
    return {
      w: Math.ceil(Math.max(2 * icon.hw + 4, ...lines.map(textWidth), attached.length * MARK_STEP)),
      up: icon.hh + 3 + lines.length * LINE,
      down: icon.hh + (attached.length ? 12 : 0),
    };
  }

  /** Vertical offsets of stacked branches from the block's anchor line (centred between first and last). */
  stack(branches: VisualSeq[]): { offsets: number[]; extents: Extent[] } {
    const extents = branches.map((b) => {
      const m = this.measure(b);
      return b.items.length ? m : { w: 0, up: 4, down: 4 };
    });
    const anchors: number[] = [];
    let y = 0;
    extents.forEach((b, i) => {
      if (i > 0) y += extents[i - 1]!.down + VGAP + b.up;
      anchors.push(y);
    });
    const mid = (anchors[0]! + anchors[anchors.length - 1]!) / 2;
    return { offsets: anchors.map((a) => a - mid), extents };
  }

  /** How far the side path of a residual lies from its anchor line (negative: above). */
  sideOffset(v: VisualResidual): number {
    const m = this.measure(v.main);
    const s = this.measure(v.side);
    return v.sideAbove ? -(Math.max(m.up, 8) + VGAP + s.down) : Math.max(m.down, 8) + VGAP + s.up;
  }

  // ---- drawing primitives ---------------------------------------------------------------------------------

  line(x1: number, y: number, x2: number): void {
    if (x2 > x1) this.edges.push(`M${r1(x1)} ${r1(y)}H${r1(x2)}`);
  }

  curve(x1: number, y1: number, x2: number, y2: number): void {
    if (y1 === y2) return this.line(x1, y1, x2);
    const mx = (x1 + x2) / 2;
    this.edges.push(`M${r1(x1)} ${r1(y1)}C${r1(mx)} ${r1(y1)} ${r1(mx)} ${r1(y2)} ${r1(x2)} ${r1(y2)}`);
  }

  /**
   * An icon centred at (x, y), with its tooltip: a `<use>` of the family's definition, which carries the
   * family's class (its fill), so that the many uses of it do not repeat that.
   */
  icon(family: Family, x: number, y: number, tipText: Said): void {
    this.out.push(
      `<use href="#${this.opts.idPrefix}${family}" x="${r1(x)}" y="${r1(y)}"><title>${esc(tooltip(tipText, this.opts.written))}</title></use>`,
    );
  }

  /** Lines of text centred at x, the first at `top`, each in the written languages. */
  texts(lines: Said[], x: number, top: number, cls = 'nt-t'): void {
    lines.forEach((said, i) =>
      this.out.push(
        writeSaid(
          said,
          this.opts.written,
          (t, lang, attrs) => `<text class="${cls}${lang}" x="${r1(x)}" y="${r1(top + i * LINE)}"${attrs}>${t}</text>`,
        ),
      ),
    );
  }

  marks(attached: GraphNode[], cx: number, y: number): void {
    attached.forEach((a, i) =>
      this.icon(a.family, cx + (i - (attached.length - 1) / 2) * MARK_STEP, y, `${a.name}: ${a.label}`),
    );
  }

  // ---- drawing items --------------------------------------------------------------------------------------

  /** Draws an item with its left edge at x and its anchor line at a, and notes where its outputs leave. */
  draw(v: Visual | VisualSeq, x: number, a: number): void {
    switch (v.kind) {
      case 'seq':
        this.drawSeq(v, x, a);
        break;
      case 'layer':
        this.drawLayer(v, x, a);
        break;
      case 'parallel':
        this.drawParallel(v, x, a);
        break;
      case 'residual':
        this.drawResidual(v, x, a);
        break;
      case 'frame':
        this.drawFrame(v, x, a);
        break;
      case 'head':
        this.drawHead(v, x, a);
        break;
      case 'cell':
        drawCell(this, v, x, a);
        break;
      case 'ref':
        this.drawRef(v, x, a);
        break;
    }
    if (v.kind !== 'seq') this.noteItem(v, x, a);
    if (v.kind !== 'seq' && v.caption) this.drawCaption(v.caption, x, a - this.measure(v).up);
  }

  /** A caption: a bracket opening to the right and the text after it, at the top of the item. */
  private drawCaption(text: string, x: number, top: number): void {
    const y = top + CAPTION_H / 2;
    this.edges.push(`M${r1(x + 2)} ${r1(y + 4)}V${r1(y)}H${r1(x + 8)}`);
    this.out.push(`<text class="nt-c" x="${r1(x + 11)}" y="${r1(y + 3)}">${esc(text)}</text>`);
  }

  /** Notes where the item's outputs leave (nodes not drawn on their own leave at its right edge) and its links. */
  private noteItem(v: Visual, x: number, a: number): void {
    const box = this.measure(v);
    for (const id of visualNodes(v)) if (!this.exits.has(id)) this.exits.set(id, { x: x + box.w, y: a, row: this.row });
    if (v.links.length && v.kind !== 'cell') {
      // A head that reads named tensors starts its branch with them, below the flow it does not read.
      const at =
        v.kind === 'head' && v.detached
          ? { x: x + FAN, y: a + this.headOffset(v), row: this.row }
          : v.detached
            ? { x, y: a, row: this.row }
            : { x: x + box.w / 2, y: a - box.up, row: this.row };
      this.landings.push({ links: v.links, at });
    }
  }

  private drawSeq(v: VisualSeq, x: number, a: number): void {
    let cx = x;
    v.items.forEach((item, i) => {
      if (i > 0) {
        if (!item.detached) this.line(cx, a, cx + GAP);
        cx += GAP;
      }
      this.draw(item, cx, a);
      cx += this.measure(item).w;
    });
  }

  private drawLayer(v: VisualLayer, x: number, a: number): void {
    const box = this.measure(v);
    if (!v.detached) this.line(x, a, x + box.w);
    else this.line(x + box.w / 2, a, x + box.w);
    const icon = this.iconPair(v);
    const cx = x + box.w / 2;
    const lines = layerLines(v);
    this.texts(lines, cx, a - icon.hh - 3 - (lines.length - 1) * LINE);
    if (v.pool) {
      const ca = ICONS[v.node.family];
      const left = cx - icon.w / 2;
      this.icon(v.node.family, left + ca.hw, a, this.tip(v.node));
      this.icon(v.pool.family, left + 2 * ca.hw + 3 + ICONS[v.pool.family].hw, a, this.tip(v.pool));
    } else {
      const tipText = this.tip(v.node);
      const text = v.text;
      this.icon(v.icon ?? v.node.family, cx, a, text ? inEvery((l) => `${text}: ${tipText[l]}`) : tipText);
    }
    this.marks(v.attached, cx, a + icon.hh + 7);
    const inside = v.nodes?.map((id) => this.byId.get(id)?.shape ?? []).filter((shape) => shape.length) ?? [];
    this.span(cx - icon.w / 2, cx + icon.w / 2, inside.length ? inside : [lastNode(v).shape]);
  }

  private drawParallel(v: VisualParallel, x: number, a: number): void {
    const box = this.measure(v);
    const { offsets, extents } = this.stack(v.branches);
    const inner = Math.max(...extents.map((b) => b.w));
    const x1 = x + FAN;
    const x2 = x1 + inner;
    v.branches.forEach((b, i) => {
      const y = a + offsets[i]!;
      this.curve(x, a, x1, y);
      this.draw(b, x1, y);
      if (v.join) {
        this.line(x1 + extents[i]!.w, y, x2);
        this.curve(x2, y, x2 + FAN, a);
      } else {
        this.line(x1 + extents[i]!.w, y, x2 + 6);
      }
    });
    if (v.split) this.icon('split', x + 4, a, 'split');
    if (v.join) this.drawJoin(v.join, v.attached, x2 + FAN, a, box.w - (x2 + FAN - x));
  }

  private drawResidual(v: VisualResidual, x: number, a: number): void {
    const box = this.measure(v);
    const m = this.measure(v.main);
    const identity = v.side.items.length === 0;
    const jw = box.w - (identity ? 2 * ARC_INSET + m.w : 2 * FAN + Math.max(m.w, this.measure(v.side).w));
    const jx = x + box.w - jw;
    if (identity) this.drawIdentityShortcut(v, x, a, jx, jw);
    else this.drawSidePath(v, x, a, jx, jw);
    this.drawJoin(v.join, v.attached, jx, a, jw);
  }

  /** An identity shortcut: the body on the line, and an arc over it from the input down into the join. */
  private drawIdentityShortcut(v: VisualResidual, x: number, a: number, jx: number, jw: number): void {
    const m = this.measure(v.main);
    const icon = ICONS[v.join.family];
    this.line(x, a, x + ARC_INSET);
    this.draw(v.main, x + ARC_INSET, a);
    this.line(x + ARC_INSET + m.w, a, jx);
    const top = a - m.up - 6;
    const jc = jx + jw / 2;
    this.skips.push(
      `M${r1(x + 2)} ${r1(a)}V${r1(top + 4)}Q${r1(x + 2)} ${r1(top)} ${r1(x + 6)} ${r1(top)}H${r1(jc - 4)}Q${r1(jc)} ${r1(top)} ${r1(jc)} ${r1(top + 4)}V${r1(a - icon.hh)}`,
    );
  }

  /** A shortcut with layers (or a gate's body): drawn as a second path beside the main one. */
  private drawSidePath(v: VisualResidual, x: number, a: number, jx: number, jw: number): void {
    const m = this.measure(v.main);
    const s = this.measure(v.side);
    const icon = ICONS[v.join.family];
    const rel = this.sideOffset(v);
    const inner = Math.max(m.w, s.w);
    this.line(x, a, x + FAN);
    this.draw(v.main, x + FAN, a);
    this.line(x + FAN + m.w, a, jx);
    this.curve(x, a, x + FAN, a + rel);
    this.quietly(() => this.draw(v.side, x + FAN, a + rel));
    this.line(x + FAN + s.w, a + rel, x + FAN + inner);
    this.curve(x + FAN + inner, a + rel, jx + jw / 2 - icon.hw, a);
  }

  private drawFrame(v: VisualFrame, x: number, a: number): void {
    const box = this.measure(v);
    const inner = this.frameInner(v);
    const left = x + 6;
    const width = box.w - 12;
    this.out.push(
      `<rect class="nt-f" x="${r1(left)}" y="${r1(a - box.up + 2)}" width="${r1(width)}" height="${r1(box.up + box.down - 4)}" rx="4"/>`,
    );
    if (v.label) this.out.push(`<text x="${r1(left + 4)}" y="${r1(a - box.up + 12)}">${esc(v.label)}</text>`);
    let ix = x + (box.w - inner.w) / 2;
    if (!v.detached) this.line(x, a, ix);
    v.runs.forEach((run, i) => {
      const b = this.measure(run.seq);
      if (i > 0) {
        this.line(ix, a, ix + GAP);
        ix += GAP;
      }
      this.drawRun(run, ix, a);
      if (v.runs.length > 1 && run.count > 1) this.runBracket(ix, a - inner.up - 4, b.w, run.count);
      ix += b.w;
    });
    this.line(ix, a, x + box.w);
  }

  /**
   * A run of identical instances drawn once; when the instances work at different sizes (an RPN head shared
   * over pyramid levels), the strip shows the range of sizes under the whole run instead of the first's.
   */
  private drawRun(run: VisualFrame['runs'][number], x: number, a: number): void {
    const first = this.spans.length;
    this.draw(run.seq, x, a);
    if (run.count < 2 || this.quiet > 0) return;
    const shapes = run.nodes.map((id) => this.byId.get(id)!.shape);
    const per = shapes.length / run.count;
    const key = (k: number) => shapes.slice(k * per, (k + 1) * per).join(';');
    if (Array.from({ length: run.count }, (_, k) => key(k)).every((k) => k === key(0))) return;
    this.spans.length = first;
    this.span(x, x + this.measure(run.seq).w, shapes);
  }

  /** A bracket over a run inside a frame, marked with how many identical instances it stands for. */
  private runBracket(x: number, y: number, w: number, count: number): void {
    this.edges.push(`M${r1(x)} ${r1(y + 3)}V${r1(y)}H${r1(x + w)}V${r1(y + 3)}`);
    this.out.push(`<text class="nt-t" x="${r1(x + w / 2)}" y="${r1(y - 2)}">×${count}</text>`);
  }

  /** A head: the flow passes straight on; the branch drops below it and ends in an output (a loss when trained). */
  private drawHead(v: VisualHead, x: number, a: number): void {
    const box = this.measure(v);
    const s = this.measure(v.seq);
    const y = a + this.headOffset(v);
    this.line(x, a, x + box.w);
    if (!v.detached) this.curve(x + 2, a, x + FAN, y);
    this.draw(v.seq, x + FAN, y);
    if (v.loss) {
      const lx = x + FAN + s.w + GAP + ICONS.loss.hw;
      this.line(x + FAN + s.w, y, lx - ICONS.loss.hw);
      this.icon('loss', lx, y, 'loss');
    }
  }

  /** A backbone from another spec: a double-bordered box naming it, its output channels above. */
  private drawRef(v: VisualRef, x: number, a: number): void {
    const box = this.measure(v);
    const cx = x + box.w / 2;
    if (!v.detached) this.line(x, a, x + 2);
    this.line(x + box.w - 2, a, x + box.w);
    const [top, h] = [a - REF_HH, 2 * REF_HH];
    this.out.push(
      `<g class="nt-r"><title>${esc(
        tooltip(
          inEvery((l) => `${v.title} (${v.sub}): ${inLang(this.tip(v.last), l)}`),
          this.opts.written,
        ),
      )}</title>` +
        `<rect class="nt-rb" x="${r1(x + 2)}" y="${r1(top)}" width="${r1(box.w - 4)}" height="${h}" rx="5"/>` +
        `<rect class="nt-ri" x="${r1(x + 4.5)}" y="${r1(top + 2.5)}" width="${r1(box.w - 9)}" height="${h - 5}" rx="3"/></g>`,
    );
    this.texts([v.title], cx, a - 1);
    this.texts([v.sub], cx, a + 8, 'nt-t nt-d nt-x');
    this.texts([String(v.last.shape[0])], cx, top - 3);
    this.span(x + 2, x + box.w - 2, [v.last.shape]);
  }

  drawJoin(n: GraphNode, attached: GraphNode[], x: number, a: number, w: number): void {
    const icon = ICONS[n.family];
    const cx = x + w / 2;
    this.line(x, a, x + w);
    if (n.family === 'concat') this.texts([String(n.shape[0])], cx, a - icon.hh - 3);
    this.icon(n.family, cx, a, this.tip(n));
    this.marks(attached, cx, a + icon.hh + 7);
    this.span(cx - icon.hw, cx + icon.hw, [n.shape]);
  }
}

/** Every node a visual item stands for, drawn or not. */
export function visualNodes(v: Visual | VisualSeq): string[] {
  switch (v.kind) {
    case 'seq':
      return v.items.flatMap(visualNodes);
    case 'layer':
      return v.nodes ?? [v.node.id, ...(v.pool ? [v.pool.id] : []), ...v.attached.map((n) => n.id)];
    case 'parallel':
      return [...v.branches.flatMap(visualNodes), ...(v.join ? [v.join.id, ...v.attached.map((n) => n.id)] : [])];
    case 'residual':
      return [...visualNodes(v.main), ...visualNodes(v.side), v.join.id, ...v.attached.map((n) => n.id)];
    case 'head':
      return visualNodes(v.seq);
    case 'frame':
    case 'cell':
    case 'ref':
      return v.nodes;
  }
}
