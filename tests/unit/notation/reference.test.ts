/**
 * Computed totals against published figures.
 *
 * Parameters: the reference implementations' own counts, within 1 %. torchvision counts trained parameters
 * (weights, biases, BN γ and β) and not BN running statistics, as the engine does. Each count is the
 * `num_params` entry of the weights' metadata in torchvision's model source (torchvision/models/<file>.py,
 * e.g. `ResNet50_Weights.IMAGENET1K_V1.meta["num_params"]`), also listed on the model's documentation page,
 * https://pytorch.org/vision/stable/models/generated/torchvision.models.<name>.html.
 *
 * Multiply-adds: the papers' figures, within 5 % (the engine counts the multiply-accumulates of convolution and
 * fully connected layers, which is what these papers call FLOPs or mult-adds).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { totals } from '../../../src/lib/notation/count.ts';
import { buildGraph, listVariants } from '../../../src/lib/notation/graph.ts';
import { loadArchSpecs } from '../../../src/lib/notation/load.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const { specs, issues } = loadArchSpecs(ROOT);
const specOf = (model: string) => specs.find((s) => s.model === model)?.spec;

function computed(model: string, variant: string, network?: string) {
  const spec = specOf(model);
  if (!spec) throw new Error(`no valid spec for ${model}`);
  // A variant id is unique within a spec, so it also names its network when a spec has several.
  const net = network ?? listVariants(spec).find((v) => v.variant === variant)?.network;
  return totals(buildGraph(spec, { network: net, variant, specs: specOf }));
}

const TORCHVISION = 'torchvision/models';
// [model folder, variant id, reference count, source]
const PARAMS: [string, string, number, string][] = [
  ['alexnet', 'alexnet-torchvision', 61_100_840, `${TORCHVISION}/alexnet.py AlexNet_Weights num_params`],
  ['vgg', 'vgg-16', 138_357_544, `${TORCHVISION}/vgg.py VGG16_Weights num_params`],
  ['vgg', 'vgg-19', 143_667_240, `${TORCHVISION}/vgg.py VGG19_Weights num_params`],
  ['resnet', 'resnet-18', 11_689_512, `${TORCHVISION}/resnet.py ResNet18_Weights num_params`],
  ['resnet', 'resnet-34', 21_797_672, `${TORCHVISION}/resnet.py ResNet34_Weights num_params`],
  ['resnet', 'resnet-50', 25_557_032, `${TORCHVISION}/resnet.py ResNet50_Weights num_params`],
  ['resnet', 'resnet-101', 44_549_160, `${TORCHVISION}/resnet.py ResNet101_Weights num_params`],
  ['resnet', 'resnet-152', 60_192_808, `${TORCHVISION}/resnet.py ResNet152_Weights num_params`],
  ['mobilenet-v2', 'mobilenet-v2-1.0', 3_504_872, `${TORCHVISION}/mobilenetv2.py _COMMON_META num_params`],
  ['squeezenet', 'squeezenet-1.0', 1_248_424, `${TORCHVISION}/squeezenet.py SqueezeNet1_0_Weights num_params`],
  ['squeezenet', 'squeezenet-1.1', 1_235_496, `${TORCHVISION}/squeezenet.py SqueezeNet1_1_Weights num_params`],
  ['densenet', 'densenet-121', 7_978_856, `${TORCHVISION}/densenet.py DenseNet121_Weights num_params`],
  ['resnext', 'resnext-50-32x4d', 25_028_904, `${TORCHVISION}/resnet.py ResNeXt50_32X4D_Weights num_params`],
  [
    'shufflenet-v2',
    'shufflenet-v2-1.0',
    2_278_604,
    `${TORCHVISION}/shufflenetv2.py ShuffleNet_V2_X1_0_Weights num_params`,
  ],
  ['mnasnet', 'mnasnet-b1-1.0', 4_383_312, `${TORCHVISION}/mnasnet.py MNASNet1_0_Weights num_params`],
  ['efficientnet', 'efficientnet-b0', 5_288_548, `${TORCHVISION}/efficientnet.py EfficientNet_B0_Weights num_params`],
  [
    'googlenet',
    'googlenet-torchvision',
    6_624_904,
    `${TORCHVISION}/googlenet.py GoogLeNet_Weights num_params (aux heads removed)`,
  ],
  [
    'xception',
    'xception',
    22_855_952,
    'Chollet 2017, Table 3 (equal to the trainable parameters of Keras applications Xception)',
  ],
  [
    'inception-v4',
    'inception-v4',
    42_700_000,
    'timm inception_v4 model card (Params (M): 42.7), https://huggingface.co/timm/inception_v4.tf_in1k',
  ],
  [
    'inception-v4',
    'inception-resnet-v2',
    55_800_000,
    'timm inception_resnet_v2 model card (Params (M): 55.8), https://huggingface.co/timm/inception_resnet_v2.tf_ens_adv_in1k',
  ],
  ['dpn', 'dpn-92', 37_700_000, 'timm dpn92 model card (Params (M): 37.7), https://huggingface.co/timm/dpn92.mx_in1k'],
  ['dpn', 'dpn-98', 61_600_000, 'timm dpn98 model card (Params (M): 61.6), https://huggingface.co/timm/dpn98.mx_in1k'],
  [
    'dpn',
    'dpn-107',
    86_900_000,
    'timm dpn107 model card (Params (M): 86.9), https://huggingface.co/timm/dpn107.mx_in1k',
  ],
  ['facenet', 'nn1', 140e6, 'Schroff et al. 2015 (FaceNet), Section 3.3 and Table 1 (140 M)'],
  ['facenet', 'nn2', 7.5e6, 'Schroff et al. 2015 (FaceNet), Table 2 (7.5 M)'],
  [
    'lenet',
    'lenet-5',
    60_000,
    'LeCun et al. 1998, Section II-B: about 60,000 trainable parameters (C1 156, S2 12, C3 1,516, S4 32, C5 48,120, F6 10,164)',
  ],
  // Detection and segmentation at torchvision's class counts (91 COCO ids; 2 for Keypoint R-CNN; 21 VOC labels),
  // each the num_params of the weights' meta in torchvision/models/detection/*.py and segmentation/*.py.
  [
    'faster-r-cnn',
    'r50-fpn',
    41_755_286,
    `${TORCHVISION}/detection/faster_rcnn.py FasterRCNN_ResNet50_FPN_Weights.COCO_V1 num_params`,
  ],
  [
    'mask-r-cnn',
    'mask-r-cnn',
    44_401_393,
    `${TORCHVISION}/detection/mask_rcnn.py MaskRCNN_ResNet50_FPN_Weights num_params`,
  ],
  [
    'mask-r-cnn',
    'keypoint-r-cnn',
    59_137_258,
    `${TORCHVISION}/detection/keypoint_rcnn.py KeypointRCNN_ResNet50_FPN_Weights num_params`,
  ],
  ['ssd', 'ssd300', 35_641_826, `${TORCHVISION}/detection/ssd.py SSD300_VGG16_Weights.COCO_V1 num_params`],
  ['fcn', 'fcn-resnet50', 35_322_218, `${TORCHVISION}/segmentation/fcn.py FCN_ResNet50_Weights num_params`],
  ['fcn', 'fcn-resnet101', 54_314_346, `${TORCHVISION}/segmentation/fcn.py FCN_ResNet101_Weights num_params`],
  [
    'deeplab',
    'deeplabv3-resnet50',
    42_004_074,
    `${TORCHVISION}/segmentation/deeplabv3.py DeepLabV3_ResNet50_Weights num_params`,
  ],
  [
    'deeplab',
    'deeplabv3-resnet101',
    60_996_202,
    `${TORCHVISION}/segmentation/deeplabv3.py DeepLabV3_ResNet101_Weights num_params`,
  ],
  // The papers' own counts.
  ['crnn', 'crnn', 8.3e6, 'Shi, Bai and Yao 2017 (CRNN), Section 3.3 and Table 3: 8.3 million parameters'],
  ['pointnet', 'pointnet-cls', 3.5e6, 'Qi et al. 2017 (PointNet), Table 6: 3.5 M parameters'],
  [
    'segnet',
    'segnet',
    117e6 / 4,
    'Badrinarayanan et al. 2017 (SegNet), Table 6: model size 117 MB, four bytes a value',
  ],
  ['fcn', 'fcn-32s', 134e6, 'Long et al. 2015 (FCN), Table 1: FCN-VGG16, 134 M parameters'],
  ['deeplab', 'deeplab-v1', 20.5e6, 'Chen et al. 2015 (DeepLab), Table 2: DeepLab-CRF-LargeFOV, 20.5 M parameters'],
  ['nasnet', 'nasnet-a-mobile', 5.3e6, 'Zoph et al. 2018 (NASNet), Table 3: NASNet-A (4 @ 1056), 5.3 M parameters'],
  ['nasnet', 'nasnet-a-large', 88.9e6, 'Zoph et al. 2018 (NASNet), Table 2: NASNet-A (6 @ 4032), 88.9 M parameters'],
];

// [model folder, variant id, paper figure, source]
const MULT_ADDS: [string, string, number, string][] = [
  ['resnet', 'resnet-50', 3.8e9, 'He et al. 2015, Table 1 (3.8 × 10⁹ FLOPs)'],
  ['resnet', 'resnet-152', 11.3e9, 'He et al. 2015, Table 1 (11.3 × 10⁹ FLOPs)'],
  ['vgg', 'vgg-16', 15.5e9, 'commonly cited count for VGG-16 (15.5 G)'],
  ['mobilenet-v1', 'mobilenet-v1-1.0-224', 569e6, 'Howard et al. 2017, Table 8 (569 M mult-adds)'],
  ['mobilenet-v2', 'mobilenet-v2-1.0', 300e6, 'Sandler et al. 2018, Table 4 (300 M)'],
  ['shufflenet-v2', 'shufflenet-v2-1.0', 146e6, 'Ma et al. 2018, Table 5 (146 M FLOPs)'],
  ['efficientnet', 'efficientnet-b0', 0.39e9, 'Tan and Le 2019, Table 2 (0.39 B FLOPs)'],
  ['mnasnet', 'mnasnet-a1', 312e6, 'Tan et al. 2019, Table 1 (312 M)'],
  ['dpn', 'dpn-92', 6.5e9, 'Chen et al. 2017 (Dual Path Networks), Table 2 (6.5 GFLOPs)'],
  ['facenet', 'nn1', 1.6e9, 'Schroff et al. 2015 (FaceNet), Table 1 (1.6 B FLOPS)'],
  ['facenet', 'nn2', 1.6e9, 'Schroff et al. 2015 (FaceNet), Table 2 (1.6 B FLOPS)'],
  [
    'mobilefacenet',
    'mobilefacenet',
    221e6,
    'Chen et al. 2018 (MobileFaceNets), Section 3.2 and Table 2 (221 M MAdds at 112×112)',
  ],
  ['nasnet', 'nasnet-a-mobile', 564e6, 'Zoph et al. 2018 (NASNet), Table 3: 564 M mult-adds'],
  ['nasnet', 'nasnet-a-large', 23.8e9, 'Zoph et al. 2018 (NASNet), Table 2: 23.8 B mult-adds'],
  ['pointnet', 'pointnet-cls', 440e6, 'Qi et al. 2017 (PointNet), Table 6: 440 M FLOPs per sample'],
  [
    'faster-r-cnn',
    'r50-fpn',
    134.38e9,
    `${TORCHVISION}/detection/faster_rcnn.py FasterRCNN_ResNet50_FPN_Weights _ops: 134.38 GFLOPS at 800×800, 1,000 proposals`,
  ],
  ['ssd', 'ssd300', 34.858e9, `${TORCHVISION}/detection/ssd.py SSD300_VGG16_Weights _ops: 34.858 GFLOPS`],
];

describe('every spec in content/models is valid', () => {
  it('has no issues', () => {
    expect(issues).toEqual([]);
    expect(specs.length).toBeGreaterThanOrEqual(3);
  });
});

describe('parameters match the reference implementations within 1 %', () => {
  it.each(PARAMS)('%s %s: %i (%s)', (model, variant, reference) => {
    const { params } = computed(model, variant);
    expect(Math.abs(params / reference - 1)).toBeLessThanOrEqual(0.01);
  });
});

describe('multiply-adds match the papers within 5 %', () => {
  it.each(MULT_ADDS)('%s %s: %d (%s)', (model, variant, reference) => {
    const { mult_adds } = computed(model, variant);
    expect(Math.abs(mult_adds / reference - 1)).toBeLessThanOrEqual(0.05);
  });
});

describe('Inception-ResNet-v2 is counted as Keras counts it', () => {
  it('gives Keras applications InceptionResNetV2 "Total params" 55,873,736 when BN has no γ but its running statistics are counted', () => {
    // Keras's batch normalisation here has β only (scale=False) and its total includes the running mean and
    // variance: total = params − γ + buffers, with γ = buffers / 2 (one γ, one mean and one variance per channel).
    const { params, buffers } = computed('inception-v4', 'inception-resnet-v2');
    expect(buffers).toBe(60_544); // Keras "Non-trainable params"
    expect(params - buffers / 2 + buffers).toBe(55_873_736);
  });
});

describe('Light CNN is counted as the authors’ code builds it', () => {
  it('Light CNN-9 to the 256-d feature: the layers of network_9layers in AlfredXiangWu/LightCNN light_cnn.py', () => {
    // mfm(cin, cout, k) is a convolution to 2·cout channels with bias; group(cin, cout) is mfm(cin, cin, 1) then mfm(cin, cout, 3).
    const conv = (cin: number, cout: number, k: number) => cin * k * k * 2 * cout + 2 * cout;
    const group = (cin: number, cout: number) => conv(cin, cin, 1) + conv(cin, cout, 3);
    const expected =
      conv(1, 48, 5) + group(48, 96) + group(96, 192) + group(192, 128) + group(128, 128) + (8 * 8 * 128 * 512 + 512);
    expect(expected).toBe(5_480_864);
    expect(computed('light-cnn', 'light-cnn-9').params).toBe(expected);
    // network_29layers adds residual blocks [1, 2, 3, 4] of two 3×3 mfm convolutions each at 48, 96, 192 and 128 channels.
    const res = (c: number) => 2 * conv(c, c, 3);
    expect(computed('light-cnn', 'light-cnn-29').params).toBe(
      expected + res(48) + 2 * res(96) + 3 * res(192) + 4 * res(128),
    );
  });
});

describe('VGG-Face is VGG-16 with a 2,622-way classifier', () => {
  it('has torchvision vgg16’s 138,357,544 parameters less its 1,000-way fc8, plus a 2,622-way one (Parkhi et al. 2015, Table 3)', () => {
    const expected = 138_357_544 - (4096 * 1000 + 1000) + (4096 * 2622 + 2622);
    expect(computed('vggface', 'vgg-face').params).toBe(expected);
    expect(computed('vggface', 'vgg-face').mult_adds - computed('vgg', 'vgg-16').mult_adds).toBe(4096 * (2622 - 1000));
  });
});

describe('SphereFace is counted as the PyTorch port builds it', () => {
  it('SphereFace-20 and -64 to the 512-d feature: sphere20a and sphere64a in clcarwin/sphereface_pytorch net_sphere.py', () => {
    // Conv2d(cin, cout, 3) with bias, each followed by PReLU(cout); a stage is one stride-2 convolution and n residual units of two.
    const conv = (cin: number, cout: number) => cin * 9 * cout + cout + cout;
    const stage = (cin: number, c: number, n: number) => conv(cin, c) + n * 2 * conv(c, c);
    const fc5 = 512 * 7 * 6 * 512 + 512;
    const net = (n: number[]) =>
      stage(3, 64, n[0]!) + stage(64, 128, n[1]!) + stage(128, 256, n[2]!) + stage(256, 512, n[3]!) + fc5;
    expect(computed('sphereface', 'sphereface-20').params).toBe(net([1, 2, 4, 1]));
    expect(computed('sphereface', 'sphereface-64').params).toBe(net([3, 8, 16, 3]));
  });
});

describe('LeNet-5 is counted as the paper does', () => {
  it('uses the partial connection table of C3 and counts the fixed RBF prototypes as buffers', () => {
    const spec = specOf('lenet')!;
    const graph = buildGraph(spec);
    const byName = new Map(graph.nodes.map((n) => [n.name, n]));
    expect(byName.get('C1')!.params).toBe(156);
    expect(byName.get('S2')!.params).toBe(12);
    expect(byName.get('C3')!.params).toBe(1516);
    expect(byName.get('S4')!.params).toBe(32);
    expect(byName.get('C5')!.params).toBe(48120);
    expect(byName.get('F6')!.params).toBe(10164);
    expect(byName.get('output')!.buffers).toBe(840);
    expect(totals(graph)).toMatchObject({ params: 60000, buffers: 840 });
  });
});

/**
 * Tolerance of a published figure: 1 % for parameters and 5 % for multiply-adds, widened to the figure's own
 * precision when it is rounded (4.2 M means 4.15–4.25 M).
 */
function tolerance(metric: 'params' | 'mult_adds', value: number): number {
  const base = metric === 'params' ? 0.01 : 0.05;
  const digits = String(value).replace(/e.*$/, '');
  if (Number.isInteger(value) && !/0{3,}$/.test(String(value))) return base;
  const significant = digits.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
  const unit = 10 ** (Math.floor(Math.log10(value)) - significant + 1);
  return Math.max(base, unit / 2 / value);
}

describe('every figure a spec reports', () => {
  for (const loaded of specs) {
    for (const graph of loaded.graphs) {
      const t = totals(graph);
      for (const r of graph.reported) {
        const got = r.metric === 'params' ? t.params : t.mult_adds;
        const off = Math.abs(got / r.value - 1);
        const tol = tolerance(r.metric, r.value);
        if (r.note) {
          it(`${graph.variant.id} ${r.metric} ${r.value} (${r.source}) differs, as its note says`, () => {
            expect(off).toBeGreaterThan(tol);
          });
        } else {
          it(`${graph.variant.id} ${r.metric} ${r.value} (${r.source}) is within ${(tol * 100).toFixed(1)} %`, () => {
            expect(off).toBeLessThanOrEqual(tol);
          });
        }
      }
    }
  }
});

describe('records for the open data export', () => {
  it('list every variant with input, params and mult_adds', async () => {
    const { loadArchitectures } = await import('../../../src/lib/notation/load.ts');
    const all = loadArchitectures(ROOT);
    expect(all.resnet).toContainEqual({
      variant: 'ResNet-50',
      input: [3, 224, 224],
      params: 25_557_032,
      mult_adds: expect.any(Number),
    });
    expect(all.mtcnn?.map((r) => r.variant)).toEqual(['P-Net', 'R-Net', 'O-Net']);
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
    expect(readFileSync(`${ROOT}content/models/resnet/arch.yaml`, 'utf8')).toContain('model: resnet');
    // Loads every spec again: seconds of wall time on a busy machine.
  }, 60_000);
});

describe('NASNet-A is counted as Keras builds it (layer for layer TF-Slim’s)', () => {
  it('gives Keras’s trained parameters, and the paper’s 88.9 M once batch norm’s moving statistics are added', () => {
    // Keras applications NASNetMobile / NASNetLarge: trainable 5,289,978 / 88,753,150; non-trainable (BN moving
    // means and variances) 36,738 / 196,668; "Total params" 5,326,716 / 88,949,818.
    const mobile = computed('nasnet', 'nasnet-a-mobile');
    const large = computed('nasnet', 'nasnet-a-large');
    expect([mobile.params, mobile.buffers]).toEqual([5_289_978, 36_738]);
    expect([large.params, large.buffers]).toEqual([88_753_150, 196_668]);
    // Table 2's 88.9 M rounds 88,949,818 (with statistics), not 88,753,150 (88.8 M).
    expect(Math.floor((large.params + large.buffers) / 1e5) / 10).toBe(88.9);
  });
});

describe('Faster R-CNN’s one published count: the RPN’s output layers', () => {
  it('has 512 × (4 + 2) × 9 ≈ 2.8 × 10⁴ output-layer weights for VGG-16 (Ren et al. 2015, Section 3.1.1)', () => {
    const spec = specOf('faster-r-cnn')!;
    const graph = buildGraph(spec, { network: 'vgg16', specs: specOf });
    const outputs = graph.nodes.filter((n) => n.name.startsWith('rpn.head1.parallel1'));
    // Two 1×1 convolutions from 512 channels: 2·9 objectness scores and 4·9 offsets, plus their 54 biases.
    expect(outputs.reduce((s, n) => s + n.params, 0)).toBe(512 * (4 + 2) * 9 + 54);
  });
});

describe('U-Net, whose paper gives no parameter count', () => {
  it('has the 23 convolutions of Figure 1: 31,030,658 weights and biases for one input channel and two classes', () => {
    // Ronneberger et al. 2015, Figure 1: double 3×3 convolutions of 64 … 1024 channels; 2×2 up-convolutions
    // halving them; a 1×1 convolution to 2 classes. conv(a, b) = 9ab + b, up(a, b) = 4ab + b.
    const conv = (a: number, b: number) => 9 * a * b + b;
    const up = (a: number, b: number) => 4 * a * b + b;
    const down = conv(1, 64) + conv(64, 64) + conv(64, 128) + conv(128, 128) + conv(128, 256) + conv(256, 256);
    const deep = conv(256, 512) + conv(512, 512) + conv(512, 1024) + conv(1024, 1024);
    const upPath =
      up(1024, 512) +
      conv(1024, 512) +
      conv(512, 512) +
      up(512, 256) +
      conv(512, 256) +
      conv(256, 256) +
      up(256, 128) +
      conv(256, 128) +
      conv(128, 128) +
      up(128, 64) +
      conv(128, 64) +
      conv(64, 64);
    const expected = down + deep + upPath + (64 * 2 + 2);
    expect(expected).toBe(31_030_658);
    expect(computed('u-net', 'u-net').params).toBe(expected);
  });
});

describe('DCGAN, whose paper gives no parameter count', () => {
  it('counts Figure 1’s generator as the authors’ code builds it', () => {
    // Radford et al. 2016, Figure 1: z (100) projected to 4×4×1024, then four 5×5 fractionally strided
    // convolutions to 512, 256, 128 and 3 channels; no biases; BN over the 16,384 projected units and after the
    // first three up-samplings (γ and β: 2·(16384 + 512 + 256 + 128)).
    const weights = 100 * 16384 + 25 * (1024 * 512 + 512 * 256 + 256 * 128 + 128 * 3);
    const bn = 2 * (16384 + 512 + 256 + 128);
    expect(weights + bn).toBe(18_885_760);
    expect(computed('dcgan', 'generator').params).toBe(weights + bn);
    // The PyTorch example's smaller generator: 4×4 kernels, 512 channels at 4×4.
    expect(computed('dcgan', 'generator-pytorch').params).toBe(
      16 * (100 * 512 + 512 * 256 + 256 * 128 + 128 * 64 + 64 * 3) + 2 * (512 + 256 + 128 + 64),
    );
  });
});

describe('StyleGAN, counted as the released generator', () => {
  it('has the 26,219,627 trainable parameters of the official model summary, layer by layer', () => {
    // NVlabs/stylegan README, Gs.print_layers() of the FFHQ 1024×1024 generator: "Total 26219627"; the paper
    // (Section 2) rounds it to 26.2 M. A styled layer of C channels after one of C_in: a 3×3 convolution with
    // bias 9·C_in·C + C, noise strengths C, and the affine map from w to a scale and a shift per channel
    // 512·2C + 2C. The 4×4 constant: 8,192 values, noise and bias 512 each, and its AdaIN's 525,312.
    const styled = (cin: number, c: number) => 9 * cin * c + c + c + 512 * 2 * c + 2 * c;
    const mapping = 8 * (512 * 512 + 512);
    const start = 8192 + 512 + 512 + (512 * 1024 + 1024) + styled(512, 512);
    const channels = [512, 512, 512, 512, 256, 128, 64, 32, 16];
    let synthesis = start;
    for (let r = 1; r < channels.length; r++)
      synthesis += styled(channels[r - 1]!, channels[r]!) + styled(channels[r]!, channels[r]!);
    // Every resolution keeps its toRGB (1×1 to three channels, with bias) in the released model.
    const toRgb = channels.reduce((sum, c) => sum + 3 * c + 3, 0);
    expect(mapping + synthesis + toRgb).toBe(26_219_627);
    expect(computed('stylegan', 'generator').params).toBe(26_219_627);
  });
});

describe('SegNet, whose encoder is VGG-16’s convolutions', () => {
  it('has the paper’s 14.7 M encoder parameters (Section 3) before its decoder', () => {
    const graph = buildGraph(specOf('segnet')!, { specs: specOf });
    const encoder = graph.nodes.filter((n) => n.name.startsWith('encoder.') && n.type === 'conv');
    expect(encoder).toHaveLength(13);
    expect(encoder.reduce((s, n) => s + n.params, 0)).toBe(14_714_688);
  });
});

describe('DeepID and the 2013 cascade, whose papers give no counts, are counted from their structure', () => {
  it('DeepID’s patch ConvNet (Figure 2): locally shared conv3 (6 banks), unshared conv4 (2 banks)', () => {
    // conv1 4·4·3·20 + 20; conv2 3·3·20·40 + 40; conv3 6 × (3·3·40·60 + 60); conv4 2 × (2·2·60·80 + 80);
    // DeepID (3·2·60 + 2·1·80)·160 + 160; softmax 160·8700 + 8700.
    const expected = 980 + 7240 + 6 * 21660 + 2 * 19280 + 520 * 160 + 160 + 160 * 8700 + 8700;
    expect(computed('deepid', 'deepid-rect').params).toBe(expected);
  });

  it('F1 (Table 1, S0): CR(4,20,2,2), CR(3,40,2,2), CR(3,60,3,3), CR(2,80,1,1), FR(120), F(10)', () => {
    const expected =
      4 * (16 * 20 + 20) +
      4 * (9 * 20 * 40 + 40) +
      9 * (9 * 40 * 60 + 60) +
      (4 * 60 * 80 + 80) +
      (320 * 120 + 120) +
      (120 * 10 + 10);
    expect(computed('dcnn-sun', 'f1').params).toBe(expected);
  });
});

describe('AlexNet and ZFNet name their pooling layers as the papers do', () => {
  it('lets another spec read pool1, pool2 and pool5 by name (R-CNN’s box regressor, the hypercolumn’s pool2)', () => {
    for (const model of ['alexnet', 'zfnet']) {
      const g = buildGraph(specOf(model)!, { specs: specOf });
      const pools = g.nodes.filter((n) => n.type === 'maxpool').map((n) => n.name.split('.').at(-1));
      expect(pools).toEqual(['pool1', 'pool2', 'pool5']);
    }
    const rcnn = buildGraph(specOf('r-cnn')!, { variant: 'r-cnn-alexnet', specs: specOf });
    const regressor = rcnn.nodes.find((n) => n.name === 'box_regression.bbox_reg')!;
    // A 4·20-way regressor on the 9,216 pool5 features (256×6×6), with nothing re-drawn in between.
    expect(regressor.params).toBe(9216 * 80 + 80);
    const hyper = buildGraph(specOf('hypercolumns')!, { specs: specOf });
    expect(hyper.nodes.filter((n) => n.type === 'maxpool')).toHaveLength(3);
  });
});
