import { describe, expect, it } from 'vitest';
import { lineageTrace, reachable } from '../../../src/lib/charts/lineage-trace.ts';

// lenet → alexnet → vgg → resnet; alexnet → zfnet; googlenet → resnet (a second parent).
const links = [
  { from: 'lenet', to: 'alexnet' },
  { from: 'alexnet', to: 'vgg' },
  { from: 'vgg', to: 'resnet' },
  { from: 'alexnet', to: 'zfnet' },
  { from: 'googlenet', to: 'resnet' },
];

describe('lineage trace', () => {
  it('reaches every node along the links, once, from the start', () => {
    const down = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', ['a']],
    ]);
    expect([...reachable('a', down)].sort()).toEqual(['a', 'b', 'c']);
    expect([...reachable('x', down)]).toEqual(['x']);
  });

  it('relates a model to its ancestors and descendants, not to its siblings', () => {
    const { nodes } = lineageTrace('vgg', links);
    expect([...nodes].sort()).toEqual(['alexnet', 'lenet', 'resnet', 'vgg']);
  });

  it('marks the links on a path through the model, not links between its relatives', () => {
    expect(lineageTrace('vgg', links).links).toEqual([true, true, true, false, false]);
    expect(lineageTrace('resnet', links).links).toEqual([true, true, true, false, true]);
  });
});
