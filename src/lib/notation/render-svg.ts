/**
 * Draws a graph as a standalone SVG string in the atlas's one notation: a pure, deterministic function of the
 * graph and the options. Compact view merges conv+pool and shows a repeated block once with ×N; expanded view
 * shows every layer. Flow runs left to right, wrapping into rows; each row has a strip of feature-map sizes.
 */
import { nodesOf, sumNodes } from './count.ts';
import type { Graph, GraphNode, Struct } from './graph.ts';
import { ICONS, styleSheet } from './icons.ts';
import type { Locale } from '../i18n/locales.ts';
import { notationStrings } from '../i18n/strings/notation.ts';
import { escapeXml as esc, round1 as r1 } from '../svg.ts';
import { formatShape, type Family } from './layers.ts';

export interface RenderOptions {
  view: 'compact' | 'expanded';
  lang: Locale;
  /** Prefix for element ids, unique per diagram on a page; default derived from model, variant and view. */
  idPrefix?: string;
  /** Width at which the diagram wraps into a new row (default 1100). */
  maxWidth?: number;
}

type VLayer = { k: 'layer'; node: GraphNode; att: GraphNode[]; pool?: GraphNode; text?: string };
type VSeq = { k: 'seq'; items: V[] };
type VPar = { k: 'par'; branches: VSeq[]; join: GraphNode | null; att: GraphNode[]; split: boolean };
type VRes = { k: 'res'; main: VSeq; side: VSeq; sideAbove: boolean; join: GraphNode; att: GraphNode[] };
/** A repeated block in compact view: runs of identical instances, each drawn once (with ×N when repeated). */
type VFrame = { k: 'frame'; label: string; runs: { seq: VSeq; count: number }[]; last: GraphNode };
type V = VLayer | VPar | VRes | VFrame;

interface Box {
  w: number;
  up: number;
  down: number;
}

const ATTACHED = new Set<Family>(['norm', 'act', 'dropout', 'reshape']);
const CONVS = new Set<Family>(['conv', 'pwconv', 'dwconv', 'gconv']);
const GAP = 12;
const FAN = 16;
const VGAP = 10;
const LINE = 10;
const MARGIN = 12;
const STRIP = 14;

const group3 = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Width of a label at 9px: CJK characters are square, others about 0.58 em. */
const textWidth = (s: string): number =>
  [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/.test(ch) && ch !== '×' ? 9 : 5.3), 0);

function compactNumber(n: number, lang: Locale): string {
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

  // ---- structure → visual items ---------------------------------------------------------------------------

  items(structs: Struct[], out: V[] = []): V[] {
    const compact = this.opts.view === 'compact';
    for (const s of structs) {
      const last = out[out.length - 1];
      if (s.kind === 'layer') {
        const n = this.node(s.node);
        if (n.family === 'split') continue;
        if (
          ATTACHED.has(n.family) &&
          last &&
          (last.k === 'layer' || last.k === 'res' || (last.k === 'par' && last.join))
        ) {
          last.att.push(n);
        } else if (compact && n.family === 'pool' && last?.k === 'layer' && CONVS.has(last.node.family) && !last.pool) {
          last.pool = n;
        } else {
          out.push({ k: 'layer', node: n, att: [] });
        }
      } else if (s.kind === 'group') {
        this.items(s.items, out);
      } else if (s.kind === 'repeat') {
        if (compact && s.count > 1) {
          const ids = nodesOf(s);
          const runs: { seq: VSeq; count: number; sig: string }[] = [];
          for (const instance of s.instances) {
            const seq: VSeq = { k: 'seq', items: this.items(instance.items) };
            const sig = this.signature(seq);
            const last = runs[runs.length - 1];
            if (last && last.sig === sig) last.count++;
            else runs.push({ seq, count: 1, sig });
          }
          const total = runs.length === 1 ? ` ×${s.count}` : '';
          out.push({
            k: 'frame',
            label: s.label ? `${s.label}${total}` : total.trim(),
            runs,
            last: this.node(ids[ids.length - 1]!),
          });
        } else {
          for (const instance of s.instances) this.items(instance.items, out);
        }
      } else if (s.kind === 'parallel') {
        out.push({
          k: 'par',
          branches: s.branches.map((b) => ({ k: 'seq', items: this.items(b.items) })),
          join: s.join ? this.node(s.join) : null,
          att: [],
          split: s.branches.some((b) => b.items[0]?.kind === 'layer' && this.node(b.items[0].node).family === 'split'),
        });
      } else if (s.role === 'gate' && compact) {
        out.push({ k: 'layer', node: this.node(s.join), att: [], text: 'SE' });
      } else {
        const body: VSeq = { k: 'seq', items: this.items(s.body) };
        const shortcut: VSeq = { k: 'seq', items: this.items(s.shortcut) };
        const gate = s.role === 'gate';
        out.push({
          k: 'res',
          main: gate ? shortcut : body,
          side: gate ? body : shortcut,
          sideAbove: gate,
          join: this.node(s.join),
          att: [],
        });
      }
    }
    return out;
  }

  /** What a visual item looks like, to find identical repeated instances. */
  signature(v: V | VSeq): string {
    const n = (x: GraphNode) => `${x.family}:${x.label}:${x.shape[0]}`;
    switch (v.k) {
      case 'seq':
        return v.items.map((x) => this.signature(x)).join(',');
      case 'layer':
        return `L(${n(v.node)}${v.pool ? `+${n(v.pool)}` : ''}|${v.att.map(n).join(';')}|${v.text ?? ''})`;
      case 'par':
        return `P(${v.branches.map((b) => this.signature(b)).join('/')}|${v.join ? n(v.join) : ''})`;
      case 'res':
        return `R(${this.signature(v.main)}/${this.signature(v.side)}|${n(v.join)}|${v.att.map(n).join(';')})`;
      case 'frame':
        return `F(${v.label}|${v.runs.map((r) => `${r.count}*${this.signature(r.seq)}`).join('/')})`;
    }
  }

  lastNode(v: V): GraphNode {
    switch (v.k) {
      case 'layer':
        return v.att.findLast((a) => a.family === 'reshape' || a.type === 'mfm') ?? v.pool ?? v.node;
      case 'par':
        return v.join ?? this.lastNode(v.branches[0]!.items[v.branches[0]!.items.length - 1]!);
      case 'res':
        return v.join;
      case 'frame':
        return v.last;
    }
  }

  // ---- labels ---------------------------------------------------------------------------------------------

  lines(v: VLayer): string[] {
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
        return [notationStrings(this.opts.lang).inputLabel, c];
      case 'concat':
        return [c];
      case 'shuffle':
        return [n.label.replace('shuffle ', '')];
      default:
        return [];
    }
  }

  tip(n: GraphNode): string {
    const t = notationStrings(this.opts.lang);
    const counts =
      n.params || n.macs
        ? `; ${group3(n.params)} ${t.tipParams}; ${compactNumber(n.macs, this.opts.lang)} ${t.tipMultAdds}`
        : '';
    return `${n.name}: ${n.label} → ${formatShape(n.shape)}${counts}`;
  }

  // ---- measuring ------------------------------------------------------------------------------------------

  private readonly boxes = new Map<object, Box>();

  iconPair(v: VLayer): { w: number; hh: number } {
    const a = ICONS[v.node.family];
    if (!v.pool) return { w: 2 * a.hw, hh: a.hh };
    const b = ICONS[v.pool.family];
    return { w: 2 * a.hw + 3 + 2 * b.hw, hh: Math.max(a.hh, b.hh) };
  }

  measure(v: V | VSeq): Box {
    const cached = this.boxes.get(v);
    if (cached) return cached;
    let box: Box;
    switch (v.k) {
      case 'layer': {
        const icon = this.iconPair(v);
        const lines = this.lines(v);
        const w = Math.ceil(Math.max(icon.w + 4, ...lines.map(textWidth), v.att.length * 10) + 2);
        box = { w, up: icon.hh + 3 + lines.length * LINE, down: icon.hh + (v.att.length ? 12 : 0) };
        break;
      }
      case 'seq': {
        const bs = v.items.map((x) => this.measure(x));
        box = {
          w: bs.reduce((s, b) => s + b.w, 0) + GAP * Math.max(0, bs.length - 1),
          up: Math.max(0, ...bs.map((b) => b.up)),
          down: Math.max(0, ...bs.map((b) => b.down)),
        };
        break;
      }
      case 'par': {
        const { offsets, boxes } = this.stack(v.branches);
        const join = v.join
          ? this.joinBox(v.join, v.att, v.join.family === 'concat' ? [String(v.join.shape[0])] : [])
          : { w: 6, up: 0, down: 0 };
        box = {
          w: FAN + Math.max(...boxes.map((b) => b.w)) + FAN + join.w,
          up: Math.max(join.up, ...boxes.map((b, i) => b.up - offsets[i]!)),
          down: Math.max(join.down, ...boxes.map((b, i) => b.down + offsets[i]!)),
        };
        break;
      }
      case 'res': {
        const m = this.measure(v.main);
        const s = this.measure(v.side);
        const join = this.joinBox(v.join, v.att, v.join.family === 'concat' ? [String(v.join.shape[0])] : []);
        if (v.side.items.length === 0) {
          box = { w: 8 + m.w + 8 + join.w, up: Math.max(m.up + 8, join.up), down: Math.max(m.down, join.down) };
        } else {
          const rel = this.sideOffset(v);
          box = {
            w: FAN + Math.max(m.w, s.w) + FAN + join.w,
            up: Math.max(m.up, s.up - rel, join.up),
            down: Math.max(m.down, s.down + rel, join.down),
          };
        }
        break;
      }
      case 'frame': {
        const inner = this.frameInner(v);
        const bracket = v.runs.length > 1 && v.runs.some((r) => r.count > 1) ? 12 : 0;
        box = {
          w: Math.ceil(Math.max(inner.w + 28, textWidth(v.label) + 12)),
          up: inner.up + 18 + bracket,
          down: inner.down + 6,
        };
        break;
      }
    }
    this.boxes.set(v, box);
    return box;
  }

  /** The runs of a frame laid side by side. */
  frameInner(v: VFrame): Box {
    const bs = v.runs.map((r) => this.measure(r.seq));
    return {
      w: bs.reduce((s, b) => s + b.w, 0) + GAP * (bs.length - 1),
      up: Math.max(...bs.map((b) => b.up)),
      down: Math.max(...bs.map((b) => b.down)),
    };
  }

  joinBox(n: GraphNode, att: GraphNode[], lines: string[]): Box {
    const icon = ICONS[n.family];
    return {
      w: Math.ceil(Math.max(2 * icon.hw + 4, ...lines.map(textWidth), att.length * 10)),
      up: icon.hh + 3 + lines.length * LINE,
      down: icon.hh + (att.length ? 12 : 0),
    };
  }

  /** Vertical offsets of stacked branches from the block's anchor line (centred between first and last). */
  stack(branches: VSeq[]): { offsets: number[]; boxes: Box[] } {
    const boxes = branches.map((b) => {
      const m = this.measure(b);
      return b.items.length ? m : { w: 0, up: 4, down: 4 };
    });
    const anchors: number[] = [];
    let y = 0;
    boxes.forEach((b, i) => {
      if (i > 0) y += boxes[i - 1]!.down + VGAP + b.up;
      anchors.push(y);
    });
    const mid = (anchors[0]! + anchors[anchors.length - 1]!) / 2;
    return { offsets: anchors.map((a) => a - mid), boxes };
  }

  sideOffset(v: VRes): number {
    const m = this.measure(v.main);
    const s = this.measure(v.side);
    return v.sideAbove ? -(Math.max(m.up, 8) + VGAP + s.down) : Math.max(m.down, 8) + VGAP + s.up;
  }

  // ---- drawing --------------------------------------------------------------------------------------------

  line(x1: number, y: number, x2: number): void {
    if (x2 > x1) this.edges.push(`M${r1(x1)} ${r1(y)}H${r1(x2)}`);
  }

  curve(x1: number, y1: number, x2: number, y2: number): void {
    if (y1 === y2) return this.line(x1, y1, x2);
    const mx = (x1 + x2) / 2;
    this.edges.push(`M${r1(x1)} ${r1(y1)}C${r1(mx)} ${r1(y1)} ${r1(mx)} ${r1(y2)} ${r1(x2)} ${r1(y2)}`);
  }

  use(family: Family, cls: 'nt-n' | 'nt-m', x: number, y: number, tip: string, extra = ''): void {
    this.out.push(
      `<g class="${cls} nt-${family}" transform="translate(${r1(x)} ${r1(y)})"><title>${esc(tip)}</title><use href="#${this.opts.idPrefix}${family}"/>${extra}</g>`,
    );
  }

  texts(lines: string[], x: number, top: number): void {
    lines.forEach((t, i) =>
      this.out.push(`<text class="nt-t" x="${r1(x)}" y="${r1(top + i * LINE)}">${esc(t)}</text>`),
    );
  }

  marks(att: GraphNode[], cx: number, y: number): void {
    att.forEach((a, i) => this.use(a.family, 'nt-m', cx + (i - (att.length - 1) / 2) * 10, y, `${a.name}: ${a.label}`));
  }

  draw(v: V | VSeq, x: number, a: number): void {
    const box = this.measure(v);
    switch (v.k) {
      case 'seq': {
        let cx = x;
        v.items.forEach((item, i) => {
          if (i > 0) {
            this.line(cx, a, cx + GAP);
            cx += GAP;
          }
          this.draw(item, cx, a);
          cx += this.measure(item).w;
        });
        break;
      }
      case 'layer': {
        this.line(x, a, x + box.w);
        const icon = this.iconPair(v);
        const cx = x + box.w / 2;
        const lines = this.lines(v);
        this.texts(lines, cx, a - icon.hh - 3 - (lines.length - 1) * LINE);
        if (v.pool) {
          const ca = ICONS[v.node.family];
          const left = cx - icon.w / 2;
          this.use(v.node.family, 'nt-n', left + ca.hw, a, this.tip(v.node));
          this.use(v.pool.family, 'nt-n', left + 2 * ca.hw + 3 + ICONS[v.pool.family].hw, a, this.tip(v.pool));
        } else {
          this.use(v.node.family, 'nt-n', cx, a, v.text ? `SE: ${this.tip(v.node)}` : this.tip(v.node));
        }
        this.marks(v.att, cx, a + icon.hh + 7);
        break;
      }
      case 'par': {
        const { offsets, boxes } = this.stack(v.branches);
        const inner = Math.max(...boxes.map((b) => b.w));
        const x1 = x + FAN;
        const x2 = x1 + inner;
        v.branches.forEach((b, i) => {
          const y = a + offsets[i]!;
          this.curve(x, a, x1, y);
          this.draw(b, x1, y);
          if (v.join) {
            this.line(x1 + boxes[i]!.w, y, x2);
            this.curve(x2, y, x2 + FAN, a);
          } else {
            this.line(x1 + boxes[i]!.w, y, x2 + 6);
          }
        });
        if (v.split) this.use('split', 'nt-n', x + 4, a, 'split');
        if (v.join) this.drawJoin(v.join, v.att, x2 + FAN, a, box.w - (x2 + FAN - x));
        break;
      }
      case 'res': {
        const m = this.measure(v.main);
        const jw = box.w - (v.side.items.length === 0 ? 16 + m.w : 2 * FAN + Math.max(m.w, this.measure(v.side).w));
        const jx = x + box.w - jw;
        const icon = ICONS[v.join.family];
        if (v.side.items.length === 0) {
          this.line(x, a, x + 8);
          this.draw(v.main, x + 8, a);
          this.line(x + 8 + m.w, a, jx);
          const top = a - m.up - 6;
          const jc = jx + jw / 2;
          this.skips.push(
            `M${r1(x + 2)} ${r1(a)}V${r1(top + 4)}Q${r1(x + 2)} ${r1(top)} ${r1(x + 6)} ${r1(top)}H${r1(jc - 4)}Q${r1(jc)} ${r1(top)} ${r1(jc)} ${r1(top + 4)}V${r1(a - icon.hh)}`,
          );
        } else {
          const rel = this.sideOffset(v);
          const s = this.measure(v.side);
          const inner = Math.max(m.w, s.w);
          this.line(x, a, x + FAN);
          this.draw(v.main, x + FAN, a);
          this.line(x + FAN + m.w, a, jx);
          this.curve(x, a, x + FAN, a + rel);
          this.draw(v.side, x + FAN, a + rel);
          this.line(x + FAN + s.w, a + rel, x + FAN + inner);
          this.curve(x + FAN + inner, a + rel, jx + jw / 2 - icon.hw, a);
        }
        this.drawJoin(v.join, v.att, jx, a, jw);
        break;
      }
      case 'frame': {
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
          if (v.runs.length > 1 && run.count > 1) {
            // A bracket over the run, marked with how many identical instances it stands for.
            const y = a - inner.up - 4;
            this.edges.push(`M${r1(ix)} ${r1(y + 3)}V${r1(y)}H${r1(ix + b.w)}V${r1(y + 3)}`);
            this.out.push(`<text class="nt-t" x="${r1(ix + b.w / 2)}" y="${r1(y - 2)}">×${run.count}</text>`);
          }
          ix += b.w;
        });
        this.line(ix, a, x + box.w);
        break;
      }
    }
  }

  drawJoin(n: GraphNode, att: GraphNode[], x: number, a: number, w: number): void {
    const icon = ICONS[n.family];
    const cx = x + w / 2;
    this.line(x, a, x + w);
    if (n.family === 'concat') this.texts([String(n.shape[0])], cx, a - icon.hh - 3);
    this.use(n.family, 'nt-n', cx, a, this.tip(n));
    this.marks(att, cx, a + icon.hh + 7);
  }

  // ---- rows, strip and document ---------------------------------------------------------------------------

  render(): string {
    const { lang, view, idPrefix } = this.opts;
    const t = notationStrings(lang);
    const atoms = this.items(this.graph.root);
    // Greedy wrapping of top-level items into rows.
    const rows: V[][] = [[]];
    let width = 0;
    for (const atom of atoms) {
      const w = this.measure(atom).w;
      const row = rows[rows.length - 1]!;
      if (row.length && width + GAP + w > this.opts.maxWidth) {
        rows.push([atom]);
        width = w;
      } else {
        row.push(atom);
        width += (row.length > 1 ? GAP : 0) + w;
      }
    }
    const x0 = MARGIN + 10;
    let top = MARGIN;
    let maxRight = 0;
    let previousSize = '';
    const strips: string[] = [];
    let previousEnd: { x: number; a: number; bottom: number } | null = null;
    for (const row of rows) {
      const seq: VSeq = { k: 'seq', items: row };
      const box = this.measure(seq);
      const a = top + box.up;
      if (previousEnd) {
        const mid = previousEnd.bottom + 5;
        this.edges.push(
          `M${r1(previousEnd.x)} ${r1(previousEnd.a)}H${r1(previousEnd.x + 8)}V${r1(mid)}H${r1(x0 - 8)}V${r1(a)}H${r1(x0)}`,
        );
      }
      this.draw(seq, x0, a);
      // Strip of feature-map sizes: one band per run of items with the same output size.
      const stripY = a + box.down + 6;
      let cx = x0;
      let runStart = x0;
      row.forEach((item, i) => {
        const w = this.measure(item).w;
        const shape = this.lastNode(item).shape;
        const size = shape.length === 3 ? `${shape[1]}×${shape[2]}` : String(shape[0]);
        const next = row[i + 1];
        const nextShape = next ? this.lastNode(next).shape : null;
        const nextSize = nextShape
          ? nextShape.length === 3
            ? `${nextShape[1]}×${nextShape[2]}`
            : String(nextShape[0])
          : null;
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
      maxRight = Math.max(maxRight, x0 + box.w);
      previousEnd = { x: x0 + box.w, a, bottom: stripY + STRIP };
      top = stripY + STRIP + 12;
    }
    const totalW = Math.ceil(maxRight + 10 + MARGIN);
    const totalH = Math.ceil(top - 12 + MARGIN);
    const totals = sumNodes(this.graph.nodes);
    const layerCount = this.graph.nodes.filter((n) => n.family !== 'input' && n.family !== 'split').length;
    const name = this.graph.variant.name;
    const title = t.diagramTitle(name, view);
    const counts = { params: group3(totals.params), multAdds: compactNumber(totals.mult_adds, lang) };
    const desc = t.diagramSummary({ layers: layerCount, ...counts, input: formatShape(this.graph.input) });
    const used = new Set<Family>();
    for (const m of this.out
      .join('')
      .matchAll(new RegExp(`href="#${idPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([a-z]+)"`, 'g')))
      used.add(m[1] as Family);
    const defs = [...used]
      .sort()
      .map((f) => `<g id="${idPrefix}${f}">${ICONS[f].body}</g>`)
      .join('');
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" class="nt nt-${view}" viewBox="0 0 ${totalW} ${totalH}" width="${totalW}" height="${totalH}" role="img" aria-labelledby="${idPrefix}title ${idPrefix}desc" lang="${lang}">` +
      `<title id="${idPrefix}title">${esc(title)}</title><desc id="${idPrefix}desc">${esc(desc)}</desc>` +
      `<style>${styleSheet()}</style><defs>${defs}</defs>` +
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
    maxWidth: options.maxWidth ?? 1100,
  };
  return new Renderer(graph, opts).render();
}
