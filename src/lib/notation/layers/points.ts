/**
 * Point-set parts: a shared MLP applied to every point with the same weights (PointNet), a symmetric pooling over
 * the points (max or average, so the order of the points does not matter), PointNet++'s sampling and grouping,
 * VoxelNet's voxel feature encoding, and the scatter of per-voxel features into a dense grid. A point set is
 * [C, N]: C features for each of N points; grouped points are [C, S, K]: K neighbours around each of S centroids.
 */
import { LayerError, type Attrs, type LayerDef, type LayerOutcome, type Shape } from './core.ts';

function needPoints(type: string, input: Shape, grouped = false): void {
  if (input.length !== 2 && !(grouped && input.length === 3)) {
    const want = grouped ? 'a point set [C, N] or grouped points [C, S, K]' : 'a point set [C, N]';
    throw new LayerError(`${type} needs ${want}, but its input is [${input.join(', ')}]`);
  }
}

/** Shared MLP layer: the same C→c weights at every point (a 1×1 convolution over the points). */
function sharedMlp(a: Attrs, input: Shape): LayerOutcome {
  needPoints('mlp', input, true);
  const [cin, ...positions] = input as number[];
  const c = a.c as number;
  const n = positions.reduce((p, x) => p * x, 1);
  return {
    shape: [c, ...positions],
    params: cin! * c + (a.bias ? c : 0),
    buffers: 0,
    macs: n * cin! * c,
    family: 'pointmlp',
    label: `mlp ${c}`,
  };
}

/** Sampling (farthest points) and grouping (ball query, or all points): [C, N] → [C (+3 coordinates), S, K]. */
function sampleAndGroup(a: Attrs, input: Shape): LayerOutcome {
  needPoints('sample_group', input);
  const [c, n] = input as [number, number];
  const s = a.all ? 1 : (a.points as number | undefined);
  const k = a.all ? n : (a.samples as number | undefined);
  if (s === undefined || k === undefined)
    throw new LayerError('sample_group needs points (centroids) and samples (neighbours each), or all: true');
  if (s > n) throw new LayerError(`cannot sample ${s} centroids from ${n} points`, 'points');
  const radius = a.radius === undefined ? '' : ` r${a.radius as number}`;
  return {
    shape: [c + (a.xyz ? 3 : 0), s, k],
    params: 0,
    buffers: 0,
    macs: 0,
    family: 'group',
    label: a.all ? 'group all' : `${s} × ${k}${radius}`,
  };
}

/**
 * Voxel feature encoding (VoxelNet): a shared fully connected layer to c/2 units with batch normalisation and
 * ReLU at every point of a voxel, then the voxel's max over its points concatenated back onto each point: c.
 */
function voxelFeatureEncoding(a: Attrs, input: Shape): LayerOutcome {
  needPoints('vfe', input);
  const [cin, t] = input as [number, number];
  const c = a.c as number;
  if (c % 2 !== 0) throw new LayerError(`vfe concatenates two halves, so c must be even, got ${c}`, 'c');
  const half = c / 2;
  return {
    shape: [c, t],
    params: cin * half + (a.bias ? half : 0) + 2 * half,
    buffers: 2 * half,
    macs: t * cin * half,
    family: 'vfe',
    label: `VFE ${c}`,
  };
}

export const POINT_LAYERS: Record<string, LayerDef> = {
  mlp: {
    doc: 'shared MLP layer: the same fully connected weights at every point (PointNet)',
    shorthand: 'c',
    attrs: {
      c: { kind: 'count', required: true, doc: 'output features per point' },
      bias: { kind: 'bool', default: true, doc: 'learned bias per output feature' },
    },
    apply: sharedMlp,
  },
  setpool: {
    doc: 'symmetric pooling over the points (of a set, or of each group): max or average',
    shorthand: 'op',
    attrs: { op: { kind: 'choice', choices: ['max', 'avg'], default: 'max', doc: 'the symmetric function' } },
    apply: (a, input) => {
      needPoints('setpool', input, true);
      return {
        shape: input.slice(0, -1),
        params: 0,
        buffers: 0,
        macs: 0,
        family: 'setpool',
        label: `${a.op as string} over ${input.length === 2 ? 'points' : 'groups'}`,
      };
    },
  },
  sample_group: {
    doc: 'PointNet++ sampling and grouping: S centroids by farthest-point sampling, K neighbours each',
    attrs: {
      points: { kind: 'count', doc: 'centroids sampled (S)' },
      samples: { kind: 'count', doc: 'neighbours grouped around each centroid (K)' },
      radius: { kind: 'number', doc: 'ball-query radius (shown in the label only)' },
      all: { kind: 'bool', default: false, doc: 'one group of all points (the last set abstraction)' },
      xyz: { kind: 'bool', default: true, doc: 'append each neighbour’s coordinates relative to its centroid' },
    },
    apply: sampleAndGroup,
  },
  vfe: {
    doc: 'voxel feature encoding (VoxelNet): point-wise features joined with the voxel’s max',
    shorthand: 'c',
    attrs: {
      c: { kind: 'count', required: true, doc: 'output features per point' },
      bias: { kind: 'bool', default: true, doc: 'bias in the shared fully connected layer' },
    },
    apply: voxelFeatureEncoding,
  },
  scatter: {
    doc: 'scatters per-voxel feature vectors into a dense grid [C, D, H, W] (after it, layers run once)',
    shorthand: 'grid',
    attrs: { grid: { kind: 'counts', required: true, doc: 'grid size [D, H, W] (or [H, W])' } },
    apply: (a, input) => {
      if (input.length !== 1) throw new LayerError(`scatter needs one vector per voxel, got [${input.join(', ')}]`);
      const grid = a.grid as number[];
      return {
        shape: [input[0]!, ...grid],
        params: 0,
        buffers: 0,
        macs: 0,
        family: 'reshape',
        label: `scatter → ${grid.join('×')}`,
        runs: 1,
      };
    },
  },
};
