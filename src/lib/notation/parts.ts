/**
 * Larger parts written in one line and expanded into ordinary items, so that they are counted and drawn like
 * everything else: ASPP (DeepLab v3, as torchvision builds it), pyramid pooling (PSPNet), spatial pyramid pooling
 * (SPPNet), a region proposal head (Faster R-CNN, as torchvision's RPNHead), a feature pyramid (FPN's top-down
 * pathway with lateral connections, as torchvision's FeaturePyramidNetwork), and the recursive hourglass module
 * (Newell et al., as pose-hg-train's hg.lua). docs/notation.md shows what each expands to.
 */
import { group, isMapping, type Builder, type Call, type Expander, type Step } from './builder.ts';
import type { PartKind } from './graph.ts';
import { LayerError, needMap, normaliseAttrs, type AttrSpec, type Attrs } from './layers/index.ts';

type PartAttrs = Record<string, AttrSpec>;

/** Checks a part's attributes as a layer's are checked (with expressions evaluated), defaults filled in. */
function partAttrs(b: Builder, { item, env, cur }: Call, part: string, attrs: PartAttrs): Attrs {
  const raw = item.value === null || item.value === undefined ? {} : item.value;
  if (!isMapping(raw)) b.fail(env, [part], `${part} takes a mapping of attributes (${Object.keys(attrs).join(', ')})`);
  const evaluated: Attrs = {};
  for (const [key, v] of Object.entries(raw)) evaluated[key] = b.evalIn(env, cur, v, [part, key]);
  try {
    return normaliseAttrs(part, { doc: part, attrs, apply: () => undefined as never }, evaluated);
  } catch (error) {
    if (error instanceof LayerError) b.fail(env, error.attr ? [part, error.attr] : [part], error.message);
    throw error;
  }
}

/** Expands generated items as one group marked with the part; problems are reported at the part's item. */
function expandPart(b: Builder, call: Call, part: PartKind, items: unknown[], layout?: 'dag'): Step {
  const anchor = call.env.ctx.anchor ?? { path: call.env.path, label: `in the ${part} it expands to` };
  const env = { ...call.env, ctx: { ...call.env.ctx, anchor } };
  return group(b, { ...call, env }, { items, at: [], base: part, part, layout });
}

/** The input's height and width, for branches that up-sample back to it. */
function mapSize(b: Builder, call: Call, part: string): [number, number] {
  try {
    const [, h, w] = needMap(part, call.cur.shape);
    return [h, w];
  } catch (error) {
    if (error instanceof LayerError) b.fail(call.env, [part], error.message);
    throw error;
  }
}

const conv = (k: number, c: number, bias: boolean, d = 1) =>
  k === 1 ? { pwconv: { c, bias } } : { conv: { k, c, p: d * ((k - 1) / 2), d, bias } };

/**
 * ASPP (DeepLab v3): a 1×1 branch, a dilated 3×3 branch per rate and an image-pooling branch, concatenated and
 * projected by a 1×1 convolution (torchvision's ASPP: convolutions without bias, each with batch norm and ReLU,
 * then dropout 0.5 after the projection).
 */
const aspp: Expander = (b: Builder, call: Call): Step => {
  const a = partAttrs(b, call, 'aspp', {
    rates: { kind: 'counts', required: true, doc: 'dilation rates of the 3×3 branches' },
    c: { kind: 'count', default: 256, doc: 'channels of every branch and of the projection' },
    pool: { kind: 'bool', default: true, doc: 'the image-pooling branch' },
    project: { kind: 'bool', default: true, doc: 'the 1×1 projection after the concatenation' },
    dropout: { kind: 'probability', default: 0.5, doc: 'dropout after the projection (0: none)' },
  });
  const c = a.c as number;
  const [h, w] = mapSize(b, call, 'aspp');
  const unit = (k: number, d = 1) => [conv(k, c, false, d), 'bn', 'relu'];
  const branches: Record<string, unknown[]> = { '1x1': unit(1) };
  for (const rate of a.rates as number[]) branches[`rate${rate}`] = unit(3, rate);
  if (a.pool) branches.pool = ['gap', ...unit(1), { upsample: { size: [h, w], mode: 'bilinear' } }];
  const project = a.project ? [...unit(1), ...((a.dropout as number) > 0 ? [{ dropout: a.dropout }] : [])] : [];
  return expandPart(b, call, 'aspp', [{ parallel: { join: 'concat', branches } }, ...project]);
};

/** Pyramid pooling (PSPNet): the input beside average pools to bins×bins, each reduced, up-sampled back. */
const ppm: Expander = (b: Builder, call: Call): Step => {
  const a = partAttrs(b, call, 'ppm', {
    bins: { kind: 'counts', default: [1, 2, 3, 6], doc: 'output sizes of the pooling branches' },
    c: { kind: 'count', doc: 'channels of each branch (default: the input channels / the number of bins)' },
  });
  const bins = a.bins as number[];
  const [h, w] = mapSize(b, call, 'ppm');
  const c = (a.c as number | undefined) ?? call.cur.shape[0]! / bins.length;
  const branches: Record<string, unknown[]> = { input: [] };
  for (const bin of bins) {
    branches[`bin${bin}`] = [
      { avgpool: { out: bin } },
      conv(1, c, false),
      'bn',
      'relu',
      { upsample: { size: [h, w], mode: 'bilinear' } },
    ];
  }
  return expandPart(b, call, 'ppm', [{ parallel: { join: 'concat', branches } }]);
};

/** Spatial pyramid pooling (SPPNet): pools to n×n for each level, flattened and concatenated to one vector. */
const spp: Expander = (b: Builder, call: Call): Step => {
  const a = partAttrs(b, call, 'spp', {
    bins: { kind: 'counts', required: true, doc: 'pyramid levels: output sizes n of the n×n poolings' },
    op: { kind: 'choice', choices: ['max', 'avg'], default: 'max', doc: 'pooling' },
  });
  mapSize(b, call, 'spp');
  const branches: Record<string, unknown[]> = {};
  for (const bin of a.bins as number[])
    branches[`${bin}x${bin}`] = [{ [`${a.op as string}pool`]: { out: bin } }, 'flatten'];
  return expandPart(b, call, 'spp', [{ parallel: { join: 'concat', branches } }]);
};

/**
 * Region proposal head: a 3×3 convolution and ReLU, then per position and anchor an objectness score (1 per
 * anchor, as torchvision's sigmoid; `cls: 2` for the paper's two-class softmax) and 4 box offsets.
 */
const rpn: Expander = (b: Builder, call: Call): Step => {
  const a = partAttrs(b, call, 'rpn', {
    anchors: { kind: 'count', required: true, doc: 'anchors per position' },
    c: { kind: 'count', doc: 'channels of the 3×3 convolution (default: the input channels)' },
    cls: { kind: 'count', default: 1, doc: 'objectness scores per anchor: 1 (logistic) or 2 (softmax)' },
  });
  const c = (a.c as number | undefined) ?? call.cur.shape[0]!;
  const n = a.anchors as number;
  const outputs = {
    objectness: [{ pwconv: { c: n * (a.cls as number) } }],
    boxes: [{ pwconv: { c: 4 * n } }],
  };
  const layers = [{ conv: { k: 3, c, p: 1 } }, 'relu', { parallel: { join: 'none', branches: outputs } }];
  return expandPart(b, call, 'rpn', [{ head: layers }]);
};

/**
 * Feature pyramid (FPN): from backbone maps C_lo … C_hi (finest first), a 1×1 lateral convolution of each, the
 * coarser merged map up-sampled (nearest, to the lateral's size) and added, then a 3×3 convolution per level; the
 * outputs are named P_lo … P_hi. Extra levels: `pool` (P_hi+1 by 1×1 max pooling with stride 2, torchvision's
 * LastLevelMaxPool), `p6p7` (two 3×3 stride-2 convolutions, RetinaNet), or none.
 */
const fpn: Expander = (b: Builder, call: Call): Step => {
  const v = isMapping(call.item.value) ? call.item.value : {};
  const from = b.evalIn(call.env, call.cur, v.from, ['fpn', 'from']);
  if (!Array.isArray(from) || from.length < 2 || !from.every((f) => typeof f === 'string'))
    b.fail(call.env, ['fpn', 'from'], 'fpn needs from: the backbone maps it reads, finest first ([c2, c3, c4, c5])');
  const a = partAttrs(b, { ...call, item: { ...call.item, value: { ...v, from: undefined } } }, 'fpn', {
    from: { kind: 'any', doc: 'backbone maps, finest first' },
    c: { kind: 'count', default: 256, doc: 'channels of every level' },
    names: { kind: 'any', doc: 'names of the outputs (default: p2 … for c2 …)' },
    extra: { kind: 'choice', choices: ['pool', 'p6p7', 'none'], default: 'pool', doc: 'extra coarser levels' },
    p6_from: { kind: 'text', doc: 'what P6 is computed from with extra: p6p7 (default: the coarsest input)' },
  });
  // C2 … C5 become P2 … P5 (the FPN paper's names); any other inputs are P2, P3, … by position.
  const names =
    (v.names as string[] | undefined) ??
    from.map((f: string, i: number) => (/^c\d+$/i.test(f) ? f.replace(/^c/i, 'p') : `p${i + 2}`));
  if (names.length !== from.length) b.fail(call.env, ['fpn', 'names'], `names must name the ${from.length} levels`);
  return expandPart(b, call, 'fpn', fpnItems(from, names, a), 'dag');
};

function fpnItems(from: string[], names: string[], a: Attrs): unknown[] {
  const c = a.c as number;
  const top = from.length - 1;
  const items: unknown[] = [
    { pwconv: { c }, from: from[top], name: `inner_${names[top]}` },
    { conv: { k: 3, c, p: 1 }, from: `inner_${names[top]}`, name: names[top] },
  ];
  for (let i = top - 1; i >= 0; i--) {
    const [lateral, up, inner] = [`lateral_${names[i]}`, `up_${names[i]}`, `inner_${names[i]}`];
    items.push(
      { pwconv: { c }, from: from[i], name: lateral },
      { upsample: { like: lateral, mode: 'nearest' }, from: `inner_${names[i + 1]}`, name: up },
      { add: [lateral, up], name: inner },
      { conv: { k: 3, c, p: 1 }, from: inner, name: names[i] },
    );
  }
  const next = (n: string, step: number) => n.replace(/\d+$/, (d) => String(Number(d) + step));
  if (a.extra === 'pool')
    items.push({ maxpool: { k: 1, s: 2, round: 'floor' }, from: names[top], name: next(names[top]!, 1) });
  if (a.extra === 'p6p7') {
    const [p6, p7] = [next(names[top]!, 1), next(names[top]!, 2)];
    items.push(
      { conv: { k: 3, c, s: 2, p: 1, round: 'floor' }, from: (a.p6_from as string | undefined) ?? from[top], name: p6 },
      { relu: {}, name: `${p6}_relu` },
      { conv: { k: 3, c, s: 2, p: 1, round: 'floor' }, name: p7 },
    );
  }
  return items;
}

/**
 * Hourglass module of depth n: an upper branch (one block at this resolution) added to a lower branch (max pool
 * 2×2, a block, the hourglass of depth n − 1 — or a block at the bottom — a block, nearest up-sampling ×2).
 */
const hourglass: Expander = (b: Builder, call: Call): Step => {
  const v = isMapping(call.item.value) ? call.item.value : {};
  const a = partAttrs(b, { ...call, item: { ...call.item, value: { ...v, args: undefined } } }, 'hourglass', {
    depth: { kind: 'count', required: true, doc: 'levels of down-sampling' },
    use: { kind: 'text', required: true, doc: 'the block used at every level (a residual module)' },
    args: { kind: 'any', doc: 'the block’s arguments' },
  });
  const unit = { use: a.use, ...(v.args ? { args: v.args } : {}) };
  const level = (n: number): unknown => ({
    parallel: {
      join: 'add',
      branches: {
        up: [unit],
        low: [
          { maxpool: { k: 2, s: 2 } },
          unit,
          ...(n > 1 ? [level(n - 1)] : [unit]),
          unit,
          { upsample: { scale: 2, mode: 'nearest' } },
        ],
      },
    },
  });
  return expandPart(b, call, 'hourglass', [level(a.depth as number)]);
};

export const PART_EXPANDERS: Record<string, Expander> = { aspp, ppm, spp, rpn, fpn, hourglass };
