/**
 * Expands a validated spec, for one network and variant, into a flat graph of layer nodes with their output
 * shapes and counts, plus the tree of structures (blocks, repeats, branches, residuals) the renderer draws.
 * The pipeline is `buildGraph`: pick the network, pick the variant, gather its variables, expand its layers
 * (builder.ts), assemble the graph.
 */
import { Builder, Names, type Env } from './builder.ts';
import type { Value } from './expr.ts';
import { SpecError } from './errors.ts';
import type { Attrs, Family, Shape } from './layers.ts';
import type { ArchSpec, BilingualText, NetworkSpec, Reported, VariantSpec } from './spec-schema.ts';

export interface GraphNode {
  /** Unique within the graph: `n0` (the input), `n1`, … in topological order. */
  id: string;
  /** Readable, unique name: `conv3_x.0.conv2`, `inception4a.b2.conv1`. */
  name: string;
  type: string;
  family: Family;
  attrs: Attrs;
  inputs: string[];
  shape: Shape;
  params: number;
  buffers: number;
  macs: number;
  label: string;
  /** Where the layer is written in the spec. */
  path: string;
}

interface StructBase {
  id: string;
  name: string;
  path: string;
}
export interface LayerStruct {
  kind: 'layer';
  node: string;
}
/** A named sequence: a `seq`, a block instance (`use`), or one instance of a repeat. */
export interface GroupStruct extends StructBase {
  kind: 'group';
  block?: string;
  items: Struct[];
}
export interface RepeatStruct extends StructBase {
  kind: 'repeat';
  count: number;
  block?: string;
  /** The item's explicit name, or else its block's name; absent for an anonymous repeated item. */
  label?: string;
  instances: GroupStruct[];
}
export interface ParallelStruct extends StructBase {
  kind: 'parallel';
  branches: { name: string; items: Struct[] }[];
  /** Join node id (concat, add or multiply); null when the branches are separate outputs. */
  join: string | null;
}
export interface ResidualStruct extends StructBase {
  kind: 'residual';
  /** residual: x + f(x); dense: concat(x, f(x)); gate: x · f(x) (squeeze-and-excitation). */
  role: 'residual' | 'dense' | 'gate';
  body: Struct[];
  /** Empty for an identity shortcut. */
  shortcut: Struct[];
  join: string;
}
export type Struct = LayerStruct | GroupStruct | RepeatStruct | ParallelStruct | ResidualStruct;

export interface Graph {
  model: string;
  network: { id: string; name: string };
  variant: { id: string; name: string };
  input: Shape;
  nodes: GraphNode[];
  root: Struct[];
  outputs: string[];
  notes: BilingualText[];
  reported: Reported[];
}

export interface VariantRef {
  network: string;
  variant: string;
  name: string;
}

/** Every (network, variant) pair of a spec, in order; a network without variants is its own variant. */
export function listVariants(spec: ArchSpec): VariantRef[] {
  return spec.networks.flatMap((net) =>
    net.variants
      ? net.variants.map((v) => ({ network: net.id, variant: v.id, name: v.name }))
      : [{ network: net.id, variant: net.id, name: net.name }],
  );
}

export interface BuildOptions {
  /** Network id; default: the first network. */
  network?: string;
  /** Variant id; default: the network's first variant. */
  variant?: string;
}

function pickNetwork(spec: ArchSpec, id?: string): [NetworkSpec, number] {
  const index = id === undefined ? 0 : spec.networks.findIndex((n) => n.id === id);
  if (index < 0)
    throw new SpecError(['networks'], `no network "${id}" (networks: ${spec.networks.map((n) => n.id).join(', ')})`);
  return [spec.networks[index]!, index];
}

/** The variant asked for (default: the first); undefined for a network without variants, which is its own. */
function pickVariant(net: NetworkSpec, netIndex: number, id?: string): VariantSpec | undefined {
  if (!net.variants) {
    if (id !== undefined && id !== net.id)
      throw new SpecError(['networks', netIndex], `network ${net.id} has no variants; "${id}" does not exist`);
    return undefined;
  }
  const variant = id === undefined ? net.variants[0] : net.variants.find((v) => v.id === id);
  if (!variant) {
    throw new SpecError(
      ['networks', netIndex, 'variants'],
      `no variant "${id}" (variants: ${net.variants.map((v) => v.id).join(', ')})`,
    );
  }
  return variant;
}

/** The network's variables with the variant's over them. */
function variablesOf(net: NetworkSpec, variant: VariantSpec | undefined): Record<string, Value> {
  return { ...(net.vars as Record<string, Value>), ...((variant?.vars ?? {}) as Record<string, Value>) };
}

/** Expands one (network, variant) of a schema-valid spec. Throws SpecError with the path inside the spec. */
export function buildGraph(spec: ArchSpec, options: BuildOptions = {}): Graph {
  const [net, netIndex] = pickNetwork(spec, options.network);
  const variant = pickVariant(net, netIndex, options.variant);
  const vars = variablesOf(net, variant);
  const input = variant?.input ?? net.input;
  const builder = new Builder(spec, vars).withDefaults(net);
  const start = builder.input(input);
  const env: Env = {
    vars,
    names: new Names('', new Set(['input'])),
    path: ['networks', netIndex, 'layers'],
    via: variant ? [`variant ${variant.id}`] : [],
    depth: 0,
  };
  const { structs, cur } = builder.list(net.layers, env, start);
  if (structs.length === 0) throw new SpecError(['networks', netIndex, 'layers'], 'a network needs at least one layer');
  return {
    model: spec.model,
    network: { id: net.id, name: net.name },
    variant: variant ? { id: variant.id, name: variant.name } : { id: net.id, name: net.name },
    input,
    nodes: builder.nodes,
    root: [{ kind: 'layer', node: start.id }, ...structs],
    outputs: cur ? [cur.id] : builder.outputs,
    notes: [...spec.notes, ...net.notes, ...(variant?.notes ?? [])],
    reported: [...net.reported, ...(variant?.reported ?? [])],
  };
}

/** Every variant of every network of a spec. */
export function buildAllGraphs(spec: ArchSpec): Graph[] {
  return listVariants(spec).map((v) => buildGraph(spec, { network: v.network, variant: v.variant }));
}
