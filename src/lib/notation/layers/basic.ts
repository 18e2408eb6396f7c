/**
 * Fully connected layers, normalisations, activations and the small layers that only reshape or reorder:
 * flatten, reshape, channel shuffle, dropout, softmax, the slices a channel split makes.
 */
import {
  features,
  LayerError,
  same,
  SN_ATTR,
  type Attrs,
  type LayerContext,
  type LayerDef,
  type LayerOutcome,
  type Shape,
} from './core.ts';

const zero = { params: 0, buffers: 0, macs: 0 };

function activation(doc: string, label: string): LayerDef {
  return { doc, attrs: {}, apply: same('act', label) };
}

/**
 * Fully connected: a vector or a feature map (flattened first) to `c` units. On a sequence or point set [D, L]
 * it is applied at every step with the same weights, giving [c, L] (CRNN's per-frame projection).
 */
function fullyConnected(a: Attrs, input: Shape): LayerOutcome {
  const c = a.c as number;
  const bias = a.bias ? c : 0;
  const sn = a.sn ? c + (input.length === 2 ? input[0]! : features(input)) : 0;
  if (input.length === 2) {
    const [d, steps] = input as [number, number];
    return {
      shape: [c, steps],
      params: d * c + bias,
      buffers: sn,
      macs: steps * d * c,
      family: 'fc',
      label: `fc ${c}`,
    };
  }
  const n = features(input);
  return { shape: [c], params: n * c + bias, buffers: sn, macs: n * c, family: 'fc', label: `fc ${c}` };
}

/**
 * Maxout: a fully connected map to units·k pieces, of which each unit keeps the largest of its k; the weights
 * and multiply-adds are those of the map (N·units·k, + units·k biases). A feature map is flattened first.
 */
function maxout(a: Attrs, input: Shape): LayerOutcome {
  const [units, k] = [a.units as number, a.k as number];
  const n = features(input);
  const bias = a.bias ? units * k : 0;
  return {
    shape: [units],
    params: n * units * k + bias,
    buffers: 0,
    macs: n * units * k,
    family: 'act',
    label: `maxout ×${k}`,
  };
}

/** Batch normalisation; frozen (torchvision's FrozenBatchNorm2d in detection backbones) keeps γ, β as buffers. */
function batchNorm(a: Attrs, input: Shape): LayerOutcome {
  const c = input[0]!;
  if (a.frozen) return { shape: input, params: 0, buffers: 4 * c, macs: 0, family: 'norm', label: 'frozen BN' };
  const learned = a.affine ? (a.scale ? 2 : 1) : 0;
  return { shape: input, params: learned * c, buffers: 2 * c, macs: 0, family: 'norm', label: 'BN' };
}

/** Normalisation over each sample's own statistics, with an optional trained γ and β per channel. */
const perSample =
  (label: string) =>
  (a: Attrs, input: Shape): LayerOutcome => ({
    shape: input,
    params: a.affine ? 2 * input[0]! : 0,
    buffers: 0,
    macs: 0,
    family: 'inorm',
    label,
  });

/**
 * Adaptive instance normalisation: instance normalisation whose scale and shift come from a style. A style
 * vector [D] goes through a learned affine map to the 2C scales and shifts (StyleGAN's "A": D·2C + 2C
 * parameters); a style feature map lends its own channel means and deviations (Huang and Belongie: none).
 */
function adaptiveInstanceNorm(a: Attrs, input: Shape, context: LayerContext): LayerOutcome {
  const c = input[0]!;
  const style = context.refs.style!.shape;
  if (style.length === 1) {
    const d = style[0]!;
    return { shape: input, params: d * 2 * c + 2 * c, buffers: 0, macs: d * 2 * c, family: 'adain', label: 'AdaIN' };
  }
  if (style[0] !== c) throw new LayerError(`the style map has ${style[0]} channels, but the input has ${c}`, 'style');
  return { shape: input, ...zero, family: 'adain', label: 'AdaIN' };
}

/**
 * Conditional batch normalisation: γ and β per class (`classes`: 2C per class, de Vries et al., Miyato and
 * Koyama), or projected from a condition vector (`cond`: 2·D·C, BigGAN's bias-free linear maps).
 */
function conditionalBatchNorm(a: Attrs, input: Shape, context: LayerContext): LayerOutcome {
  const c = input[0]!;
  const cond = context.refs.cond?.shape;
  if ((a.classes === undefined) === (cond === undefined))
    throw new LayerError('cbn takes classes (γ and β per class) or cond (a condition vector projected to γ and β)');
  if (cond && cond.length !== 1) throw new LayerError(`cond must name a vector, not [${cond.join(', ')}]`, 'cond');
  const params = cond ? 2 * cond[0]! * c : 2 * c * (a.classes as number);
  return { shape: input, params, buffers: 2 * c, macs: cond ? 2 * cond[0]! * c : 0, family: 'cbn', label: 'cond. BN' };
}

export const BASIC_LAYERS: Record<string, LayerDef> = {
  fc: {
    doc: 'fully connected layer; a feature map input is flattened first; on a sequence, applied at every step',
    shorthand: 'c',
    attrs: {
      c: { kind: 'count', required: true, doc: 'output units' },
      bias: { kind: 'bool', default: true, doc: 'learned bias per unit' },
      sn: SN_ATTR,
    },
    apply: fullyConnected,
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
  embedding: {
    doc: 'a learned vector per class (a label as input, as in conditional GANs)',
    attrs: {
      classes: { kind: 'count', required: true, doc: 'number of classes' },
      c: { kind: 'count', required: true, doc: 'size of each vector' },
      sn: SN_ATTR,
    },
    apply: (a) => {
      const [n, c] = [a.classes as number, a.c as number];
      return { shape: [c], params: n * c, buffers: a.sn ? n + c : 0, macs: 0, family: 'fc', label: `embed ${c}` };
    },
  },
  bn: {
    doc: 'batch normalisation: γ and β trained per channel; running mean and variance are buffers',
    attrs: {
      affine: { kind: 'bool', default: true, doc: 'trained scale γ and shift β (Keras: scale and center)' },
      scale: { kind: 'bool', default: true, doc: 'trained scale γ (false in Keras Inception v3)' },
      frozen: { kind: 'bool', doc: 'γ, β, mean and variance all fixed buffers (torchvision FrozenBatchNorm2d)' },
    },
    apply: batchNorm,
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
  l2norm: {
    doc: 'L2 normalisation across channels at each position, with a trained scale per channel (SSD conv4_3)',
    attrs: { scale: { kind: 'bool', default: true, doc: 'trained scale per channel' } },
    apply: (a, input) => ({
      shape: input,
      params: a.scale ? input[0]! : 0,
      buffers: 0,
      macs: 0,
      family: 'norm',
      label: 'L2 norm',
    }),
  },
  instancenorm: {
    doc: 'instance normalisation: each map by its own mean and variance (PyTorch default: no γ, β)',
    attrs: { affine: { kind: 'bool', default: false, doc: 'trained γ and β per channel' } },
    apply: perSample('IN'),
  },
  layernorm: {
    doc: 'layer normalisation over the channels of each position or step, with trained γ and β per channel',
    attrs: { affine: { kind: 'bool', default: true, doc: 'trained γ and β per channel' } },
    apply: perSample('LN'),
  },
  groupnorm: {
    doc: 'group normalisation: statistics over groups of channels, trained γ and β per channel',
    attrs: {
      g: { kind: 'count', required: true, doc: 'groups' },
      affine: { kind: 'bool', default: true, doc: 'trained γ and β per channel' },
    },
    apply: (a, input) => {
      if (input[0]! % (a.g as number) !== 0)
        throw new LayerError(`${input[0]} channels cannot be split into ${String(a.g)} groups`, 'g');
      return perSample(`GN ${String(a.g)}`)(a, input);
    },
  },
  pixelnorm: {
    doc: 'pixel-wise feature normalisation (ProGAN, StyleGAN): each position’s vector to unit mean square',
    attrs: {},
    apply: (a, input) => perSample('pixel norm')({ affine: false }, input),
  },
  adain: {
    doc: 'adaptive instance normalisation: scale and shift per channel from a style',
    attrs: { style: { kind: 'tensor', required: true, doc: 'the style: a vector (StyleGAN’s w) or a feature map' } },
    apply: adaptiveInstanceNorm,
  },
  cbn: {
    doc: 'conditional batch normalisation: γ and β per class, or projected from a condition vector',
    attrs: {
      classes: { kind: 'count', doc: 'number of classes, each with its own γ and β' },
      cond: { kind: 'tensor', doc: 'a condition vector projected to γ and β' },
    },
    apply: conditionalBatchNorm,
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
  abs_tanh: activation('absolute value of tanh (Sun et al. 2013)', '|tanh|'),
  mfm: {
    doc: 'max-feature-map: element-wise max of the two channel halves (halves the channels)',
    attrs: {},
    apply: (a, input) => {
      const c = input[0]!;
      if (c % 2 !== 0) throw new LayerError(`mfm halves the channels, but there are ${c}`);
      return { shape: [c / 2, ...input.slice(1)], ...zero, family: 'act', label: 'MFM' };
    },
  },
  maxout: {
    doc: 'maxout (Goodfellow et al. 2013): a fully connected layer of units × k pieces, each unit the max of its k',
    attrs: {
      units: { kind: 'count', required: true, doc: 'output units' },
      k: { kind: 'count', required: true, doc: 'pieces per unit' },
      bias: { kind: 'bool', default: true, doc: 'learned bias per piece' },
    },
    apply: maxout,
  },
  dropout: {
    doc: 'dropout (training only)',
    shorthand: 'p',
    attrs: { p: { kind: 'probability', default: 0.5, doc: 'drop probability' } },
    apply: (a, input) => ({ shape: input, ...zero, family: 'dropout', label: `drop ${String(a.p)}` }),
  },
  flatten: {
    doc: 'flattens a feature map to a vector',
    attrs: {},
    apply: (a, input) => ({ shape: [features(input)], ...zero, family: 'reshape', label: 'flatten' }),
  },
  reshape: {
    doc: 'reshapes to the given shape, with the same number of values (DCGAN’s “project and reshape”)',
    shorthand: 'to',
    attrs: { to: { kind: 'counts', required: true, doc: 'the new shape, e.g. [1024, 4, 4]' } },
    apply: (a, input) => {
      const to = a.to as number[];
      if (features(to) !== features(input))
        throw new LayerError(
          `cannot reshape [${input.join(', ')}] (${features(input)} values) to [${to.join(', ')}]`,
          'to',
        );
      return { shape: to, ...zero, family: 'reshape', label: `reshape ${to.join('×')}` };
    },
  },
  shuffle: {
    doc: 'channel shuffle across g groups',
    shorthand: 'g',
    attrs: { g: { kind: 'count', required: true, doc: 'groups' } },
    apply: (a, input) => {
      const c = input[0]!;
      if (c % (a.g as number) !== 0)
        throw new LayerError(`${c} channels cannot be shuffled across ${String(a.g)} groups`, 'g');
      return { shape: input, ...zero, family: 'shuffle', label: `shuffle g${String(a.g)}` };
    },
  },
  softmax: { doc: 'softmax over the classes', attrs: {}, apply: same('softmax', 'softmax') },
  slice: { doc: 'a slice of the channels (channel split)', internal: true, attrs: {}, apply: same('split', 'split') },
};
