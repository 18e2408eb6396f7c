/** Expressions, layer rules (shapes, parameters, multiply-adds) and structures of the engine. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { summarize, totals } from '../../../src/lib/notation/count.ts';
import { evaluate, ExprError, makeDivisible } from '../../../src/lib/notation/expr.ts';
import { buildGraph } from '../../../src/lib/notation/graph.ts';
import { LAYERS, LayerError, normaliseAttrs, windowSize, type Shape } from '../../../src/lib/notation/layers/index.ts';
import { archSpecSchema } from '../../../src/lib/notation/spec-schema.ts';

describe('expressions', () => {
  it.each([
    ['$c * 4', { c: 64 }, 256],
    ['2 + 3 * 4 - 1', {}, 13],
    ['(2 + 3) * 4', {}, 20],
    ['7 // 2 + 7 % 2', {}, 4],
    ['2 ** 3', {}, 8],
    ['-$a + 1', { a: 3 }, -2],
    ['$n[2]', { n: [3, 4, 6, 3] }, 6],
    ['if($i == 0, 2, 1)', { i: 0 }, 2],
    ['if($i == 0, 2, 1)', { i: 3 }, 1],
    ['$s != 1 or $cin != $c * 4', { s: 1, cin: 256, c: 64 }, false],
    ['not $a and $b', { a: false, b: true }, true],
    ["$unit == 'basic'", { unit: 'basic' }, true],
    ['max(1, $c // 4)', { c: 3 }, 1],
    ['ceil(3 * 1.2)', {}, 4],
    ['make_divisible(32 * 0.75)', {}, 24],
    ['len($n) + sum($n)', { n: [1, 2] }, 5],
    ['$block', { block: 'bottleneck' }, 'bottleneck'],
  ])('%s', (src, scope, expected) => {
    expect(evaluate(src, scope)).toEqual(expected);
  });

  it('rejects unknown variables, functions and malformed input', () => {
    expect(() => evaluate('$x + 1', { c: 1 })).toThrow(new ExprError('unknown variable $x (known here: $c)'));
    expect(() => evaluate('foo(1)', {})).toThrow(/unknown function foo\(\)/);
    expect(() => evaluate('c * 2', {})).toThrow('"c" is not a value: variables start with $, as in $c');
    expect(() => evaluate('$n[4]', { n: [1] })).toThrow(/index 4 is outside/);
    expect(() => evaluate('(1 + 2', {})).toThrow(/expected "\)"/);
  });

  it('make_divisible follows torchvision', () => {
    expect([
      makeDivisible(16 * 1.4),
      makeDivisible(32 * 1.4),
      makeDivisible(1280 * 1.4),
      makeDivisible(3),
      makeDivisible(27),
    ]).toEqual([24, 48, 1792, 8, 32]);
  });
});

describe('sliding windows', () => {
  it('computes output sizes and refuses a window that does not tile the input unless told how to round', () => {
    expect(windowSize(227, { k: 11, s: 4, pad: 0, d: 1, round: 'exact' }, 'height')).toBe(55);
    expect(windowSize(224, { k: 7, s: 2, pad: 3, d: 1, round: 'floor' }, 'height')).toBe(112);
    expect(() => windowSize(224, { k: 7, s: 2, pad: 3, d: 1, round: 'exact' }, 'height')).toThrow(LayerError);
    expect(windowSize(112, { k: 3, s: 2, pad: 0, d: 1, round: 'ceil' }, 'height')).toBe(56);
    // PyTorch drops a last window that would start in the right padding.
    expect(windowSize(6, { k: 2, s: 2, pad: 1, d: 1, round: 'ceil' }, 'height')).toBe(4);
    expect(windowSize(147, { k: 3, s: 2, pad: 'same', d: 1, round: 'exact' }, 'height')).toBe(74);
    expect(windowSize(32, { k: 3, s: 1, pad: 2, d: 2, round: 'exact' }, 'height')).toBe(32);
  });
});

function apply(type: string, attrs: Record<string, unknown>, input: Shape) {
  const def = LAYERS[type]!;
  return def.apply(normaliseAttrs(type, def, attrs), input, { inputs: [input], refs: {} });
}

describe('layer rules', () => {
  it('convolution: params = k·k·(C/g)·C′ + bias, mult-adds = H′W′·k·k·(C/g)·C′', () => {
    expect(apply('conv', { k: 3, c: 64, p: 1 }, [3, 224, 224])).toMatchObject({
      shape: [64, 224, 224],
      params: 1792,
      macs: 224 * 224 * 1728,
      family: 'conv',
      label: '3×3',
    });
    expect(
      apply('conv', { k: 3, c: 128, s: 2, p: 1, g: 32, bias: false, round: 'floor' }, [128, 56, 56]),
    ).toMatchObject({ shape: [128, 28, 28], params: 4608, family: 'gconv', label: '3×3 /2 g32' });
    expect(apply('conv', { k: [1, 7], c: 192, p: [0, 3], bias: false }, [128, 17, 17])).toMatchObject({
      shape: [192, 17, 17],
      params: 128 * 7 * 192,
      label: '1×7',
    });
    expect(apply('conv', { k: 1, c: 10 }, [5, 4, 4]).family).toBe('pwconv');
  });

  it('depthwise and pointwise convolutions', () => {
    expect(apply('dwconv', { k: 3, s: 2, p: 1, bias: false, round: 'floor' }, [32, 112, 112])).toMatchObject({
      shape: [32, 56, 56],
      params: 288,
      macs: 56 * 56 * 288,
      family: 'dwconv',
    });
    expect(apply('pwconv', { c: 64, bias: false }, [32, 56, 56])).toMatchObject({
      shape: [64, 56, 56],
      params: 2048,
      family: 'pwconv',
    });
    expect(apply('pwconv', { c: 60, g: 3, bias: false }, [240, 28, 28])).toMatchObject({
      params: 4800,
      family: 'gconv',
    });
  });

  it('a partial connection table counts only its connections', () => {
    const table = [
      [0, 1],
      [1, 2],
      [0, 1, 2],
    ];
    expect(apply('conv', { k: 5, c: 3, table }, [3, 14, 14])).toMatchObject({
      shape: [3, 10, 10],
      params: 7 * 25 + 3,
      macs: 100 * 7 * 25,
    });
  });

  it('pooling, global pooling, fully connected, normalisation, activations', () => {
    expect(apply('maxpool', { k: 3, s: 2, ceil_mode: true }, [96, 109, 109]).shape).toEqual([96, 54, 54]);
    expect(apply('avgpool', { out: 6 }, [256, 13, 13]).shape).toEqual([256, 6, 6]);
    expect(apply('gap', {}, [2048, 7, 7]).shape).toEqual([2048, 1, 1]);
    expect(apply('fc', { c: 4096 }, [256, 6, 6])).toMatchObject({
      shape: [4096],
      params: 9216 * 4096 + 4096,
      macs: 9216 * 4096,
    });
    expect(apply('bn', {}, [64, 56, 56])).toMatchObject({ params: 128, buffers: 128 });
    expect(apply('bn', { scale: false }, [64, 56, 56])).toMatchObject({ params: 64, buffers: 128 });
    expect(apply('prelu', {}, [28, 22, 22]).params).toBe(28);
    expect(apply('mfm', {}, [96, 64, 64]).shape).toEqual([48, 64, 64]);
    expect(apply('flatten', {}, [512, 7, 7]).shape).toEqual([25088]);
    expect(() => apply('shuffle', { g: 3 }, [116, 28, 28])).toThrow('116 channels cannot be shuffled across 3 groups');
  });
});

function graphOf(yaml: string) {
  return buildGraph(archSpecSchema.parse(parse(yaml)));
}

describe('structures', () => {
  it('parallel branches with a channel split, concatenation and shuffle', () => {
    const g = graphOf(`model: toy
networks:
  - id: toy
    name: Toy
    input: [116, 28, 28]
    layers:
      - parallel:
          split: 2
          branches:
            left: []
            right: [{ pwconv: { c: 58, bias: false } }]
      - shuffle: 2
`);
    expect(g.nodes.map((n) => `${n.name}:${n.shape.join('×')}`)).toEqual([
      'input:116×28×28',
      'parallel1.slice1:58×28×28',
      'parallel1.slice2:58×28×28',
      'parallel1.right.pwconv1:58×28×28',
      'parallel1.concat1:116×28×28',
      'shuffle1:116×28×28',
    ]);
    expect(totals(g).params).toBe(58 * 58);
  });

  it('residual with a projection, dense connectivity and squeeze-and-excitation', () => {
    const g = graphOf(`model: toy
networks:
  - id: toy
    name: Toy
    input: [64, 8, 8]
    layers:
      - residual:
          body: [{ conv: { k: 3, c: 128, s: 2, p: 1, round: floor } }, bn, { se: { r: 16 } }]
          shortcut: [{ pwconv: { c: 128, s: 2, round: floor } }]
      - dense:
          - conv: { k: 3, c: 32, p: 1 }
        repeat: 2
`);
    const s = summarize(g);
    expect(s.layers.at(-1)!.output).toBe('192×4×4');
    const se = 128 * 8 + 8 + 8 * 128 + 128;
    expect(s.totals.params).toBe(
      64 * 9 * 128 + 128 + 256 + se + 64 * 128 + 128 + (128 * 9 * 32 + 32) + (160 * 9 * 32 + 32),
    );
    expect(s.blocks.map((b) => `${b.kind}:${b.name}`)).toEqual([
      'residual:residual1',
      'residual:se1',
      'repeat:dense1',
      'group:dense1.0',
      'residual:dense1.0.dense1',
      'group:dense1.1',
      'residual:dense1.1.dense1',
    ]);
  });

  it('dual-path join (DPN): adds the first channels and concatenates the rest, shortcut first', () => {
    const g = graphOf(`model: toy
networks:
  - id: toy
    name: Toy
    input: [16, 8, 8]
    layers:
      - residual:
          join: dual
          add: 32
          body: [{ pwconv: { c: 40 } }]
          shortcut: [{ pwconv: { c: 48, bias: false } }]
      - residual:
          join: dual
          add: 32
          body: [{ pwconv: { c: 36 } }]
`);
    const s = summarize(g);
    // projected: 32 added + 16 from the shortcut + 8 from the body; then identity: 32 added + 24 + 4.
    expect(s.layers.map((l) => l.output)).toContain('56×8×8');
    expect(s.layers.at(-1)!.output).toBe('60×8×8');
    expect(s.totals.params).toBe(16 * 40 + 40 + 16 * 48 + 56 * 36 + 36);
    expect(s.blocks.map((b) => `${b.kind}:${b.name}`)).toEqual(['residual:residual1', 'residual:residual2']);
  });

  it('dual-path join: add must fit both sides and comes only with join: dual', () => {
    const base = (join: string) => `model: toy
networks:
  - id: toy
    name: Toy
    input: [16, 8, 8]
    layers:
      - residual:
          ${join}
          body: [{ pwconv: { c: 8 } }]
`;
    expect(() => graphOf(base('join: dual\n          add: 12'))).toThrow(
      /channel mismatch at dual join: add: 12 channels, but the body gives 8×8×8/,
    );
    expect(() => graphOf(base('join: dual'))).toThrow(/join: dual and add: <channels> go together/);
    expect(() => graphOf(base('add: 8'))).toThrow(/join: dual and add: <channels> go together/);
  });

  it('variants, block parameters with defaults and repeat indices', () => {
    const spec = archSpecSchema.parse(
      parse(`model: toy
blocks:
  unit:
    params: { c: null, s: 1, cin0: $cin }
    layers:
      - conv: { k: 3, c: $c, s: $s, p: 1, round: floor }
      - conv: { k: 1, c: $c + $cin0 }
networks:
  - id: toy
    name: Toy
    input: [3, 32, 32]
    variants:
      - { id: small, name: Small, vars: { n: 1 } }
      - { id: big, name: Big, vars: { n: 3 }, input: [3, 64, 64] }
    layers:
      - use: unit
        args: { c: 8, s: 'if($i == 0, 2, 1)' }
        repeat: $n
        name: stage
`),
    );
    const small = buildGraph(spec, { variant: 'small' });
    const big = buildGraph(spec, { variant: 'big' });
    expect(small.nodes.at(-1)!.shape).toEqual([11, 16, 16]);
    expect(big.nodes.at(-1)!.shape).toEqual([8 + 19, 32, 32]);
    expect(big.nodes.map((n) => n.name)).toContain('stage.2.conv2');
  });
});
