/**
 * Layers that change the size of a feature map without learned weights: pooling (windowed, adaptive, global),
 * LeNet's trained sub-sampling, up-sampling (nearest, bilinear, pixel shuffle), max unpooling with the indices of
 * an earlier max pooling (SegNet, DeconvNet), cropping (U-Net's copy and crop) and padding as a layer of its own
 * (Johnson et al.'s 40-pixel reflection padding).
 */
import {
  kernelText,
  LayerError,
  needMap,
  pairOf,
  spatial,
  strideText,
  WINDOW_ATTRS,
  type Attrs,
  type AttrSpec,
  type LayerContext,
  type LayerDef,
  type LayerOutcome,
  type Shape,
} from './core.ts';

const zero = { params: 0, buffers: 0, macs: 0 };

function pooling(type: 'max' | 'avg', a: Attrs, input: Shape): LayerOutcome {
  const [c, h, w] = needMap(`${type}pool`, input);
  if (a.out !== undefined) {
    const out = pairOf(a.out);
    return { shape: [c, out[0], out[1]], ...zero, family: 'pool', label: `${type} → ${out[0]}×${out[1]}` };
  }
  if (a.k === undefined) throw new LayerError(`${type}pool needs k (window size), or out (adaptive output size)`);
  const k = pairOf(a.k);
  const s = pairOf(a.s ?? a.k);
  const [ho, wo] = spatial(a, [h, w], k, s) as [number, number];
  return { shape: [c, ho, wo], ...zero, family: 'pool', label: `${type} ${kernelText(k)}${strideText(s)}` };
}

const POOL_ATTRS = {
  k: { kind: 'pair', doc: 'window size' },
  s: { kind: 'pair', doc: 'stride (default: the window size)' },
  p: WINDOW_ATTRS.p,
  round: WINDOW_ATTRS.round,
  ceil_mode: { kind: 'bool', doc: 'PyTorch name for round: ceil' },
  out: { kind: 'pair', doc: 'adaptive pooling to this output size' },
} as const satisfies Record<string, AttrSpec>;

const globalPool = (type: string, label: string) => (a: Attrs, input: Shape) => {
  const [c] = needMap(type, input);
  return { shape: [c, 1, 1], ...zero, family: 'gpool' as const, label };
};

/** `2×` for a whole factor, else the target size. */
const factorText = (from: [number, number], to: [number, number]): string => {
  const f = [to[0] / from[0], to[1] / from[1]];
  if (Number.isInteger(f[0]) && f[0] === f[1]) return `↑${f[0]}`;
  return `→ ${to[0]}×${to[1]}`;
};

/** Up-sampling by `scale`, to `size`, or to the size of the tensor named by `like`. */
function upsampling(a: Attrs, input: Shape, context: LayerContext): LayerOutcome {
  const [c, h, w] = needMap('upsample', input);
  const given = ['scale', 'size', 'like'].filter((key) => a[key] !== undefined);
  if (given.length !== 1)
    throw new LayerError('upsample takes one of scale (a factor), size ([height, width]) or like (a tensor name)');
  let to: [number, number];
  if (a.scale !== undefined) {
    const f = pairOf(a.scale);
    to = [h * f[0], w * f[1]];
  } else if (a.size !== undefined) to = pairOf(a.size);
  else {
    const like = context.refs.like!.shape;
    if (like.length !== 3) throw new LayerError(`like names a tensor of shape [${like.join(', ')}], not a map`, 'like');
    to = [like[1]!, like[2]!];
  }
  return { shape: [c, ...to], ...zero, family: 'upsample', label: `${a.mode as string} ${factorText([h, w], to)}` };
}

/**
 * Max unpooling: puts each value back where the max pooling named by `indices` found it, so the output has that
 * pooling's input size (SegNet). Without indices, the size follows from k and s.
 */
function unpooling(a: Attrs, input: Shape, context: LayerContext): LayerOutcome {
  const [c, h, w] = needMap('unpool', input);
  let to: [number, number];
  const pool = context.refs.indices;
  if (pool) {
    if (pool.type !== 'maxpool')
      throw new LayerError(`indices must name a max pooling, but it names a ${pool.type} layer`, 'indices');
    const before = pool.inputShape!;
    if (before[0] !== c)
      throw new LayerError(
        `the indices come from a pooling of ${before[0]} channels, but the input has ${c}`,
        'indices',
      );
    to = [before[1]!, before[2]!];
  } else {
    if (a.k === undefined) throw new LayerError('unpool needs indices (the max pooling it undoes), or k and s');
    const k = pairOf(a.k);
    const s = pairOf(a.s ?? a.k);
    to = [(h - 1) * s[0] + k[0], (w - 1) * s[1] + k[1]];
  }
  return { shape: [c, ...to], ...zero, family: 'unpool', label: `unpool ${factorText([h, w], to)}` };
}

/** Centre crop to `size`, or to the size of the tensor named by `like`. */
function cropping(a: Attrs, input: Shape, context: LayerContext): LayerOutcome {
  const [c, h, w] = needMap('crop', input);
  if ((a.size === undefined) === (a.like === undefined))
    throw new LayerError('crop takes size ([height, width]) or like (a tensor name)');
  const like = context.refs.like?.shape;
  const to: [number, number] = like ? [like[1]!, like[2]!] : pairOf(a.size);
  if (to[0] > h || to[1] > w) throw new LayerError(`cannot crop ${h}×${w} to the larger ${to[0]}×${to[1]}`);
  return { shape: [c, ...to], ...zero, family: 'crop', label: `crop ${to[0]}×${to[1]}` };
}

/** Words for a padding's mode in its label. */
const PAD_WORDS: Record<string, string> = { zero: 'pad', reflection: 'reflect pad', replicate: 'replicate pad' };

/**
 * Padding by p rows above and below and p columns left and right, with zeros, the mirror image of the border
 * (not repeating it) or copies of the border pixels. Reflection cannot reach past the map's far edge.
 */
function padding(a: Attrs, input: Shape): LayerOutcome {
  const [c, h, w] = needMap('pad', input);
  const [ph, pw] = pairOf(a.p);
  if (a.mode === 'reflection' && (ph >= h || pw >= w))
    throw new LayerError(`reflection padding by ${ph}×${pw} needs a map larger than that, not ${h}×${w}`, 'p');
  const amount = ph === pw ? String(ph) : `${ph}×${pw}`;
  return {
    shape: [c, h + 2 * ph, w + 2 * pw],
    ...zero,
    family: 'crop',
    label: `${PAD_WORDS[a.mode as string]} ${amount}`,
  };
}

export const RESAMPLING_LAYERS: Record<string, LayerDef> = {
  maxpool: { doc: 'max pooling', window: true, attrs: POOL_ATTRS, apply: (a, input) => pooling('max', a, input) },
  avgpool: { doc: 'average pooling', window: true, attrs: POOL_ATTRS, apply: (a, input) => pooling('avg', a, input) },
  gap: { doc: 'global average pooling to C×1×1', attrs: {}, apply: globalPool('gap', 'global avg') },
  gmp: { doc: 'global max pooling to C×1×1', attrs: {}, apply: globalPool('gmp', 'global max') },
  subsample: {
    doc: 'LeNet-5 sub-sampling: sum over a k×k window times a trained coefficient plus a trained bias per map',
    window: true,
    attrs: { k: POOL_ATTRS.k, s: POOL_ATTRS.s, round: WINDOW_ATTRS.round },
    apply: (a, input) => {
      const [c, h, w] = needMap('subsample', input);
      if (a.k === undefined) throw new LayerError('subsample needs k (window size)');
      const k = pairOf(a.k);
      const s = pairOf(a.s ?? a.k);
      const [ho, wo] = spatial(a, [h, w], k, s) as [number, number];
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
  upsample: {
    doc: 'nearest or bilinear up-sampling by a factor, to a size, or to the size of another tensor',
    attrs: {
      scale: { kind: 'pair', doc: 'up-sampling factor' },
      size: { kind: 'pair', doc: 'output [height, width]' },
      like: { kind: 'tensor', doc: 'a tensor whose height and width the output takes (FPN, ASPP pooling)' },
      mode: { kind: 'choice', choices: ['nearest', 'bilinear'], default: 'nearest', doc: 'interpolation' },
    },
    apply: upsampling,
  },
  pixel_shuffle: {
    doc: 'sub-pixel up-sampling: C·r² channels rearranged into an r-times larger map with C channels',
    shorthand: 'r',
    attrs: { r: { kind: 'count', required: true, doc: 'up-sampling factor' } },
    apply: (a, input) => {
      const [c, h, w] = needMap('pixel_shuffle', input);
      const r = a.r as number;
      if (c % (r * r) !== 0) throw new LayerError(`${c} channels cannot be shuffled into ${r}×${r} pixels`, 'r');
      return { shape: [c / (r * r), h * r, w * r], ...zero, family: 'upsample', label: `pixel shuffle ↑${r}` };
    },
  },
  unpool: {
    doc: 'max unpooling with the indices of an earlier max pooling',
    attrs: {
      indices: { kind: 'tensor', doc: 'the max pooling whose indices place the values (its output’s name)' },
      k: POOL_ATTRS.k,
      s: POOL_ATTRS.s,
    },
    apply: unpooling,
  },
  crop: {
    doc: 'centre crop to a size, or to the size of another tensor',
    attrs: {
      size: { kind: 'pair', doc: 'output [height, width]' },
      like: { kind: 'tensor', doc: 'a tensor whose height and width the output takes' },
    },
    apply: cropping,
  },
  pad: {
    doc: 'padding as a layer: p rows and columns on every side, with zeros, reflection or replication',
    shorthand: 'p',
    attrs: {
      p: { kind: 'pair', required: true, doc: 'padding per side ([rows, columns])' },
      mode: { kind: 'choice', choices: ['zero', 'reflection', 'replicate'], default: 'zero', doc: 'what fills it' },
    },
    apply: padding,
  },
};
