import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/lib/metro/network.ts';
import { syntheticAtlas } from '../../../src/lib/metro/synthetic.ts';

describe('the synthetic atlas', () => {
  it('is the same map for the same seed', () => {
    const a = syntheticAtlas({ lines: 5, stations: 60, seed: 9 });
    const b = syntheticAtlas({ lines: 5, stations: 60, seed: 9 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('builds the network it promises: every station, branches, no hint problems', () => {
    const atlas = syntheticAtlas({ lines: 20, stations: 500, seed: 2 });
    const { network, problems } = buildNetwork(atlas.directions, atlas.models, atlas.hints);
    expect(problems).toEqual([]);
    expect(network.stations.size).toBe(500);
    expect(network.lines.some((l) => l.tracks.length > 1)).toBe(true);
  });
});
