/**
 * The layer rules added for detection, segmentation, sequence, pose, point-set and generative models: output
 * shapes, parameters and multiply-adds of each on tiny inputs, every count derived by hand in a comment.
 */
import { describe, expect, it } from 'vitest';
import { LAYERS, normaliseAttrs, type Shape, type TensorRef } from '../../../src/lib/notation/layers/index.ts';

function apply(
  type: string,
  attrs: Record<string, unknown>,
  input: Shape,
  more: { inputs?: Shape[]; refs?: Record<string, TensorRef> } = {},
) {
  const def = LAYERS[type]!;
  return def.apply(normaliseAttrs(type, def, attrs), input, { inputs: more.inputs ?? [input], refs: more.refs ?? {} });
}

describe('convolutions', () => {
  it('a dilated convolution is its own family and counts like the undilated one', () => {
    // 3×3 over 8 channels to 16: 9·8·16 = 1,152 weights + 16 biases; d = 2 with p = 2 keeps 10×10.
    expect(apply('conv', { k: 3, c: 16, p: 2, d: 2 }, [8, 10, 10])).toMatchObject({
      shape: [16, 10, 10],
      params: 1168,
      macs: 100 * 1152,
      family: 'dilconv',
      label: '3×3 d2',
    });
  });

  it('a locally connected layer has a filter bank per output position, or per tile, or per region', () => {
    // 3×3 over 2 channels to 4 on a 6×6 map: 4×4 outputs. One bank = 9·2·4 = 72 weights + 4 biases = 76.
    expect(apply('local', { k: 3, c: 4 }, [2, 6, 6])).toMatchObject({
      shape: [4, 4, 4],
      params: 16 * 76,
      macs: 16 * 72,
    });
    // share: 2 → one bank per 2×2 tile of outputs: 4 banks.
    expect(apply('local', { k: 3, c: 4, share: 2 }, [2, 6, 6]).params).toBe(4 * 76);
    // regions: [1, 2] → the 4×4 map cut into a left and a right half: 2 banks.
    expect(apply('local', { k: 3, c: 4, regions: [1, 2] }, [2, 6, 6])).toMatchObject({
      params: 2 * 76,
      family: 'local',
    });
    expect(() => apply('local', { k: 3, c: 4, regions: 3 }, [2, 6, 6])).toThrow('cannot be cut into 3×3 equal regions');
  });

  it('a transposed convolution up-samples by its stride and counts one filter per input position', () => {
    // 4×4, stride 2, padding 1 over 8 channels to 3 (DCGAN's last layer): (4 − 1)·2 − 2 + 4 = 8; weights 16·8·3 = 384.
    expect(apply('deconv', { k: 4, c: 3, s: 2, p: 1, bias: false }, [8, 4, 4])).toMatchObject({
      shape: [3, 8, 8],
      params: 384,
      macs: 16 * 384,
      family: 'deconv',
      label: '4×4 ↑2',
    });
    // p: same gives H·s (TensorFlow): 5×5 stride 2 on 4×4 → 8×8.
    expect(apply('deconv', { k: 5, c: 2, s: 2, p: 'same' }, [4, 4, 4]).shape).toEqual([2, 8, 8]);
  });

  it('a 3-D convolution slides over depth, height and width', () => {
    // 3×3×3, stride [2, 1, 1], padding 1 over 4 channels to 2 on 8×6×6: depth (8 + 2 − 3)/2 + 1 = 4 (floor).
    const out = apply('conv3d', { k: 3, c: 2, s: [2, 1, 1], p: 1, round: 'floor' }, [4, 8, 6, 6]);
    // weights 27·4·2 = 216 + 2 biases; mult-adds 4·6·6 positions × 216.
    expect(out).toMatchObject({ shape: [2, 4, 6, 6], params: 218, macs: 144 * 216 });
  });
});

describe('up-sampling, unpooling and cropping', () => {
  it('up-samples by a factor, to a size or to another tensor’s size', () => {
    expect(apply('upsample', { scale: 2, mode: 'bilinear' }, [8, 5, 7])).toMatchObject({
      shape: [8, 10, 14],
      params: 0,
      label: 'bilinear ↑2',
    });
    expect(apply('upsample', { size: [9, 9] }, [8, 3, 3]).shape).toEqual([8, 9, 9]);
    const like = { shape: [1, 13, 17], type: 'conv' };
    expect(apply('upsample', { like: 'x' }, [8, 7, 9], { refs: { like } }).shape).toEqual([8, 13, 17]);
    expect(() => apply('upsample', { scale: 2, size: 4 }, [8, 4, 4])).toThrow('one of scale');
  });

  it('max unpooling takes back the size the indexed max pooling had before it', () => {
    // The pooling turned 64×15×15 into 64×8×8 (ceil); unpooling its indices gives 15×15 again.
    const indices = { shape: [64, 8, 8], type: 'maxpool', inputShape: [64, 15, 15] };
    expect(apply('unpool', { indices: 'pool1' }, [64, 8, 8], { refs: { indices } })).toMatchObject({
      shape: [64, 15, 15],
      params: 0,
      family: 'unpool',
    });
    expect(() =>
      apply('unpool', { indices: 'c' }, [64, 8, 8], { refs: { indices: { ...indices, type: 'conv' } } }),
    ).toThrow('must name a max pooling');
  });

  it('pixel shuffle trades channels for resolution; crop cuts out the centre', () => {
    expect(apply('pixel_shuffle', { r: 2 }, [256, 24, 24]).shape).toEqual([64, 48, 48]);
    expect(apply('crop', { size: [56, 56] }, [512, 64, 64]).shape).toEqual([512, 56, 56]);
    expect(() => apply('crop', { size: 70 }, [512, 64, 64])).toThrow('cannot crop 64×64 to the larger 70×70');
  });
});

describe('detection and pose outputs', () => {
  it('RoI pooling gives a fixed map per RoI and makes what follows run once per RoI', () => {
    const level = [256, 50, 50];
    expect(apply('roi_align', { out: 7, rois: 512 }, level, { inputs: [level, [256, 25, 25]] })).toMatchObject({
      shape: [256, 7, 7],
      params: 0,
      runs: 512,
      label: 'RoIAlign 7×7, 2 levels',
    });
    expect(() => apply('roi_pool', { out: 7, rois: 1 }, level, { inputs: [level, [128, 25, 25]] })).toThrow(
      'every level must be a map with 256 channels',
    );
  });

  it('YOLO’s grid reads 5 numbers per box plus the class scores', () => {
    // YOLOv1: 2 boxes × 5 + 20 classes = 30 channels per cell of the 7×7 grid.
    expect(apply('grid', { boxes: 2, classes: 20 }, [30, 7, 7])).toMatchObject({ shape: [30, 7, 7], family: 'grid' });
    // YOLOv2 on VOC: 5 anchors × (5 + 20) = 125.
    expect(apply('grid', { boxes: 5, classes: 20, per_box: true }, [125, 13, 13]).label).toBe('13×13 grid');
    expect(() => apply('grid', { boxes: 2, classes: 20 }, [32, 7, 7])).toThrow('needs 30 channels');
  });

  it('heatmaps are one per part (plus background); part affinity fields two per limb', () => {
    expect(apply('heatmap', { parts: 16 }, [16, 64, 64]).label).toBe('16 heatmaps');
    expect(apply('heatmap', { parts: 18, background: true }, [19, 46, 46]).family).toBe('heatmap');
    expect(apply('paf', { limbs: 19 }, [38, 46, 46]).label).toBe('19 PAFs');
    expect(() => apply('paf', { limbs: 19 }, [36, 46, 46])).toThrow('needs 38 channels');
  });
});

describe('sequences', () => {
  it('map-to-sequence makes every column a frame', () => {
    expect(apply('to_sequence', {}, [512, 1, 26])).toMatchObject({ shape: [512, 26], family: 'toseq' });
  });

  it('an LSTM has four gates of input and recurrent weights, with PyTorch’s two bias vectors', () => {
    // D = 8, H = 4: per direction 4·(8·4 + 4·4) = 192 weights + 2·4·4 = 32 biases = 224; bidirectional 448.
    expect(apply('lstm', { c: 4, bidirectional: true }, [8, 10])).toMatchObject({
      shape: [8, 10],
      params: 448,
      macs: 2 * 10 * 192,
      label: 'BiLSTM 4',
    });
    // A second layer reads 2·4 = 8 features: the same 448 again. One bias vector (Keras): 2·(192 + 16) = 416 a layer.
    expect(apply('lstm', { c: 4, bidirectional: true, layers: 2 }, [8, 10]).params).toBe(896);
    expect(apply('lstm', { c: 4, bidirectional: true, biases: 1 }, [8, 10]).params).toBe(416);
  });

  it('a GRU has three gates', () => {
    // 3·(8·4 + 4·4) = 144 weights + 2·3·4 = 24 biases.
    expect(apply('gru', { c: 4 }, [8, 10]).params).toBe(168);
  });

  it('fully connected on a sequence is applied at every step with the same weights', () => {
    // CRNN's projection 512 → 37 at each of 26 frames: 512·37 + 37 parameters, 26 × 512·37 mult-adds.
    expect(apply('fc', { c: 37 }, [512, 26])).toMatchObject({ shape: [37, 26], params: 18981, macs: 26 * 18944 });
  });

  it('the attention decoder counts its attention, recurrent cell and classifier', () => {
    // Encoder D = 6 over T = 5 frames; hidden H = 4, attention A = 4, K = 3 classes (one-hot previous symbol), 2 steps.
    // attention: W (H·A = 16) + V (D·A = 24) + b (4) + w (4) = 48; GRU on D + K = 9 inputs: 3·(9·4 + 16) + 2·3·4 = 180;
    // classifier H·K + K = 15. Total 243.
    const out = apply('attention_decoder', { hidden: 4, classes: 3, steps: 2 }, [6, 5]);
    expect(out).toMatchObject({ shape: [3, 2], params: 243, family: 'attdec' });
    // Mult-adds: V·h once, T·D·A = 120; per step H·A + T·A + T·D + 3·(9·4 + 16) + H·K = 16 + 20 + 30 + 156 + 12 = 234.
    expect(out.macs).toBe(120 + 2 * 234);
  });

  it('CTC reads as many classes per frame as it transcribes', () => {
    expect(apply('ctc', { classes: 37 }, [37, 26]).label).toBe('CTC 37');
    expect(() => apply('ctc', { classes: 37 }, [36, 26])).toThrow('needs 37 channels');
  });
});

describe('point sets', () => {
  it('a shared MLP applies one weight matrix at every point (or every grouped point)', () => {
    // 3 → 64 at each of 1024 points: 3·64 + 64 = 256 parameters, 1024·192 mult-adds.
    expect(apply('mlp', { c: 64 }, [3, 1024])).toMatchObject({ shape: [64, 1024], params: 256, macs: 1024 * 192 });
    expect(apply('mlp', { c: 64 }, [6, 512, 32])).toMatchObject({ shape: [64, 512, 32], params: 6 * 64 + 64 });
  });

  it('symmetric pooling removes the point axis; sampling and grouping adds the neighbour axis', () => {
    expect(apply('setpool', { op: 'max' }, [1024, 1024]).shape).toEqual([1024]);
    expect(apply('setpool', {}, [128, 512, 32]).shape).toEqual([128, 512]);
    // PointNet++ SA2: 512 centroids of 128 features, 64 neighbours each, with their 3 relative coordinates.
    expect(apply('sample_group', { points: 128, samples: 64, radius: 0.4 }, [128, 512]).shape).toEqual([131, 128, 64]);
    expect(apply('sample_group', { all: true }, [256, 128]).shape).toEqual([259, 1, 128]);
  });

  it('voxel feature encoding: a shared layer to c/2 with batch norm, joined with the voxel maximum', () => {
    // VoxelNet VFE-1: 7 → 16 per point (7·16 + 16), BN γ, β (32); output 32 per point.
    expect(apply('vfe', { c: 32 }, [7, 35])).toMatchObject({ shape: [32, 35], params: 112 + 16 + 32, buffers: 32 });
    expect(apply('scatter', { grid: [10, 400, 352] }, [128])).toMatchObject({ shape: [128, 10, 400, 352], runs: 1 });
  });
});

describe('normalisations and generative parts', () => {
  it('frozen batch norm keeps γ and β as buffers; L2 norm learns one scale per channel', () => {
    expect(apply('bn', { frozen: true }, [64, 8, 8])).toMatchObject({ params: 0, buffers: 256, label: 'frozen BN' });
    expect(apply('l2norm', {}, [512, 38, 38]).params).toBe(512);
  });

  it('instance, layer, group and pixel normalisation use each sample’s statistics', () => {
    expect(apply('instancenorm', {}, [64, 8, 8])).toMatchObject({ params: 0, family: 'inorm' });
    expect(apply('instancenorm', { affine: true }, [64, 8, 8]).params).toBe(128);
    expect(apply('groupnorm', { g: 32 }, [64, 8, 8]).params).toBe(128);
    expect(() => apply('groupnorm', { g: 3 }, [64, 8, 8])).toThrow('cannot be split into 3 groups');
    expect(apply('pixelnorm', {}, [512, 4, 4]).params).toBe(0);
  });

  it('AdaIN takes its scales and shifts from a style vector through a learned affine map', () => {
    // StyleGAN's A at a 512-channel layer from w ∈ R^512: 512·1024 weights + 1024 biases.
    const w = { shape: [512], type: 'fc' };
    expect(apply('adain', { style: 'w' }, [512, 4, 4], { refs: { style: w } })).toMatchObject({
      params: 525312,
      family: 'adain',
    });
    // With a style feature map (style transfer), the statistics come from it and nothing is learned.
    expect(
      apply('adain', { style: 's' }, [512, 32, 32], { refs: { style: { shape: [512, 32, 32], type: 'relu' } } }).params,
    ).toBe(0);
  });

  it('conditional batch norm learns γ and β per class, or projects them from a condition vector', () => {
    expect(apply('cbn', { classes: 10 }, [64, 8, 8])).toMatchObject({ params: 1280, buffers: 128, family: 'cbn' });
    expect(apply('cbn', { cond: 'y' }, [64, 8, 8], { refs: { cond: { shape: [148], type: 'concat' } } }).params).toBe(
      2 * 148 * 64,
    );
  });

  it('spectral normalisation adds no parameters, only its power-iteration vectors', () => {
    // 3×3 over 64 to 128: u has 128 entries, v 64·9 = 576.
    const plain = apply('conv', { k: 3, c: 128, p: 1 }, [64, 8, 8]);
    const sn = apply('conv', { k: 3, c: 128, p: 1, sn: true }, [64, 8, 8]);
    expect(sn.params).toBe(plain.params);
    expect(sn.buffers - plain.buffers).toBe(128 + 576);
  });

  it('self-attention: queries and keys of C/8, values of C, and a learned γ', () => {
    // C = 64 on 4×4 (N = 16): f, g: 64·8 + 8 each; h: 64·64 + 64; γ: 1 → 2·520 + 4160 + 1 = 5,201.
    const out = apply('self_attention', {}, [64, 4, 4]);
    expect(out).toMatchObject({ shape: [64, 4, 4], params: 5201, family: 'attention' });
    // mult-adds: N·(2·64·8 + 64·64) for the 1×1 convolutions + N²·8 (map) + N²·64 (weighted sum).
    expect(out.macs).toBe(16 * (1024 + 4096) + 256 * 8 + 256 * 64);
  });

  it('a learned constant starts a flow; noise learns a scale per channel', () => {
    expect(apply('const', { shape: [512, 4, 4] }, [1])).toMatchObject({
      shape: [512, 4, 4],
      params: 8192,
      family: 'const',
    });
    expect(LAYERS.const!.source).toBe(true);
    expect(apply('noise', {}, [512, 8, 8]).params).toBe(512);
    // StyleGAN's 4×4 epilogue after the constant: noise strength and a bias, 512 each.
    expect(apply('noise', { bias: true }, [512, 4, 4]).params).toBe(1024);
    expect(apply('minibatch_std', {}, [512, 4, 4]).shape).toEqual([513, 4, 4]);
  });

  it('reshape keeps the number of values; an embedding is a vector per class', () => {
    expect(apply('reshape', { to: [1024, 4, 4] }, [16384]).shape).toEqual([1024, 4, 4]);
    expect(() => apply('reshape', { to: [1024, 4, 4] }, [100])).toThrow('cannot reshape [100]');
    expect(apply('embedding', { classes: 10, c: 50 }, [1])).toMatchObject({ shape: [50], params: 500 });
  });
});

describe('maxout', () => {
  it('a maxout layer counts a fully connected map to units·k pieces: in·units·k + units·k parameters', () => {
    // GAN's discriminator h0: 784 inputs, 240 units of 5 pieces: 784·1,200 + 1,200 = 942,000.
    const h0 = apply('maxout', { units: 240, k: 5 }, [1, 28, 28]);
    expect(h0.shape).toEqual([240]);
    expect(h0.params).toBe(784 * 240 * 5 + 240 * 5);
    expect(h0.macs).toBe(784 * 240 * 5);
    expect(h0.family).toBe('act');
    expect(apply('maxout', { units: 3, k: 2, bias: false }, [4]).params).toBe(4 * 3 * 2);
  });
});

describe('padding', () => {
  it('pads p per side with zeros, reflection or replication, without parameters; reflection stays inside the map', () => {
    const reflect = apply('pad', { p: 40, mode: 'reflection' }, [3, 256, 256]);
    expect(reflect.shape).toEqual([3, 336, 336]);
    expect([reflect.params, reflect.buffers, reflect.macs]).toEqual([0, 0, 0]);
    expect(reflect.label).toBe('reflect pad 40');
    expect(apply('pad', { p: [1, 2] }, [8, 4, 4]).shape).toEqual([8, 6, 8]);
    expect(apply('pad', { p: 3, mode: 'replicate' }, [1, 2, 2]).shape).toEqual([1, 8, 8]);
    expect(() => apply('pad', { p: 4, mode: 'reflection' }, [1, 4, 4])).toThrow(/needs a map larger/);
  });
});
