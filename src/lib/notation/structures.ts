/**
 * The structure keywords of the spec format and how each expands: named sequences and blocks (`seq`, `use`),
 * cells drawn as small graphs (`cell`), branches (`parallel`), shortcuts (`residual`, `dense`, `se`, `transform`),
 * side outputs (`head`), and joins of named tensors (`concat: [a, b]`, `add`, `multiply`). Backbones by
 * reference are in reference.ts, the larger parts (ASPP, FPN, RPN, hourglass …) in parts.ts.
 */
import type { PathPart } from './errors.ts';
import { formatPath } from '../issues.ts';
import type { Value } from './expr.ts';
import { closest } from './errors.ts';
import {
  group,
  isMapping,
  MAX_DEPTH,
  type Builder,
  type Call,
  type Cursor,
  type Env,
  type Expander,
  type Names,
  type Step,
} from './builder.ts';
import type { HeadStruct, Link, ParallelStruct, ResidualStruct, Struct } from './graph.ts';
import { dualJoinShape, type JoinType } from './joins.ts';
import { ACTIVATION_TYPES, formatShape, LayerError, type Shape } from './layers/index.ts';
import { PART_EXPANDERS } from './parts.ts';
import { backbone } from './reference.ts';

const JOIN_TYPES = ['concat', 'add', 'multiply', 'none'] as const;
const RESIDUAL_JOINS = ['add', 'concat', 'multiply', 'dual'] as const;
type ResidualJoin = (typeof RESIDUAL_JOINS)[number];
type ResidualRole = 'residual' | 'dense';

// ---- blocks ---------------------------------------------------------------------------------------------

/** `use: <block>`: the block's layers, seeing the network's variables, the block's parameters and inputs. */
const use: Expander = (b: Builder, call: Call): Step => {
  const { item, env, cur } = call;
  const blocks = env.ctx.spec.blocks;
  const blockName = b.evalIn(env, cur, item.value, ['use']);
  if (typeof blockName !== 'string') b.fail(env, ['use'], `use names a block, got ${JSON.stringify(blockName)}`);
  const block = blocks[blockName];
  if (!block) {
    const hint = closest(blockName, Object.keys(blocks));
    b.fail(env, ['use'], `unknown block "${blockName}"${hint ? ` (did you mean ${hint}?)` : ''}`);
  }
  if (env.depth >= MAX_DEPTH)
    b.fail(env, ['use'], `blocks nest more than ${MAX_DEPTH} deep (does ${blockName} use itself?)`);
  const params = blockParams(b, call, blockName, block.params);
  const bodyEnv: Env = {
    ctx: env.ctx,
    vars: { ...env.ctx.rootVars, ...params },
    names: env.names,
    path: ['blocks', blockName, 'layers'],
    via: [`in block ${blockName} used at ${formatPath(env.path)}`, ...env.via],
    depth: env.depth + 1,
    tensors: blockInputs(b, call, blockName, block.inputs),
    history: [cur],
    stop: env.stop,
  };
  return group(b, call, { items: block.layers, at: ['use'], base: blockName, block: blockName, bodyEnv });
};

/** A block's parameters: the item's `args`, then the defaults (which may use the args given before them). */
function blockParams(
  b: Builder,
  { item, env, cur }: Call,
  blockName: string,
  declared: Record<string, unknown>,
): Record<string, Value> {
  const rawArgs = item.meta.args ?? {};
  if (!isMapping(rawArgs)) b.fail(env, ['args'], 'args must be a mapping');
  const params: Record<string, Value> = {};
  for (const [key, v] of Object.entries(rawArgs)) {
    if (!(key in declared)) {
      const known = Object.keys(declared);
      b.fail(
        env,
        ['args', key],
        `block ${blockName} has no parameter "${key}"${known.length ? ` (it takes ${known.join(', ')})` : ''}`,
      );
    }
    params[key] = b.evalIn(env, cur, v, ['args', key]) as Value;
  }
  for (const [key, def] of Object.entries(declared)) {
    if (params[key] !== undefined) continue;
    if (def === null) b.fail(env, ['args'], `block ${blockName} needs the parameter ${key}`);
    params[key] = b.evalIn({ ...env, vars: { ...env.ctx.rootVars, ...params } }, cur, def, ['args', key]) as Value;
  }
  return params;
}

/** The block's named inputs bound to the tensors `from` gives (the first is its main input). */
function blockInputs(
  b: Builder,
  { env, cur, extra }: Call,
  blockName: string,
  declared?: string[],
): Map<string, Cursor> {
  const given = [cur, ...extra];
  const names = declared ?? [];
  if (given.length > Math.max(1, names.length))
    b.fail(env, ['from'], `block ${blockName} reads ${names.length || 1} tensor(s), but from gives ${given.length}`);
  if (given.length < names.length)
    b.fail(env, ['from'], `block ${blockName} reads ${names.join(', ')}: give from: with ${names.length} tensors`);
  return new Map(names.map((name, i) => [name, given[i]!]));
}

// ---- branches -------------------------------------------------------------------------------------------

/** `parallel`: branches from the same input (or from slices of it), joined or left as separate outputs. */
const parallel: Expander = (b: Builder, { item, env, cur }: Call): Step => {
  const v = b.mapping(env, item.value, 'parallel', ['branches', 'join', 'split']);
  const join = (b.evalIn(env, cur, v.join ?? 'concat', ['parallel', 'join']) as string) ?? 'concat';
  if (!(JOIN_TYPES as readonly string[]).includes(join))
    b.fail(env, ['parallel', 'join'], `join must be ${JOIN_TYPES.join(', ')}, got "${join}"`);
  const branches = branchList(b, env, v.branches);
  const name = env.names.next('parallel', item.meta.name);
  const names = env.names.child(name);
  const starts =
    v.split === undefined ? branches.map(() => cur) : splitStarts(b, env, cur, v.split, branches.length, names);
  const struct: ParallelStruct = {
    kind: 'parallel',
    id: b.structId(),
    name,
    path: formatPath(env.path),
    branches: [],
    join: null,
  };
  const ends: { name: string; cur: Cursor }[] = [];
  branches.forEach(([branchName, items], i) => {
    const start = starts[i]!;
    const step = b.list(items ?? [], { ...env, names: names.child(`${name}.${branchName}`) }, start, [
      'parallel',
      'branches',
      Array.isArray(v.branches) ? i : branchName,
    ]);
    const sliced: Struct[] =
      v.split !== undefined ? [{ kind: 'layer', node: start.id }, ...step.structs] : step.structs;
    struct.branches.push({ name: branchName, items: sliced });
    if (step.cur === null) b.fail(env, ['parallel', 'branches'], 'a branch cannot end in join: none');
    ends.push({ name: `branch ${branchName}`, cur: step.cur });
  });
  if (join === 'none') {
    b.outputs.push(...ends.map((e) => e.cur.id));
    return { structs: [struct], cur: null };
  }
  const out = b.join(env, { type: join as JoinType, ends, at: ['parallel'], names });
  struct.join = out.id;
  return { structs: [struct], cur: out };
};

/** A parallel's branches as [name, items]: a list is named b1, b2, …; a mapping by its keys. */
function branchList(b: Builder, env: Env, branches: unknown): [string, unknown][] {
  let list: [string, unknown][];
  if (Array.isArray(branches)) list = branches.map((x, i) => [`b${i + 1}`, x]);
  else if (isMapping(branches)) list = Object.entries(branches);
  else
    b.fail(
      env,
      ['parallel', 'branches'],
      'branches must be a list of item lists, or a mapping of branch name to item list',
    );
  if (list.length < 1) b.fail(env, ['parallel', 'branches'], 'a parallel block needs branches');
  return list;
}

/** `split`: the input's channels divided between the branches (equal parts, or listed sizes), one slice each. */
function splitStarts(b: Builder, env: Env, cur: Cursor, value: unknown, branches: number, names: Names): Cursor[] {
  const split = b.evalIn(env, cur, value, ['parallel', 'split']);
  const at = ['parallel', 'split'];
  const c = cur.shape[0]!;
  let sizes: number[];
  if (typeof split === 'number') {
    if (split !== branches) b.fail(env, at, `split: ${split} must equal the number of branches (${branches})`);
    if (c % split !== 0) b.fail(env, at, `non-integer split: ${c} channels into ${split} equal parts`);
    sizes = Array.from({ length: branches }, () => c / split);
  } else if (
    Array.isArray(split) &&
    split.length === branches &&
    split.every((x) => Number.isInteger(x) && (x as number) > 0)
  ) {
    sizes = split as number[];
    if (sizes.reduce((x, y) => x + y, 0) !== c)
      b.fail(env, at, `split sizes ${sizes.join(' + ')} do not add up to the ${c} input channels`);
  } else {
    b.fail(env, at, 'split is a number of equal parts, or a list of channel counts, one per branch');
  }
  return sizes.map((size, i) =>
    b.special(
      {
        type: 'slice',
        inputs: [cur],
        shape: [size, ...cur.shape.slice(1)],
        label: `split ${i + 1}/${sizes.length}`,
      },
      names,
      env,
    ),
  );
}

// ---- shortcuts ------------------------------------------------------------------------------------------

/** `residual` and `dense`: a body beside a shortcut (identity when empty), joined. `base` names it (`se`). */
function residual(b: Builder, call: Call, value: unknown, role: ResidualRole, base: string = role): Step {
  const { item, env, cur } = call;
  const v = b.mapping(env, value, role, role === 'dense' ? ['body'] : ['body', 'shortcut', 'join', 'when', 'add']);
  if (v.when !== undefined) {
    const when = b.evalIn(env, cur, v.when, [role, 'when']);
    if (typeof when !== 'boolean')
      b.fail(env, [role, 'when'], `when must give true or false, got ${JSON.stringify(when)}`);
    if (!when) return b.list(v.body, env, cur, [role, 'body']);
  }
  const join = residualJoin(b, env, cur, v, role);
  const name = env.names.next(base, item.meta.name);
  const bodyNames = item.meta.name || base === 'se' ? env.names.child(name) : env.names;
  const body = b.list(v.body, { ...env, names: bodyNames }, cur, [role, 'body']);
  const shortcutNames = bodyNames.child(`${bodyNames.prefix ? `${bodyNames.prefix}.` : ''}shortcut`);
  const shortcut = b.list(v.shortcut ?? [], { ...env, names: shortcutNames }, cur, [role, 'shortcut']);
  if (body.cur === null || shortcut.cur === null) b.fail(env, [role], 'a residual body cannot end in join: none');
  const projected = shortcut.structs.length > 0;
  const out =
    join === 'dual'
      ? dualJoin(b, env, {
          add: b.evalIn(env, cur, v.add, [role, 'add']),
          body: body.cur,
          shortcut: shortcut.cur,
          projected,
          names: bodyNames,
          at: [role],
        })
      : b.join(env, {
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
    id: b.structId(),
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
function residualJoin(b: Builder, env: Env, cur: Cursor, v: Record<string, unknown>, role: ResidualRole): ResidualJoin {
  if (role === 'dense') return 'concat';
  const join = (b.evalIn(env, cur, v.join ?? 'add', [role, 'join']) as string) ?? 'add';
  if (!(RESIDUAL_JOINS as readonly string[]).includes(join))
    b.fail(env, [role, 'join'], `join must be add, concat, multiply or dual, got "${join}"`);
  if ((join === 'dual') !== (v.add !== undefined))
    b.fail(
      env,
      [role, join === 'dual' ? 'join' : 'add'],
      'join: dual and add: <channels> go together (a dual-path join adds the first channels and concatenates the rest)',
    );
  return join as ResidualJoin;
}

interface DualJoinOptions {
  add: unknown;
  body: Cursor;
  shortcut: Cursor;
  projected: boolean;
  names: Names;
  at: PathPart[];
}

function dualJoin(b: Builder, env: Env, options: DualJoinOptions): Cursor {
  let shape: Shape;
  try {
    shape = dualJoinShape({
      add: options.add,
      body: options.body.shape,
      shortcut: options.shortcut.shape,
      projected: options.projected,
    });
  } catch (error) {
    if (error instanceof LayerError) b.fail(env, error.attr ? [...options.at, error.attr] : options.at, error.message);
    throw error;
  }
  const label = `add ${options.add as number} + concat`;
  return b.special({ type: 'add', inputs: [options.body, options.shortcut], shape, label }, options.names, env);
}

/** Squeeze-and-excitation: x · gate(pwconv(act(pwconv(gap(x))))), written as a residual with join: multiply. */
const se: Expander = (b: Builder, call: Call): Step => {
  const { item, env, cur } = call;
  const v = b.mapping(env, item.value ?? {}, 'se', ['c', 'r', 'act', 'gate', 'bias']);
  const channels = cur.shape[0]!;
  const squeeze = squeezedChannels(b, env, cur, v, channels);
  const act = (v.act as string | undefined) ?? 'relu';
  const gate = (v.gate as string | undefined) ?? 'sigmoid';
  for (const [key, t] of [
    ['act', act],
    ['gate', gate],
  ] as const) {
    if (!ACTIVATION_TYPES.includes(t)) {
      b.fail(env, ['se', key], `${key} must be an activation such as relu, swish, sigmoid, hsigmoid; got "${t}"`);
    }
  }
  const bias = v.bias ?? true;
  const body = ['gap', { pwconv: { c: squeeze, bias } }, act, { pwconv: { c: channels, bias } }, gate];
  return residual(
    b,
    { ...call, env: { ...env, path: [...env.path, 'se'] } },
    { body, join: 'multiply' },
    'residual',
    'se',
  );
};

/** An SE block's squeezed width: `c`, or the input channels divided by `r`; a whole number either way. */
function squeezedChannels(b: Builder, env: Env, cur: Cursor, v: Record<string, unknown>, channels: number): number {
  let squeeze: unknown;
  if (v.c !== undefined) squeeze = b.evalIn(env, cur, v.c, ['se', 'c']);
  else if (v.r !== undefined) {
    const r = b.evalIn(env, cur, v.r, ['se', 'r']);
    if (typeof r !== 'number' || r <= 0)
      b.fail(env, ['se', 'r'], `r must be a positive number, got ${JSON.stringify(r)}`);
    squeeze = channels / r;
  } else b.fail(env, ['se'], 'se needs c (squeezed channels) or r (reduction ratio)');
  if (typeof squeeze !== 'number' || !Number.isInteger(squeeze) || squeeze < 1) {
    b.fail(env, ['se'], `non-integer size: the squeezed channels come to ${JSON.stringify(squeeze)}`);
  }
  return squeeze;
}

/**
 * `transform`: the body (PointNet's T-Net) computes a k×k matrix from the input [k, N], which then multiplies
 * every point of the input: the output is [k, N] again.
 */
const transform: Expander = (b: Builder, { item, env, cur }: Call): Step => {
  if (cur.shape.length !== 2)
    b.fail(env, ['transform'], `transform needs a point set [k, N], but its input is [${cur.shape.join(', ')}]`);
  const k = cur.shape[0]!;
  const name = env.names.next('transform', item.meta.name);
  const names = env.names.child(name);
  const body = b.list(item.value, { ...env, names }, cur, ['transform']);
  const matrix = body.cur?.shape;
  if (!matrix || matrix.length !== 1 || matrix[0] !== k * k)
    b.fail(
      env,
      ['transform'],
      `the transform's body must end in a vector of ${k}·${k} = ${k * k} (a ${k}×${k} matrix), but it gives ${matrix ? formatShape(matrix) : 'several outputs'}`,
    );
  const out = b.special(
    { type: 'transform', inputs: [cur, body.cur!], shape: cur.shape, label: `${k}×${k} transform` },
    names,
    env,
  );
  const struct: ResidualStruct = {
    kind: 'residual',
    id: b.structId(),
    name,
    path: formatPath(env.path),
    role: 'transform',
    body: body.structs,
    shortcut: [],
    join: out.id,
  };
  return { structs: [struct], cur: out };
};

// ---- side outputs, cells and joins of named tensors -------------------------------------------------------

/**
 * `head`: a branch from the flow to an output of the network; the flow goes on unchanged after it. Its `name`
 * names its output (none when it ends in several), as every other item's does.
 */
const head: Expander = (b: Builder, { item, env, cur }: Call): Step => {
  const listed = Array.isArray(item.value);
  const v = listed ? { layers: item.value } : b.mapping(env, item.value, 'head', ['layers', 'loss']);
  const name = env.names.next('head', item.meta.name);
  const step = b.list(v.layers, { ...env, names: env.names.child(name) }, cur, listed ? ['head'] : ['head', 'layers']);
  if (step.cur) b.outputs.push(step.cur.id);
  const struct: HeadStruct = {
    kind: 'head',
    id: b.structId(),
    name,
    path: formatPath(env.path),
    items: step.structs,
    loss: v.loss === true,
  };
  return { structs: [struct], cur: env.history[env.history.length - 1] ?? cur, named: step.cur };
};

/** `cell`: a sequence whose items read named tensors, drawn as a small graph (NASNet's cells, FPN). */
const cell: Expander = (b: Builder, call: Call): Step =>
  group(b, call, { items: call.item.value, at: ['cell'], base: 'cell', layout: 'dag', transparent: true });

/**
 * `concat: [a, b]`, `add: [a, b]`, `multiply: [a, b]`: a join of named tensors (-1 is the previous item's
 * output). `concat: { from: [a, b], crop: true }` first crops every map to the smallest (U-Net's copy and crop).
 */
const joinItem =
  (type: JoinType): Expander =>
  (b: Builder, { item, env, cur }: Call): Step => {
    if (item.meta.from !== undefined) b.fail(env, ['from'], `${type} lists the tensors it joins: ${type}: [a, b]`);
    let refs: unknown = item.value;
    let crop = false;
    if (isMapping(item.value)) {
      const v = b.mapping(env, item.value, type, type === 'concat' ? ['from', 'crop'] : ['from']);
      refs = v.from;
      crop = v.crop === true;
    }
    refs = b.evalIn(env, cur, refs, [type]);
    if (!Array.isArray(refs) || refs.length < 2)
      b.fail(
        env,
        [type],
        `${type} joins named tensors: ${type}: [a, b] (-1 is the previous item's output); to join branches, use join: ${type} in a parallel or residual`,
      );
    const found = (refs as unknown[]).map((ref) => ({ ref, cur: b.tensor(env, ref, [type]) }));
    const size = crop ? smallest(found.map((f) => f.cur.shape)) : undefined;
    const ends = found.map((f) => ({
      name: b.linkName(f.ref, f.cur),
      cur: size ? { ...f.cur, shape: [f.cur.shape[0]!, ...size] } : f.cur,
    }));
    const out = b.join(env, { type, ends, at: [type], names: env.names, label: crop ? 'crop + concat' : undefined });
    const links: Link[] = ends.filter((e) => e.cur.id !== cur.id).map((e) => ({ node: e.cur.id, name: e.name }));
    const struct: Struct = { kind: 'layer', node: out.id, ...(links.length ? { links } : {}) };
    if (!ends.some((e) => e.cur.id === cur.id)) struct.detached = true;
    return { structs: [struct], cur: out };
  };

/** The smallest height and width among maps, for a crop before concatenation. */
function smallest(shapes: Shape[]): number[] {
  return shapes[0]!.slice(1).map((_, axis) => Math.min(...shapes.map((s) => s[axis + 1] ?? Infinity)));
}

/** Every structure keyword, in the order "did you mean" hints consider them. */
export const EXPANDERS: Record<string, Expander> = {
  seq: (b, call) => group(b, call, { items: call.item.value, at: ['seq'], base: 'seq' }),
  use,
  parallel,
  residual: (b, call) => residual(b, call, call.item.value, 'residual'),
  dense: (b, call) =>
    residual(b, call, Array.isArray(call.item.value) ? { body: call.item.value } : call.item.value, 'dense'),
  se,
  transform,
  head,
  cell,
  concat: joinItem('concat'),
  add: joinItem('add'),
  multiply: joinItem('multiply'),
  backbone,
  ...PART_EXPANDERS,
};
