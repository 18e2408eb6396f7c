/**
 * Where a layer spec shows a method: the matchers of a method file (a layer type with an optional condition on
 * its attributes, a structure keyword, or a named pattern) run over the expanded graph of every variant. The
 * patterns are the blocks the spec format has no keyword for, recognised by their shape so that block names
 * chosen by spec authors ("bottleneck" in MobileFaceNet is an inverted residual) never decide: a bottleneck
 * narrows with a 1×1 convolution, convolves, and widens again; an inverted residual widens, filters depthwise
 * and narrows; an Inception module concatenates three or more branches with different kernels; a Fire module
 * squeezes with a 1×1 convolution and expands into concatenated 1×1 and 3×3 branches; a channel split divides
 * a block's input between its branches.
 */
import { evaluate, type Scope, type Value } from '../notation/expr.ts';
import type { Graph, GraphNode, ParallelStruct, ResidualStruct, Struct } from '../notation/graph.ts';
import { LAYERS } from '../notation/layers/index.ts';
import type { MethodMatcher } from '../content/schema.ts';

interface Context {
  graph: Graph;
  node: (id: string) => GraphNode;
}

type Detector = (s: Struct, ctx: Context) => boolean;

/** The structures a struct directly contains. */
export function childrenOf(s: Struct): Struct[] {
  switch (s.kind) {
    case 'layer':
      return [];
    case 'group':
    case 'head':
      return s.items;
    case 'repeat':
      return s.instances;
    case 'parallel':
      return s.branches.flatMap((b) => b.items);
    case 'residual':
      return [...s.body, ...s.shortcut];
  }
}

const CONV_TYPES = new Set(['conv', 'pwconv', 'dwconv']);

/** Kernel height and width of a convolution node (1×1 for pointwise). */
function kernel(n: GraphNode): [number, number] {
  if (n.type === 'pwconv') return [1, 1];
  const k = n.attrs.k;
  return Array.isArray(k) ? [Number(k[0]), Number(k[1])] : [Number(k), Number(k)];
}
const isOneByOne = (n: GraphNode) => n.type !== 'dwconv' && kernel(n).every((v) => v === 1);
const inChannels = (n: GraphNode, ctx: Context) => ctx.node(n.inputs[0]!).shape[0]!;

/** Marks that follow a layer without changing what it is (batch norm, activation, dropout). */
const MARKS = new Set(['norm', 'act', 'dropout']);

/** The layer a node reads, looking through the marks after it. */
function producer(n: GraphNode, ctx: Context): GraphNode | undefined {
  let p = n.inputs[0] ? ctx.node(n.inputs[0]) : undefined;
  while (p && MARKS.has(p.family) && p.inputs[0]) p = ctx.node(p.inputs[0]);
  return p;
}

/** The convolutions of a list of structures at its own level (not inside branches or nested shortcuts). */
function convsOf(items: readonly Struct[], ctx: Context): GraphNode[] {
  return items.flatMap((s) =>
    s.kind === 'layer' && CONV_TYPES.has(ctx.node(s.node).type)
      ? [ctx.node(s.node)]
      : s.kind === 'group'
        ? convsOf(s.items, ctx)
        : [],
  );
}

const residualBody = (s: Struct): s is ResidualStruct =>
  s.kind === 'residual' && s.role === 'residual' && !s.body.some((b) => b.kind === 'parallel');

/** 1×1 narrowing, a k×k convolution (dense, grouped or depthwise), 1×1 widening past the narrow width. */
const bottleneck: Detector = (s, ctx) => {
  if (!residualBody(s)) return false;
  const convs = convsOf(s.body, ctx);
  const first = convs[0];
  const last = convs.at(-1);
  if (!first || !last || convs.length < 3 || !isOneByOne(first) || !isOneByOne(last)) return false;
  const middle = convs.slice(1, -1);
  return middle.some((n) => !isOneByOne(n)) && first.shape[0]! < last.shape[0]!;
};

/** 1×1 widening, a depthwise convolution, 1×1 narrowing below the wide width. */
const invertedResidual: Detector = (s, ctx) => {
  if (!residualBody(s)) return false;
  const convs = convsOf(s.body, ctx);
  const first = convs[0];
  const last = convs.at(-1);
  if (!first || !last || convs.length < 3 || !isOneByOne(first) || !isOneByOne(last)) return false;
  const wide = first.shape[0]!;
  return wide > inChannels(first, ctx) && convs.slice(1, -1).some((n) => n.type === 'dwconv') && last.shape[0]! < wide;
};

const concatJoin = (s: Struct, ctx: Context): s is ParallelStruct =>
  s.kind === 'parallel' && s.join !== null && ctx.node(s.join).family === 'concat';

const dilated = (n: GraphNode) => [n.attrs.d ?? 1].flat().some((v) => Number(v) > 1);

/**
 * Three or more concatenated branches whose convolutions use at least two kernel sizes, none dilated: branches
 * that differ by dilation rate sample one map at several scales (DeepLab's atrous spatial pyramid pooling),
 * which is a pyramid, not an Inception module.
 */
const inception: Detector = (s, ctx) => {
  if (!concatJoin(s, ctx) || s.branches.length < 3) return false;
  const convs = s.branches.flatMap((b) => convsOf(b.items, ctx));
  if (convs.some(dilated)) return false;
  return new Set(convs.map((n) => kernel(n).join('×'))).size >= 2;
};

/** A 1×1 squeeze feeding two concatenated branches: a 1×1 and a 3×3 convolution, each alone. */
const fire: Detector = (s, ctx) => {
  if (!concatJoin(s, ctx) || s.branches.length !== 2) return false;
  const convs = s.branches.map((b) => convsOf(b.items, ctx));
  if (convs.some((c) => c.length !== 1)) return false;
  const sizes = convs.map((c) => kernel(c[0]!).join('×')).sort();
  const squeeze = producer(convs[0]![0]!, ctx);
  return (
    sizes.join(',') === '1×1,3×3' &&
    squeeze !== undefined &&
    CONV_TYPES.has(squeeze.type) &&
    isOneByOne(squeeze) &&
    squeeze.shape[0]! < ctx.node(s.join!).shape[0]!
  );
};

/**
 * Branches that each take a part of the input's channels and join again (ShuffleNet v2's unit). A split into
 * separate outputs (a pose network's heatmaps and offsets) is not a channel split: nothing is rejoined.
 */
const channelSplit: Detector = (s, ctx) =>
  s.kind === 'parallel' &&
  s.join !== null &&
  s.branches.some((b) => b.items[0]?.kind === 'layer' && ctx.node(b.items[0].node).family === 'split');

/** Named patterns a method file may use as `pattern:`. */
export const PATTERNS: Record<string, Detector> = {
  bottleneck,
  'inverted-residual': invertedResidual,
  inception,
  fire,
  'channel-split': channelSplit,
};

/**
 * The structure keywords as matchers. A dense connection concatenates a block's output to its untouched input;
 * a concatenating shortcut that transforms the input first (ShuffleNet's down-sampling unit pools it) is not one.
 */
const STRUCTURES: Record<'residual' | 'dense' | 'se', (s: ResidualStruct) => boolean> = {
  residual: (s) => s.role === 'residual',
  dense: (s) => s.role === 'dense' && s.shortcut.length === 0,
  se: (s) => s.role === 'gate',
};

/** The names a `where:` condition may use: the layer's attributes (defaults filled in), kh, kw, cin and cout. */
function conditionScope(n: GraphNode, ctx: Context): Scope {
  const scope: Record<string, Value | undefined> = {};
  for (const [key, value] of Object.entries(n.attrs)) scope[key] = value as Value;
  if (CONV_TYPES.has(n.type)) [scope.kh, scope.kw] = kernel(n);
  scope.cin = n.inputs[0] ? ctx.node(n.inputs[0]).shape[0] : undefined;
  scope.cout = n.shape[0];
  return scope;
}

/** Whether one structure is an instance of the matcher. */
export function matches(matcher: MethodMatcher, s: Struct, ctx: Context): boolean {
  if ('pattern' in matcher) return PATTERNS[matcher.pattern]?.(s, ctx) ?? false;
  if ('structure' in matcher) return s.kind === 'residual' && STRUCTURES[matcher.structure](s);
  if (s.kind !== 'layer') return false;
  const n = ctx.node(s.node);
  if (n.type !== matcher.layer) return false;
  return matcher.where === undefined || evaluate(matcher.where, conditionScope(n, ctx)) === true;
}

export interface Occurrence {
  graph: Graph;
  /** The structure that realises the method (for a layer, its layer structure). */
  struct: Struct;
  /** Enclosing structures, outermost first. */
  ancestors: Struct[];
}

/** Every place in a graph where any of the matchers holds, in spec order. */
export function occurrences(graph: Graph, matchers: readonly MethodMatcher[]): Occurrence[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const ctx: Context = { graph, node: (id) => byId.get(id)! };
  const found: Occurrence[] = [];
  const visit = (s: Struct, ancestors: Struct[]) => {
    if (matchers.some((m) => matches(m, s, ctx))) found.push({ graph, struct: s, ancestors });
    for (const child of childrenOf(s)) visit(child, [...ancestors, s]);
  };
  for (const s of graph.root) visit(s, []);
  return found;
}

/**
 * Checks a `where:` condition against a layer type's attributes (required ones set to 1) so that a typo in an
 * attribute name or the expression fails at validation; returns the error message, or undefined.
 */
export function conditionProblem(layer: string, where: string): string | undefined {
  const def = LAYERS[layer];
  if (!def) return undefined;
  const scope: Record<string, Value> = { kh: 1, kw: 1, cin: 1, cout: 1 };
  for (const [key, attr] of Object.entries(def.attrs)) scope[key] = (attr.default as Value | undefined) ?? 1;
  try {
    const value = evaluate(where, scope);
    return typeof value === 'boolean' ? undefined : `where must give true or false, got ${JSON.stringify(value)}`;
  } catch (error) {
    return (error as Error).message;
  }
}
