/**
 * Totals of a graph: parameters, buffers and multiply-adds per layer, per structure (block, repeat, branch
 * group, residual unit) and for the whole network.
 */
import type { Graph, GraphNode, Struct } from './graph.ts';
import { formatShape } from './layers.ts';

export interface Totals {
  /** Trained parameters: weights, biases, BN γ and β (what torchvision's num_params counts). */
  params: number;
  /** Not trained, not in params: BN running mean and variance, fixed prototypes. */
  buffers: number;
  /** Multiply-accumulates of convolution and fully connected layers for one input. */
  mult_adds: number;
}

export interface LayerRow extends Totals {
  id: string;
  name: string;
  type: string;
  family: GraphNode['family'];
  label: string;
  /** `64×56×56` or `1000`. */
  output: string;
  shape: readonly number[];
  /** Nesting depth in the structure tree (0 at the top level), for indenting tables. */
  depth: number;
}

export interface BlockRow extends Totals {
  id: string;
  name: string;
  kind: Exclude<Struct['kind'], 'layer'>;
  block?: string;
  count?: number;
  depth: number;
  /** Output shape of the structure's last node. */
  output: string;
}

export interface Summary {
  totals: Totals;
  layers: LayerRow[];
  blocks: BlockRow[];
}

/** Node ids inside a structure, in order. */
export function nodesOf(struct: Struct): string[] {
  switch (struct.kind) {
    case 'layer':
      return [struct.node];
    case 'group':
      return struct.items.flatMap(nodesOf);
    case 'repeat':
      return struct.instances.flatMap(nodesOf);
    case 'parallel':
      return [...struct.branches.flatMap((b) => b.items.flatMap(nodesOf)), ...(struct.join ? [struct.join] : [])];
    case 'residual':
      return [...struct.body.flatMap(nodesOf), ...struct.shortcut.flatMap(nodesOf), struct.join];
  }
}

/** Parameters, buffers and multiply-adds of a set of nodes, added up. */
export function sumNodes(nodes: Iterable<GraphNode>): Totals {
  const t: Totals = { params: 0, buffers: 0, mult_adds: 0 };
  for (const n of nodes) {
    t.params += n.params;
    t.buffers += n.buffers;
    t.mult_adds += n.macs;
  }
  return t;
}

/** A whole graph's totals: the sum over its nodes. */
export function totals(graph: Graph): Totals {
  return sumNodes(graph.nodes);
}

/** Per-layer and per-structure rows, in spec order, with the network's totals. */
export function summarize(graph: Graph): Summary {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const layers: LayerRow[] = [];
  const blocks: BlockRow[] = [];
  const seen = new Set<string>();
  const layerRow = (id: string, depth: number) => {
    if (seen.has(id)) return;
    seen.add(id);
    const n = byId.get(id)!;
    layers.push({
      id: n.id,
      name: n.name,
      type: n.type,
      family: n.family,
      label: n.label,
      output: formatShape(n.shape),
      shape: n.shape,
      depth,
      params: n.params,
      buffers: n.buffers,
      mult_adds: n.macs,
    });
  };
  const walk = (s: Struct, depth: number): void => {
    if (s.kind === 'layer') return layerRow(s.node, depth);
    const ids = nodesOf(s);
    const last = byId.get(ids[ids.length - 1]!)!;
    blocks.push({
      id: s.id,
      name: s.name,
      kind: s.kind,
      block: 'block' in s ? s.block : undefined,
      count: s.kind === 'repeat' ? s.count : undefined,
      depth,
      output: formatShape(last.shape),
      ...sumNodes(ids.map((id) => byId.get(id)!)),
    });
    if (s.kind === 'group') s.items.forEach((x) => walk(x, depth + 1));
    else if (s.kind === 'repeat') s.instances.forEach((x) => walk(x, depth + 1));
    else if (s.kind === 'parallel') {
      s.branches.forEach((b) => b.items.forEach((x) => walk(x, depth + 1)));
      if (s.join) layerRow(s.join, depth + 1);
    } else {
      s.body.forEach((x) => walk(x, depth + 1));
      s.shortcut.forEach((x) => walk(x, depth + 1));
      layerRow(s.join, depth + 1);
    }
  };
  graph.root.forEach((s) => walk(s, 0));
  return { totals: totals(graph), layers, blocks };
}
