/**
 * Expands spec items into graph nodes and the tree of structures. Every item goes through the same steps:
 * parse (its type, value and meta keys, once), include (`if`), repeat, then expand by kind — a structure
 * (seq, use, parallel, residual, dense, se) recurses into its item lists; a layer becomes one node whose shape
 * and counts come from its definition in layers.ts. Problems are thrown as SpecError with the path inside the
 * spec and the context (block, variant) appended.
 */
import { clean, ExprError, isExpression, resolve, type Scope, type Value } from './expr.ts';
import { closest, formatPath, SpecError, type PathPart } from './errors.ts';
import type { GraphNode, GroupStruct, ParallelStruct, RepeatStruct, ResidualStruct, Struct } from './graph.ts';
import { dualJoinShape, joinShape, type JoinType } from './joins.ts';
import {
  ACTIVATION_TYPES,
  formatShape,
  LAYER_TYPES,
  LayerError,
  LAYERS,
  normaliseAttrs,
  type Attrs,
  type LayerOutcome,
  type Shape,
} from './layers.ts';
import type { ArchSpec, Defaults, NetworkSpec } from './spec-schema.ts';

const META_KEYS = new Set(['name', 'repeat', 'if', 'args']);
const STRUCTURES = ['seq', 'use', 'parallel', 'residual', 'dense', 'se'];
const JOIN_TYPES = ['concat', 'add', 'multiply', 'none'] as const;
const RESIDUAL_JOINS = ['add', 'concat', 'multiply', 'dual'] as const;
type ResidualJoin = (typeof RESIDUAL_JOINS)[number];
/** Deeper block nesting than this is taken for a block that uses itself. */
const MAX_DEPTH = 40;

/** The tensor flowing between items: the node that produced it and its shape. */
interface Cursor {
  id: string;
  shape: Shape;
}

/** What expanding items gives: the structures to draw, and the cursor after them (null after join: none). */
interface Step {
  structs: Struct[];
  cur: Cursor | null;
}

/** An item's keys besides its type, parsed once. */
interface ItemMeta {
  name?: string;
  repeat?: unknown;
  if?: unknown;
  args?: unknown;
}

/** One list item: its type or structure keyword, the value under it, and its meta keys. */
interface Item {
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

/** Where an item is expanded: its variables, name scope, spec path and the context for messages. */
export interface Env {
  vars: Record<string, Value>;
  names: Names;
  path: PathPart[];
  /** Context appended to messages: `in block x used at networks[0].layers[3]`, `variant resnet-50`. */
  via: string[];
  depth: number;
}

/** How one instance of an item is expanded: its name scope; `inRepeat` when that scope is the instance's own. */
interface Instance {
  names: Names;
  inRepeat: boolean;
}

interface GroupOptions {
  items: unknown;
  meta: ItemMeta;
  /** Path of the item list relative to the item (`['seq']`); unused when the body is a block's. */
  at: PathPart[];
  inRepeat: boolean;
  /** Base of the generated name (`seq`, or the block's name). */
  base: string;
  block?: string;
  /** A block's own environment (its parameters, its path under `blocks:`). */
  bodyEnv?: Env;
}

/** A zero-parameter node that joins or slices tensors. */
interface SpecialNode {
  type: JoinType | 'slice';
  inputs: string[];
  shape: Shape;
  label?: string;
}

interface JoinOptions {
  type: JoinType;
  ends: { name: string; cur: Cursor }[];
  /** Path of the joining structure, relative to the item. */
  at: PathPart[];
  names: Names;
}

interface DualJoinOptions {
  add: unknown;
  body: Cursor;
  shortcut: Cursor;
  projected: boolean;
  at: PathPart[];
  names: Names;
}

type ResidualRole = 'residual' | 'dense';

const isMapping = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export class Builder {
  readonly nodes: GraphNode[] = [];
  readonly outputs: string[] = [];
  private structCount = 0;
  private readonly defaults: Defaults;
  private readonly spec: ArchSpec;
  private readonly rootVars: Record<string, Value>;

  constructor(spec: ArchSpec, rootVars: Record<string, Value>) {
    this.spec = spec;
    this.rootVars = rootVars;
    this.defaults = {} as Defaults;
  }

  /** The spec's defaults with the network's merged over them, one layer type at a time. */
  withDefaults(net: NetworkSpec): this {
    const merged: Record<string, unknown> = { ...(this.spec.defaults ?? {}) };
    for (const [k, v] of Object.entries(net.defaults ?? {})) {
      merged[k] = typeof v === 'object' && v !== null ? { ...((merged[k] as object) ?? {}), ...v } : v;
    }
    Object.assign(this.defaults, merged);
    return this;
  }

  fail(env: Env, extra: PathPart[], message: string): never {
    throw new SpecError([...env.path, ...extra], env.via.length ? `${message} (${env.via.join('; ')})` : message);
  }

  private structId(): string {
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

  private evalIn(env: Env, cur: Cursor, value: unknown, at: PathPart[]): unknown {
    if (!isExpression(value) && !Array.isArray(value)) return value;
    try {
      return clean(resolve(value, this.scope(env, cur)));
    } catch (error) {
      if (error instanceof ExprError) this.fail(env, at, error.message);
      throw error;
    }
  }

  // ---- nodes ----------------------------------------------------------------------------------------------

  private addNode(node: Omit<GraphNode, 'id'>): GraphNode {
    const full = { id: `n${this.nodes.length}`, ...node };
    this.nodes.push(full);
    return full;
  }

  /** The input node, n0. */
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

  private special({ type, inputs, shape, label }: SpecialNode, names: Names, env: Env): Cursor {
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

  // ---- item lists and items -------------------------------------------------------------------------------

  /** Expands a list of items in order, each taking the previous one's output. */
  list(items: unknown, env: Env, cur: Cursor | null, at: PathPart[] = []): Step {
    if (!Array.isArray(items)) this.fail(env, at, 'must be a list of layer items');
    const structs: Struct[] = [];
    items.forEach((item, i) => {
      const step = this.item(item, { ...env, path: [...env.path, ...at, i] }, cur);
      structs.push(...step.structs);
      cur = step.cur;
    });
    return { structs, cur };
  }

  private item(raw: unknown, env: Env, cur: Cursor | null): Step {
    if (cur === null)
      this.fail(env, [], 'nothing can follow a parallel block with join: none (its branches are the outputs)');
    const item = this.parseItem(raw, env);
    if (!this.included(item.meta, env, cur)) return { structs: [], cur };
    if (item.meta.repeat === undefined) return this.one(item, env, cur, { names: env.names, inRepeat: false });
    return this.repeat(item, env, cur);
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
      item = { kind, value, meta: Object.fromEntries(entries.filter(([k]) => META_KEYS.has(k))) as ItemMeta };
    } else {
      this.fail(env, [], `an item is a layer type name or a mapping, got ${JSON.stringify(raw)}`);
    }
    if (!(item.kind in LAYERS) && !STRUCTURES.includes(item.kind)) {
      const hint = closest(item.kind, [...LAYER_TYPES, ...STRUCTURES]);
      this.fail(env, [], `unknown layer type "${item.kind}"${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
    const { meta } = item;
    if (meta.args !== undefined && item.kind !== 'use') this.fail(env, ['args'], 'args is given only with use');
    if (meta.name !== undefined && (typeof meta.name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(meta.name))) {
      this.fail(env, ['name'], 'name must be letters, digits, _ and -');
    }
    return item;
  }

  /** An item's `if`: whether it is part of this variant. */
  private included(meta: ItemMeta, env: Env, cur: Cursor): boolean {
    if (meta.if === undefined) return true;
    const cond = this.evalIn(env, cur, meta.if, ['if']);
    if (typeof cond !== 'boolean') this.fail(env, ['if'], `if must give true or false, got ${JSON.stringify(cond)}`);
    return cond;
  }

  /** `repeat: N`: N instances in a chain, each a group named by its index, inside one repeat structure. */
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
    const repeat: RepeatStruct = {
      kind: 'repeat',
      id: this.structId(),
      name,
      path: formatPath(env.path),
      count,
      block,
      label: item.meta.name ?? block,
      instances: [],
    };
    const instanceItem: Item = { ...item, meta: { ...item.meta, name: undefined } };
    let at: Cursor = cur;
    for (let i = 0; i < count; i++) {
      const instanceName = names.next('', String(i));
      const instanceEnv: Env = { ...env, vars: { ...env.vars, i } };
      const step = this.one(instanceItem, instanceEnv, at, { names: names.child(instanceName), inRepeat: true });
      repeat.instances.push(this.instanceGroup(step, instanceName, env, block));
      if (step.cur === null) this.fail(env, ['repeat'], 'a repeated item cannot end in join: none');
      at = step.cur;
    }
    return { structs: [repeat], cur: at };
  }

  /** One repetition as a group: the group the item made (renamed by its index), or a new one around it. */
  private instanceGroup(step: Step, name: string, env: Env, block: string | undefined): GroupStruct {
    const only = step.structs.length === 1 ? step.structs[0] : undefined;
    if (only?.kind === 'group') return { ...only, name };
    return { kind: 'group', id: this.structId(), name, path: formatPath(env.path), block, items: step.structs };
  }

  /** One instance of an item, by its kind. */
  private one(item: Item, env: Env, cur: Cursor, instance: Instance): Step {
    const e: Env = { ...env, names: instance.names };
    const { kind, value, meta } = item;
    switch (kind) {
      case 'seq':
        return this.group(e, cur, { items: value, meta, at: ['seq'], inRepeat: instance.inRepeat, base: 'seq' });
      case 'use':
        return this.use(value, meta, e, cur, instance.inRepeat);
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

  // ---- structures -----------------------------------------------------------------------------------------

  /** A named sequence: a `seq`, or a block's layers (with the block's own environment). */
  private group(env: Env, cur: Cursor, options: GroupOptions): Step {
    const name = options.inRepeat ? env.names.prefix : env.names.next(options.base, options.meta.name);
    const inner: Env = { ...(options.bodyEnv ?? env), names: options.inRepeat ? env.names : env.names.child(name) };
    const step = this.list(options.items, inner, cur, options.bodyEnv ? [] : options.at);
    const struct: GroupStruct = {
      kind: 'group',
      id: this.structId(),
      name,
      path: formatPath([...env.path, ...options.at]),
      block: options.block,
      items: step.structs,
    };
    return { structs: [struct], cur: step.cur };
  }

  /** `use: <block>`: the block's layers, seeing the network's variables and the block's parameters. */
  private use(value: unknown, meta: ItemMeta, env: Env, cur: Cursor, inRepeat: boolean): Step {
    const blockName = this.evalIn(env, cur, value, ['use']);
    if (typeof blockName !== 'string') this.fail(env, ['use'], `use names a block, got ${JSON.stringify(blockName)}`);
    const block = this.spec.blocks[blockName];
    if (!block) {
      const hint = closest(blockName, Object.keys(this.spec.blocks));
      this.fail(env, ['use'], `unknown block "${blockName}"${hint ? ` (did you mean ${hint}?)` : ''}`);
    }
    if (env.depth >= MAX_DEPTH)
      this.fail(env, ['use'], `blocks nest more than ${MAX_DEPTH} deep (does ${blockName} use itself?)`);
    const params = this.blockParams(blockName, block.params, meta, env, cur);
    const bodyEnv: Env = {
      vars: { ...this.rootVars, ...params },
      names: env.names,
      path: ['blocks', blockName, 'layers'],
      via: [`in block ${blockName} used at ${formatPath(env.path)}`, ...env.via],
      depth: env.depth + 1,
    };
    return this.group(env, cur, {
      items: block.layers,
      meta,
      at: ['use'],
      inRepeat,
      base: blockName,
      block: blockName,
      bodyEnv,
    });
  }

  /** A block's parameters: the item's `args`, then the defaults (which may use the args given before them). */
  private blockParams(
    blockName: string,
    declared: Record<string, unknown>,
    meta: ItemMeta,
    env: Env,
    cur: Cursor,
  ): Record<string, Value> {
    const rawArgs = meta.args ?? {};
    if (!isMapping(rawArgs)) this.fail(env, ['args'], 'args must be a mapping');
    const params: Record<string, Value> = {};
    for (const [key, v] of Object.entries(rawArgs)) {
      if (!(key in declared)) {
        const known = Object.keys(declared);
        this.fail(
          env,
          ['args', key],
          `block ${blockName} has no parameter "${key}"${known.length ? ` (it takes ${known.join(', ')})` : ''}`,
        );
      }
      params[key] = this.evalIn(env, cur, v, ['args', key]) as Value;
    }
    for (const [key, def] of Object.entries(declared)) {
      if (params[key] !== undefined) continue;
      if (def === null) this.fail(env, ['args'], `block ${blockName} needs the parameter ${key}`);
      params[key] = this.evalIn({ ...env, vars: { ...this.rootVars, ...params } }, cur, def, ['args', key]) as Value;
    }
    return params;
  }

  /** A structure's value as a mapping with only the `allowed` keys. */
  private mapping(env: Env, value: unknown, kind: string, allowed: string[]): Record<string, unknown> {
    if (!isMapping(value)) this.fail(env, [kind], `${kind} takes a mapping: ${allowed.join(', ')}`);
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail(env, [kind, key], `unknown key "${key}" in ${kind} (known: ${allowed.join(', ')})`);
    }
    return value;
  }

  private join(env: Env, { type, ends, at, names }: JoinOptions): Cursor {
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
    return this.special({ type, inputs: ends.map((e) => e.cur.id), shape }, names, env);
  }

  private dualJoin(env: Env, options: DualJoinOptions): Cursor {
    let shape: Shape;
    try {
      shape = dualJoinShape({
        add: options.add,
        body: options.body.shape,
        shortcut: options.shortcut.shape,
        projected: options.projected,
      });
    } catch (error) {
      if (error instanceof LayerError)
        this.fail(env, error.attr ? [...options.at, error.attr] : options.at, error.message);
      throw error;
    }
    const label = `add ${options.add as number} + concat`;
    return this.special(
      { type: 'add', inputs: [options.body.id, options.shortcut.id], shape, label },
      options.names,
      env,
    );
  }

  /** `parallel`: branches from the same input (or from slices of it), joined or left as separate outputs. */
  private parallel(value: unknown, meta: ItemMeta, env: Env, cur: Cursor): Step {
    const v = this.mapping(env, value, 'parallel', ['branches', 'join', 'split']);
    const join = (this.evalIn(env, cur, v.join ?? 'concat', ['parallel', 'join']) as string) ?? 'concat';
    if (!(JOIN_TYPES as readonly string[]).includes(join))
      this.fail(env, ['parallel', 'join'], `join must be ${JOIN_TYPES.join(', ')}, got "${join}"`);
    const branches = this.branchList(env, v.branches);
    const name = env.names.next('parallel', meta.name);
    const names = env.names.child(name);
    const starts =
      v.split === undefined ? branches.map(() => cur) : this.splitStarts(env, cur, v.split, branches.length, names);
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
      const start = starts[i]!;
      const step = this.list(items ?? [], { ...env, names: names.child(`${name}.${branchName}`) }, start, [
        'parallel',
        'branches',
        Array.isArray(v.branches) ? i : branchName,
      ]);
      const sliced: Struct[] =
        v.split !== undefined ? [{ kind: 'layer', node: start.id }, ...step.structs] : step.structs;
      struct.branches.push({ name: branchName, items: sliced });
      if (step.cur === null) this.fail(env, ['parallel', 'branches'], 'a branch cannot end in join: none');
      ends.push({ name: `branch ${branchName}`, cur: step.cur });
    });
    if (join === 'none') {
      this.outputs.push(...ends.map((e) => e.cur.id));
      return { structs: [struct], cur: null };
    }
    const out = this.join(env, { type: join as JoinType, ends, at: ['parallel'], names });
    struct.join = out.id;
    return { structs: [struct], cur: out };
  }

  /** A parallel's branches as [name, items]: a list is named b1, b2, …; a mapping by its keys. */
  private branchList(env: Env, branches: unknown): [string, unknown][] {
    let list: [string, unknown][];
    if (Array.isArray(branches)) list = branches.map((b, i) => [`b${i + 1}`, b]);
    else if (isMapping(branches)) list = Object.entries(branches);
    else
      this.fail(
        env,
        ['parallel', 'branches'],
        'branches must be a list of item lists, or a mapping of branch name to item list',
      );
    if (list.length < 1) this.fail(env, ['parallel', 'branches'], 'a parallel block needs branches');
    return list;
  }

  /** `split`: the input's channels divided between the branches (equal parts, or listed sizes), one slice each. */
  private splitStarts(env: Env, cur: Cursor, value: unknown, branches: number, names: Names): Cursor[] {
    const split = this.evalIn(env, cur, value, ['parallel', 'split']);
    const at = ['parallel', 'split'];
    const c = cur.shape[0]!;
    let sizes: number[];
    if (typeof split === 'number') {
      if (split !== branches) this.fail(env, at, `split: ${split} must equal the number of branches (${branches})`);
      if (c % split !== 0) this.fail(env, at, `non-integer split: ${c} channels into ${split} equal parts`);
      sizes = Array.from({ length: branches }, () => c / split);
    } else if (
      Array.isArray(split) &&
      split.length === branches &&
      split.every((x) => Number.isInteger(x) && (x as number) > 0)
    ) {
      sizes = split as number[];
      if (sizes.reduce((a, b) => a + b, 0) !== c)
        this.fail(env, at, `split sizes ${sizes.join(' + ')} do not add up to the ${c} input channels`);
    } else {
      this.fail(env, at, 'split is a number of equal parts, or a list of channel counts, one per branch');
    }
    return sizes.map((size, i) =>
      this.special(
        {
          type: 'slice',
          inputs: [cur.id],
          shape: [size, ...cur.shape.slice(1)],
          label: `split ${i + 1}/${sizes.length}`,
        },
        names,
        env,
      ),
    );
  }

  /** `residual` and `dense`: a body beside a shortcut (identity when empty), joined. `base` names it (`se`). */
  private residual(
    value: unknown,
    meta: ItemMeta,
    env: Env,
    cur: Cursor,
    role: ResidualRole,
    base: string = role,
  ): Step {
    const v = this.mapping(env, value, role, role === 'dense' ? ['body'] : ['body', 'shortcut', 'join', 'when', 'add']);
    if (v.when !== undefined) {
      const when = this.evalIn(env, cur, v.when, [role, 'when']);
      if (typeof when !== 'boolean')
        this.fail(env, [role, 'when'], `when must give true or false, got ${JSON.stringify(when)}`);
      if (!when) return this.list(v.body, env, cur, [role, 'body']);
    }
    const join = this.residualJoin(env, cur, v, role);
    const name = env.names.next(base, meta.name);
    const bodyNames = meta.name || base === 'se' ? env.names.child(name) : env.names;
    const body = this.list(v.body, { ...env, names: bodyNames }, cur, [role, 'body']);
    const shortcutNames = bodyNames.child(`${bodyNames.prefix ? `${bodyNames.prefix}.` : ''}shortcut`);
    const shortcut = this.list(v.shortcut ?? [], { ...env, names: shortcutNames }, cur, [role, 'shortcut']);
    if (body.cur === null || shortcut.cur === null) this.fail(env, [role], 'a residual body cannot end in join: none');
    const projected = shortcut.structs.length > 0;
    const out =
      join === 'dual'
        ? this.dualJoin(env, {
            add: this.evalIn(env, cur, v.add, [role, 'add']),
            body: body.cur,
            shortcut: shortcut.cur,
            projected,
            at: [role],
            names: bodyNames,
          })
        : this.join(env, {
            type: join,
            ends: [
              { name: 'the body', cur: body.cur },
              { name: projected ? 'the shortcut' : 'the identity shortcut', cur: shortcut.cur },
            ],
            at: [role],
            names: bodyNames,
          });
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

  /** A residual's join: add unless given; dense is always concat; a dual join needs `add`, and only it does. */
  private residualJoin(env: Env, cur: Cursor, v: Record<string, unknown>, role: ResidualRole): ResidualJoin {
    if (role === 'dense') return 'concat';
    const join = (this.evalIn(env, cur, v.join ?? 'add', [role, 'join']) as string) ?? 'add';
    if (!(RESIDUAL_JOINS as readonly string[]).includes(join))
      this.fail(env, [role, 'join'], `join must be add, concat, multiply or dual, got "${join}"`);
    if ((join === 'dual') !== (v.add !== undefined))
      this.fail(
        env,
        [role, join === 'dual' ? 'join' : 'add'],
        'join: dual and add: <channels> go together (a dual-path join adds the first channels and concatenates the rest)',
      );
    return join as ResidualJoin;
  }

  /** Squeeze-and-excitation: x · gate(pwconv(act(pwconv(gap(x))))), written as a residual with join: multiply. */
  private se(value: unknown, meta: ItemMeta, env: Env, cur: Cursor): Step {
    const v = this.mapping(env, value ?? {}, 'se', ['c', 'r', 'act', 'gate', 'bias']);
    const channels = cur.shape[0]!;
    const squeeze = this.squeezedChannels(env, cur, v, channels);
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

  /** An SE block's squeezed width: `c`, or the input channels divided by `r`; a whole number either way. */
  private squeezedChannels(env: Env, cur: Cursor, v: Record<string, unknown>, channels: number): number {
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
    return squeeze;
  }

  // ---- layers ---------------------------------------------------------------------------------------------

  /** A layer item: one node whose shape, counts and label come from its definition. */
  private layer(type: string, value: unknown, meta: ItemMeta, env: Env, cur: Cursor): Step {
    const def = LAYERS[type]!;
    if (def.internal) {
      this.fail(env, [], `${type} joins branches: write it as join: ${type} of a parallel or residual block`);
    }
    const raw = this.layerAttrs(type, value, env);
    const attrsIn: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(raw)) attrsIn[key] = this.evalIn(env, cur, v, [type, key]);
    let attrs: Attrs;
    let out: LayerOutcome;
    try {
      attrs = normaliseAttrs(type, def, attrsIn);
      out = def.apply(attrs, cur.shape);
    } catch (error) {
      if (error instanceof LayerError) this.fail(env, error.attr ? [type, error.attr] : [type], error.message);
      throw error;
    }
    const node = this.addNode({
      name: env.names.next(type, meta.name),
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

  /** A layer's written attributes (a mapping, or a scalar for its shorthand) over the defaults for its type. */
  private layerAttrs(type: string, value: unknown, env: Env): Record<string, unknown> {
    const def = LAYERS[type]!;
    let raw: Record<string, unknown>;
    if (value === null || value === undefined) raw = {};
    else if (isMapping(value)) raw = { ...value };
    else if (def.shorthand) raw = { [def.shorthand]: value };
    else
      this.fail(env, [type], `${type} takes a mapping of attributes (${Object.keys(def.attrs).join(', ') || 'none'})`);
    const typeDefaults = (this.defaults as Record<string, unknown>)[type];
    if (typeDefaults && typeof typeDefaults === 'object') raw = { ...(typeDefaults as object), ...raw };
    if (def.window && raw.round === undefined && this.defaults.round && 'round' in def.attrs)
      raw.round = this.defaults.round;
    return raw;
  }
}
