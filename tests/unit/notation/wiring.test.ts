/**
 * Structures and wiring of the spec format on tiny hand-built specs: named tensors and positions back (`from:`),
 * cells, joins of named tensors (with U-Net's crop), heads, shared weights, RoI runs, backbones by reference,
 * latent and condition inputs, the larger parts (ASPP, pyramid pooling, SPP, RPN, FPN, hourglass, T-Net), and
 * the page's sections and dependencies. Every count is derived by hand in a comment.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { summarize, totals } from '../../../src/lib/notation/count.ts';
import { buildGraph, type Graph } from '../../../src/lib/notation/graph.ts';
import { architectureSections } from '../../../src/lib/notation/page-model.ts';
import { archSpecSchema, type ArchSpec } from '../../../src/lib/notation/spec-schema.ts';

const spec = (yaml: string): ArchSpec => archSpecSchema.parse(parse(yaml));
const graphOf = (yaml: string, specs?: Record<string, ArchSpec>, variant?: string): Graph =>
  buildGraph(spec(yaml), { specs: (m) => specs?.[m], variant });
const shapeOf = (g: Graph, name: string) => g.nodes.find((n) => n.name === name)?.shape;
/** A one-network spec around the given layer lines. */
const net = (layers: string, input = '[4, 8, 8]', extra = '') => `model: toy
${extra}networks:
  - id: toy
    name: Toy
    input: ${input}
    layers:
${layers}`;

describe('named tensors and positions back', () => {
  it('reads an earlier item by its name or by how many items back it is', () => {
    const g = graphOf(
      net(`      - { pwconv: { c: 8 }, name: a }
      - { pwconv: { c: 2 }, name: b }
      - { pwconv: { c: 3 }, from: a }
      - { pwconv: { c: 5 }, from: -3 }
`),
    );
    // from: a reads 8 channels (8·3 + 3 = 27); from: -3 counts back past b and the previous item to a again.
    expect(g.nodes.map((n) => n.params)).toEqual([0, 4 * 8 + 8, 8 * 2 + 2, 27, 8 * 5 + 5]);
    const [, , , third, fourth] = g.root;
    expect(third).toMatchObject({ detached: true, links: [{ name: 'a' }] });
    expect(fourth).toMatchObject({ detached: true, links: [{ name: 'a' }] });
  });

  it('a block with two inputs reads h[i−1] and h[i−2] in a repeat (NASNet’s cells)', () => {
    const g = graphOf(
      net(
        `      - { pwconv: { c: 6 }, name: stem }
      - use: cell
        from: [-1, -2]
        repeat: 3
`,
        '[4, 8, 8]',
        `blocks:
  cell:
    inputs: [x, prev]
    layers:
      - { pwconv: { c: 2 }, from: prev, name: p }
      - { concat: [x, p] }
`,
      ),
    );
    // Instance 0 reads stem (6) and the input (4): concat 6 + 2 = 8. Instance 1 reads 8 and stem's 6: 8 + 2 = 10.
    // Instance 2 reads 10 and instance 0's 8: 10 + 2 = 12. The prev 1×1s: 4·2+2, 6·2+2, 8·2+2.
    expect(g.nodes.at(-1)!.shape).toEqual([12, 8, 8]);
    expect(totals(g).params).toBe(4 * 6 + 6 + (10 + 14 + 18));
  });

  it('says which names exist when a name is not found', () => {
    expect(() => graphOf(net(`      - { pwconv: { c: 8 }, name: enc1 }\n      - { relu: {}, from: enc2 }\n`))).toThrow(
      /no tensor named "enc2" \(did you mean enc1\?\)/,
    );
    expect(() => graphOf(net(`      - { relu: {}, from: -3 }\n`))).toThrow(/must count back to an earlier item/);
  });
});

describe('joins of named tensors', () => {
  it('concatenates, adds or multiplies named tensors; -1 is the previous output', () => {
    const g = graphOf(
      net(`      - { pwconv: { c: 8 }, name: a }
      - pwconv: { c: 8 }
      - { add: [a, -1], name: s }
      - { concat: [s, a, -1] }
`),
    );
    expect(g.nodes.at(-1)!.shape).toEqual([24, 8, 8]);
    expect(() =>
      graphOf(net(`      - { pwconv: { c: 8 }, name: a }\n      - { pwconv: { c: 4 } }\n      - { add: [a, -1] }\n`)),
    ).toThrow(/channel mismatch at add: a gives 8×8×8/);
  });

  it('U-Net’s copy and crop: the larger map is cut to the smaller before the concatenation', () => {
    const g = graphOf(
      net(
        `      - { conv: { k: 3, c: 4 }, name: enc }
      - maxpool: { k: 2 }
      - conv: { k: 3, c: 4 }
      - deconv: { k: 2, c: 4, s: 2 }
      - concat: { from: [enc, -1], crop: true }
`,
        '[1, 14, 14]',
      ),
    );
    // enc 12×12; pooled 6×6; 3×3 valid 4×4; up ×2 8×8; enc cropped to 8×8 and stacked: 4 + 4 channels.
    expect(g.nodes.at(-1)).toMatchObject({ shape: [8, 8, 8], label: 'crop + concat' });
    expect(g.root.at(-1)).toMatchObject({ links: [{ name: 'enc' }] });
  });
});

describe('heads, shared weights and runs', () => {
  it('a head branches to an output and the flow goes on past it', () => {
    const g = graphOf(
      net(`      - pwconv: { c: 8 }
      - head: [{ pwconv: { c: 2 } }]
      - pwconv: { c: 3 }
`),
    );
    // the third layer reads the first's 8 channels: 8·3 + 3.
    expect(g.nodes.at(-1)!.params).toBe(27);
    expect(g.outputs).toHaveLength(2);
    expect(g.root[2]).toMatchObject({ kind: 'head', loss: false });
  });

  it('a head’s name names its output, as every item’s does, while the flow goes on from its input', () => {
    const g = graphOf(
      net(`      - { pwconv: { c: 8 }, name: trunk }
      - head: [{ pwconv: { c: 2 } }, gap]
        name: scores
      - { concat: [trunk, -1] }
      - { fc: 3, from: scores }
`),
    );
    // concat reads trunk and the flow past the head (8 + 8 channels); the fc reads the head's 2×1×1 output:
    // 2·3 + 3 = 9 parameters.
    expect(g.nodes.find((n) => n.type === 'concat')?.shape).toEqual([16, 8, 8]);
    expect(g.nodes.find((n) => n.type === 'fc')?.params).toBe(9);
    const several = net(`      - head:
          - parallel: { join: none, branches: [[{ fc: 2 }], [{ fc: 4 }]] }
        name: outputs
      - { fc: 3, from: outputs }
`);
    expect(() => graphOf(several)).toThrow(/no tensor named "outputs"/);
  });

  it('items with the same shared key count their weights once (an RPN head over five FPN levels)', () => {
    const g = graphOf(
      net(
        `      - { pwconv: { c: 8 }, name: p2 }
      - { maxpool: { k: 2 }, name: p3 }
      - head: [{ conv: { k: 3, c: 8, p: 1 } }]
        from: $levels[$i]
        repeat: 2
        shared: rpn
`,
        '[4, 8, 8]',
        '',
      ).replace('layers:', 'vars: { levels: [p2, p3] }\n    layers:'),
    );
    const convs = g.nodes.filter((n) => n.type === 'conv');
    // 3×3 over 8 to 8: 576 + 8 = 584, counted once; mult-adds at 8×8 and at 4×4.
    expect(convs.map((n) => n.params)).toEqual([584, 0]);
    expect(convs[1]!.shares).toBe(convs[0]!.id);
    expect(convs.map((n) => n.macs)).toEqual([64 * 576, 16 * 576]);
  });

  it('after RoI pooling every layer runs once per RoI', () => {
    const g = graphOf(
      net(`      - roi_align: { out: 2, rois: 10 }
      - fc: 5
`),
    );
    // fc over 4·2·2 = 16 inputs to 5: 85 parameters, 80 mult-adds per RoI, 800 for ten.
    expect(g.nodes.at(-1)).toMatchObject({ params: 85, macs: 800, runs: 10 });
  });
});

describe('inputs of a kind', () => {
  it('a conditional generator reads a latent code and a condition by name', () => {
    const g = graphOf(`model: toy
networks:
  - id: g
    name: G
    input: { shape: [100], kind: latent, name: z }
    inputs: { y: { shape: [10], kind: condition } }
    layers:
      - concat: [z, y]
      - fc: 8
`);
    expect(g.nodes.slice(0, 2).map((n) => [n.name, n.family])).toEqual([
      ['z', 'latent'],
      ['y', 'condition'],
    ]);
    // fc over 110 inputs: 110·8 + 8.
    expect(g.nodes.at(-1)!.params).toBe(888);
  });

  it('a learned constant starts the synthesis flow while a style vector feeds AdaIN', () => {
    const g = graphOf(`model: toy
networks:
  - id: g
    name: G
    input: { shape: [4], kind: latent }
    layers:
      - { fc: 4, name: w }
      - const: [2, 2, 2]
      - { adain: { style: w } }
`);
    // fc 4·4 + 4 = 20; const 8; AdaIN's affine from 4 to 2·2 = 4·4 + 4 = 20.
    expect(totals(g).params).toBe(48);
    expect(g.root[2]).toMatchObject({ detached: true });
  });
});

describe('backbones by reference', () => {
  const backbone = spec(`model: base
defaults: { conv: { bias: false } }
networks:
  - id: base
    name: Base
    input: [3, 16, 16]
    vars: { c: 4 }
    variants:
      - { id: small, name: Small }
    layers:
      - { conv: { k: 3, c: $c, p: 1 }, name: c1 }
      - bn
      - { conv: { k: 3, c: 8, s: 2, p: 1, round: floor }, name: c2 }
      - bn
      - { conv: { k: 3, c: 16, s: 2, p: 1, round: floor }, name: c3 }
`);

  it('expands another spec’s network up to an item, with variables and defaults overridden', () => {
    const g = graphOf(
      net(
        `      - backbone: { model: base, until: c2, vars: { c: 6 }, defaults: { bn: { frozen: true } } }
      - { pwconv: { c: 2 }, from: c1 }
`,
        '[3, 16, 16]',
      ),
      { base: backbone },
    );
    // c1: 27·6 = 162 (no bias, from the referenced spec's defaults), frozen BN 0; c2: 54·8 = 432; then 6·2 + 2.
    expect(totals(g).params).toBe(162 + 432 + 14);
    expect(g.root[1]).toMatchObject({ kind: 'group', reference: { model: 'base', variant: 'small', until: 'c2' } });
    expect(g.nodes.some((n) => n.name.endsWith('c3'))).toBe(false);
  });

  it('reports a missing spec, a missing item and a wrong input', () => {
    expect(() => graphOf(net(`      - backbone: { model: nope }\n`), {})).toThrow(/no layer spec for model "nope"/);
    expect(() =>
      graphOf(net(`      - backbone: { model: base, until: c9 }\n`, '[3, 16, 16]'), { base: backbone }),
    ).toThrow(/has no item c9 \(named items: c1, c2, c3\)/);
    expect(() => graphOf(net(`      - backbone: { model: base }\n`), { base: backbone })).toThrow(
      /takes \[3, 16, 16\]-shaped input/,
    );
  });
});

describe('parts', () => {
  it('ASPP: a 1×1 branch, a dilated branch per rate, image pooling; concatenated and projected', () => {
    const g = graphOf(net(`      - aspp: { rates: [2, 4], c: 8 }\n`, '[16, 10, 10]'));
    // branches: 1×1 16·8 = 128; two 3×3 dilated 144·8 = 1,152 each; pooling 1×1 128; four BN of 8 (16 each).
    // projection 1×1 from 4·8 = 32 to 8: 256, BN 16. Total 128 + 2304 + 128 + 64 + 256 + 16 = 2,896.
    expect(totals(g).params).toBe(2896);
    expect(g.nodes.filter((n) => n.family === 'dilconv').map((n) => n.label)).toEqual(['3×3 d2', '3×3 d4']);
    expect(g.root[1]).toMatchObject({ kind: 'group', part: 'aspp' });
  });

  it('pyramid pooling keeps the input beside pooled, reduced, up-sampled bins', () => {
    const g = graphOf(net(`      - ppm: { bins: [1, 2] }\n`, '[8, 6, 6]'));
    // c = 8 / 2 bins = 4: each branch 1×1 8·4 = 32 + BN 8 → 80; output 8 + 2·4 = 16 channels at 6×6.
    expect(totals(g).params).toBe(80);
    expect(g.nodes.at(-1)!.shape).toEqual([16, 6, 6]);
  });

  it('SPP pools to n×n per level and concatenates the flattened levels into one vector', () => {
    const g = graphOf(net(`      - spp: { bins: [4, 2, 1] }\n`, '[8, 13, 13]'));
    // 8·(16 + 4 + 1) = 168 values, whatever the input size.
    expect(g.nodes.at(-1)!.shape).toEqual([168]);
  });

  it('the RPN head: 3×3 convolution, objectness per anchor and four offsets per anchor', () => {
    const g = graphOf(net(`      - rpn: { anchors: 3 }\n`, '[16, 5, 5]'));
    // torchvision RPNHead at 16 channels: 3×3 16·144 + 16 = 2,320; cls 16·3 + 3 = 51; box 16·12 + 12 = 204.
    expect(totals(g).params).toBe(2575);
    expect(g.outputs).toHaveLength(3);
  });

  it('FPN: laterals, top-down additions, 3×3 outputs and a pooled extra level, named p2 …', () => {
    const g = graphOf(
      net(
        `      - { pwconv: { c: 4 }, name: c2 }
      - { conv: { k: 3, c: 8, s: 2, p: 1, round: floor }, name: c3 }
      - fpn: { from: [c2, c3], c: 2 }
      - { relu: {}, from: p4 }
`,
        '[4, 8, 8]',
      ),
    );
    // laterals 1×1 4·2 + 2 = 10 and 8·2 + 2 = 18; outputs 3×3 over 2 channels 9·2·2 + 2 = 38 each: 104.
    const fpnParams = g.nodes.filter((n) => n.name.startsWith('fpn')).reduce((s, n) => s + n.params, 0);
    expect(fpnParams).toBe(104);
    expect(shapeOf(g, 'fpn1.p4')).toEqual([2, 2, 2]);
    expect(g.root[3]).toMatchObject({ kind: 'group', part: 'fpn', layout: 'dag' });
  });

  it('an hourglass of depth 2: the block at every level, pooled down and up-sampled back', () => {
    const g = graphOf(
      net(
        `      - hourglass: { depth: 2, use: unit }\n`,
        '[4, 8, 8]',
        `blocks:\n  unit:\n    layers: [{ conv: { k: 3, c: 4, p: 1 } }]\n`,
      ),
    );
    // depth 2: up (1) + low (pool, 1, [depth 1: up 1 + low (pool, 1, 1, 1, up)], 1, up) = 1 + 1 + 1 + 3 + 1 = 7 blocks
    // of 3×3 4·36 + 4 = 148.
    expect(totals(g).params).toBe(7 * 148);
    expect(g.nodes.at(-1)!.shape).toEqual([4, 8, 8]);
  });

  it('T-Net: a k×k matrix from the points multiplies every point', () => {
    const g = graphOf(net(`      - transform: [{ mlp: 8 }, { setpool: max }, { fc: 9 }]\n`, '[3, 32]'));
    // mlp 3·8 + 8 = 32; fc 8·9 + 9 = 81; the output is the input's shape.
    expect(totals(g).params).toBe(113);
    expect(g.nodes.at(-1)).toMatchObject({ family: 'transform', shape: [3, 32] });
    expect(() => graphOf(net(`      - transform: [{ mlp: 8 }, { setpool: max }, { fc: 8 }]\n`, '[3, 32]'))).toThrow(
      /must end in a vector of 3·3 = 9/,
    );
  });
});

describe('what the page shows', () => {
  const gan = spec(`model: toy
networks:
  - id: g
    name: Generator
    input: { shape: [8], kind: latent }
    figure: gan
    feeds: [d]
    vars: { classes: 3 }
    depends_on: { classes: { en: classes, zh-CN: 类别数 } }
    layers: [{ fc: $classes }]
  - id: d
    name: Discriminator
    input: [3]
    figure: gan
    layers: [{ fc: 1 }]
  - id: other
    name: Other
    input: [3]
    layers: [{ fc: 1 }]
`);

  it('networks that share a figure form one section, the others their own', () => {
    const graphs = ['g', 'd', 'other'].map((network) => buildGraph(gan, { network }));
    const sections = architectureSections(gan, graphs);
    expect(sections.map((s) => [s.id, s.figure, s.networks.map((n) => n.id)])).toEqual([
      ['gan', true, ['g', 'd']],
      ['other', false, ['other']],
    ]);
    // One more class adds one output unit: 8 weights + 1 bias.
    expect(sections[0]!.networks[0]!.dependencies).toEqual([
      { name: 'classes', meaning: { en: 'classes', 'zh-CN': '类别数' }, value: 3, perUnit: 9 },
    ]);
    expect(sections[0]!.networks[0]!.feeds).toEqual(['d']);
  });

  it('layer rows include every head’s layers', () => {
    const g = graphOf(net(`      - head: [{ pwconv: { c: 2 }, name: out }]\n`));
    expect(summarize(g).layers.map((l) => l.name)).toContain('head1.out');
  });
});
