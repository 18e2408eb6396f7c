/**
 * Layer types: their attributes, and the rule giving each one's output shape, parameters, non-trained buffers
 * and multiply-adds from its input shape. Shapes are [C, H, W] for feature maps and [N] for vectors.
 */

export type Shape = readonly number[];

/** Icon families of the notation: one icon shape each (see icons.ts). */
export const FAMILIES = [
  'input',
  'conv',
  'pwconv',
  'dwconv',
  'gconv',
  'pool',
  'gpool',
  'fc',
  'norm',
  'act',
  'dropout',
  'reshape',
  'shuffle',
  'split',
  'concat',
  'add',
  'multiply',
  'softmax',
] as const;
export type Family = (typeof FAMILIES)[number];

export type Attrs = Record<string, unknown>;

export interface LayerOutcome {
  shape: Shape;
  /** Trained parameters: weights, biases, BN γ and β, PReLU slopes. */
  params: number;
  /** Stored but not trained: BN running mean and variance, LeNet's fixed RBF prototypes. */
  buffers: number;
  /** Multiply-accumulates of convolution and fully connected layers; 0 for every other layer. */
  macs: number;
  family: Family;
  /** Short label for diagrams: `3×3 /2`, `max 3×3 /2`, `4096`. */
  label: string;
}

/** A problem with one layer; `attr` names the attribute at fault, when there is one. */
export class LayerError extends Error {
  readonly attr?: string;
  constructor(message: string, attr?: string) {
    super(message);
    this.name = 'LayerError';
    this.attr = attr;
  }
}

type AttrKind = 'count' | 'nonneg' | 'pair' | 'pad' | 'bool' | 'number' | 'probability' | 'round' | 'table';
interface AttrSpec {
  kind: AttrKind;
  required?: boolean;
  default?: unknown;
  doc: string;
}

export interface LayerDef {
  doc: string;
  attrs: Record<string, AttrSpec>;
  /** Attribute set by a scalar value: `fc: 1000`, `dropout: 0.5`. */
  shorthand?: string;
  /** Sliding-window layer: takes `round` from the network's defaults. */
  window?: boolean;
  /** Internal layers (joins, slices) are created by structures and cannot be written as items. */
  internal?: boolean;
  apply(attrs: Attrs, input: Shape): LayerOutcome;
}

// ---------------------------------------------------------------------------------------------------------
// Attribute checking

const describe = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

function checkAttr(key: string, spec: AttrSpec, v: unknown): void {
  const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 1;
  const isNonneg = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0;
  const bad = (what: string) => new LayerError(`${key} must be ${what}, got ${describe(v)}`, key);
  switch (spec.kind) {
    case 'count':
      if (typeof v === 'number' && !Number.isInteger(v)) {
        throw new LayerError(`non-integer size: ${key} = ${v} (${spec.doc}) must be a whole number`, key);
      }
      if (!isCount(v)) throw bad('a whole number ≥ 1');
      return;
    case 'nonneg':
      if (!isNonneg(v)) throw bad('a whole number ≥ 0');
      return;
    case 'pair':
      if (isCount(v) || (Array.isArray(v) && v.length === 2 && v.every(isCount))) return;
      throw bad('a whole number ≥ 1 or a pair [height, width]');
    case 'pad':
      if (v === 'same' || v === 'valid' || isNonneg(v) || (Array.isArray(v) && v.length === 2 && v.every(isNonneg)))
        return;
      throw bad('a whole number, a pair [height, width], "same" or "valid"');
    case 'bool':
      if (typeof v !== 'boolean') throw bad('true or false');
      return;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) throw bad('a number');
      return;
    case 'probability':
      if (typeof v !== 'number' || v < 0 || v >= 1) throw bad('a number from 0 up to (not including) 1');
      return;
    case 'round':
      if (v !== 'exact' && v !== 'floor' && v !== 'ceil') throw bad('exact, floor or ceil');
      return;
    case 'table':
      if (!Array.isArray(v) || !v.every((row) => Array.isArray(row) && row.length > 0 && row.every(isNonneg))) {
        throw bad('a list, one per output channel, of lists of input channel indices');
      }
      return;
  }
}

/** Checks attributes against a layer's definition and fills in defaults. */
export function normaliseAttrs(type: string, def: LayerDef, raw: Attrs): Attrs {
  const out: Attrs = {};
  for (const key of Object.keys(raw)) {
    if (!(key in def.attrs)) {
      const known = Object.keys(def.attrs);
      throw new LayerError(
        `unknown attribute "${key}" for ${type}${known.length ? ` (known: ${known.join(', ')})` : ' (it takes none)'}`,
        key,
      );
    }
  }
  for (const [key, spec] of Object.entries(def.attrs)) {
    const v = raw[key] ?? spec.default;
    if (v === undefined) {
      if (spec.required) throw new LayerError(`${type} needs ${key} (${spec.doc})`);
      continue;
    }
    checkAttr(key, spec, v);
    out[key] = v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Shapes and sliding windows

export const formatShape = (s: Shape): string => (s.length === 3 ? `${s[0]}×${s[1]}×${s[2]}` : s.join('×'));

const pairOf = (v: unknown): [number, number] =>
  Array.isArray(v) ? [v[0] as number, v[1] as number] : [v as number, v as number];

function needMap(type: string, input: Shape): [number, number, number] {
  if (input.length !== 3) {
    throw new LayerError(`${type} needs a feature map [C, H, W], but its input is a vector [${input.join(', ')}]`);
  }
  return [input[0]!, input[1]!, input[2]!];
}

/** One axis of a sliding window: kernel, stride, padding, dilation, and how to round a partial last window. */
export interface Window {
  k: number;
  s: number;
  pad: number | 'same' | 'valid';
  d: number;
  round: 'exact' | 'floor' | 'ceil';
}

/**
 * Output size along one axis of a convolution or pooling window. `round` decides what happens when the window
 * does not tile the padded input exactly: `exact` refuses, `floor` drops the last rows (PyTorch, TensorFlow),
 * `ceil` adds a partial window (Caffe pooling, PyTorch ceil_mode). `axis` names the axis in messages.
 */
export function windowSize(size: number, { k, s, pad, d, round }: Window, axis: string): number {
  const eff = d * (k - 1) + 1;
  if (pad === 'same') return Math.ceil(size / s);
  const p = pad === 'valid' ? 0 : pad;
  const span = size + 2 * p - eff;
  if (span < 0) {
    throw new LayerError(
      `the ${k}×${k} window (dilated ${eff}) is larger than the padded input: ${size} + 2·${p} in ${axis}`,
    );
  }
  const q = span / s;
  if (Number.isInteger(q)) return q + 1;
  if (round === 'exact') {
    const formula = `(${size} + 2·${p} − ${eff}) / ${s} + 1 = ${+(q + 1).toFixed(3)}`;
    throw new LayerError(
      `non-integer output size: ${formula} in ${axis}; fix the padding or the input, or set round: floor (PyTorch, TensorFlow) or round: ceil (Caffe pooling)`,
    );
  }
  if (round === 'floor') return Math.floor(q) + 1;
  let out = Math.ceil(q) + 1;
  // PyTorch and Caffe drop a last window that would start entirely in the right padding.
  if ((out - 1) * s >= size + p) out -= 1;
  return out;
}

const padOf = (p: unknown, axis: 0 | 1): number | 'same' | 'valid' =>
  p === 'same' || p === 'valid' ? p : Array.isArray(p) ? (p[axis] as number) : (p as number);

function spatial(
  a: Attrs,
  h: number,
  w: number,
  k: [number, number],
  s: [number, number],
  d: [number, number] = [1, 1],
): [number, number] {
  const round = a.ceil_mode ? 'ceil' : ((a.round as 'exact' | 'floor' | 'ceil' | undefined) ?? 'exact');
  return [
    windowSize(h, { k: k[0], s: s[0], pad: padOf(a.p ?? 0, 0), d: d[0], round }, 'height'),
    windowSize(w, { k: k[1], s: s[1], pad: padOf(a.p ?? 0, 1), d: d[1], round }, 'width'),
  ];
}

const kernelText = (k: [number, number]): string => `${k[0]}×${k[1]}`;
const strideText = (s: [number, number]): string =>
  s[0] === 1 && s[1] === 1 ? '' : s[0] === s[1] ? ` /${s[0]}` : ` /${s[0]}×${s[1]}`;

// ---------------------------------------------------------------------------------------------------------
// Definitions

const WINDOW_ATTRS = {
  s: { kind: 'pair', default: 1, doc: 'stride' },
  p: { kind: 'pad', default: 0, doc: 'zero padding on each side, or same / valid' },
  d: { kind: 'pair', default: 1, doc: 'dilation' },
  round: { kind: 'round', doc: 'what to do when the window does not tile the input: exact | floor | ceil' },
} as const satisfies Record<string, AttrSpec>;

function convolution(type: string, a: Attrs, input: Shape): LayerOutcome {
  const [cin, h, w] = needMap(type, input);
  const k = pairOf(a.k);
  const s = pairOf(a.s);
  const d = pairOf(a.d);
  const g = a.g as number;
  const cout = a.c as number;
  const bias = a.bias as boolean;
  const table = a.table as number[][] | undefined;
  if (cin % g !== 0) throw new LayerError(`${cin} input channels cannot be split into ${g} groups`, 'g');
  if (cout % g !== 0) throw new LayerError(`${cout} output channels cannot be split into ${g} groups`, 'g');
  const [ho, wo] = spatial(a, h, w, k, s, d);
  let connections = (cin / g) * cout;
  if (table) {
    if (g !== 1) throw new LayerError('a connection table replaces groups: drop g', 'table');
    if (table.length !== cout)
      throw new LayerError(`the connection table has ${table.length} rows for ${cout} output channels`, 'table');
    const badIndex = table.flat().find((i) => i >= cin);
    if (badIndex !== undefined)
      throw new LayerError(`the connection table names input channel ${badIndex}, but there are only ${cin}`, 'table');
    connections = table.reduce((sum, row) => sum + row.length, 0);
  }
  const weights = k[0] * k[1] * connections;
  let family: Family = 'conv';
  if (!table && g > 1) family = g === cin ? 'dwconv' : 'gconv';
  else if (!table && k[0] === 1 && k[1] === 1) family = 'pwconv';
  const extra = [
    d[0] > 1 || d[1] > 1 ? ` d${d[0]}` : '',
    family === 'gconv' ? ` g${g}` : '',
    family === 'dwconv' ? ' dw' : '',
    table ? ' partial' : '',
  ].join('');
  return {
    shape: [cout, ho, wo],
    params: weights + (bias ? cout : 0),
    buffers: 0,
    macs: ho * wo * weights,
    family,
    label: `${kernelText(k)}${strideText(s)}${extra}`,
  };
}

function pooling(type: 'max' | 'avg', a: Attrs, input: Shape): LayerOutcome {
  const [c, h, w] = needMap(`${type}pool`, input);
  if (a.out !== undefined) {
    const out = pairOf(a.out);
    return {
      shape: [c, out[0], out[1]],
      params: 0,
      buffers: 0,
      macs: 0,
      family: 'pool',
      label: `${type} → ${out[0]}×${out[1]}`,
    };
  }
  if (a.k === undefined) throw new LayerError(`${type}pool needs k (window size), or out (adaptive output size)`);
  const k = pairOf(a.k);
  const s = pairOf(a.s ?? a.k);
  const [ho, wo] = spatial(a, h, w, k, s);
  return {
    shape: [c, ho, wo],
    params: 0,
    buffers: 0,
    macs: 0,
    family: 'pool',
    label: `${type} ${kernelText(k)}${strideText(s)}`,
  };
}

const POOL_ATTRS = {
  k: { kind: 'pair', doc: 'window size' },
  s: { kind: 'pair', doc: 'stride (default: the window size)' },
  p: WINDOW_ATTRS.p,
  round: WINDOW_ATTRS.round,
  ceil_mode: { kind: 'bool', doc: 'PyTorch name for round: ceil' },
  out: { kind: 'pair', doc: 'adaptive pooling to this output size' },
} as const satisfies Record<string, AttrSpec>;

const same =
  (family: Family, label: string) =>
  (a: Attrs, input: Shape): LayerOutcome => ({
    shape: input,
    params: 0,
    buffers: 0,
    macs: 0,
    family,
    label,
  });

function activation(doc: string, label: string): LayerDef {
  return { doc, attrs: {}, apply: same('act', label) };
}

function features(input: Shape): number {
  return input.reduce((p, x) => p * x, 1);
}

export const LAYERS: Record<string, LayerDef> = {
  conv: {
    doc: 'convolution k×k (or 1×n, n×1 with k: [1, n]); with g > 1 a group convolution',
    window: true,
    attrs: {
      c: { kind: 'count', required: true, doc: 'output channels' },
      k: { kind: 'pair', required: true, doc: 'kernel size, or [height, width]' },
      ...WINDOW_ATTRS,
      g: { kind: 'count', default: 1, doc: 'groups' },
      bias: { kind: 'bool', default: true, doc: 'learned bias per output channel' },
      table: {
        kind: 'table',
        doc: 'partial connection table: per output channel, the input channels it sees (LeNet-5 C3)',
      },
    },
    apply: (a, input) => convolution('conv', a, input),
  },
  dwconv: {
    doc: 'depthwise convolution: one k×k filter per input channel (times the depth multiplier m)',
    window: true,
    attrs: {
      k: { kind: 'pair', required: true, doc: 'kernel size' },
      ...WINDOW_ATTRS,
      m: { kind: 'count', default: 1, doc: 'depth multiplier' },
      bias: { kind: 'bool', default: true, doc: 'learned bias per output channel' },
    },
    apply: (a, input) => {
      const [cin] = needMap('dwconv', input);
      return convolution('dwconv', { ...a, c: cin * (a.m as number), g: cin }, input);
    },
  },
  pwconv: {
    doc: 'pointwise (1×1) convolution; with g > 1 a group pointwise convolution (ShuffleNet)',
    window: true,
    attrs: {
      c: { kind: 'count', required: true, doc: 'output channels' },
      s: WINDOW_ATTRS.s,
      g: { kind: 'count', default: 1, doc: 'groups' },
      bias: { kind: 'bool', default: true, doc: 'learned bias per output channel' },
      round: WINDOW_ATTRS.round,
    },
    apply: (a, input) => convolution('pwconv', { ...a, k: 1, p: 0, d: 1 }, input),
  },
  maxpool: { doc: 'max pooling', window: true, attrs: POOL_ATTRS, apply: (a, input) => pooling('max', a, input) },
  avgpool: { doc: 'average pooling', window: true, attrs: POOL_ATTRS, apply: (a, input) => pooling('avg', a, input) },
  gap: {
    doc: 'global average pooling to C×1×1',
    attrs: {},
    apply: (a, input) => {
      const [c] = needMap('gap', input);
      return { shape: [c, 1, 1], params: 0, buffers: 0, macs: 0, family: 'gpool', label: 'global avg' };
    },
  },
  gmp: {
    doc: 'global max pooling to C×1×1',
    attrs: {},
    apply: (a, input) => {
      const [c] = needMap('gmp', input);
      return { shape: [c, 1, 1], params: 0, buffers: 0, macs: 0, family: 'gpool', label: 'global max' };
    },
  },
  subsample: {
    doc: 'LeNet-5 sub-sampling: sum over a k×k window times a trained coefficient plus a trained bias per map',
    window: true,
    attrs: { k: POOL_ATTRS.k, s: POOL_ATTRS.s, round: WINDOW_ATTRS.round },
    apply: (a, input) => {
      const [c, h, w] = needMap('subsample', input);
      if (a.k === undefined) throw new LayerError('subsample needs k (window size)');
      const k = pairOf(a.k);
      const s = pairOf(a.s ?? a.k);
      const [ho, wo] = spatial(a, h, w, k, s);
      return {
        shape: [c, ho, wo],
        params: 2 * c,
        buffers: 0,
        macs: 0,
        family: 'pool',
        label: `sub ${kernelText(k)}${strideText(s)}`,
      };
    },
  },
  fc: {
    doc: 'fully connected layer; a feature map input is flattened first',
    shorthand: 'c',
    attrs: {
      c: { kind: 'count', required: true, doc: 'output units' },
      bias: { kind: 'bool', default: true, doc: 'learned bias per unit' },
    },
    apply: (a, input) => {
      const n = features(input);
      const c = a.c as number;
      return { shape: [c], params: n * c + (a.bias ? c : 0), buffers: 0, macs: n * c, family: 'fc', label: `fc ${c}` };
    },
  },
  rbf: {
    doc: 'LeNet-5 output: Euclidean radial basis units with fixed (not trained) prototypes',
    shorthand: 'c',
    attrs: { c: { kind: 'count', required: true, doc: 'output units' } },
    apply: (a, input) => {
      const n = features(input);
      const c = a.c as number;
      return { shape: [c], params: 0, buffers: n * c, macs: n * c, family: 'fc', label: `rbf ${c}` };
    },
  },
  bn: {
    doc: 'batch normalisation: γ and β trained per channel; running mean and variance are buffers',
    attrs: {
      affine: { kind: 'bool', default: true, doc: 'trained scale γ and shift β (Keras: scale and center)' },
      scale: { kind: 'bool', default: true, doc: 'trained scale γ (false in Keras Inception v3)' },
    },
    apply: (a, input) => {
      const c = input[0]!;
      const learned = a.affine ? (a.scale ? 2 : 1) : 0;
      return { shape: input, params: learned * c, buffers: 2 * c, macs: 0, family: 'norm', label: 'BN' };
    },
  },
  lrn: {
    doc: 'local response normalisation across neighbouring channels',
    shorthand: 'size',
    attrs: {
      size: { kind: 'count', default: 5, doc: 'channels in the normalisation window' },
      alpha: { kind: 'number', default: 1e-4, doc: 'α' },
      beta: { kind: 'number', default: 0.75, doc: 'β' },
      k: { kind: 'number', default: 2, doc: 'k' },
    },
    apply: same('norm', 'LRN'),
  },
  relu: activation('ReLU', 'ReLU'),
  relu6: activation('ReLU capped at 6', 'ReLU6'),
  leaky_relu: {
    doc: 'leaky ReLU',
    attrs: { slope: { kind: 'number', default: 0.01, doc: 'negative slope' } },
    apply: same('act', 'LReLU'),
  },
  prelu: {
    doc: 'parametric ReLU: a trained negative slope per channel (or one shared)',
    attrs: { shared: { kind: 'bool', default: false, doc: 'one slope for all channels' } },
    apply: (a, input) => ({
      shape: input,
      params: a.shared ? 1 : input[0]!,
      buffers: 0,
      macs: 0,
      family: 'act',
      label: 'PReLU',
    }),
  },
  elu: activation('ELU', 'ELU'),
  gelu: activation('GELU', 'GELU'),
  swish: activation('swish / SiLU: x·sigmoid(x)', 'swish'),
  hswish: activation('hard swish', 'h-swish'),
  sigmoid: activation('logistic sigmoid', 'σ'),
  hsigmoid: activation('hard sigmoid', 'h-σ'),
  tanh: { doc: 'hyperbolic tangent (LeNet-5: scaled tanh)', attrs: {}, apply: same('act', 'tanh') },
  mfm: {
    doc: 'max-feature-map: element-wise max of the two channel halves (halves the channels)',
    attrs: {},
    apply: (a, input) => {
      const c = input[0]!;
      if (c % 2 !== 0) throw new LayerError(`mfm halves the channels, but there are ${c}`);
      return { shape: [c / 2, ...input.slice(1)], params: 0, buffers: 0, macs: 0, family: 'act', label: 'MFM' };
    },
  },
  dropout: {
    doc: 'dropout (training only)',
    shorthand: 'p',
    attrs: { p: { kind: 'probability', default: 0.5, doc: 'drop probability' } },
    apply: (a, input) => ({ shape: input, params: 0, buffers: 0, macs: 0, family: 'dropout', label: `drop ${a.p}` }),
  },
  flatten: {
    doc: 'flattens a feature map to a vector',
    attrs: {},
    apply: (a, input) => ({
      shape: [features(input)],
      params: 0,
      buffers: 0,
      macs: 0,
      family: 'reshape',
      label: 'flatten',
    }),
  },
  shuffle: {
    doc: 'channel shuffle across g groups',
    shorthand: 'g',
    attrs: { g: { kind: 'count', required: true, doc: 'groups' } },
    apply: (a, input) => {
      const c = input[0]!;
      if (c % (a.g as number) !== 0) throw new LayerError(`${c} channels cannot be shuffled across ${a.g} groups`, 'g');
      return { shape: input, params: 0, buffers: 0, macs: 0, family: 'shuffle', label: `shuffle g${a.g}` };
    },
  },
  softmax: { doc: 'softmax over the classes', attrs: {}, apply: same('softmax', 'softmax') },
  // Created by structures, never written as items.
  concat: { doc: 'concatenation along channels', internal: true, attrs: {}, apply: same('concat', 'concat') },
  add: { doc: 'element-wise sum', internal: true, attrs: {}, apply: same('add', 'add') },
  multiply: {
    doc: 'element-wise product (broadcast over H×W)',
    internal: true,
    attrs: {},
    apply: same('multiply', 'multiply'),
  },
  slice: { doc: 'a slice of the channels (channel split)', internal: true, attrs: {}, apply: same('split', 'split') },
};

/** Layer types an author may write. */
export const LAYER_TYPES = Object.keys(LAYERS).filter((t) => !LAYERS[t]!.internal);

/** Activation layer types (for squeeze-and-excitation's act and gate). */
export const ACTIVATION_TYPES = [
  'relu',
  'relu6',
  'leaky_relu',
  'prelu',
  'elu',
  'gelu',
  'swish',
  'hswish',
  'sigmoid',
  'hsigmoid',
  'tanh',
];
