/**
 * Layers with learned filters over a neighbourhood: convolution (plain, dilated, grouped, depthwise, pointwise,
 * with a partial connection table), locally connected layers (unshared weights), transposed convolution and 3-D
 * convolution. Parameters are the filters (plus a bias per output channel); multiply-adds are one per weight per
 * output position (per input position for a transposed convolution).
 */
import {
  features,
  kernelText,
  LayerError,
  needMap,
  pairOf,
  SN_ATTR,
  spatial,
  strideText,
  tupleOf,
  WINDOW_ATTRS,
  type Attrs,
  type Family,
  type LayerDef,
  type LayerOutcome,
  type Shape,
} from './core.ts';

const BIAS = { kind: 'bool', default: true, doc: 'learned bias per output channel' } as const;

/** Spectral normalisation keeps the parameters and adds its power-iteration vectors u (C′) and v (C/g·k·k). */
const snBuffers = (a: Attrs, cout: number, fanIn: number): number => (a.sn ? cout + fanIn : 0);

function connectionCount(a: Attrs, cin: number, cout: number, g: number): number {
  const table = a.table as number[][] | undefined;
  if (!table) return (cin / g) * cout;
  if (g !== 1) throw new LayerError('a connection table replaces groups: drop g', 'table');
  if (table.length !== cout)
    throw new LayerError(`the connection table has ${table.length} rows for ${cout} output channels`, 'table');
  const badIndex = table.flat().find((i) => i >= cin);
  if (badIndex !== undefined)
    throw new LayerError(`the connection table names input channel ${badIndex}, but there are only ${cin}`, 'table');
  return table.reduce((sum, row) => sum + row.length, 0);
}

/** The icon: grouped, depthwise, pointwise, dilated or plain (a partial table is drawn as plain). */
function convFamily(a: Attrs, cin: number, k: [number, number], d: [number, number]): Family {
  const g = a.g as number;
  if (a.table) return 'conv';
  if (g > 1) return g === cin ? 'dwconv' : 'gconv';
  if (k[0] === 1 && k[1] === 1) return 'pwconv';
  return d[0] > 1 || d[1] > 1 ? 'dilconv' : 'conv';
}

function convolution(type: string, a: Attrs, input: Shape): LayerOutcome {
  const [cin, h, w] = needMap(type, input);
  const k = pairOf(a.k);
  const s = pairOf(a.s);
  const d = pairOf(a.d);
  const g = a.g as number;
  const cout = a.c as number;
  if (cin % g !== 0) throw new LayerError(`${cin} input channels cannot be split into ${g} groups`, 'g');
  if (cout % g !== 0) throw new LayerError(`${cout} output channels cannot be split into ${g} groups`, 'g');
  const [ho, wo] = spatial(a, [h, w], k, s, d) as [number, number];
  const weights = k[0] * k[1] * connectionCount(a, cin, cout, g);
  const family = convFamily(a, cin, k, d);
  const extra = [
    d[0] > 1 || d[1] > 1 ? ` d${d[0]}` : '',
    family === 'gconv' ? ` g${g}` : '',
    family === 'dwconv' ? ' dw' : '',
    a.table ? ' partial' : '',
  ].join('');
  return {
    shape: [cout, ho, wo],
    params: weights + (a.bias ? cout : 0),
    buffers: snBuffers(a, cout, (cin / g) * k[0] * k[1]),
    macs: ho * wo * weights,
    family,
    label: `${kernelText(k)}${strideText(s)}${extra}`,
  };
}

/**
 * How many filter banks a locally connected layer has: one per output position; one per a×b tile of positions
 * with `share: [a, b]` (DeepID's conv3, "locally shared in every 2×2 region"); or p×q with `regions: [p, q]`,
 * the output map cut into p×q equal regions (the CR(s, n, p, q) layers of Sun et al. 2013).
 */
function filterBanks(a: Attrs, ho: number, wo: number): number {
  if (a.regions === undefined) {
    const share = pairOf(a.share ?? 1);
    return Math.ceil(ho / share[0]) * Math.ceil(wo / share[1]);
  }
  if (a.share !== undefined) throw new LayerError('give share (a tile of positions) or regions, not both', 'regions');
  const [p, q] = pairOf(a.regions);
  if (ho % p !== 0 || wo % q !== 0)
    throw new LayerError(`a ${ho}×${wo} map cannot be cut into ${p}×${q} equal regions`, 'regions');
  return p * q;
}

/** Locally connected: a convolution whose filters are not shared across positions (DeepFace, DeepID). */
function locallyConnected(a: Attrs, input: Shape): LayerOutcome {
  const [cin, h, w] = needMap('local', input);
  const k = pairOf(a.k);
  const s = pairOf(a.s);
  const cout = a.c as number;
  const [ho, wo] = spatial(a, [h, w], k, s) as [number, number];
  const banks = filterBanks(a, ho, wo);
  const perBank = k[0] * k[1] * cin * cout;
  const shared = banks < ho * wo ? ` ×${banks}` : '';
  return {
    shape: [cout, ho, wo],
    params: banks * (perBank + (a.bias ? cout : 0)),
    buffers: 0,
    macs: ho * wo * perBank,
    family: 'local',
    label: `${kernelText(k)}${strideText(s)} local${shared}`,
  };
}

/**
 * Transposed ("fractionally strided") convolution: each input position scatters a k×k filter into the output,
 * which is (H − 1)·s − 2p + d(k − 1) + output_padding + 1 high (H·s with p: same, as TensorFlow's).
 */
function transposedConvolution(a: Attrs, input: Shape): LayerOutcome {
  const [cin, h, w] = needMap('deconv', input);
  const k = pairOf(a.k);
  const s = pairOf(a.s);
  const d = pairOf(a.d);
  const op = pairOf(a.op);
  const g = a.g as number;
  const cout = a.c as number;
  if (cin % g !== 0) throw new LayerError(`${cin} input channels cannot be split into ${g} groups`, 'g');
  if (cout % g !== 0) throw new LayerError(`${cout} output channels cannot be split into ${g} groups`, 'g');
  const size = (n: number, i: 0 | 1): number => {
    if (a.p === 'same') return n * s[i];
    const p = Array.isArray(a.p) ? (a.p[i] as number) : (a.p as number);
    return (n - 1) * s[i] - 2 * p + d[i] * (k[i] - 1) + op[i] + 1;
  };
  const [ho, wo] = [size(h, 0), size(w, 1)];
  if (ho < 1 || wo < 1) throw new LayerError(`the padding leaves no output: ${ho}×${wo}`, 'p');
  const weights = k[0] * k[1] * (cin / g) * cout;
  const up = s[0] === s[1] ? ` ↑${s[0]}` : ` ↑${s.join('×')}`;
  const trained = weights + (a.bias ? cout : 0);
  return {
    shape: [cout, ho, wo],
    params: a.fixed ? 0 : trained,
    buffers: (a.fixed ? trained : 0) + snBuffers(a, cout, (cin / g) * k[0] * k[1]),
    macs: h * w * weights,
    family: 'deconv',
    label: `${kernelText(k)}${s[0] === 1 && s[1] === 1 ? '' : up}${g > 1 ? ` g${g}` : ''}`,
  };
}

/** 3-D convolution over a volume [C, D, H, W] (VoxelNet's middle layers). */
function convolution3d(a: Attrs, input: Shape): LayerOutcome {
  if (input.length !== 4)
    throw new LayerError(`conv3d needs a volume [C, D, H, W], but its input is [${input.join(', ')}]`);
  const [cin, ...sizes] = input as [number, number, number, number];
  const k = tupleOf(a.k, 3);
  const s = tupleOf(a.s, 3);
  const cout = a.c as number;
  const out = spatial(a, sizes, k, s);
  const weights = features(k) * cin * cout;
  return {
    shape: [cout, ...out],
    params: weights + (a.bias ? cout : 0),
    buffers: 0,
    macs: features(out) * weights,
    family: 'conv',
    label: `${kernelText(k)}${strideText(s)}`,
  };
}

export const CONVOLUTION_LAYERS: Record<string, LayerDef> = {
  conv: {
    doc: 'convolution k×k (or 1×n, n×1 with k: [1, n]); with d > 1 dilated (atrous), with g > 1 grouped',
    window: true,
    attrs: {
      c: { kind: 'count', required: true, doc: 'output channels' },
      k: { kind: 'pair', required: true, doc: 'kernel size, or [height, width]' },
      ...WINDOW_ATTRS,
      g: { kind: 'count', default: 1, doc: 'groups' },
      bias: BIAS,
      table: {
        kind: 'table',
        doc: 'partial connection table: per output channel, the input channels it sees (LeNet-5 C3)',
      },
      sn: SN_ATTR,
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
      bias: BIAS,
      sn: SN_ATTR,
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
      bias: BIAS,
      round: WINDOW_ATTRS.round,
      sn: SN_ATTR,
    },
    apply: (a, input) => convolution('pwconv', { ...a, k: 1, p: 0, d: 1 }, input),
  },
  local: {
    doc: 'locally connected layer: a k×k filter bank per output position (or per share tile), not shared',
    window: true,
    attrs: {
      c: { kind: 'count', required: true, doc: 'output channels' },
      k: { kind: 'pair', required: true, doc: 'kernel size' },
      s: WINDOW_ATTRS.s,
      p: WINDOW_ATTRS.p,
      round: WINDOW_ATTRS.round,
      share: { kind: 'pair', doc: 'output positions that share one filter bank: [rows, columns] (default 1: none)' },
      regions: { kind: 'pair', doc: 'or: the output map cut into [p, q] regions, each with its own filters' },
      bias: BIAS,
    },
    apply: (a, input) => locallyConnected(a, input),
  },
  deconv: {
    doc: 'transposed (fractionally strided) convolution: up-samples by the stride',
    attrs: {
      c: { kind: 'count', required: true, doc: 'output channels' },
      k: { kind: 'pair', required: true, doc: 'kernel size' },
      s: { kind: 'pair', default: 1, doc: 'stride (the up-sampling factor)' },
      p: { kind: 'pad', default: 0, doc: 'padding removed from each side of the output, or same (output H·s)' },
      op: { kind: 'nonneg', default: 0, doc: 'output padding added to one side (PyTorch output_padding)' },
      d: WINDOW_ATTRS.d,
      g: { kind: 'count', default: 1, doc: 'groups' },
      bias: BIAS,
      fixed: { kind: 'bool', doc: 'weights fixed (bilinear interpolation, as in FCN’s final up-sampling): buffers' },
      sn: SN_ATTR,
    },
    apply: (a, input) => transposedConvolution(a, input),
  },
  conv3d: {
    doc: '3-D convolution over a volume [C, D, H, W]',
    window: true,
    attrs: {
      c: { kind: 'count', required: true, doc: 'output channels' },
      k: { kind: 'triple', required: true, doc: 'kernel size, or [depth, height, width]' },
      s: { kind: 'triple', default: 1, doc: 'stride' },
      p: { kind: 'pad3', default: 0, doc: 'zero padding on each side' },
      round: WINDOW_ATTRS.round,
      bias: BIAS,
    },
    apply: (a, input) => convolution3d(a, input),
  },
};
