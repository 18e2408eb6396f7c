/**
 * Parts of generative networks: a learned constant as the starting map (StyleGAN), per-layer noise with a learned
 * scale per channel, self-attention over the positions of a map (SAGAN, BigGAN), and the minibatch standard
 * deviation channel of ProGAN's discriminator.
 */
import { features, LayerError, needMap, type Attrs, type LayerDef, type LayerOutcome, type Shape } from './core.ts';

/**
 * Self-attention (SAGAN): 1×1 convolutions to queries and keys of C/r channels and values of v channels (SAGAN: C;
 * BigGAN: C/2, followed by an output 1×1 back to C), attention over all N = H·W positions, and a learned scalar γ
 * on the result before it is added to the input. Multiply-adds: the 1×1 convolutions, then N²·C/r for the
 * attention map and N²·v for the weighted sum.
 */
function selfAttention(a: Attrs, input: Shape): LayerOutcome {
  const [c, h, w] = needMap('self_attention', input);
  const r = a.r as number;
  if (c % r !== 0) throw new LayerError(`${c} channels cannot be reduced by r = ${r}`, 'r');
  const qk = c / r;
  const v = (a.v as number | undefined) ?? c;
  const b = a.bias ? 1 : 0;
  const convs = 2 * (c * qk + b * qk) + (c * v + b * v) + (a.out ? v * c + b * c : 0);
  const n = h * w;
  const macs = n * (2 * c * qk + c * v + (a.out ? v * c : 0)) + n * n * qk + n * n * v;
  return { shape: input, params: convs + 1, buffers: 0, macs, family: 'attention', label: 'self-attention' };
}

export const GENERATIVE_LAYERS: Record<string, LayerDef> = {
  const: {
    doc: 'a learned constant tensor that starts a flow without an input (StyleGAN’s 4×4×512)',
    shorthand: 'shape',
    source: true,
    attrs: { shape: { kind: 'counts', required: true, doc: 'its shape, e.g. [512, 4, 4]' } },
    apply: (a) => {
      const shape = a.shape as number[];
      return { shape, params: features(shape), buffers: 0, macs: 0, family: 'const', label: 'const' };
    },
  },
  noise: {
    doc: 'adds per-pixel Gaussian noise scaled by a learned factor per channel (StyleGAN’s B)',
    attrs: {
      scaled: { kind: 'bool', default: true, doc: 'a learned scale per channel' },
      // StyleGAN's learned constant has no convolution before its noise to carry a bias: the code adds one here.
      bias: { kind: 'bool', default: false, doc: 'a learned bias per channel added after the noise' },
    },
    apply: (a, input) => ({
      shape: input,
      params: (a.scaled ? input[0]! : 0) + (a.bias ? input[0]! : 0),
      buffers: 0,
      macs: 0,
      family: 'noise',
      label: 'noise',
    }),
  },
  self_attention: {
    doc: 'self-attention over the positions of a map, added back to it with a learned weight γ',
    attrs: {
      r: { kind: 'count', default: 8, doc: 'reduction of the query and key channels' },
      v: { kind: 'count', doc: 'value channels (default: the input channels)' },
      out: { kind: 'bool', default: false, doc: 'a 1×1 output convolution from the values back to C (BigGAN)' },
      bias: { kind: 'bool', default: true, doc: 'biases in the 1×1 convolutions' },
    },
    apply: selfAttention,
  },
  minibatch_std: {
    doc: 'appends the standard deviation across the minibatch as one more channel (ProGAN discriminator)',
    attrs: {},
    apply: (a, input) => {
      const [c, h, w] = needMap('minibatch_std', input);
      return { shape: [c + 1, h, w], params: 0, buffers: 0, macs: 0, family: 'concat', label: 'minibatch std' };
    },
  },
};
