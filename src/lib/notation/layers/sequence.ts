/**
 * Sequence parts for text recognition: map-to-sequence (each column of a feature map becomes a frame),
 * recurrent layers with their gate parameters, and an attention decoder. A sequence is [D, T]: D features at
 * each of T steps.
 */
import { LayerError, needMap, type Attrs, type LayerDef, type LayerOutcome, type Shape } from './core.ts';

/** Gates per cell: an LSTM has input, forget, cell and output; a GRU has reset, update and new. */
const GATES = { lstm: 4, gru: 3 } as const;
type Cell = keyof typeof GATES;

function needSequence(type: string, input: Shape): [number, number] {
  if (input.length !== 2) {
    throw new LayerError(
      `${type} needs a sequence [D, T]; its input is [${input.join(', ')}] (use to_sequence after the convolutions)`,
    );
  }
  return [input[0]!, input[1]!];
}

/**
 * One recurrent layer stack. Per layer and direction: gates·(D·H + H·H) weights and `biases`·gates·H biases
 * (PyTorch and cuDNN keep two bias vectors, b_ih and b_hh; Keras and the original Torch code one). Each step
 * costs the same multiply-adds as its weights.
 */
function recurrent(cell: Cell, a: Attrs, input: Shape): LayerOutcome {
  const [d, steps] = needSequence(cell, input);
  const h = a.c as number;
  const dirs = a.bidirectional ? 2 : 1;
  const gates = GATES[cell];
  let params = 0;
  let macs = 0;
  let din = d;
  for (let layer = 0; layer < (a.layers as number); layer++) {
    const weights = gates * (din * h + h * h);
    params += dirs * (weights + (a.biases as number) * gates * h);
    macs += dirs * steps * weights;
    din = h * dirs;
  }
  const name = `${a.bidirectional ? 'Bi' : ''}${cell.toUpperCase()}`;
  const layers = (a.layers as number) > 1 ? `, ${a.layers as number} layers` : '';
  return { shape: [h * dirs, steps], params, buffers: 0, macs, family: 'rnn', label: `${name} ${h}${layers}` };
}

const RECURRENT_ATTRS = {
  c: { kind: 'count', required: true, doc: 'hidden units per direction' },
  bidirectional: { kind: 'bool', default: false, doc: 'a second layer reading the sequence backwards' },
  layers: { kind: 'count', default: 1, doc: 'stacked layers' },
  biases: { kind: 'count', default: 2, doc: 'bias vectors per gate: 2 in PyTorch and cuDNN, 1 in Keras and Torch7' },
} as const;

/**
 * Attention decoder (RARE; Bahdanau et al.'s additive attention): at each of `steps` output steps the state s
 * scores every encoder frame h_i by w·tanh(W s + V h_i + b), the weighted sum of frames (the glimpse) and the
 * previous symbol (one-hot unless `embed` is set) feed a GRU or LSTM cell, and a fully connected layer gives the
 * class scores. The encoder frames are projected once; everything else runs per step.
 */
function attentionDecoder(a: Attrs, input: Shape): LayerOutcome {
  const [d, frames] = needSequence('attention_decoder', input);
  const h = a.hidden as number;
  const att = (a.attn as number | undefined) ?? h;
  const k = a.classes as number;
  const steps = a.steps as number;
  const e = (a.embed as number | undefined) ?? k;
  const gates = GATES[a.cell as Cell];
  const attention = d * att + h * att + att + att;
  const embedding = a.embed === undefined ? 0 : k * e;
  const cell = gates * ((d + e) * h + h * h) + (a.biases as number) * gates * h;
  const output = h * k + k;
  const perStep = h * att + frames * att + frames * d + gates * ((d + e) * h + h * h) + h * k;
  return {
    shape: [k, steps],
    params: attention + embedding + cell + output,
    buffers: 0,
    macs: frames * d * att + steps * perStep,
    family: 'attdec',
    label: `attention ${(a.cell as string).toUpperCase()} ${h}`,
  };
}

export const SEQUENCE_LAYERS: Record<string, LayerDef> = {
  to_sequence: {
    doc: 'map-to-sequence: each column of a C×H×W map becomes one frame of C·H features (CRNN)',
    attrs: {},
    apply: (a, input) => {
      const [c, h, w] = needMap('to_sequence', input);
      return { shape: [c * h, w], params: 0, buffers: 0, macs: 0, family: 'toseq', label: 'map → sequence' };
    },
  },
  lstm: { doc: 'LSTM layer(s)', attrs: RECURRENT_ATTRS, apply: (a, input) => recurrent('lstm', a, input) },
  gru: { doc: 'GRU layer(s)', attrs: RECURRENT_ATTRS, apply: (a, input) => recurrent('gru', a, input) },
  attention_decoder: {
    doc: 'attention decoder: a recurrent cell that attends over the encoder frames at each output step',
    attrs: {
      hidden: { kind: 'count', required: true, doc: 'hidden units of the cell' },
      attn: { kind: 'count', doc: 'size of the attention projection (default: hidden)' },
      classes: { kind: 'count', required: true, doc: 'output classes (the end-of-sequence symbol included)' },
      steps: { kind: 'count', required: true, doc: 'output steps (the longest label)' },
      cell: { kind: 'choice', choices: ['gru', 'lstm'], default: 'gru', doc: 'recurrent cell' },
      embed: { kind: 'count', doc: 'a learned embedding of the previous symbol of this size (default: one-hot)' },
      biases: RECURRENT_ATTRS.biases,
    },
    apply: attentionDecoder,
  },
};
