/**
 * From the graph's tree of structures to the items a diagram draws. Normalisations, activations, dropout and
 * flatten become marks under the layer they follow; the compact view merges a convolution with the pooling
 * after it, collapses identical repeated instances into one (×N), draws a squeeze-and-excitation block as its
 * gate, a backbone taken from another spec as one box and an hourglass as one icon. Every item keeps the tensors
 * it reads besides the previous item's output (its links), for the drawing of skips and named inputs.
 */
import { nodesOf } from '../count.ts';
import type {
  Graph,
  GraphNode,
  GroupStruct,
  HeadStruct,
  Link,
  ParallelStruct,
  RepeatStruct,
  ResidualStruct,
  Struct,
} from '../graph.ts';
import type { Family } from '../layers/index.ts';
import { notationStrings } from '../../i18n/strings/notation.ts';
import { inEvery, type Said } from './words.ts';

/** A tensor an item reads besides the previous item's output. */
export interface VisualLink {
  from: GraphNode;
  name: string;
  /** Read through an attribute (a style, pooling indices): its line is dashed. */
  attr?: boolean;
}

interface Wired {
  links: VisualLink[];
  /** The item does not read the previous item's output: no line comes into it. */
  detached?: boolean;
  /** A line of text above the item, saying where the items from here come from (a backbone's spec). */
  caption?: string;
}

/** One layer (with the marks of the layers it absorbs and, in compact view, the pooling after it). */
export interface VisualLayer extends Wired {
  kind: 'layer';
  node: GraphNode;
  /** Normalisation, activation, dropout and flatten drawn as small marks under it. */
  attached: GraphNode[];
  pool?: GraphNode;
  /** Replaces the label (a compact SE block is drawn as its gate, labelled SE). */
  text?: string;
  /** Replaces the icon and the label (a compact hourglass). */
  icon?: Family;
  lines?: Said[];
  /** Every node the item stands for, when it stands for more than its own (a compact hourglass). */
  nodes?: string[];
}
export interface VisualSeq {
  kind: 'seq';
  items: Visual[];
}
export interface VisualParallel extends Wired {
  kind: 'parallel';
  branches: VisualSeq[];
  join: GraphNode | null;
  attached: GraphNode[];
  /** The branches start from slices of the input (a channel split). */
  split: boolean;
}
export interface VisualResidual extends Wired {
  kind: 'residual';
  /** The path drawn on the anchor line, and the one beside it (below; above for a gate). */
  main: VisualSeq;
  side: VisualSeq;
  sideAbove: boolean;
  join: GraphNode;
  attached: GraphNode[];
}
/**
 * A labelled frame: a repeated block in compact view (runs of identical instances, each drawn once, with ×N
 * when repeated), a part (ASPP, FPN …) or a backbone from another spec in expanded view.
 */
export interface VisualFrame extends Wired {
  kind: 'frame';
  label: string;
  /** Consecutive identical instances drawn once, with every node of those instances. */
  runs: { seq: VisualSeq; count: number; nodes: string[] }[];
  last: GraphNode;
  /** Every node inside, drawn or standing behind a ×N. */
  nodes: string[];
}
/** A side output: a branch that leaves the flow for an output; the flow passes by unchanged. */
export interface VisualHead extends Wired {
  kind: 'head';
  seq: VisualSeq;
  /** Trained with a loss of its own. */
  loss: boolean;
  /** The tensor that flows past. */
  through: GraphNode;
}
/** One item of a cell: what it draws, the nodes whose outputs it reads, and its output. */
export interface CellItem {
  seq: VisualSeq;
  reads: string[];
  out: string;
  nodes: string[];
}
/** A cell whose items read named tensors, drawn as a small left-to-right graph. */
export interface VisualCell extends Wired {
  kind: 'cell';
  label: string;
  items: CellItem[];
  /** The node the cell reads through the flow (its main input). */
  input: string;
  last: GraphNode;
  nodes: string[];
}
/** A backbone taken from another model's spec, in compact view: one box naming it. */
export interface VisualRef extends Wired {
  kind: 'ref';
  title: string;
  sub: string;
  last: GraphNode;
  nodes: string[];
}
export type Visual = VisualLayer | VisualParallel | VisualResidual | VisualFrame | VisualHead | VisualCell | VisualRef;

const ATTACHED = new Set<Family>(['norm', 'inorm', 'adain', 'cbn', 'noise', 'act', 'dropout', 'reshape']);
const CONVS = new Set<Family>(['conv', 'dilconv', 'pwconv', 'dwconv', 'gconv', 'local']);
/** What the compact view calls a part in a frame's label. */
const PART_LABELS: Record<string, string> = {
  aspp: 'ASPP',
  ppm: 'pyramid pooling',
  spp: 'SPP',
  rpn: 'RPN',
  fpn: 'FPN',
  hourglass: 'hourglass',
};

export class Visualiser {
  private readonly byId: Map<string, GraphNode>;
  private readonly compact: boolean;

  constructor(graph: Graph, view: 'compact' | 'expanded') {
    this.byId = new Map(graph.nodes.map((n) => [n.id, n]));
    this.compact = view === 'compact';
  }

  node(id: string): GraphNode {
    return this.byId.get(id)!;
  }

  visuals(structs: Struct[], out: Visual[] = []): Visual[] {
    for (const s of structs) {
      const start = out.length;
      switch (s.kind) {
        case 'layer':
          this.addLayer(this.node(s.node), out);
          break;
        case 'group':
          this.addGroup(s, out);
          break;
        case 'repeat':
          if (this.compact && s.count > 1) out.push(this.frame(s));
          else for (const instance of s.instances) this.addInstance(instance, out);
          break;
        case 'parallel':
          out.push(this.parallelVisual(s));
          break;
        case 'residual':
          out.push(this.residualVisual(s));
          break;
        case 'head':
          out.push(this.headVisual(s, out));
          break;
      }
      this.wire(s, out, start);
    }
    return out;
  }

  /**
   * Gives the first item a structure drew the structure's links (and says when it reads no previous output);
   * a link that an item inside draws itself (a block's skip read by its concatenation) is left to that item.
   */
  private wire(s: Struct, out: Visual[], start: number): void {
    // A layer drawn as a mark of the item before it (AdaIN under its convolution) hands its links to that item.
    const first = out[start] ?? (s.kind === 'layer' ? out[start - 1] : undefined);
    if (!first) return;
    const inside = nestedLinks(s);
    const own = (s.links ?? []).filter((l) => !inside.has(l.node));
    if (own.length) first.links = [...first.links, ...own.map((l) => this.link(l))];
    if (s.detached) first.detached = true;
  }

  private link(l: Link): VisualLink {
    return l.attr ? { from: this.node(l.node), name: l.name, attr: true } : { from: this.node(l.node), name: l.name };
  }

  /** A layer joins the previous item as a mark, merges with a convolution as its pooling, or stands alone. */
  private addLayer(n: GraphNode, out: Visual[]): void {
    if (n.family === 'split') return;
    const last = out[out.length - 1];
    if (
      ATTACHED.has(n.family) &&
      // A maxout is an activation with weights of its own: a layer, not a mark.
      n.type !== 'maxout' &&
      last &&
      (last.kind === 'layer' || last.kind === 'residual' || (last.kind === 'parallel' && last.join))
    ) {
      last.attached.push(n);
    } else if (
      this.compact &&
      n.family === 'pool' &&
      last?.kind === 'layer' &&
      CONVS.has(last.node.family) &&
      !last.pool &&
      !last.icon
    ) {
      last.pool = n;
    } else {
      out.push({ kind: 'layer', node: n, attached: n.attrs.sn ? [this.spectralMark(n)] : [], links: [] });
    }
  }

  /** Spectral normalisation is drawn as a mark of the layer it normalises. */
  private spectralMark(n: GraphNode): GraphNode {
    return { ...n, family: 'spectral', name: `${n.name} (spectral norm)`, label: 'SN', params: 0, macs: 0 };
  }

  private addInstance(instance: GroupStruct, out: Visual[]): void {
    const start = out.length;
    this.addGroup(instance, out);
    this.wire(instance, out, start);
  }

  /** A group is drawn as its items, unless it is a cell, a part or a backbone with a drawing of its own. */
  private addGroup(s: GroupStruct, out: Visual[]): void {
    if (s.reference && this.compact) out.push(this.refVisual(s));
    else if (s.reference) this.captioned(s, out);
    else if (s.layout === 'dag') out.push(this.cellVisual(s));
    else if (s.part === 'hourglass' && this.compact) out.push(this.hourglassVisual(s));
    else if (s.part) out.push(this.labelled(s, PART_LABELS[s.part]!));
    else this.visuals(s.items, out);
  }

  /**
   * A backbone in expanded view: its items in the flow (so that its rows wrap like any others), the first one
   * captioned with where they come from.
   */
  private captioned(s: GroupStruct, out: Visual[]): void {
    const start = out.length;
    this.visuals(s.items, out);
    const first = out[start];
    const r = s.reference!;
    if (first) first.caption = `${r.name} (${r.model})${r.until ? ` → ${r.until}` : ''}`;
  }

  /** A group in a frame of its own, labelled. */
  private labelled(s: GroupStruct, label: string): VisualFrame {
    const ids = nodesOf(s);
    return {
      kind: 'frame',
      label,
      runs: [{ seq: { kind: 'seq', items: this.visuals(s.items) }, count: 1, nodes: ids }],
      last: this.node(ids[ids.length - 1]!),
      nodes: ids,
      links: [],
    };
  }

  private refVisual(s: GroupStruct): VisualRef {
    const ids = nodesOf(s);
    const r = s.reference!;
    return {
      kind: 'ref',
      title: r.name,
      sub: `${r.model}${r.until ? ` → ${r.until}` : ''}`,
      last: this.node(ids[ids.length - 1]!),
      nodes: ids,
      links: [],
    };
  }

  /** A compact hourglass: one icon labelled with its depth, standing for every node inside. */
  private hourglassVisual(s: GroupStruct): VisualLayer {
    const ids = nodesOf(s);
    const last = this.node(ids[ids.length - 1]!);
    let depth = 0;
    for (let p: Struct | undefined = s.items[0]; p?.kind === 'parallel'; depth++) {
      p = p.branches[1]?.items.find((x) => x.kind === 'parallel');
    }
    return {
      kind: 'layer',
      node: last,
      attached: [],
      icon: 'hourglass',
      lines: [inEvery((lang) => notationStrings(lang).hourglassLevels(depth)), String(last.shape[0])],
      nodes: ids,
      links: [],
    };
  }

  /** A compact repeat: consecutive identical instances become one run, drawn once. */
  private frame(s: RepeatStruct): VisualFrame {
    const ids = nodesOf(s);
    const inside = new Set(ids);
    const runs: { seq: VisualSeq; count: number; sig: string; nodes: string[] }[] = [];
    for (const instance of s.instances) {
      const seq: VisualSeq = { kind: 'seq', items: this.visuals(instance.items) };
      const sig = signature(seq);
      const last = runs[runs.length - 1];
      if (last && last.sig === sig) {
        last.count++;
        last.nodes.push(...nodesOf(instance));
      } else runs.push({ seq, count: 1, sig, nodes: nodesOf(instance) });
    }
    const total = runs.length === 1 ? ` ×${s.count}` : '';
    const first = s.instances[0];
    return {
      kind: 'frame',
      label: s.label ? `${s.label}${total}` : total.trim(),
      runs,
      last: this.node(ids[ids.length - 1]!),
      nodes: ids,
      // Links of the first instance from outside the repeat, unless an item inside draws them itself.
      links: (first?.links ?? [])
        .filter((l) => !inside.has(l.node) && !(first && nestedLinks(first).has(l.node)))
        .map((l) => this.link(l)),
      ...(first?.detached ? { detached: true } : {}),
    };
  }

  private parallelVisual(s: ParallelStruct): VisualParallel {
    return {
      kind: 'parallel',
      branches: s.branches.map((b) => ({ kind: 'seq', items: this.visuals(b.items) })),
      join: s.join ? this.node(s.join) : null,
      attached: [],
      split: s.branches.some((b) => b.items[0]?.kind === 'layer' && this.node(b.items[0].node).family === 'split'),
      links: [],
    };
  }

  /** A residual; a gate (SE) draws its body above, and in compact view is just its product, labelled SE. */
  private residualVisual(s: ResidualStruct): Visual {
    if (s.role === 'gate' && this.compact)
      return { kind: 'layer', node: this.node(s.join), attached: [], text: 'SE', links: [] };
    const body: VisualSeq = { kind: 'seq', items: this.visuals(s.body) };
    const shortcut: VisualSeq = { kind: 'seq', items: this.visuals(s.shortcut) };
    const above = s.role === 'gate' || s.role === 'transform';
    return {
      kind: 'residual',
      main: above ? shortcut : body,
      side: above ? body : shortcut,
      sideAbove: above,
      join: this.node(s.join),
      attached: [],
      links: [],
    };
  }

  private headVisual(s: HeadStruct, before: Visual[]): VisualHead {
    const previous = before[before.length - 1];
    return {
      kind: 'head',
      seq: { kind: 'seq', items: this.visuals(s.items) },
      loss: s.loss,
      through: previous ? lastNode(previous) : this.node('n0'),
      links: [],
    };
  }

  /**
   * One operation of a compact cell, as the paper's figures draw them: a block of several layers (a stacked
   * separable convolution, a factorised reduction) as one icon, labelled with the block and its first kernel.
   */
  private operation(item: Struct, nodes: string[]): VisualLayer {
    const all = nodes.map((id) => this.node(id));
    const first = all.find((n) => WEIGHTED.has(n.family)) ?? all[0]!;
    const last = all[all.length - 1]!;
    const name = item.kind === 'group' ? (item.block ?? item.name.split('.').pop()!) : first.type;
    const input = this.node(all[0]!.inputs[0] ?? all[0]!.id).shape;
    const factor = input.length === 3 && last.shape.length === 3 ? Math.round(input[1]! / last.shape[1]!) : 1;
    const kernel = first.label.replace(/ \/\d+(×\d+)?| (dw|g\d+)/g, '') + (factor > 1 ? ` /${factor}` : '');
    return {
      kind: 'layer',
      node: last,
      attached: [],
      icon: first.family,
      lines: [`${name} ${kernel}`, String(last.shape[0])],
      nodes,
      links: [],
    };
  }

  /** A cell: each item drawn on its own, with the nodes it reads, for the cell's small graph. */
  private cellVisual(s: GroupStruct): VisualCell {
    const ids = nodesOf(s);
    const items: CellItem[] = [];
    for (const item of s.items) {
      const nodes = nodesOf(item);
      if (nodes.length === 0) continue;
      const inside = new Set(nodes);
      const reads = new Set<string>();
      for (const id of nodes) for (const input of this.node(id).inputs) if (!inside.has(input)) reads.add(input);
      const drawn = this.visuals([{ ...item, links: undefined, detached: undefined }]);
      const seq: VisualSeq = {
        kind: 'seq',
        items: this.compact && drawn.length > 1 ? [this.operation(item, nodes)] : drawn,
      };
      items.push({ seq, reads: [...reads], out: nodes[nodes.length - 1]!, nodes });
    }
    const first = this.node(ids[0]!);
    return {
      kind: 'cell',
      label: s.part ? PART_LABELS[s.part]! : (s.block ?? ''),
      items,
      input: first.inputs[0] ?? first.id,
      last: this.node(ids[ids.length - 1]!),
      nodes: ids,
      links: [],
    };
  }
}

/** Nodes read by links of the structures inside `s` (not looking into cells, which draw their own). */
function nestedLinks(s: Struct, top = true): Set<string> {
  const found = new Set<string>();
  if (!top) for (const l of s.links ?? []) found.add(l.node);
  if (s.kind === 'group' && s.layout === 'dag' && !top) return found;
  const children: Struct[] =
    s.kind === 'layer'
      ? []
      : s.kind === 'group' || s.kind === 'head'
        ? s.items
        : s.kind === 'repeat'
          ? s.instances
          : s.kind === 'parallel'
            ? s.branches.flatMap((b) => b.items)
            : [...s.body, ...s.shortcut];
  for (const child of children) for (const node of nestedLinks(child, false)) found.add(node);
  return found;
}

/** Families with weights, whose first node names an operation of a compact cell. */
const WEIGHTED = new Set<Family>(['conv', 'dilconv', 'pwconv', 'dwconv', 'gconv', 'local', 'deconv', 'fc']);

/** What a visual item looks like, to find identical repeated instances. */
export function signature(v: Visual | VisualSeq): string {
  const n = (x: GraphNode) => `${x.family}:${x.label}:${x.shape[0]}`;
  switch (v.kind) {
    case 'seq':
      return v.items.map(signature).join(',');
    case 'layer':
      return `L(${n(v.node)}${v.pool ? `+${n(v.pool)}` : ''}|${v.attached.map(n).join(';')}|${v.text ?? ''}${v.icon ?? ''})`;
    case 'parallel':
      return `P(${v.branches.map(signature).join('/')}|${v.join ? n(v.join) : ''})`;
    case 'residual':
      return `R(${signature(v.main)}/${signature(v.side)}|${n(v.join)}|${v.attached.map(n).join(';')})`;
    case 'frame':
      return `F(${v.label}|${v.runs.map((r) => `${r.count}*${signature(r.seq)}`).join('/')})`;
    case 'head':
      return `H(${signature(v.seq)}|${v.loss})`;
    case 'cell':
      return `C(${v.items.map((i) => signature(i.seq)).join('/')})`;
    case 'ref':
      return `B(${v.title}|${v.sub})`;
  }
}

/** The node whose output leaves a visual item (for the size strip). */
export function lastNode(v: Visual): GraphNode {
  switch (v.kind) {
    case 'layer':
      return v.attached.findLast((a) => a.family === 'reshape' || a.type === 'mfm') ?? v.pool ?? v.node;
    case 'parallel':
      return v.join ?? lastNode(v.branches[0]!.items[v.branches[0]!.items.length - 1]!);
    case 'residual':
      return v.join;
    case 'head':
      return v.through;
    case 'frame':
    case 'cell':
    case 'ref':
      return v.last;
  }
}
