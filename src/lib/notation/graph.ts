/**
 * Expands a validated spec, for one network and variant, into a flat graph of layer nodes with their output
 * shapes and counts, plus the tree of structures (blocks, repeats, branches, residuals) the renderer draws.
 * The pipeline is `buildGraph`: pick the network, pick the variant, gather its variables, make its input nodes,
 * expand its layers (builder.ts), assemble the graph.
 */
import { Builder, mergeDefaults, Names, type Cursor, type Env } from './builder.ts';
import { SpecError } from './errors.ts';
import type { Value } from './expr.ts';
import type { Attrs, Family, Shape } from './layers/index.ts';
import type { ArchSpec, BilingualText, NetworkSpec, Reported, VariantSpec } from './spec-schema.ts';
import { EXPANDERS } from './structures.ts';
import { mainInput, pickNetwork, pickVariant, variablesOf } from './variants.ts';

export interface GraphNode {
  /** Unique within the graph: `n0` (the input), `n1`, … in topological order. */
  id: string;
  /** Readable, unique name: `conv3_x.0.conv2`, `inception4a.b2.conv1`. */
  name: string;
  type: string;
  family: Family;
  attrs: Attrs;
  /** Every tensor the node reads: its input(s), then the tensors its attributes name (a style, indices). */
  inputs: string[];
  shape: Shape;
  params: number;
  buffers: number;
  /** Multiply-adds per input sample: per run times `runs`. */
  macs: number;
  label: string;
  /** Where the layer is written in the spec. */
  path: string;
  /** Runs per input sample when more than one (each RoI after RoI pooling, each voxel). */
  runs?: number;
  /** Id of the node whose weights this one shares (its parameters are counted there). */
  shares?: string;
  /** Attributes naming tensors (`style`, `indices`, `like`, `cond`) → the node that produced each. */
  refs?: Record<string, string>;
}

/** A tensor an item reads besides the previous item's output: its producer and the name it was read by. */
export interface Link {
  node: string;
  name: string;
  /** Read through an attribute (a style, pooling indices, a condition) rather than as an input: drawn dashed. */
  attr?: boolean;
}

/** Inputs of an item written with `from:` (or a join of named tensors). */
interface Wiring {
  /** Inputs other than the previous item's output. */
  links?: Link[];
  /** The item does not read the previous item's output at all. */
  detached?: boolean;
}

interface StructBase extends Wiring {
  id: string;
  name: string;
  path: string;
}
export interface LayerStruct extends Wiring {
  kind: 'layer';
  node: string;
}
/** Parts with a drawing of their own: macros of the spec format, and the hourglass drawn as one icon. */
export type PartKind = 'aspp' | 'ppm' | 'spp' | 'rpn' | 'fpn' | 'hourglass';
/** A backbone expanded from another model's spec. */
export interface Reference {
  model: string;
  network: string;
  variant: string;
  /** The variant's display name: ResNet-50. */
  name: string;
  /** The last item expanded, when not the whole network (`conv5_x`). */
  until?: string;
}
/** A named sequence: a `seq`, a block instance (`use`), one instance of a repeat, a cell, a part, a backbone. */
export interface GroupStruct extends StructBase {
  kind: 'group';
  block?: string;
  items: Struct[];
  /** `dag`: a cell whose items read named tensors, drawn as a small graph rather than a chain. */
  layout?: 'dag';
  part?: PartKind;
  reference?: Reference;
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
  /**
   * residual: x + f(x); dense: concat(x, f(x)); gate: x · f(x) (squeeze-and-excitation); transform: f(x) is a
   * matrix that multiplies x (PointNet's T-Net).
   */
  role: 'residual' | 'dense' | 'gate' | 'transform';
  body: Struct[];
  /** Empty for an identity shortcut. */
  shortcut: Struct[];
  join: string;
}
/** A side output: a branch from the flow to an output (a prediction head), after which the flow goes on. */
export interface HeadStruct extends StructBase {
  kind: 'head';
  items: Struct[];
  /** Trained with a loss of its own (intermediate supervision). */
  loss: boolean;
  part?: PartKind;
}
export type Struct = LayerStruct | GroupStruct | RepeatStruct | ParallelStruct | ResidualStruct | HeadStruct;

export interface Graph {
  model: string;
  network: { id: string; name: string };
  variant: { id: string; name: string };
  /** Shape of the main input. */
  input: Shape;
  nodes: GraphNode[];
  root: Struct[];
  outputs: string[];
  notes: BilingualText[];
  reported: Reported[];
  /** Not trained with the model (a fixed loss network). */
  fixed: boolean;
  /** The figure the network is drawn in with others, when it is. */
  figure?: string;
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
  /** Other models' specs, for backbones by reference (`backbone: { model: resnet }`). */
  specs?: (model: string) => ArchSpec | undefined;
  /** Variables over the variant's (what one more class adds, for the page). */
  vars?: Record<string, Value>;
}

const INPUT_FAMILY = { data: 'input', latent: 'latent', condition: 'condition' } as const;

/** The network's input nodes, the main one first (n0), each registered under its name for `from:`. */
function inputsOf(builder: Builder, net: NetworkSpec, variant: VariantSpec | undefined): Map<string, Cursor> {
  const main = mainInput(net, variant);
  const tensors = new Map<string, Cursor>();
  const name = main.name ?? 'input';
  tensors.set(name, builder.input(main.shape, name, INPUT_FAMILY[main.kind], main.runs ?? 1));
  for (const [key, extra] of Object.entries(net.inputs)) {
    tensors.set(key, builder.input(extra.shape, key, INPUT_FAMILY[extra.kind], extra.runs ?? 1));
  }
  return tensors;
}

/** Expands one (network, variant) of a schema-valid spec. Throws SpecError with the path inside the spec. */
export function buildGraph(spec: ArchSpec, options: BuildOptions = {}): Graph {
  const [net, netIndex] = pickNetwork(spec, options.network);
  const variant = pickVariant(net, netIndex, options.variant);
  const vars = { ...variablesOf(net, variant), ...(options.vars ?? {}) };
  const builder = new Builder(EXPANDERS, options.specs ?? (() => undefined));
  const tensors = inputsOf(builder, net, variant);
  for (const [name, cursor] of tensors) builder.nameGlobally(name, cursor);
  const start = tensors.values().next().value!;
  const env: Env = {
    ctx: { spec, rootVars: vars, defaults: mergeDefaults(spec.defaults, net.defaults) },
    vars,
    names: new Names('', new Set(tensors.keys())),
    path: ['networks', netIndex, 'layers'],
    via: variant ? [`variant ${variant.id}`] : [],
    depth: 0,
    tensors,
    history: [start],
  };
  const { structs, cur } = builder.list(net.layers, env, start);
  if (structs.length === 0) throw new SpecError(['networks', netIndex, 'layers'], 'a network needs at least one layer');
  return {
    model: spec.model,
    network: { id: net.id, name: net.name },
    variant: variant ? { id: variant.id, name: variant.name } : { id: net.id, name: net.name },
    input: start.shape,
    nodes: builder.nodes,
    root: [{ kind: 'layer', node: start.id }, ...structs],
    outputs: [...builder.outputs, ...(cur ? [cur.id] : [])],
    notes: [...spec.notes, ...net.notes, ...(variant?.notes ?? [])],
    reported: [...net.reported, ...(variant?.reported ?? [])],
    fixed: net.fixed,
    ...(net.figure ? { figure: net.figure } : {}),
  };
}
