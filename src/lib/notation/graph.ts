/**
 * Expands a validated spec, for one network and variant, into a flat graph of layer nodes with their output
 * shapes and counts, plus the tree of structures (blocks, repeats, branches, residuals) the renderer draws.
 */
import { clean, ExprError, resolve, type Scope, type Value } from './expr.ts';
import { closest, SpecError, type PathPart } from './errors.ts';
import { formatPath } from '../issues.ts';
import {
  ACTIVATION_TYPES,
  formatShape,
  LAYER_TYPES,
  LayerError,
  LAYERS,
  normaliseAttrs,
  type Attrs,
  type Family,
  type Shape,
} from './layers.ts';
import type { ArchSpec, BilingualText, Defaults, NetworkSpec, Reported, VariantSpec } from './spec-schema.ts';

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

// ---------------------------------------------------------------------------------------------------------

const META_KEYS = new Set(['name', 'repeat', 'if', 'args']);
const STRUCTURES = ['seq', 'use', 'parallel', 'residual', 'dense', 'se'];
const JOIN_TYPES = ['concat', 'add', 'multiply', 'none'] as const;
const MAX_DEPTH = 40;

interface Cursor {
  id: string;
  shape: Shape;
}

class Names {
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

interface Env {
  vars: Record<string, Value>;
  names: Names;
  path: PathPart[];
  /** Context appended to messages: `in block x used at networks[0].layers[3]`, `variant resnet-50`. */
  via: string[];
  depth: number;
}

class Builder {
  readonly nodes: GraphNode[] = [];
  readonly outputs: string[] = [];
  private structCount = 0;
  private readonly defaults: Defaults;
  private readonly spec: ArchSpec;
  private readonly rootVars: Record<string, Value>;

  constructor(spec: ArchSpec, rootVars: Record<string, Value>) {
    this.spec = spec;
    this.rootVars = rootVars;
    this.defaults = {};
  }

  withDefaults(net: NetworkSpec): this {
    const merged: Record<string, unknown> = { ...(this.spec.defaults ?? {}) };
    for (const [k, v] of Object.entries(net.defaults ?? {})) {
      merged[k] = typeof v === 'object' && v !== null ? { ...(merged[k] ?? {}), ...v } : v;
    }
    Object.assign(this.defaults, merged);
    return this;
  }

  fail(env: Env, extra: PathPart[], message: string): never {
    throw new SpecError([...env.path, ...extra], env.via.length ? `${message} (${env.via.join('; ')})` : message);
  }

  structId(): string {
    return `s${++this.structCount}`;
  }

  private lastScope: { vars: object; cur: Cursor; scope: Scope } | null = null;

  scope(env: Env, cur: Cursor): Scope {
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
    if (
      typeof value === 'number' ||
      typeof value === 'boolean' ||
      value === null ||
      (typeof value === 'string' && !value.includes('$'))
    )
      return value;
    try {
      return clean(resolve(value, this.scope(env, cur)));
    } catch (error) {
      if (error instanceof ExprError) this.fail(env, at, error.message);
      throw error;
    }
  }

  addNode(node: Omit<GraphNode, 'id'>): GraphNode {
    const full = { id: `n${this.nodes.length}`, ...node };
    this.nodes.push(full);
    return full;
  }

  input(shape: Shape): Cursor {
    const node = this.addNode({
      name: 'input',
      type: 'input',
      family: 'input',
      attrs: {},
      inputs: [],
      shape,
      params: 0,
      buffers: 0,
      macs: 0,
      label: formatShape(shape),
      path: 'input',
    });
    return { id: node.id, shape };
  }

  list(items: unknown, env: Env, cur: Cursor | null, at: PathPart[] = []): { structs: Struct[]; cur: Cursor | null } {
    if (!Array.isArray(items)) this.fail(env, at, 'must be a list of layer items');
    const structs: Struct[] = [];
    items.forEach((item, i) => {
      const r = this.item(item, { ...env, path: [...env.path, ...at, i] }, cur);
      structs.push(...r.structs);
      cur = r.cur;
    });
    return { structs, cur };
  }

  item(item: unknown, env: Env, cur: Cursor | null): { structs: Struct[]; cur: Cursor | null } {
    if (cur === null)
      this.fail(env, [], 'nothing can follow a parallel block with join: none (its branches are the outputs)');
    let kind: string;
    let value: unknown = null;
    let meta: Record<string, unknown> = {};
    if (typeof item === 'string') {
      kind = item;
    } else if (item && typeof item === 'object' && !Array.isArray(item)) {
      const entries = Object.entries(item as Record<string, unknown>);
      const kinds = entries.filter(([k]) => !META_KEYS.has(k));
      meta = Object.fromEntries(entries.filter(([k]) => META_KEYS.has(k)));
      if (kinds.length !== 1) {
        this.fail(
          env,
          [],
          kinds.length === 0
            ? 'an item needs a layer type or structure (conv, use, residual, …)'
            : `an item has one layer type or structure, found ${kinds.map(([k]) => k).join(' and ')}`,
        );
      }
      [kind, value] = kinds[0]!;
    } else {
      this.fail(env, [], `an item is a layer type name or a mapping, got ${JSON.stringify(item)}`);
    }
    if (!(kind in LAYERS) && !STRUCTURES.includes(kind)) {
      const hint = closest(kind, [...LAYER_TYPES, ...STRUCTURES]);
      this.fail(env, [], `unknown layer type "${kind}"${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
    if (meta.args !== undefined && kind !== 'use') this.fail(env, ['args'], 'args is given only with use');
    if (meta.name !== undefined && (typeof meta.name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(meta.name))) {
      this.fail(env, ['name'], 'name must be letters, digits, _ and -');
    }
    if (meta.if !== undefined) {
      const cond = this.evalIn(env, cur, meta.if, ['if']);
      if (typeof cond !== 'boolean') this.fail(env, ['if'], `if must give true or false, got ${JSON.stringify(cond)}`);
      if (!cond) return { structs: [], cur };
    }
    if (meta.repeat === undefined) return this.one(kind, value, meta, env, cur, env.names);

    const count = this.evalIn(env, cur, meta.repeat, ['repeat']);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) {
      this.fail(env, ['repeat'], `repeat must be a whole number ≥ 0, got ${JSON.stringify(count)}`);
    }
    if (count === 0) return { structs: [], cur };
    const block = kind === 'use' && typeof value === 'string' && !value.includes('$') ? value : undefined;
    const name = env.names.next(block ?? kind, meta.name);
    const names = env.names.child(name);
    const label = meta.name ?? block;
    const repeat: RepeatStruct = {
      kind: 'repeat',
      id: this.structId(),
      name,
      path: formatPath(env.path),
      count,
      block,
      label,
      instances: [],
    };
    for (let i = 0; i < count; i++) {
      const instanceName = names.next('', String(i));
      const instanceEnv: Env = { ...env, vars: { ...env.vars, i } };
      const r = this.one(kind, value, { ...meta, name: undefined }, instanceEnv, cur, names.child(instanceName), true);
      const only = r.structs.length === 1 ? r.structs[0] : undefined;
      repeat.instances.push(
        only?.kind === 'group'
          ? { ...only, name: instanceName }
          : {
              kind: 'group',
              id: this.structId(),
              name: instanceName,
              path: formatPath(env.path),
              block,
              items: r.structs,
            },
      );
      if (r.cur === null) this.fail(env, ['repeat'], 'a repeated item cannot end in join: none');
      cur = r.cur;
    }
    return { structs: [repeat], cur };
  }

  /** One instance of an item. `inRepeat`: the names scope is already the instance's own. */
  one(
    kind: string,
    value: unknown,
    meta: Record<string, unknown>,
    env: Env,
    cur: Cursor,
    names: Names,
    inRepeat = false,
  ): { structs: Struct[]; cur: Cursor | null } {
    const e: Env = { ...env, names };
    switch (kind) {
      case 'seq':
        return this.group(value, meta, e, cur, ['seq'], inRepeat, 'seq');
      case 'use':
        return this.use(value, meta, e, cur, inRepeat);
      case 'parallel':
        return this.parallel(value, meta, e, cur);
      case 'residual':
        return this.residual(value, meta, e, cur, 'residual');
      case 'dense':
        return this.residual(Array.isArray(value) ? { body: value } : value, meta, e, cur, 'dense');
      case 'se':
        return this.se(value, meta, e, cur);
      default:
        return this.layer(kind, value, meta, e, cur);
    }
  }

  group(
    items: unknown,
    meta: Record<string, unknown>,
    env: Env,
    cur: Cursor,
    at: PathPart[],
    inRepeat: boolean,
    base: string,
    block?: string,
    bodyEnv?: Env,
  ): { structs: Struct[]; cur: Cursor | null } {
    const name = inRepeat ? env.names.prefix : env.names.next(base, meta.name as string | undefined);
    const inner: Env = { ...(bodyEnv ?? env), names: inRepeat ? env.names : env.names.child(name) };
    const r = this.list(items, inner, cur, bodyEnv ? [] : at);
    return {
      structs: [
        { kind: 'group', id: this.structId(), name, path: formatPath([...env.path, ...at]), block, items: r.structs },
      ],
      cur: r.cur,
    };
  }

  use(
    value: unknown,
    meta: Record<string, unknown>,
    env: Env,
    cur: Cursor,
    inRepeat: boolean,
  ): { structs: Struct[]; cur: Cursor | null } {
    const blockName = this.evalIn(env, cur, value, ['use']);
    if (typeof blockName !== 'string') this.fail(env, ['use'], `use names a block, got ${JSON.stringify(blockName)}`);
    const block = this.spec.blocks[blockName];
    if (!block) {
      const hint = closest(blockName, Object.keys(this.spec.blocks));
      this.fail(env, ['use'], `unknown block "${blockName}"${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
    if (env.depth >= MAX_DEPTH)
      this.fail(env, ['use'], `blocks nest more than ${MAX_DEPTH} deep (does ${blockName} use itself?)`);
    const rawArgs = meta.args ?? {};
    if (typeof rawArgs !== 'object' || rawArgs === null || Array.isArray(rawArgs))
      this.fail(env, ['args'], 'args must be a mapping');
    const params: Record<string, Value> = {};
    for (const [key, v] of Object.entries(rawArgs)) {
      if (!(key in block.params)) {
        const known = Object.keys(block.params);
        this.fail(
          env,
          ['args', key],
          `block ${blockName} has no parameter "${key}"${known.length ? ` (it takes ${known.join(', ')})` : ''}`,
        );
      }
      params[key] = this.evalIn(env, cur, v, ['args', key]) as Value;
    }
    for (const [key, def] of Object.entries(block.params)) {
      if (params[key] !== undefined) continue;
      if (def === null) this.fail(env, ['args'], `block ${blockName} needs the parameter ${key}`);
      params[key] = this.evalIn({ ...env, vars: { ...this.rootVars, ...params } }, cur, def, ['args', key]) as Value;
    }
    const bodyEnv: Env = {
      vars: { ...this.rootVars, ...params },
      names: env.names,
      path: ['blocks', blockName, 'layers'],
      via: [`in block ${blockName} used at ${formatPath(env.path)}`, ...env.via],
      depth: env.depth + 1,
    };
    return this.group(block.layers, meta, env, cur, ['use'], inRepeat, blockName, blockName, bodyEnv);
  }

  mapping(env: Env, value: unknown, kind: string, allowed: string[]): Record<string, unknown> {
    if (!value || typeof value !== 'object' || Array.isArray(value))
      this.fail(env, [kind], `${kind} takes a mapping: ${allowed.join(', ')}`);
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail(env, [kind, key], `unknown key "${key}" in ${kind} (known: ${allowed.join(', ')})`);
    }
    return value as Record<string, unknown>;
  }

  layer(
    type: string,
    value: unknown,
    meta: Record<string, unknown>,
    env: Env,
    cur: Cursor,
  ): { structs: Struct[]; cur: Cursor } {
    const def = LAYERS[type]!;
    if (def.internal) {
      this.fail(env, [], `${type} joins branches: write it as join: ${type} of a parallel or residual block`);
    }
    let raw: Record<string, unknown>;
    if (value === null || value === undefined) raw = {};
    else if (typeof value === 'object' && !Array.isArray(value)) raw = { ...(value as Record<string, unknown>) };
    else if (def.shorthand) raw = { [def.shorthand]: value };
    else
      this.fail(env, [type], `${type} takes a mapping of attributes (${Object.keys(def.attrs).join(', ') || 'none'})`);
    const typeDefaults = (this.defaults as Record<string, unknown>)[type];
    if (typeDefaults && typeof typeDefaults === 'object') raw = { ...typeDefaults, ...raw };
    if (def.window && raw.round === undefined && this.defaults.round && 'round' in def.attrs)
      raw.round = this.defaults.round;
    const attrsIn: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(raw)) attrsIn[key] = this.evalIn(env, cur, v, [type, key]);
    let attrs: Attrs;
    let out;
    try {
      attrs = normaliseAttrs(type, def, attrsIn);
      out = def.apply(attrs, cur.shape);
    } catch (error) {
      if (error instanceof LayerError) this.fail(env, error.attr ? [type, error.attr] : [type], error.message);
      throw error;
    }
    const node = this.addNode({
      name: env.names.next(type, meta.name as string | undefined),
      type,
      family: out.family,
      attrs,
      inputs: [cur.id],
      shape: out.shape,
      params: out.params,
      buffers: out.buffers,
      macs: out.macs,
      label: out.label,
      path: formatPath(env.path),
    });
    return { structs: [{ kind: 'layer', node: node.id }], cur: { id: node.id, shape: node.shape } };
  }

  /** A zero-parameter node joining or slicing tensors. */
  special(
    type: 'concat' | 'add' | 'multiply' | 'slice',
    names: Names,
    inputs: string[],
    shape: Shape,
    env: Env,
    label?: string,
  ): Cursor {
    const node = this.addNode({
      name: names.next(type),
      type,
      family: type === 'slice' ? 'split' : type,
      attrs: {},
      inputs,
      shape,
      params: 0,
      buffers: 0,
      macs: 0,
      label: label ?? type,
      path: formatPath(env.path),
    });
    return { id: node.id, shape };
  }

  join(
    type: 'concat' | 'add' | 'multiply',
    ends: { name: string; cur: Cursor }[],
    env: Env,
    at: PathPart[],
    names: Names,
  ): Cursor {
    const shapes = ends.map((e) => e.cur.shape);
    const desc = (i: number) => `${ends[i]!.name} gives ${formatShape(shapes[i]!)}`;
    let shape: Shape;
    if (type === 'concat') {
      for (let i = 1; i < shapes.length; i++) {
        if (shapes[i]!.length !== shapes[0]!.length || shapes[i]!.slice(1).join() !== shapes[0]!.slice(1).join()) {
          this.fail(
            env,
            at,
            `spatial mismatch at concat: ${desc(0)}, ${desc(i)}; concatenated maps need the same height and width`,
          );
        }
      }
      shape = [shapes.reduce((s, x) => s + x[0]!, 0), ...shapes[0]!.slice(1)];
    } else if (type === 'add') {
      for (let i = 1; i < shapes.length; i++) {
        const [a, b] = [shapes[0]!, shapes[i]!];
        if (a[0] !== b[0]) {
          this.fail(
            env,
            at,
            `channel mismatch at add: ${desc(0)}, ${desc(i)}; a shortcut that changes the channels needs a projection`,
          );
        }
        if (a.join() !== b.join()) this.fail(env, at, `spatial mismatch at add: ${desc(0)}, ${desc(i)}`);
      }
      shape = shapes[0]!;
    } else {
      const big = shapes.reduce((a, b) => (b.length > a.length || (b[1] ?? 1) > (a[1] ?? 1) ? b : a));
      for (let i = 0; i < shapes.length; i++) {
        const s = shapes[i]!;
        const broadcast = s[0] === big[0] && s.slice(1).every((x) => x === 1);
        if (s.join() !== big.join() && !broadcast) {
          this.fail(
            env,
            at,
            `shape mismatch at multiply: ${desc(i)}, but the product is ${formatShape(big)} (only C×1×1 broadcasts)`,
          );
        }
      }
      shape = big;
    }
    return this.special(
      type,
      names,
      ends.map((e) => e.cur.id),
      shape,
      env,
    );
  }

  /**
   * Dual-path join (DPN): the first `add` channels of the body and of the shortcut are added (the residual path);
   * the shortcut's remaining channels, then the body's, are concatenated after them (the densely connected path).
   */
  dualJoin(
    add: unknown,
    body: Cursor,
    shortcut: Cursor,
    projected: boolean,
    env: Env,
    at: PathPart[],
    names: Names,
  ): Cursor {
    const [b, s] = [body.shape, shortcut.shape];
    const sc = projected ? 'the shortcut' : 'the identity shortcut';
    if (typeof add !== 'number' || !Number.isInteger(add) || add <= 0)
      this.fail(env, [...at, 'add'], `add must be a positive whole number of channels, got ${JSON.stringify(add)}`);
    if (b.slice(1).join() !== s.slice(1).join())
      this.fail(
        env,
        at,
        `spatial mismatch at dual join: the body gives ${formatShape(b)}, ${sc} gives ${formatShape(s)}`,
      );
    if (add > b[0]! || add > s[0]!) {
      this.fail(
        env,
        at,
        `channel mismatch at dual join: add: ${add} channels, but the body gives ${formatShape(b)} and ${sc} gives ${formatShape(s)}`,
      );
    }
    const shape: Shape = [b[0]! + s[0]! - add, ...b.slice(1)];
    return this.special('add', names, [body.id, shortcut.id], shape, env, `add ${add} + concat`);
  }

  parallel(
    value: unknown,
    meta: Record<string, unknown>,
    env: Env,
    cur: Cursor,
  ): { structs: Struct[]; cur: Cursor | null } {
    const v = this.mapping(env, value, 'parallel', ['branches', 'join', 'split']);
    const join = (this.evalIn(env, cur, v.join ?? 'concat', ['parallel', 'join']) as string) ?? 'concat';
    if (!(JOIN_TYPES as readonly string[]).includes(join))
      this.fail(env, ['parallel', 'join'], `join must be ${JOIN_TYPES.join(', ')}, got "${join}"`);
    let branches: [string, unknown][];
    if (Array.isArray(v.branches)) branches = v.branches.map((b, i) => [`b${i + 1}`, b]);
    else if (v.branches && typeof v.branches === 'object') branches = Object.entries(v.branches);
    else
      this.fail(
        env,
        ['parallel', 'branches'],
        'branches must be a list of item lists, or a mapping of branch name to item list',
      );
    if (branches.length < 1) this.fail(env, ['parallel', 'branches'], 'a parallel block needs branches');
    const name = env.names.next('parallel', meta.name as string | undefined);
    const names = env.names.child(name);
    let starts: Cursor[] = branches.map(() => cur);
    if (v.split !== undefined) {
      const split = this.evalIn(env, cur, v.split, ['parallel', 'split']);
      const c = cur.shape[0]!;
      let sizes: number[];
      if (typeof split === 'number') {
        if (split !== branches.length)
          this.fail(
            env,
            ['parallel', 'split'],
            `split: ${split} must equal the number of branches (${branches.length})`,
          );
        if (c % split !== 0)
          this.fail(env, ['parallel', 'split'], `non-integer split: ${c} channels into ${split} equal parts`);
        sizes = branches.map(() => c / split);
      } else if (
        Array.isArray(split) &&
        split.length === branches.length &&
        split.every((x) => Number.isInteger(x) && (x as number) > 0)
      ) {
        sizes = split as number[];
        if (sizes.reduce((a, b) => a + b, 0) !== c)
          this.fail(
            env,
            ['parallel', 'split'],
            `split sizes ${sizes.join(' + ')} do not add up to the ${c} input channels`,
          );
      } else {
        this.fail(
          env,
          ['parallel', 'split'],
          'split is a number of equal parts, or a list of channel counts, one per branch',
        );
      }
      starts = sizes.map((size, i) =>
        this.special('slice', names, [cur.id], [size, ...cur.shape.slice(1)], env, `split ${i + 1}/${sizes.length}`),
      );
    }
    const struct: ParallelStruct = {
      kind: 'parallel',
      id: this.structId(),
      name,
      path: formatPath(env.path),
      branches: [],
      join: null,
    };
    const ends: { name: string; cur: Cursor }[] = [];
    branches.forEach(([branchName, items], i) => {
      const bNames = names.child(`${name}.${branchName}`);
      const start = starts[i]!;
      const r = this.list(items ?? [], { ...env, names: bNames }, start, [
        'parallel',
        'branches',
        Array.isArray(v.branches) ? i : branchName,
      ]);
      const items2: Struct[] = v.split !== undefined ? [{ kind: 'layer', node: start.id }, ...r.structs] : r.structs;
      struct.branches.push({ name: branchName, items: items2 });
      if (r.cur === null) this.fail(env, ['parallel', 'branches'], 'a branch cannot end in join: none');
      ends.push({ name: `branch ${branchName}`, cur: r.cur });
    });
    if (join === 'none') {
      this.outputs.push(...ends.map((e) => e.cur.id));
      return { structs: [struct], cur: null };
    }
    const out = this.join(join as 'concat' | 'add' | 'multiply', ends, env, ['parallel'], names);
    struct.join = out.id;
    return { structs: [struct], cur: out };
  }

  residual(
    value: unknown,
    meta: Record<string, unknown>,
    env: Env,
    cur: Cursor,
    role: 'residual' | 'dense',
    base: string = role,
  ): { structs: Struct[]; cur: Cursor | null } {
    const v = this.mapping(env, value, role, role === 'dense' ? ['body'] : ['body', 'shortcut', 'join', 'when', 'add']);
    if (v.when !== undefined) {
      const when = this.evalIn(env, cur, v.when, [role, 'when']);
      if (typeof when !== 'boolean')
        this.fail(env, [role, 'when'], `when must give true or false, got ${JSON.stringify(when)}`);
      if (!when) return this.list(v.body, env, cur, [role, 'body']);
    }
    const join =
      role === 'dense' ? 'concat' : ((this.evalIn(env, cur, v.join ?? 'add', [role, 'join']) as string) ?? 'add');
    if (join !== 'add' && join !== 'concat' && join !== 'multiply' && join !== 'dual')
      this.fail(env, [role, 'join'], `join must be add, concat, multiply or dual, got "${join}"`);
    if ((join === 'dual') !== (v.add !== undefined))
      this.fail(
        env,
        [role, join === 'dual' ? 'join' : 'add'],
        'join: dual and add: <channels> go together (a dual-path join adds the first channels and concatenates the rest)',
      );
    const name = env.names.next(base, meta.name as string | undefined);
    const bodyNames = meta.name || base === 'se' ? env.names.child(name) : env.names;
    const body = this.list(v.body, { ...env, names: bodyNames }, cur, [role, 'body']);
    const shortcut = this.list(
      v.shortcut ?? [],
      { ...env, names: bodyNames.child(`${bodyNames.prefix ? `${bodyNames.prefix}.` : ''}shortcut`) },
      cur,
      [role, 'shortcut'],
    );
    if (body.cur === null || shortcut.cur === null) this.fail(env, [role], 'a residual body cannot end in join: none');
    const out =
      join === 'dual'
        ? this.dualJoin(
            this.evalIn(env, cur, v.add, [role, 'add']),
            body.cur,
            shortcut.cur,
            shortcut.structs.length > 0,
            env,
            [role],
            bodyNames,
          )
        : this.join(
            join,
            [
              { name: 'the body', cur: body.cur },
              { name: shortcut.structs.length ? 'the shortcut' : 'the identity shortcut', cur: shortcut.cur },
            ],
            env,
            [role],
            bodyNames,
          );
    const struct: ResidualStruct = {
      kind: 'residual',
      id: this.structId(),
      name,
      path: formatPath(env.path),
      role: join === 'concat' ? 'dense' : join === 'multiply' ? 'gate' : 'residual',
      body: body.structs,
      shortcut: shortcut.structs,
      join: out.id,
    };
    return { structs: [struct], cur: out };
  }

  se(value: unknown, meta: Record<string, unknown>, env: Env, cur: Cursor): { structs: Struct[]; cur: Cursor | null } {
    const v = this.mapping(env, value ?? {}, 'se', ['c', 'r', 'act', 'gate', 'bias']);
    const channels = cur.shape[0]!;
    let squeeze: unknown;
    if (v.c !== undefined) squeeze = this.evalIn(env, cur, v.c, ['se', 'c']);
    else if (v.r !== undefined) {
      const r = this.evalIn(env, cur, v.r, ['se', 'r']);
      if (typeof r !== 'number' || r <= 0)
        this.fail(env, ['se', 'r'], `r must be a positive number, got ${JSON.stringify(r)}`);
      squeeze = channels / r;
    } else this.fail(env, ['se'], 'se needs c (squeezed channels) or r (reduction ratio)');
    if (typeof squeeze !== 'number' || !Number.isInteger(squeeze) || squeeze < 1) {
      this.fail(env, ['se'], `non-integer size: the squeezed channels come to ${JSON.stringify(squeeze)}`);
    }
    const act = (v.act as string | undefined) ?? 'relu';
    const gate = (v.gate as string | undefined) ?? 'sigmoid';
    for (const [key, t] of [
      ['act', act],
      ['gate', gate],
    ] as const) {
      if (!ACTIVATION_TYPES.includes(t)) {
        this.fail(env, ['se', key], `${key} must be an activation such as relu, swish, sigmoid, hsigmoid; got "${t}"`);
      }
    }
    const bias = v.bias ?? true;
    const body = ['gap', { pwconv: { c: squeeze, bias } }, act, { pwconv: { c: channels, bias } }, gate];
    return this.residual(
      { body, join: 'multiply' },
      meta,
      { ...env, path: [...env.path, 'se'] },
      cur,
      'residual',
      'se',
    );
  }
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

/** Expands one (network, variant) of a schema-valid spec. Throws SpecError with the path inside the spec. */
export function buildGraph(spec: ArchSpec, options: BuildOptions = {}): Graph {
  const [net, netIndex] = pickNetwork(spec, options.network);
  let variant: VariantSpec | undefined;
  if (net.variants) {
    variant = options.variant === undefined ? net.variants[0] : net.variants.find((v) => v.id === options.variant);
    if (!variant) {
      throw new SpecError(
        ['networks', netIndex, 'variants'],
        `no variant "${options.variant}" (variants: ${net.variants.map((v) => v.id).join(', ')})`,
      );
    }
  } else if (options.variant !== undefined && options.variant !== net.id) {
    throw new SpecError(
      ['networks', netIndex],
      `network ${net.id} has no variants; "${options.variant}" does not exist`,
    );
  }
  const vars: Record<string, Value> = {
    ...(net.vars as Record<string, Value>),
    ...((variant?.vars ?? {}) as Record<string, Value>),
  };
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
