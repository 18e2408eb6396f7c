/**
 * The table of layer types: every layer an author may write, each with its attributes and the rule giving its
 * output shape, parameters, non-trained buffers and multiply-adds from its input (one module per kind of layer).
 */
import { BASIC_LAYERS } from './basic.ts';
import { CONVOLUTION_LAYERS } from './convolution.ts';
import type { LayerDef } from './core.ts';
import { GENERATIVE_LAYERS } from './generative.ts';
import { OUTPUT_LAYERS } from './outputs.ts';
import { POINT_LAYERS } from './points.ts';
import { RESAMPLING_LAYERS } from './resampling.ts';
import { SEQUENCE_LAYERS } from './sequence.ts';

export * from './core.ts';

export const LAYERS: Record<string, LayerDef> = {
  ...CONVOLUTION_LAYERS,
  ...RESAMPLING_LAYERS,
  ...BASIC_LAYERS,
  ...OUTPUT_LAYERS,
  ...SEQUENCE_LAYERS,
  ...POINT_LAYERS,
  ...GENERATIVE_LAYERS,
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
  'abs_tanh',
];
