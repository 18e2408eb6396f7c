import { describe, expect, it } from 'vitest';
import { checkSpecText } from '../../../src/lib/notation/load.ts';
import { conditionProblem, occurrences } from '../../../src/lib/methods/match.ts';
import type { MethodMatcher } from '../../../src/lib/content/schema.ts';

/** One small network from a layer list (YAML), expanded by the notation engine. */
function graph(layers: string, input = '[64, 16, 16]') {
  const text = `model: t\nsource: test\nnetworks:\n  - id: t\n    name: T\n    input: ${input}\n    layers:\n${layers}`;
  const { graphs, issues } = checkSpecText(text, 't.yaml', 't');
  expect(issues).toEqual([]);
  return graphs[0]!;
}

const count = (g: ReturnType<typeof graph>, m: MethodMatcher) => occurrences(g, [m]).length;

describe('method patterns in a layer spec', () => {
  const bottleneck = graph(`
      - residual:
          body: [{ pwconv: { c: 16 } }, relu, { conv: { k: 3, c: 16, p: 1 } }, relu, { pwconv: { c: 64 } }]
`);
  const inverted = graph(
    `
      - residual:
          body: [{ pwconv: { c: 96 } }, relu6, { dwconv: { k: 3, p: 1 } }, relu6, { pwconv: { c: 16 } }]
`,
    '[16, 16, 16]',
  );

  it('calls a block that narrows, filters and widens a bottleneck, and not an inverted residual', () => {
    expect(count(bottleneck, { pattern: 'bottleneck' })).toBe(1);
    expect(count(bottleneck, { pattern: 'inverted-residual' })).toBe(0);
  });

  it('calls a block that widens, filters depthwise and narrows an inverted residual, and not a bottleneck', () => {
    expect(count(inverted, { pattern: 'inverted-residual' })).toBe(1);
    expect(count(inverted, { pattern: 'bottleneck' })).toBe(0);
  });

  it('counts both as residual connections', () => {
    expect(count(bottleneck, { structure: 'residual' })).toBe(1);
    expect(count(inverted, { structure: 'residual' })).toBe(1);
  });

  it('finds a fire module through the activation after its squeeze layer', () => {
    const fire = graph(`
      - pwconv: { c: 16 }
      - relu
      - parallel:
          join: concat
          branches:
            e1: [{ pwconv: { c: 64 } }, relu]
            e3: [{ conv: { k: 3, c: 64, p: 1 } }, relu]
`);
    expect(count(fire, { pattern: 'fire' })).toBe(1);
    expect(count(fire, { pattern: 'inception' })).toBe(0);
  });

  it('applies a where condition to the layer attributes', () => {
    const g = graph(`
      - conv: { k: 3, c: 64, p: 1, g: 4 }
      - conv: { k: 3, c: 64, p: 2, d: 2 }
      - conv: { k: 1, c: 32 }
`);
    expect(count(g, { layer: 'conv', where: '$g > 1' })).toBe(1);
    expect(count(g, { layer: 'conv', where: '$d > 1' })).toBe(1);
    expect(count(g, { layer: 'conv', where: '$kh == 1 and $kw == 1' })).toBe(1);
  });

  it('reports a condition on an attribute the layer does not have', () => {
    expect(conditionProblem('conv', '$groups > 1')).toMatch(/groups/);
    expect(conditionProblem('conv', '$g > 1')).toBeUndefined();
    expect(conditionProblem('conv', '$g')).toMatch(/true or false/);
  });
});
