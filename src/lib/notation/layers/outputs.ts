/**
 * Detection, pose and transcription parts without weights of their own: RoI pooling (a fixed-size map per region
 * proposal, after which each layer runs once per RoI), and the output layers that say what a network's last map
 * means — YOLO's grid of boxes and classes, keypoint heatmaps, part affinity fields, CTC transcription. Each
 * output layer checks that the channels it is given add up to what it reads.
 */
import {
  LayerError,
  needMap,
  pairOf,
  type Attrs,
  type LayerContext,
  type LayerDef,
  type LayerOutcome,
  type Shape,
} from './core.ts';

const zero = { params: 0, buffers: 0, macs: 0 };

/** RoI pooling or RoIAlign from one feature map or several pyramid levels (`from: [p2, p3, p4, p5]`). */
const roiPooling =
  (label: string) =>
  (a: Attrs, input: Shape, context: LayerContext): LayerOutcome => {
    const [c] = needMap(label, input);
    for (const other of context.inputs) {
      if (other.length !== 3 || other[0] !== c)
        throw new LayerError(`every level must be a map with ${c} channels, but one is [${other.join(', ')}]`);
    }
    const out = pairOf(a.out);
    const levels = context.inputs.length > 1 ? `, ${context.inputs.length} levels` : '';
    return {
      shape: [c, out[0], out[1]],
      ...zero,
      family: 'roi',
      label: `${label} ${out[0]}×${out[1]}${levels}`,
      runs: a.rois as number,
    };
  };

const ROI_ATTRS = {
  out: { kind: 'pair', required: true, doc: 'output size per RoI, e.g. 7 for 7×7' },
  rois: { kind: 'count', required: true, doc: 'RoIs per image that the layers after it run on' },
} as const;

/** Checks that `want` channels arrive, and says how they are made up when they do not. */
function expectChannels(input: Shape, want: number, what: string): number {
  const c = input[0]!;
  if (c !== want) throw new LayerError(`${what} needs ${want} channels, but the input has ${c}`);
  return c;
}

/** YOLO's output grid: per cell, B boxes of (x, y, w, h, confidence) and class scores (per cell or per box). */
function yoloGrid(a: Attrs, input: Shape): LayerOutcome {
  const [c, h, w] = needMap('grid', input);
  const [b, k] = [a.boxes as number, a.classes as number];
  const want = a.per_box ? b * (5 + k) : b * 5 + k;
  const recipe = a.per_box ? `${b}·(5 + ${k})` : `${b}·5 + ${k}`;
  expectChannels(input, want, `a grid of ${b} boxes and ${k} classes (${recipe})`);
  return { shape: [c, h, w], ...zero, family: 'grid', label: `${h}×${w} grid` };
}

export const OUTPUT_LAYERS: Record<string, LayerDef> = {
  roi_pool: {
    doc: 'RoI max pooling (Fast R-CNN): each region proposal pooled to a fixed out×out map',
    multiInput: true,
    attrs: ROI_ATTRS,
    apply: roiPooling('RoIPool'),
  },
  roi_align: {
    doc: 'RoIAlign (Mask R-CNN): bilinear sampling of each proposal to a fixed map; several levels for FPN',
    multiInput: true,
    attrs: ROI_ATTRS,
    apply: roiPooling('RoIAlign'),
  },
  grid: {
    doc: 'YOLO output: an S×S grid, each cell predicting boxes and class scores',
    attrs: {
      boxes: { kind: 'count', required: true, doc: 'boxes (anchors) per cell' },
      classes: { kind: 'count', required: true, doc: 'classes' },
      per_box: { kind: 'bool', default: false, doc: 'class scores per box (YOLOv2 on) rather than per cell (YOLOv1)' },
    },
    apply: yoloGrid,
  },
  heatmap: {
    doc: 'keypoint heatmaps: one map per part (plus background when set)',
    shorthand: 'parts',
    attrs: {
      parts: { kind: 'count', required: true, doc: 'keypoints (parts)' },
      background: { kind: 'bool', default: false, doc: 'one more map for the background (OpenPose, CPM)' },
    },
    apply: (a, input) => {
      const k = (a.parts as number) + (a.background ? 1 : 0);
      expectChannels(input, k, `${String(a.parts)} part heatmaps${a.background ? ' and the background' : ''}`);
      return { shape: input, ...zero, family: 'heatmap', label: `${String(a.parts)} heatmaps` };
    },
  },
  paf: {
    doc: 'part affinity fields (OpenPose): an x and a y map per limb',
    shorthand: 'limbs',
    attrs: { limbs: { kind: 'count', required: true, doc: 'limbs (pairs of parts)' } },
    apply: (a, input) => {
      expectChannels(input, 2 * (a.limbs as number), `${String(a.limbs)} part affinity fields (x and y each)`);
      return { shape: input, ...zero, family: 'paf', label: `${String(a.limbs)} PAFs` };
    },
  },
  ctc: {
    doc: 'CTC transcription: per-frame class scores (blank included) collapsed to a label sequence',
    shorthand: 'classes',
    attrs: { classes: { kind: 'count', required: true, doc: 'classes per frame, the blank included' } },
    apply: (a, input) => {
      if (input.length !== 2)
        throw new LayerError(`ctc reads a sequence [classes, frames], but its input is [${input.join(', ')}]`);
      expectChannels(input, a.classes as number, 'CTC over that many classes');
      return { shape: input, ...zero, family: 'ctc', label: `CTC ${String(a.classes)}` };
    },
  },
};
