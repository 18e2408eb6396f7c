/**
 * What every layer definition shares: shapes, icon families, the outcome of applying a layer, attribute kinds
 * and their checking, and sliding-window arithmetic. Shapes are channels first: [C, H, W] for feature maps,
 * [C, L] for sequences and point sets (C features at each of L steps or points), [C, D, H, W] for volumes,
 * [N] for vectors.
 */

export type Shape = readonly number[];

/** Icon families of the notation: one icon shape each (see icons.ts), in legend order. */
export const FAMILIES = [
  'input',
  'latent',
  'condition',
  'const',
  'conv',
  'dilconv',
  'pwconv',
  'dwconv',
  'gconv',
  'local',
  'deconv',
  'pool',
  'gpool',
  'upsample',
  'unpool',
  'crop',
  'fc',
  'attention',
  'roi',
  'grid',
  'toseq',
  'rnn',
  'ctc',
  'attdec',
  'heatmap',
  'paf',
  'pointmlp',
  'group',
  'setpool',
  'vfe',
  'transform',
  'hourglass',
  'loss',
  'concat',
  'add',
  'multiply',
  'shuffle',
  'split',
  'softmax',
  'norm',
  'inorm',
  'adain',
  'cbn',
  'spectral',
  'noise',
  'act',
  'dropout',
  'reshape',
] as const;
export type Family = (typeof FAMILIES)[number];

export type Attrs = Record<string, unknown>;

export interface LayerOutcome {
  shape: Shape;
  /** Trained parameters: weights, biases, BN γ and β, PReLU slopes. */
  params: number;
  /** Stored but not trained: BN running mean and variance, LeNet's fixed RBF prototypes. */
  buffers: number;
  /** Multiply-accumulates of the layer for one run (one image, one RoI); only layers with weights count. */
  macs: number;
  family: Family;
  /** Short label for diagrams: `3×3 /2`, `max 3×3 /2`, `4096`. */
  label: string;
  /** How many times each layer after this one runs per input (RoIs after RoI pooling); default unchanged. */
  runs?: number;
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

type AttrKind =
  | 'count'
  | 'nonneg'
  | 'pair'
  | 'pad'
  | 'bool'
  | 'number'
  | 'probability'
  | 'round'
  | 'table'
  | 'counts'
  | 'triple'
  | 'pad3'
  | 'choice'
  | 'text'
  | 'any'
  | 'tensor';
export interface AttrSpec {
  kind: AttrKind;
  required?: boolean;
  default?: unknown;
  /** For kind `choice`: the allowed values. */
  choices?: readonly string[];
  doc: string;
}

/** A tensor named by a `tensor` attribute (unpool's indices, upsample's like), as the builder resolved it. */
export interface TensorRef {
  shape: Shape;
  /** Type and input shape of the layer that produced it (unpool needs its max pooling's input size). */
  type: string;
  inputShape?: Shape;
}

/** What a layer sees besides its attributes: every input shape, and the tensors its attributes name. */
export interface LayerContext {
  inputs: readonly Shape[];
  refs: Readonly<Record<string, TensorRef>>;
}

export interface LayerDef {
  doc: string;
  attrs: Record<string, AttrSpec>;
  /** Attribute set by a scalar value: `fc: 1000`, `dropout: 0.5`. */
  shorthand?: string;
  /** Sliding-window layer: takes `round` from the network's defaults. */
  window?: boolean;
  /** Internal layers (slices) are created by structures and cannot be written as items. */
  internal?: boolean;
  /** Takes several inputs (`from: [a, b]`): RoI pooling over pyramid levels. */
  multiInput?: boolean;
  /** Starts a new flow without an input (a learned constant). */
  source?: boolean;
  apply(attrs: Attrs, input: Shape, context: LayerContext): LayerOutcome;
}

// ---------------------------------------------------------------------------------------------------------
// Attribute checking

const describe = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));
const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 1;
const isNonneg = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function checkAttr(key: string, spec: AttrSpec, v: unknown): void {
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
    case 'triple':
      if (isCount(v) || (Array.isArray(v) && v.length === 3 && v.every(isCount))) return;
      throw bad('a whole number ≥ 1 or a triple [depth, height, width]');
    case 'pad':
      if (v === 'same' || v === 'valid' || isNonneg(v) || (Array.isArray(v) && v.length === 2 && v.every(isNonneg)))
        return;
      throw bad('a whole number, a pair [height, width], "same" or "valid"');
    case 'pad3':
      if (isNonneg(v) || (Array.isArray(v) && v.length === 3 && v.every(isNonneg))) return;
      throw bad('a whole number or a triple [depth, height, width]');
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
    case 'counts':
      if (!Array.isArray(v) || v.length === 0 || !v.every(isCount)) throw bad('a list of whole numbers ≥ 1');
      return;
    case 'choice':
      if (typeof v !== 'string' || !spec.choices!.includes(v)) throw bad(spec.choices!.join(' or '));
      return;
    case 'text':
      if (typeof v !== 'string' || !v) throw bad('a name');
      return;
    case 'any':
    case 'tensor':
      // A tensor is resolved by the builder before the layer is applied; what arrives here is the name written.
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
// Shapes

export const formatShape = (s: Shape): string => s.join('×');

export const features = (input: Shape): number => input.reduce((p, x) => p * x, 1);

export const pairOf = (v: unknown): [number, number] =>
  Array.isArray(v) ? [v[0] as number, v[1] as number] : [v as number, v as number];

/** A scalar or list attribute as `n` numbers (a scalar repeated). */
export const tupleOf = (v: unknown, n: number): number[] =>
  Array.isArray(v) ? (v as number[]) : Array.from({ length: n }, () => v as number);

export function needMap(type: string, input: Shape): [number, number, number] {
  if (input.length !== 3) {
    throw new LayerError(`${type} needs a feature map [C, H, W], but its input is ${describeShape(input)}`);
  }
  return [input[0]!, input[1]!, input[2]!];
}

/** A shape as words, for messages: `a vector [1024]`, `a sequence or point set [64, 1024]`. */
export function describeShape(s: Shape): string {
  const kind = ['a vector', 'a sequence or point set', 'a feature map', 'a volume'][s.length - 1] ?? 'a tensor';
  return `${kind} [${s.join(', ')}]`;
}

export const same =
  (family: Family, label: string) =>
  (a: Attrs, input: Shape): LayerOutcome => ({
    shape: input,
    params: 0,
    buffers: 0,
    macs: 0,
    family,
    label,
  });

// ---------------------------------------------------------------------------------------------------------
// Sliding windows

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

export const padOf = (p: unknown, axis: number): number | 'same' | 'valid' =>
  p === 'same' || p === 'valid' ? p : Array.isArray(p) ? (p[axis] as number) : (p as number);

export const roundOf = (a: Attrs): Window['round'] =>
  a.ceil_mode ? 'ceil' : ((a.round as Window['round'] | undefined) ?? 'exact');

const AXES = ['height', 'width'];
const AXES_3D = ['depth', 'height', 'width'];

/** Output sizes of a window over the spatial axes `sizes` (2 for maps, 3 for volumes). */
export function spatial(a: Attrs, sizes: readonly number[], k: number[], s: number[], d?: number[]): number[] {
  const axes = sizes.length === 3 ? AXES_3D : AXES;
  return sizes.map((size, i) =>
    windowSize(size, { k: k[i]!, s: s[i]!, pad: padOf(a.p ?? 0, i), d: d?.[i] ?? 1, round: roundOf(a) }, axes[i]!),
  );
}

export const kernelText = (k: readonly number[]): string => k.join('×');
export const strideText = (s: readonly number[]): string =>
  s.every((x) => x === 1) ? '' : s.every((x) => x === s[0]) ? ` /${s[0]}` : ` /${s.join('×')}`;

export const WINDOW_ATTRS = {
  s: { kind: 'pair', default: 1, doc: 'stride' },
  p: { kind: 'pad', default: 0, doc: 'zero padding on each side, or same / valid' },
  d: { kind: 'pair', default: 1, doc: 'dilation' },
  round: { kind: 'round', doc: 'what to do when the window does not tile the input: exact | floor | ceil' },
} as const satisfies Record<string, AttrSpec>;

/** Spectral normalisation of a layer's weight (SN-GAN): a reparametrisation that keeps the parameters. */
export const SN_ATTR = {
  kind: 'bool',
  default: false,
  doc: 'spectral normalisation of the weight (its power-iteration vectors u, v are buffers)',
} as const satisfies AttrSpec;
