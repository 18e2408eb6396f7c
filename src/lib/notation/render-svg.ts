/**
 * Draws a graph as a standalone SVG string in the atlas's one notation: a pure, deterministic function of the
 * graph and the options. Compact view merges conv+pool and shows a repeated block once with ×N; expanded view
 * shows every layer. Flow runs left to right, wrapping into rows; each row has a strip of feature-map sizes.
 * The pipeline is `render`: structures → visual items → rows → each row drawn with its size strip → document.
 */
import { nodesOf, sumNodes } from './count.ts';
import type { Graph, GraphNode, ParallelStruct, RepeatStruct, ResidualStruct, Struct } from './graph.ts';
import { ICONS, styleSheet, type Lang } from './icons.ts';
import { formatShape, type Family, type Shape } from './layers/index.ts';

export interface RenderOptions {
  view: 'compact' | 'expanded';
  lang: Lang;
  /** Prefix for element ids, unique per diagram on a page; default derived from model, variant and view. */
  idPrefix?: string;
  /** Width at which the diagram wraps into a new row (default DEFAULT_MAX_WIDTH, 1100). */
  maxWidth?: number;
}

/** One layer (with the marks of the layers it absorbs and, in compact view, the pooling after it). */
interface VisualLayer {
  kind: 'layer';
  node: GraphNode;
  /** Normalisation, activation, dropout and flatten drawn as small marks under it. */
  attached: GraphNode[];
  pool?: GraphNode;
  /** Replaces the label (a compact SE block is drawn as its gate, labelled SE). */
  text?: string;
}
interface VisualSeq {
  kind: 'seq';
  items: Visual[];
}
interface VisualParallel {
  kind: 'parallel';
  branches: VisualSeq[];
  join: GraphNode | null;
  attached: GraphNode[];
  /** The branches start from slices of the input (a channel split). */
  split: boolean;
}
interface VisualResidual {
  kind: 'residual';
  /** The path drawn on the anchor line, and the one beside it (below; above for a gate). */
  main: VisualSeq;
  side: VisualSeq;
  sideAbove: boolean;
  join: GraphNode;
  attached: GraphNode[];
}
/** A repeated block in compact view: runs of identical instances, each drawn once (with ×N when repeated). */
interface VisualFrame {
  kind: 'frame';
  label: string;
  runs: { seq: VisualSeq; count: number }[];
  last: GraphNode;
}
type Visual = VisualLayer | VisualParallel | VisualResidual | VisualFrame;

/** Space an item takes: its width, and how far it reaches above and below the line the flow runs on. */
interface Extent {
  w: number;
  up: number;
  down: number;
}

/** Where a row ended: the connector to the next row starts there. */
interface RowEnd {
  x: number;
  a: number;
  bottom: number;
}

const ATTACHED = new Set<Family>(['norm', 'act', 'dropout', 'reshape']);
const CONVS = new Set<Family>(['conv', 'pwconv', 'dwconv', 'gconv']);
/** Horizontal gap between items in a sequence. */
const GAP = 12;
/** Width of the curves fanning out into branches and back. */
const FAN = 16;
/** Vertical gap between stacked branches. */
const VGAP = 10;
/** Line height of labels. */
const LINE = 10;
const MARGIN = 12;
/** Height of the feature-map size strip under each row. */
const STRIP = 14;
/** Space between a row's strip and the next row. */
const ROW_GAP = 12;
/** Spacing of the marks under a layer. */
const MARK_STEP = 10;
/** Inset of an identity shortcut's arc from the residual's edges. */
const ARC_INSET = 8;
/** Default width at which a diagram wraps into a new row. */
const DEFAULT_MAX_WIDTH = 1100;

type Words = Record<
  'compact' | 'expanded' | 'title' | 'layers' | 'params' | 'macs' | 'input' | 'params1' | 'macs1',
  string
>;
const TEXT: Record<Lang, Words> = {
  en: {
    compact: 'compact view',
    expanded: 'expanded view',
    title: 'architecture diagram',
    layers: 'layers',
    params: 'parameters',
    macs: 'multiply-adds',
    input: 'input',
    params1: 'params',
    macs1: 'mult-adds',
  },
  'zh-CN': {
    compact: '紧凑视图',
    expanded: '展开视图',
    title: '网络结构图',
    layers: '层',
    params: '参数',
    macs: '次乘加',
    input: '输入',
    params1: '参数',
    macs1: '乘加',
  },
};

const r1 = (n: number): string => String(Math.round(n * 10) / 10);
const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const group3 = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Width of a label at 9px: CJK characters are square, others about 0.58 em. */
const textWidth = (s: string): number =>
  [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) && ch !== '×' ? 9 : 5.3), 0);

/** The size shown in the strip: H×W for a feature map, the length for a vector. */
const spatialSize = (shape: Shape): string => (shape.length === 3 ? `${shape[1]}×${shape[2]}` : String(shape[0]));

function compactNumber(n: number, lang: Lang): string {
  if (lang === 'zh-CN') {
    if (n >= 1e8) return `${+(n / 1e8).toFixed(2)} 亿`;
    if (n >= 1e4) return `${+(n / 1e4).toFixed(1)} 万`;
    return group3(n);
  }
  if (n >= 1e9) return `${+(n / 1e9).toFixed(2)} G`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(2)} M`;
  if (n >= 1e3) return `${+(n / 1e3).toFixed(1)} k`;
  return String(n);
}

class Renderer {
  private readonly byId: Map<string, GraphNode>;
  private readonly edges: string[] = [];
  private readonly skips: string[] = [];
  private readonly out: string[] = [];

  private readonly graph: Graph;
  private readonly opts: Required<RenderOptions>;

  constructor(graph: Graph, opts: Required<RenderOptions>) {
    this.graph = graph;
    this.opts = opts;
    this.byId = new Map(graph.nodes.map((n) => [n.id, n]));
  }

  node(id: string): GraphNode {
    return this.byId.get(id)!;
  }

  // ---- the pipeline ---------------------------------------------------------------------------------------

  render(): string {
    const rows = this.wrapRows(this.visuals(this.graph.root));
    const strips: string[] = [];
    const x0 = MARGIN + 10;
    let top = MARGIN;
    let maxRight = 0;
    let previousEnd: RowEnd | null = null;
    let previousSize = '';
    for (const row of rows) {
      const box = this.measure({ kind: 'seq', items: row });
      const a = top + box.up;
      if (previousEnd) this.rowConnector(previousEnd, x0, a);
      this.draw({ kind: 'seq', items: row }, x0, a);
      const stripY = a + box.down + 6;
      previousSize = this.sizeStrip(row, x0, stripY, previousSize, strips);
      maxRight = Math.max(maxRight, x0 + box.w);
      previousEnd = { x: x0 + box.w, a, bottom: stripY + STRIP };
      top = stripY + STRIP + ROW_GAP;
    }
    return this.document(Math.ceil(maxRight + 10 + MARGIN), Math.ceil(top - ROW_GAP + MARGIN), strips);
  }

  // ---- structure → visual items ---------------------------------------------------------------------------

  private get compact(): boolean {
    return this.opts.view === 'compact';
  }

  visuals(structs: Struct[], out: Visual[] = []): Visual[] {
    for (const s of structs) {
      switch (s.kind) {
        case 'layer':
          this.addLayer(this.node(s.node), out);
          break;
        case 'group':
          this.visuals(s.items, out);
          break;
        case 'repeat':
          if (this.compact && s.count > 1) out.push(this.frame(s));
          else for (const instance of s.instances) this.visuals(instance.items, out);
          break;
        case 'parallel':
          out.push(this.parallelVisual(s));
          break;
        case 'residual':
          out.push(this.residualVisual(s));
          break;
      }
    }
    return out;
  }

  /** A layer joins the previous item as a mark, merges with a convolution as its pooling, or stands alone. */
  private addLayer(n: GraphNode, out: Visual[]): void {
    if (n.family === 'split') return;
    const last = out[out.length - 1];
    if (
      ATTACHED.has(n.family) &&
      last &&
      (last.kind === 'layer' || last.kind === 'residual' || (last.kind === 'parallel' && last.join))
    ) {
      last.attached.push(n);
    } else if (
      this.compact &&
      n.family === 'pool' &&
      last?.kind === 'layer' &&
      CONVS.has(last.node.family) &&
      !last.pool
    ) {
      last.pool = n;
    } else {
      out.push({ kind: 'layer', node: n, attached: [] });
    }
  }

  /** A compact repeat: consecutive identical instances become one run, drawn once. */
  private frame(s: RepeatStruct): VisualFrame {
    const ids = nodesOf(s);
    const runs: { seq: VisualSeq; count: number; sig: string }[] = [];
    for (const instance of s.instances) {
      const seq: VisualSeq = { kind: 'seq', items: this.visuals(instance.items) };
      const sig = this.signature(seq);
      const last = runs[runs.length - 1];
      if (last && last.sig === sig) last.count++;
      else runs.push({ seq, count: 1, sig });
    }
    const total = runs.length === 1 ? ` ×${s.count}` : '';
    return {
      kind: 'frame',
      label: s.label ? `${s.label}${total}` : total.trim(),
      runs,
      last: this.node(ids[ids.length - 1]!),
    };
  }

  private parallelVisual(s: ParallelStruct): VisualParallel {
    return {
      kind: 'parallel',
      branches: s.branches.map((b) => ({ kind: 'seq', items: this.visuals(b.items) })),
      join: s.join ? this.node(s.join) : null,
      attached: [],
      split: s.branches.some((b) => b.items[0]?.kind === 'layer' && this.node(b.items[0].node).family === 'split'),
    };
  }

  /** A residual; a gate (SE) draws its body above, and in compact view is just its product, labelled SE. */
  private residualVisual(s: ResidualStruct): Visual {
    if (s.role === 'gate' && this.compact) return { kind: 'layer', node: this.node(s.join), attached: [], text: 'SE' };
    const body: VisualSeq = { kind: 'seq', items: this.visuals(s.body) };
    const shortcut: VisualSeq = { kind: 'seq', items: this.visuals(s.shortcut) };
    const gate = s.role === 'gate';
    return {
      kind: 'residual',
      main: gate ? shortcut : body,
      side: gate ? body : shortcut,
      sideAbove: gate,
      join: this.node(s.join),
      attached: [],
    };
  }

  /** What a visual item looks like, to find identical repeated instances. */
  signature(v: Visual | VisualSeq): string {
    const n = (x: GraphNode) => `${x.family}:${x.label}:${x.shape[0]}`;
    switch (v.kind) {
      case 'seq':
        return v.items.map((x) => this.signature(x)).join(',');
      case 'layer':
        return `L(${n(v.node)}${v.pool ? `+${n(v.pool)}` : ''}|${v.attached.map(n).join(';')}|${v.text ?? ''})`;
      case 'parallel':
        return `P(${v.branches.map((b) => this.signature(b)).join('/')}|${v.join ? n(v.join) : ''})`;
      case 'residual':
        return `R(${this.signature(v.main)}/${this.signature(v.side)}|${n(v.join)}|${v.attached.map(n).join(';')})`;
      case 'frame':
        return `F(${v.label}|${v.runs.map((r) => `${r.count}*${this.signature(r.seq)}`).join('/')})`;
    }
  }

  /** The node whose output leaves a visual item (for the size strip). */
  lastNode(v: Visual): GraphNode {
    switch (v.kind) {
      case 'layer':
        return v.attached.findLast((a) => a.family === 'reshape' || a.type === 'mfm') ?? v.pool ?? v.node;
      case 'parallel':
        return v.join ?? this.lastNode(v.branches[0]!.items[v.branches[0]!.items.length - 1]!);
      case 'residual':
        return v.join;
      case 'frame':
        return v.last;
    }
  }

  // ---- rows -----------------------------------------------------------------------------------------------

  /** Greedy wrapping of the top-level items into rows no wider than maxWidth (an item wider than that alone). */
  private wrapRows(visuals: Visual[]): Visual[][] {
    const rows: Visual[][] = [[]];
    let width = 0;
    for (const v of visuals) {
      const w = this.measure(v).w;
      const row = rows[rows.length - 1]!;
      if (row.length && width + GAP + w > this.opts.maxWidth) {
        rows.push([v]);
        width = w;
      } else {
        row.push(v);
        width += (row.length > 1 ? GAP : 0) + w;
      }
    }
    return rows;
  }

  /** The line from the end of one row, down past its strip, back to the start of the next. */
  private rowConnector(from: RowEnd, x0: number, a: number): void {
    const mid = from.bottom + 5;
    this.edges.push(`M${r1(from.x)} ${r1(from.a)}H${r1(from.x + 8)}V${r1(mid)}H${r1(x0 - 8)}V${r1(a)}H${r1(x0)}`);
  }

  /**
   * The strip of feature-map sizes under a row: one band per run of items with the same output size, labelled
   * when the size changes (or at the start of the row). Returns the last size, which the next row continues.
   */
  private sizeStrip(row: Visual[], x0: number, stripY: number, previousSize: string, strips: string[]): string {
    let cx = x0;
    let runStart = x0;
    row.forEach((item, i) => {
      const w = this.measure(item).w;
      const shape = this.lastNode(item).shape;
      const size = spatialSize(shape);
      const next = row[i + 1];
      const nextSize = next ? spatialSize(this.lastNode(next).shape) : null;
      const end = cx + w + (next ? GAP / 2 : 0);
      if (nextSize !== size) {
        strips.push(
          `<rect class="nt-b" x="${r1(runStart)}" y="${r1(stripY)}" width="${r1(Math.max(1, end - runStart - 1))}" height="${STRIP}"/>`,
        );
        if (size !== previousSize || runStart === x0) {
          const short = shape.length === 3 && shape[1] === shape[2] ? `${shape[1]}²` : size;
          const label = textWidth(size) <= end - runStart - 2 ? size : short;
          strips.push(
            `<text class="nt-t nt-d" x="${r1((runStart + end) / 2)}" y="${r1(stripY + 10)}">${esc(label)}</text>`,
          );
        }
        previousSize = size;
        runStart = end + 1;
      }
      cx += w + GAP;
    });
    return previousSize;
  }

  // ---- labels ---------------------------------------------------------------------------------------------

  lines(v: VisualLayer): string[] {
    const n = v.node;
    const c = String(n.shape[0]);
    if (v.text) return [v.text];
    switch (n.family) {
      case 'conv':
      case 'pwconv':
      case 'dwconv':
      case 'gconv':
        return [n.label, ...(v.pool ? [v.pool.label] : []), c];
      case 'pool':
      case 'gpool':
        return [n.label];
      case 'fc':
        return [n.type === 'rbf' ? `rbf ${c}` : c];
      case 'input':
        return [TEXT[this.opts.lang].input, c];
      case 'concat':
        return [c];
      case 'shuffle':
        return [n.label.replace('shuffle ', '')];
      default:
        return [];
    }
  }

  tip(n: GraphNode): string {
    const t = TEXT[this.opts.lang];
    const counts =
      n.params || n.macs
        ? `; ${group3(n.params)} ${t.params1}; ${compactNumber(n.macs, this.opts.lang)} ${t.macs1}`
        : '';
    return `${n.name}: ${n.label} → ${formatShape(n.shape)}${counts}`;
  }

  // ---- measuring ------------------------------------------------------------------------------------------

  private readonly extents = new Map<object, Extent>();

  /** Width and half height of a layer's icon, or of a convolution's icon beside its pooling's. */
  iconPair(v: VisualLayer): { w: number; hh: number } {
    const a = ICONS[v.node.family];
    if (!v.pool) return { w: 2 * a.hw, hh: a.hh };
    const b = ICONS[v.pool.family];
    return { w: 2 * a.hw + 3 + 2 * b.hw, hh: Math.max(a.hh, b.hh) };
  }

  measure(v: Visual | VisualSeq): Extent {
    const cached = this.extents.get(v);
    if (cached) return cached;
    const extent = this.measureKind(v);
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
    }
  }

  private measureLayer(v: VisualLayer): Extent {
    const icon = this.iconPair(v);
    const lines = this.lines(v);
    const w = Math.ceil(Math.max(icon.w + 4, ...lines.map(textWidth), v.attached.length * MARK_STEP) + 2);
    return { w, up: icon.hh + 3 + lines.length * LINE, down: icon.hh + (v.attached.length ? 12 : 0) };
  }

  /** Extents laid side by side with GAP between them. */
  private sideBySide(extents: Extent[]): Extent {
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

  /** An icon (a `<use>` of the family's definition) centred at (x, y), with its tooltip. */
  icon(family: Family, cls: 'nt-n' | 'nt-m', x: number, y: number, tip: string): void {
    this.out.push(
      `<g class="${cls} nt-${family}" transform="translate(${r1(x)} ${r1(y)})"><title>${esc(tip)}</title><use href="#${this.opts.idPrefix}${family}"/></g>`,
    );
  }

  texts(lines: string[], x: number, top: number): void {
    lines.forEach((t, i) =>
      this.out.push(`<text class="nt-t" x="${r1(x)}" y="${r1(top + i * LINE)}">${esc(t)}</text>`),
    );
  }

  marks(attached: GraphNode[], cx: number, y: number): void {
    attached.forEach((a, i) =>
      this.icon(a.family, 'nt-m', cx + (i - (attached.length - 1) / 2) * MARK_STEP, y, `${a.name}: ${a.label}`),
    );
  }

  // ---- drawing items --------------------------------------------------------------------------------------

  /** Draws an item with its left edge at x and its anchor line at a. */
  draw(v: Visual | VisualSeq, x: number, a: number): void {
    switch (v.kind) {
      case 'seq':
        return this.drawSeq(v, x, a);
      case 'layer':
        return this.drawLayer(v, x, a);
      case 'parallel':
        return this.drawParallel(v, x, a);
      case 'residual':
        return this.drawResidual(v, x, a);
      case 'frame':
        return this.drawFrame(v, x, a);
    }
  }

  private drawSeq(v: VisualSeq, x: number, a: number): void {
    let cx = x;
    v.items.forEach((item, i) => {
      if (i > 0) {
        this.line(cx, a, cx + GAP);
        cx += GAP;
      }
      this.draw(item, cx, a);
      cx += this.measure(item).w;
    });
  }

  private drawLayer(v: VisualLayer, x: number, a: number): void {
    const box = this.measure(v);
    this.line(x, a, x + box.w);
    const icon = this.iconPair(v);
    const cx = x + box.w / 2;
    const lines = this.lines(v);
    this.texts(lines, cx, a - icon.hh - 3 - (lines.length - 1) * LINE);
    if (v.pool) {
      const ca = ICONS[v.node.family];
      const left = cx - icon.w / 2;
      this.icon(v.node.family, 'nt-n', left + ca.hw, a, this.tip(v.node));
      this.icon(v.pool.family, 'nt-n', left + 2 * ca.hw + 3 + ICONS[v.pool.family].hw, a, this.tip(v.pool));
    } else {
      this.icon(v.node.family, 'nt-n', cx, a, v.text ? `SE: ${this.tip(v.node)}` : this.tip(v.node));
    }
    this.marks(v.attached, cx, a + icon.hh + 7);
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
    if (v.split) this.icon('split', 'nt-n', x + 4, a, 'split');
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
    this.draw(v.side, x + FAN, a + rel);
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
    this.line(x, a, ix);
    v.runs.forEach((run, i) => {
      const b = this.measure(run.seq);
      if (i > 0) {
        this.line(ix, a, ix + GAP);
        ix += GAP;
      }
      this.draw(run.seq, ix, a);
      if (v.runs.length > 1 && run.count > 1) this.runBracket(ix, a - inner.up - 4, b.w, run.count);
      ix += b.w;
    });
    this.line(ix, a, x + box.w);
  }

  /** A bracket over a run inside a frame, marked with how many identical instances it stands for. */
  private runBracket(x: number, y: number, w: number, count: number): void {
    this.edges.push(`M${r1(x)} ${r1(y + 3)}V${r1(y)}H${r1(x + w)}V${r1(y + 3)}`);
    this.out.push(`<text class="nt-t" x="${r1(x + w / 2)}" y="${r1(y - 2)}">×${count}</text>`);
  }

  drawJoin(n: GraphNode, attached: GraphNode[], x: number, a: number, w: number): void {
    const icon = ICONS[n.family];
    const cx = x + w / 2;
    this.line(x, a, x + w);
    if (n.family === 'concat') this.texts([String(n.shape[0])], cx, a - icon.hh - 3);
    this.icon(n.family, 'nt-n', cx, a, this.tip(n));
    this.marks(attached, cx, a + icon.hh + 7);
  }

  // ---- the document ---------------------------------------------------------------------------------------

  /** Title and description for screen readers: the variant, the view, and the totals. */
  private titleAndDesc(): { title: string; desc: string } {
    const { lang, view } = this.opts;
    const t = TEXT[lang];
    const totals = sumNodes(this.graph.nodes);
    const layerCount = this.graph.nodes.filter((n) => n.family !== 'input' && n.family !== 'split').length;
    const name = this.graph.variant.name;
    const title = lang === 'en' ? `${name}: ${t.title} (${t[view]})` : `${name} ${t.title}（${t[view]}）`;
    const desc =
      lang === 'en'
        ? `${layerCount} ${t.layers}, ${group3(totals.params)} ${t.params}, ${compactNumber(totals.mult_adds, lang)} ${t.macs}; input ${formatShape(this.graph.input)}.`
        : `${layerCount} ${t.layers}，${group3(totals.params)} 个${t.params}，${compactNumber(totals.mult_adds, lang)}${t.macs}；输入 ${formatShape(this.graph.input)}。`;
    return { title, desc };
  }

  /** The icon families the drawing uses, in name order. */
  private usedFamilies(): Family[] {
    const { idPrefix } = this.opts;
    const used = new Set<Family>();
    const href = new RegExp(`href="#${idPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([a-z]+)"`, 'g');
    for (const m of this.out.join('').matchAll(href)) used.add(m[1] as Family);
    return [...used].sort();
  }

  /** The icon definitions, once each. */
  private iconDefs(families: Family[]): string {
    return families.map((f) => `<g id="${this.opts.idPrefix}${f}">${ICONS[f].body}</g>`).join('');
  }

  private document(width: number, height: number, strips: string[]): string {
    const { lang, view, idPrefix } = this.opts;
    const { title, desc } = this.titleAndDesc();
    const families = this.usedFamilies();
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" class="nt nt-${view}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${idPrefix}title ${idPrefix}desc" lang="${lang}">` +
      `<title id="${idPrefix}title">${esc(title)}</title><desc id="${idPrefix}desc">${esc(desc)}</desc>` +
      `<style>${styleSheet(families)}</style><defs>${this.iconDefs(families)}</defs>` +
      strips.join('') +
      `<path class="nt-e" d="${this.edges.join('')}"/>` +
      (this.skips.length ? `<path class="nt-s" d="${this.skips.join('')}"/>` : '') +
      this.out.join('') +
      '</svg>'
    );
  }
}

/** Default id prefix: unique per model, variant and view, so several diagrams can share a page. */
export function defaultIdPrefix(graph: Graph, view: RenderOptions['view']): string {
  return `nt-${graph.model}-${graph.variant.id}-${view[0]}-`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/** A standalone SVG document (xmlns, title, desc, viewBox, no scripts) for one graph in one view. */
export function renderArchitectureSvg(graph: Graph, options: RenderOptions): string {
  const opts: Required<RenderOptions> = {
    view: options.view,
    lang: options.lang,
    idPrefix: options.idPrefix ?? defaultIdPrefix(graph, options.view),
    maxWidth: options.maxWidth ?? DEFAULT_MAX_WIDTH,
  };
  return new Renderer(graph, opts).render();
}
