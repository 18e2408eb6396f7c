import { describe, expect, it } from 'vitest';
import { buildNetwork } from '../../../src/lib/metro/network.ts';
import { layoutNetwork } from '../../../src/lib/metro/layout.ts';
import { syntheticAtlas } from '../../../src/lib/metro/synthetic.ts';
import { validateLayout } from '../../../src/lib/metro/validate.ts';

describe('a synthetic map of 500 stations on 20 lines', () => {
  it.each([1, 2, 3])('lays out without overlaps in under 3 s (seed %i)', (seed) => {
    const atlas = syntheticAtlas({ lines: 20, stations: 500, seed });
    const { network, problems } = buildNetwork(atlas.directions, atlas.models, atlas.hints);
    expect(problems).toEqual([]);
    expect(network.stations.size).toBe(500);
    const t0 = performance.now();
    const layout = layoutNetwork(network, { locale: 'en' });
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(validateLayout(layout)).toEqual([]);
    expect(layout.stations.filter((s) => s.lines.length > 1).length).toBeGreaterThan(20);
  });

  it('is the same map for the same seed', () => {
    const a = syntheticAtlas({ lines: 5, stations: 60, seed: 9 });
    const b = syntheticAtlas({ lines: 5, stations: 60, seed: 9 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});
