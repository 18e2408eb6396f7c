/**
 * Expands spec items into graph nodes and the tree of structures. Every item goes through the same steps:
 * parse (its type, value and meta keys, once), include (`if`), repeat, wire (`from`: which tensors it reads),
 * expand by kind — a layer becomes one node whose shape and counts come from its definition (layers/), a
 * structure recurses into its item lists (structures.ts, parts.ts, reference.ts) — then share weights
 * (`shared`) and name its output (`name`). Problems are thrown as SpecError with the path inside the spec and
 * the context (block, variant, referenced spec) appended.
 */
import { clean, ExprError, isExpression, resolve, type Scope, type Value } from './expr.ts';
import { closest, SpecError, type PathPart } from './errors.ts';
import { formatPath } from '../issues.ts';
import type { GraphNode, GroupStruct, Link, PartKind, Reference, Struct } from './graph.ts';
import { joinShape, type JoinType } from './joins.ts';
import {
  formatShape,
  LAYER_TYPES,
  LayerError,
  LAYERS,
  normaliseAttrs,
  type Attrs,
  type LayerOutcome,
  type Shape,
  type TensorRef,
} from './layers/index.ts';
import type { ArchSpec, Defaults } from './spec-schema.ts';

const META_KEYS = new Set(['name', 'repeat', 'if', 'args', 'from', 'shared']);
/** Deeper block nesting than this is taken for a block that uses itself. */
export const MAX_DEPTH = 40;

/** The tensor flowing between items: the node that produced it, its shape, and how often it runs per sample. */
export interface Cursor {
  id: string;
  shape: Shape;
  runs: number;
}

/** What expanding items gives: the structures to draw, and the cursor after them (null after join: none). */
export interface Step {
  structs: Struct[];
  cur: Cursor | null;
  /** The item named by a backbone's `until` has been expanded: nothing after it is. */
  stopped?: boolean;
  /** A repeat's outputs, one per instance: each counts as an item before the next one (`from: -2`). */
  outputs?: Cursor[];
  /**
   * What the item's `name` names when that is not the flow it passes on: a head's output (null: a head ending
   * in several outputs, whose name names no one tensor).
   */
  named?: Cursor | null;
}

/** An item's keys besides its type, parsed once. */
export interface ItemMeta {
  name?: string;
  repeat?: unknown;
  if?: unknown;
  args?: unknown;
  from?: unknown;
  shared?: string;
}

/** One list item: its type or structure keyword, the value under it, and its meta keys. */
export interface Item {
  kind: string;
  value: unknown;
  meta: ItemMeta;
}

/** Readable node and structure names, unique within a graph: `conv3_x.0.conv2`. */
export class Names {
  private readonly counts = new Map<string, number>();
  readonly prefix: string;
  private readonly used: Set<string>;
  constructor(prefix: string, used: Set<string>) {
    this.prefix = prefix;
    this.used = used;
  }
  /** `conv` → `prefix.conv1`, `prefix.conv2`, …; an explicit name is kept (made unique if needed). */
  next(base: string, explicit?: string): string {
    let leaf = explicit;
    if (!leaf) {
      const n = (this.counts.get(base) ?? 0) + 1;
      this.counts.set(base, n);
      leaf = `${base}${n}`;
    }
    let full = this.prefix ? `${this.prefix}.${leaf}` : leaf;
    for (let i = 2; this.used.has(full); i++) full = `${this.prefix ? `${this.prefix}.` : ''}${leaf}_${i}`;
    this.used.add(full);
    return full;
  }
  child(name: string): Names {
    return new Names(name, this.used);
  }
}

/** What items are expanded against: a spec's blocks, the variant's variables, the layer defaults. */
export interface Context {
  spec: ArchSpec;
  rootVars: Record<string, Value>;
  defaults: Defaults;
  /** Inside a backbone taken from another spec: where this spec uses it, and which spec it is. */
  anchor?: { path: PathPart[]; label: string };
}

/** Where an item is expanded: its variables, name scope, spec path and the context for messages. */
export interface Env {
  ctx: Context;
  vars: Record<string, Value>;
  names: Names;
  path: PathPart[];
  /** Context appended to messages: `in block x used at networks[0].layers[3]`, `variant resnet-50`. */
  via: string[];
  depth: number;
  /** Named tensors of the network (or block instance) being expanded. */
  tensors: Map<string, Cursor>;
  /** Outputs of the items before this one in its list (the list's input first), for `from: -2`. */
  history: Cursor[];
  /** A backbone's `until`, still to be reached: the names of the items down to the last one expanded. */
  stop?: string[];
}

/** How one instance of an item is expanded: its name scope; `inRepeat` when that scope is the instance's own. */
export interface Instance {
  names: Names;
  inRepeat: boolean;
}

/** Everything an expander gets: the item, where it is, its main input, and any further inputs `from` names. */
export interface Call {
  item: Item;
  env: Env;
  cur: Cursor;
  instance: Instance;
  extra: Cursor[];
}

export type Expander = (b: Builder, call: Call) => Step;

interface JoinOptions {
  type: JoinType;
  ends: { name: string; cur: Cursor }[];
  /** Path of the joining structure, relative to the item. */
  at: PathPart[];
  names: Names;
  label?: string;
}

/** A zero-parameter node that joins or slices tensors. */
export interface SpecialNode {
  type: JoinType | 'slice' | 'transform';
  inputs: Cursor[];
  shape: Shape;
  label?: string;
}

export const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class Builder {
  readonly nodes: GraphNode[] = [];
  readonly outputs: string[] = [];
  private structCount = 0;
  /** Full names of named items (`conv4.conv3`, `backbone.conv4_x`) → their outputs, for `from:` anywhere. */
  private readonly fullNames = new Map<string, Cursor>();
  /** Outputs of named items (and of repeat instances) → their short names, for labelling links by position. */
  private readonly outputNames = new Map<string, string>();
  /** `shared` keys → the nodes of the first item with that key, whose weights later ones share. */
  private readonly sharedWeights = new Map<string, string[]>();
  /** Finds another model's spec, for backbones by reference. */
  readonly specOf: (model: string) => ArchSpec | undefined;
  /** How each structure keyword expands (structures.ts); an item of any other kind is a layer. */
  private readonly expanders: Readonly<Record<string, Expander>>;

  constructor(expanders: Readonly<Record<string, Expander>>, specOf: (model: string) => ArchSpec | undefined) {
    this.expanders = expanders;
    this.specOf = specOf;
  }

  fail(env: Env, extra: PathPart[], message: string): never {
    const full = env.via.length ? `${message} (${env.via.join('; ')})` : message;
    const anchor = env.ctx.anchor;
    if (anchor)
      throw new SpecError(anchor.path, `${full} (${anchor.label}, at ${formatPath([...env.path, ...extra])})`);
    throw new SpecError([...env.path, ...extra], full);
  }

  structId(): string {
    return `s${++this.structCount}`;
  }

  // ---- expressions ----------------------------------------------------------------------------------------

  private lastScope: { vars: object; cur: Cursor; scope: Scope } | null = null;

  /** The variables an expression sees: the environment's, and the shape of the current input. */
  private scope(env: Env, cur: Cursor): Scope {
    if (this.lastScope && this.lastScope.vars === env.vars && this.lastScope.cur === cur) return this.lastScope.scope;
    const s = cur.shape;
    const scope = {
      ...env.vars,
      cin: s[0],
      hin: s.length === 3 ? s[1] : undefined,
      win: s.length === 3 ? s[2] : undefined,
    };
    this.lastScope = { vars: env.vars, cur, scope };
    return scope;
  }

  evalIn(env: Env, cur: Cursor, value: unknown, at: PathPart[]): unknown {
    if (!isExpression(value) && !Array.isArray(value)) return value;
    try {
      return clean(resolve(value, this.scope(env, cur)));
    } catch (error) {
      if (error instanceof ExprError) this.fail(env, at, error.message);
      throw error;
    }
  }

  /** A structure's value as a mapping with only the `allowed` keys. */
  mapping(env: Env, value: unknown, kind: string, allowed: string[]): Record<string, unknown> {
    if (!isMapping(value)) this.fail(env, [kind], `${kind} takes a mapping: ${allowed.join(', ')}`);
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail(env, [kind, key], `unknown key "${key}" in ${kind} (known: ${allowed.join(', ')})`);
    }
    return value;
  }

  // ---- nodes ----------------------------------------------------------------------------------------------

  addNode(node: Omit<GraphNode, 'id'>): GraphNode {
    const full = { id: `n${this.nodes.length}`, ...node };
    this.nodes.push(full);
    return full;
  }

  node(id: string): GraphNode {
    return this.nodes[Number(id.slice(1))]!;
  }

  /** An input node: the network's main input (n0) or a further named one. */
  input(shape: Shape, name: string, family: GraphNode['family'], runs: number): Cursor {
    const node = this.addNode({
      name,
      type: 'input',
      family,
      attrs: {},
      inputs: [],
      shape,
      params: 0,
      buffers: 0,
      macs: 0,
      label: formatShape(shape),
      path: 'input',
      ...(runs > 1 ? { runs } : {}),
    });
    return { id: node.id, shape, runs };
  }

  special({ type, inputs, shape, label }: SpecialNode, names: Names, env: Env): Cursor {
    const runs = inputs[0]?.runs ?? 1;
    const node = this.addNode({
      name: names.next(type),
      type,
      family: type === 'slice' ? 'split' : type,
      attrs: {},
      inputs: inputs.map((c) => c.id),
      shape,
      params: 0,
      buffers: 0,
      macs: 0,
      label: label ?? type,
      path: formatPath(env.path),
      ...(runs > 1 ? { runs } : {}),
    });
    return { id: node.id, shape, runs };
  }

  join(env: Env, { type, ends, at, names, label }: JoinOptions): Cursor {
    let shape: Shape;
    try {
      shape = joinShape(
        type,
        ends.map((e) => ({ name: e.name, shape: e.cur.shape })),
      );
    } catch (error) {
      if (error instanceof LayerError) this.fail(env, at, error.message);
      throw error;
    }
    return this.special({ type, inputs: ends.map((e) => e.cur), shape, label }, names, env);
  }

  // ---- item lists and items -------------------------------------------------------------------------------

  /** Expands a list of items in order, each taking the previous one's output unless it says `from`. */
  list(items: unknown, env: Env, cur: Cursor | null, at: PathPart[] = []): Step {
    if (!Array.isArray(items)) this.fail(env, at, 'must be a list of layer items');
    const structs: Struct[] = [];
    const history: Cursor[] = cur ? [cur] : [];
    for (let i = 0; i < items.length; i++) {
      const step = this.item(items[i], { ...env, path: [...env.path, ...at, i], history: [...history] }, cur);
      structs.push(...step.structs);
      cur = step.cur;
      // An item left out (if: false, repeat: 0) is not an item before the next one.
      if (step.outputs) history.push(...step.outputs);
      else if (cur && step.structs.length) history.push(cur);
      if (step.stopped) return { structs, cur, stopped: true };
    }
    return { structs, cur };
  }

  private item(raw: unknown, env: Env, cur: Cursor | null): Step {
    if (cur === null)
      this.fail(env, [], 'nothing can follow a parallel block with join: none (its branches are the outputs)');
    const item = this.parseItem(raw, env);
    if (!this.included(item.meta, env, cur)) return { structs: [], cur };
    const stopHere = env.stop !== undefined && item.meta.name === env.stop[0];
    const first = this.nodes.length;
    const rest = stopHere ? env.stop!.slice(1) : [];
    const inner: Env = { ...env, stop: rest.length ? rest : undefined };
    const step =
      item.meta.repeat === undefined
        ? this.instance(item, inner, cur, { names: env.names, inRepeat: false })
        : this.repeat(item, inner, cur);
    this.nameOutput(item, env, step, first);
    return stopHere ? { ...step, stopped: rest.length === 0 || step.stopped } : step;
  }

  /** Splits an item into its type and meta keys, and checks the meta keys' form. */
  private parseItem(raw: unknown, env: Env): Item {
    let item: Item;
    if (typeof raw === 'string') {
      item = { kind: raw, value: null, meta: {} };
    } else if (isMapping(raw)) {
      const entries = Object.entries(raw);
      const kinds = entries.filter(([k]) => !META_KEYS.has(k));
      if (kinds.length !== 1) {
        this.fail(
          env,
          [],
          kinds.length === 0
            ? 'an item needs a layer type or structure (conv, use, residual, …)'
            : `an item has one layer type or structure, found ${kinds.map(([k]) => k).join(' and ')}`,
        );
      }
      const [kind, value] = kinds[0]!;
      item = { kind, value, meta: Object.fromEntries(entries.filter(([k]) => META_KEYS.has(k))) };
    } else {
      this.fail(env, [], `an item is a layer type name or a mapping, got ${JSON.stringify(raw)}`);
    }
    if (!(item.kind in LAYERS) && !(item.kind in this.expanders)) {
      const hint = closest(item.kind, [...LAYER_TYPES, ...Object.keys(this.expanders)]);
      this.fail(env, [], `unknown layer type "${item.kind}"${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
    this.checkMeta(item, env);
    return item;
  }

  private checkMeta({ kind, meta }: Item, env: Env): void {
    if (meta.args !== undefined && kind !== 'use') this.fail(env, ['args'], 'args is given only with use');
    if (meta.name !== undefined && (typeof meta.name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(meta.name))) {
      this.fail(env, ['name'], 'name must be letters, digits, _ and -');
    }
    if (meta.shared !== undefined && (typeof meta.shared !== 'string' || !meta.shared))
      this.fail(env, ['shared'], 'shared names the weights an item shares with others of the same name');
  }

  /** An item's `if`: whether it is part of this variant. */
  private included(meta: ItemMeta, env: Env, cur: Cursor): boolean {
    if (meta.if === undefined) return true;
    const cond = this.evalIn(env, cur, meta.if, ['if']);
    if (typeof cond !== 'boolean') this.fail(env, ['if'], `if must give true or false, got ${JSON.stringify(cond)}`);
    return cond;
  }

  /**
   * `repeat: N`: N instances in a chain, each a group named by its index, inside one repeat structure. Each
   * instance sees the earlier instances' outputs as the items before it (`from: -2` is h[i-2]).
   */
  private repeat(item: Item, env: Env, cur: Cursor): Step {
    const count = this.evalIn(env, cur, item.meta.repeat, ['repeat']);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      this.fail(env, ['repeat'], `repeat must be a whole number ≥ 0, got ${JSON.stringify(count)}`);
    }
    if (count === 0) return { structs: [], cur };
    const block =
      item.kind === 'use' && typeof item.value === 'string' && !isExpression(item.value) ? item.value : undefined;
    const name = env.names.next(block ?? item.kind, item.meta.name);
    const names = env.names.child(name);
    const id = this.structId();
    const instances = [];
    const instanceItem: Item = { ...item, meta: { ...item.meta, name: undefined } };
    const history = [...env.history];
    const outputs: Cursor[] = [];
    let at: Cursor = cur;
    let named: Cursor | null | undefined;
    for (let i = 0; i < count; i++) {
      const instanceName = names.next('', String(i));
      const instanceEnv: Env = { ...env, vars: { ...env.vars, i }, history: [...history] };
      const first = this.nodes.length;
      const step = this.instance(instanceItem, instanceEnv, at, { names: names.child(instanceName), inRepeat: true });
      instances.push(this.instanceGroup(step, instanceName, env, block));
      if (step.cur === null) this.fail(env, ['repeat'], 'a repeated item cannot end in join: none');
      // A run that passes its input on (a head beside the line) did not make that tensor: it keeps its name.
      if (this.madeSince(first, step.cur)) this.outputNames.set(step.cur.id, instanceName);
      at = step.cur;
      named = step.named;
      history.push(at);
      outputs.push(at);
    }
    const repeat: Struct = {
      kind: 'repeat',
      id,
      name,
      path: formatPath(env.path),
      count,
      block,
      label: item.meta.name ?? block,
      instances,
    };
    // The repeat's name names the last instance's output, or what a repeated head's name names.
    return { structs: [repeat], cur: at, outputs, ...(named !== undefined ? { named } : {}) };
  }

  /** One repetition as a group: the group the item made (renamed by its index), or a new one around it. */
  private instanceGroup(step: Step, name: string, env: Env, block: string | undefined) {
    const only = step.structs.length === 1 ? step.structs[0] : undefined;
    if (only?.kind === 'group' && !only.reference && !only.part) return { ...only, name };
    return {
      kind: 'group' as const,
      id: this.structId(),
      name,
      path: formatPath(env.path),
      block,
      items: step.structs,
    };
  }

  /** One instance of an item: its inputs, its expansion by kind, then its weights shared and its wiring noted. */
  private instance(item: Item, env: Env, cur: Cursor, instance: Instance): Step {
    const e: Env = { ...env, names: instance.names };
    const inputs = this.wire(item, e, cur);
    const first = this.nodes.length;
    const expand = this.expanders[item.kind] ?? layerExpander;
    const step = expand(this, { item, env: e, cur: inputs[0]!, instance, extra: inputs.slice(1) });
    if (item.meta.shared !== undefined) this.share(item.meta.shared, first, e);
    if (item.meta.from !== undefined) this.noteWiring(step, inputs, cur, item.meta.from);
    return step;
  }

  // ---- named tensors --------------------------------------------------------------------------------------

  /** The tensors an item reads: its `from` (names or positions back), or else the previous item's output. */
  private wire(item: Item, env: Env, cur: Cursor): Cursor[] {
    if (item.meta.from === undefined) return [cur];
    const from = this.evalIn(env, cur, item.meta.from, ['from']);
    const refs = Array.isArray(from) ? from : [from];
    if (refs.length === 0) this.fail(env, ['from'], 'from names at least one tensor');
    return refs.map((ref) => this.tensor(env, ref, ['from']));
  }

  /** A tensor by name (an item's `name`, or its full name such as conv4.conv3), or by position (-1, -2, …). */
  tensor(env: Env, ref: unknown, at: PathPart[]): Cursor {
    if (typeof ref === 'number') {
      const found = Number.isInteger(ref) && ref < 0 ? env.history[env.history.length + ref] : undefined;
      if (!found)
        this.fail(
          env,
          at,
          `from: ${ref} must count back to an earlier item (-1 is the previous one; ${env.history.length} available here)`,
        );
      return found;
    }
    if (typeof ref !== 'string')
      this.fail(env, at, `a tensor is named by an item's name or -1, -2, …; got ${JSON.stringify(ref)}`);
    const found = env.tensors.get(ref) ?? this.fullNames.get(ref);
    if (!found) {
      const known = [...env.tensors.keys()];
      const hint = closest(ref, [...known, ...this.fullNames.keys()]);
      this.fail(
        env,
        at,
        `no tensor named "${ref}"${hint ? ` (did you mean ${hint}?)` : known.length ? ` (named here: ${known.join(', ')})` : ''}; name an item with name: to read its output`,
      );
    }
    return found;
  }

  /** Makes a tensor readable by name anywhere, blocks included (the network's inputs). */
  nameGlobally(name: string, cursor: Cursor): void {
    this.fullNames.set(name, cursor);
  }

  /** A tensor reference as the layer sees it: its shape and what produced it. */
  tensorRef(cursor: Cursor): TensorRef {
    const producer = this.node(cursor.id);
    const input = producer.inputs[0];
    return { shape: cursor.shape, type: producer.type, inputShape: input ? this.node(input).shape : undefined };
  }

  /** Registers a named item's output under its name and its full name. */
  private nameOutput(item: Item, env: Env, step: Step, first: number): void {
    const named = step.named === undefined ? step.cur : step.named;
    if (!item.meta.name || !named || step.structs.length === 0) return;
    const top = step.structs[0]!;
    env.tensors.set(item.meta.name, named);
    this.fullNames.set(top.kind === 'layer' ? this.node(top.node).name : top.name, named);
    // An item that passes its input on did not make that tensor: it keeps the name of the item that did.
    if (this.madeSince(first, named)) this.outputNames.set(named.id, item.meta.name);
  }

  /** Whether the cursor's tensor was made by a node created from index `first` on. */
  private madeSince(first: number, cur: Cursor): boolean {
    for (let i = first; i < this.nodes.length; i++) if (this.nodes[i]!.id === cur.id) return true;
    return false;
  }

  /** Notes on the item's structure which tensors it reads besides the previous output, for the renderer. */
  private noteWiring(step: Step, inputs: Cursor[], cur: Cursor, from: unknown): void {
    const top = step.structs[0];
    if (!top) return;
    const names = Array.isArray(from) ? from : [from];
    const links: Link[] = inputs
      .map((c, i) => ({ node: c.id, name: this.linkName(names[i], c) }))
      .filter((link) => link.node !== cur.id);
    if (links.length) top.links = [...(top.links ?? []), ...links];
    if (!inputs.some((c) => c.id === cur.id)) top.detached = true;
  }

  /** What a link is labelled with: the name of the item that made the tensor, else the name it was read by. */
  linkName(ref: unknown, cursor: Cursor): string {
    // The name the tensor was made under (enc3), rather than a block's name for its input (skip).
    const made = this.outputNames.get(cursor.id);
    if (made) return made;
    return typeof ref === 'string' && !isExpression(ref) ? ref : this.node(cursor.id).name;
  }

  /** `shared: key`: the first item with the key owns the weights; later ones reuse them (counted once). */
  private share(key: string, first: number, env: Env): void {
    const created = this.nodes.slice(first);
    const owner = this.sharedWeights.get(key);
    if (!owner) {
      this.sharedWeights.set(
        key,
        created.map((n) => n.id),
      );
      return;
    }
    const same = owner.length === created.length && created.every((n, i) => n.params === this.node(owner[i]!).params);
    if (!same)
      this.fail(
        env,
        ['shared'],
        `shared: ${key} must repeat the same layers as its first use (${owner.length} layers with the same parameters)`,
      );
    created.forEach((n, i) => {
      if (this.node(owner[i]!).params === 0 && this.node(owner[i]!).buffers === 0) return;
      n.shares = owner[i]!;
      n.params = 0;
      n.buffers = 0;
    });
  }

  // ---- layers ---------------------------------------------------------------------------------------------

  /** A layer item: one node whose shape, counts and label come from its definition. */
  layer({ item, env, cur, extra }: Call): Step {
    const type = item.kind;
    const def = LAYERS[type]!;
    if (def.internal) this.fail(env, [], `${type} is made by structures (a parallel with split), not written`);
    if (extra.length && !def.multiInput)
      this.fail(env, ['from'], `${type} reads one tensor; from names ${extra.length + 1}`);
    if (def.source && item.meta.from !== undefined)
      this.fail(env, ['from'], `${type} starts a new flow: it reads nothing`);
    const raw = this.layerAttrs(env, type, item.value);
    const { attrs: attrsIn, refs } = this.evaluateAttrs(env, cur, type, raw);
    const inputs = def.source ? [] : [cur, ...extra];
    let attrs: Attrs;
    let out: LayerOutcome;
    try {
      attrs = normaliseAttrs(type, def, attrsIn);
      const context = {
        inputs: inputs.map((c) => c.shape),
        refs: Object.fromEntries(Object.entries(refs).map(([k, c]) => [k, this.tensorRef(c)])),
      };
      out = def.apply(attrs, cur.shape, context);
    } catch (error) {
      if (error instanceof LayerError) this.fail(env, error.attr ? [type, error.attr] : [type], error.message);
      throw error;
    }
    const node = this.layerNode(env, item, { attrs, out, inputs, refs, runs: def.source ? 1 : cur.runs });
    const struct: Struct = { kind: 'layer', node: node.id, ...this.refLinks(item.value, refs) };
    if (def.source) struct.detached = true;
    return { structs: [struct], cur: { id: node.id, shape: node.shape, runs: node.runs ?? 1 } };
  }

  private layerNode(
    env: Env,
    item: Item,
    o: { attrs: Attrs; out: LayerOutcome; inputs: Cursor[]; refs: Record<string, Cursor>; runs: number },
  ): GraphNode {
    const runs = o.out.runs ?? o.runs;
    const refIds = Object.fromEntries(Object.entries(o.refs).map(([k, c]) => [k, c.id]));
    return this.addNode({
      name: env.names.next(item.kind, item.meta.name),
      type: item.kind,
      family: o.out.family,
      attrs: o.attrs,
      inputs: [...o.inputs.map((c) => c.id), ...Object.values(refIds)],
      shape: o.out.shape,
      params: o.out.params,
      buffers: o.out.buffers,
      macs: o.out.macs * o.runs,
      label: o.out.label,
      path: formatPath(env.path),
      ...(runs > 1 ? { runs } : {}),
      ...(Object.keys(refIds).length ? { refs: refIds } : {}),
    });
  }

  /** Links for the tensors a layer's attributes name (a style, indices), drawn beside the layer. */
  private refLinks(value: unknown, refs: Record<string, Cursor>): { links?: Link[] } {
    const entries = Object.entries(refs);
    if (!entries.length) return {};
    const written = isMapping(value) ? value : {};
    return { links: entries.map(([attr, c]) => ({ node: c.id, name: this.linkName(written[attr], c), attr: true })) };
  }

  /** Evaluates a layer's attributes; those of kind `tensor` are looked up as named tensors instead. */
  private evaluateAttrs(
    env: Env,
    cur: Cursor,
    type: string,
    raw: Record<string, unknown>,
  ): { attrs: Record<string, unknown>; refs: Record<string, Cursor> } {
    const def = LAYERS[type]!;
    const attrs: Record<string, unknown> = {};
    const refs: Record<string, Cursor> = {};
    for (const [key, v] of Object.entries(raw)) {
      const value = this.evalIn(env, cur, v, [type, key]);
      attrs[key] = value;
      if (def.attrs[key]?.kind === 'tensor') refs[key] = this.tensor(env, value, [type, key]);
    }
    return { attrs, refs };
  }

  /** A layer's written attributes (a mapping, or a scalar for its shorthand) over the defaults for its type. */
  private layerAttrs(env: Env, type: string, value: unknown): Record<string, unknown> {
    const def = LAYERS[type]!;
    const defaults = env.ctx.defaults;
    let raw: Record<string, unknown>;
    if (value === null || value === undefined) raw = {};
    else if (isMapping(value)) raw = { ...value };
    else if (def.shorthand) raw = { [def.shorthand]: value };
    else
      this.fail(env, [type], `${type} takes a mapping of attributes (${Object.keys(def.attrs).join(', ') || 'none'})`);
    const typeDefaults = (defaults as Record<string, unknown>)[type];
    if (typeDefaults && typeof typeDefaults === 'object') raw = { ...typeDefaults, ...raw };
    if (def.window && raw.round === undefined && defaults.round && 'round' in def.attrs) raw.round = defaults.round;
    return raw;
  }
}

const layerExpander: Expander = (b, call) => b.layer(call);

export interface GroupOptions {
  items: unknown;
  /** Path of the item list relative to the item (`['seq']`); unused when the body is a block's. */
  at: PathPart[];
  /** Base of the generated name (`seq`, or the block's name). */
  base: string;
  block?: string;
  /** A block's own environment (its parameters, its path under `blocks:`). */
  bodyEnv?: Env;
  layout?: 'dag';
  part?: PartKind;
  reference?: Reference;
  /** Name the items in the scope around the group, when the group itself is not named (a block's cell). */
  transparent?: boolean;
}

/** A named sequence: a `seq`, a cell, a part, or a block's layers (with the block's own environment). */
export function group(b: Builder, { item, env, cur, instance }: Call, options: GroupOptions): Step {
  // A cell's items are named in the scope around it (a block's cell: `cell_0.a0`, not `cell_0.cell1.a0`).
  const own = instance.inRepeat || (options.transparent === true && !item.meta.name && env.names.prefix !== '');
  const name = own ? env.names.prefix : env.names.next(options.base, item.meta.name);
  const inner: Env = { ...(options.bodyEnv ?? env), names: own ? env.names : env.names.child(name) };
  const step = b.list(options.items, inner, cur, options.bodyEnv ? [] : options.at);
  const struct: GroupStruct = {
    kind: 'group',
    id: b.structId(),
    name,
    path: formatPath([...env.path, ...options.at]),
    block: options.block,
    items: step.structs,
    ...(options.layout ? { layout: options.layout } : {}),
    ...(options.part ? { part: options.part } : {}),
    ...(options.reference ? { reference: options.reference } : {}),
  };
  return { structs: [struct], cur: step.cur, stopped: step.stopped };
}

/** The spec's defaults with the network's merged over them, one layer type at a time. */
export function mergeDefaults(...layers: (Defaults | undefined)[]): Defaults {
  const merged: Record<string, unknown> = {};
  for (const defaults of layers) {
    for (const [k, v] of Object.entries(defaults ?? {})) {
      merged[k] = typeof v === 'object' && v !== null ? { ...(merged[k] ?? {}), ...v } : v;
    }
  }
  return merged as Defaults;
}
